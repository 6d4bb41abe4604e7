class Meta(type):
    def __call__(cls):
        raise TypeError("no instances")
class A(metaclass=Meta): pass
A()
