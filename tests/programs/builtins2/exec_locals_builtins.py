# exec() in a function writes into the dict locals() returns (CPython 3.11),
# and eval/exec take their builtins from globals['__builtins__'].
import builtins


def writes():
    exec("y = 1")
    print(locals()['y'])
    x = 5
    exec("x = 10; z = x + 1")
    seen = locals()
    print(x, seen['x'], seen['z'], seen is locals())
    try:
        print(y)
    except NameError as e:
        print('NameError:', e)
    del x
    print('x' in locals(), 'z' in locals())


writes()


def fresh_each_call(n):
    if n:
        exec("w = n")
    return sorted(locals())


print(fresh_each_call(1), fresh_each_call(0))


def uses_len(s):
    return len(s)


print(eval("len", {"__builtins__": {"len": 42}}))
for src, env in (("x", {"__builtins__": {}}), ("len([])", {"__builtins__": {}}),
                 ("abs(-1)", {"__builtins__": {"len": len}})):
    try:
        eval(src, env)
    except NameError as e:
        print('NameError:', e)
g = {}
exec("a = 1", g)
print(sorted(g), type(g['__builtins__']).__name__, g['__builtins__'] is vars(builtins))
print(eval("abs(-1)", {"__builtins__": builtins}), eval("abs(-2)", {}))
shout = {"__builtins__": {"print": lambda *a: builtins.print("custom", *a)}}
exec("print('hi')", shout)
print(eval("f('abc')", {"__builtins__": {}, "f": uses_len}))
exec("def inner():\n    return len('xy')", sandbox := {"__builtins__": {"len": lambda s: -1}})
print(sandbox['inner'](), len('xy'))
try:
    exec('class A: pass', {'__builtins__': {}})
except NameError as e:
    print('NameError:', e)
made = {'__builtins__': {'__build_class__': lambda body, name: name.upper()}}
exec('class A: pass', made)
print(made['A'])
