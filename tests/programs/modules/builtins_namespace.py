import builtins
saved_len = len
def f():
    return len([1, 2, 3])
print(f())
len = lambda x: 'shadowed'
print(f())
del len
print(f())
builtins.len = lambda x: 'patched builtin'
print(f())
del builtins.len
try:
    f()
except NameError as e:
    print(e)
builtins.len = len_saved = type(builtins.abs)
del builtins.len
builtins.extra_name = 'from builtins'
print(extra_name)
exec('print(extra_name)')
del builtins.extra_name
def g():
    return counter
counter = 1
for i in range(3):
    print(g())
    counter += 1
class K:
    def __eq__(self, o): return NotImplemented
    def __hash__(self): return hash('zz')
def h():
    return zz
globals()[K()] = 5
zz = 3
print(h())
zz = 4
print(h())
builtins.len = saved_len
print(len('abc'), builtins.__name__, 'len' in vars(builtins))
