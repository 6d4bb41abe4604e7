# The everyday names of the types module and what they construct.
import sys
import types


def f():
    pass


def outer():
    x = 1

    def inner():
        return x
    return inner


print(types.FunctionType, types.LambdaType, types.GeneratorType, types.MethodType)
print(types.BuiltinFunctionType, types.BuiltinMethodType, types.ModuleType)
print(types.MappingProxyType, types.NoneType, types.EllipsisType, types.NotImplementedType)
print(types.CellType, types.CodeType, types.FrameType, types.TracebackType)
print(types.GetSetDescriptorType, types.MemberDescriptorType, types.MethodDescriptorType)
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType),
      isinstance(None, types.NoneType), isinstance(outer().__closure__[0], types.CellType),
      isinstance(f.__code__, types.CodeType), isinstance(sys._getframe(), types.FrameType),
      isinstance(str.join, types.MethodDescriptorType), isinstance([].append, types.BuiltinMethodType))
try:
    1 / 0
except ZeroDivisionError as e:
    print(isinstance(e.__traceback__, types.TracebackType))

ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns == types.SimpleNamespace(a=1, b='x'), ns != types.SimpleNamespace(a=2), ns.a)
ns.me = ns
print(ns)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('TypeError:', e)

m = types.ModuleType('mymod', 'the doc')
print(m, m.__name__, m.__doc__, sorted(vars(m)))
m.value = 3
print(m.value, types.ModuleType('other').__doc__)
for bad in ((), (1,)):
    try:
        types.ModuleType(*bad)
    except TypeError as e:
        print('TypeError:', e)

print(types.MappingProxyType({'a': 1})['a'])
bound = types.MethodType(f, 5)
print(bound, bound.__self__, bound.__func__ is f, types.MethodType(len, [1, 2])())
for bad in ((1, 2), (len, None)):
    try:
        types.MethodType(*bad)
    except TypeError as e:
        print('TypeError:', e)

print(types.resolve_bases((int, list[int])), types.resolve_bases((int,)))
K = types.new_class('K', (list[int],))
print(K, K.__mro__, K.__orig_bases__)
print(types.prepare_class('K'), types.new_class('E', (), exec_body=lambda ns: ns.update(x=1)).x)
print(type('Made', (), {}), type('Made', (), {}).__module__)


class WithDynamic:
    @types.DynamicClassAttribute
    def name(self):
        return 'instance value'


print(WithDynamic().name)
try:
    WithDynamic.name
except AttributeError:
    print('AttributeError on the class')
