class A:
    @property
    def x(self): return self._x
A().x
