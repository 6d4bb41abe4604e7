class M(type): pass
class A(metaclass=M): pass
class B: pass
class C(A, B, int): pass
