# The types module: names for built-in types and SimpleNamespace.
import types

ns = types.SimpleNamespace(a=1, b="two")
print(ns)
print(ns.a, ns.b)
ns.c = [3]
print(ns)
del ns.a
print(ns)
print(types.SimpleNamespace())
print(types.SimpleNamespace(x=1) == types.SimpleNamespace(x=1))
print(types.SimpleNamespace(x=1) == types.SimpleNamespace(x=2))
print(types.SimpleNamespace(x=1) != types.SimpleNamespace(x=1))
print(types.SimpleNamespace(x=1) == {"x": 1})
print(vars(types.SimpleNamespace(k=5)))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)


class Point(types.SimpleNamespace):
    pass


print(Point(x=1, y=2))
print(Point(x=1) == types.SimpleNamespace(x=1))


def f():
    pass


def gen():
    yield 1


class C:
    def m(self):
        pass


import sys

print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(types.FunctionType is types.LambdaType)
print(isinstance(gen(), types.GeneratorType), isinstance(f, types.GeneratorType))
print(isinstance(C().m, types.MethodType), isinstance(C.m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(f, types.BuiltinFunctionType))
print(isinstance(sys, types.ModuleType), isinstance(types, types.ModuleType))
print(isinstance(None, types.NoneType), types.NoneType is type(None))
print(types.MappingProxyType is type(type.__dict__))
print(types.EllipsisType is type(...), types.NotImplementedType is type(NotImplemented))
print(types.SimpleNamespace.__name__)

Dyn = types.new_class("Dyn", (C,), exec_body=lambda ns: ns.update(z=9))
print(Dyn.__name__, Dyn.z, issubclass(Dyn, C))
