import sys
def f(a, b=2):
    c = a + b
    fr = sys._getframe()
    print(fr.f_code.co_name, fr.f_lineno, fr.f_back.f_code.co_name)
    print(sorted(k for k in fr.f_locals), fr.f_locals['c'])
    print(fr is sys._getframe(), fr.f_back is sys._getframe(1))
    print(fr.f_globals is globals(), fr.f_builtins is __builtins__.__dict__)
    return fr
x = f(1)
print(x.f_lineno, sorted(x.f_locals), x.f_back.f_code.co_name, x.f_back.f_back)
print(repr(x).startswith('<frame at 0x'), repr(x).endswith(", line 9, code f>"))
print(type(x).__name__, type(x))
def outer():
    y = 5
    def inner():
        return sys._getframe(1)
    return inner()
o = outer()
print(o.f_code.co_name, sorted(o.f_locals))
try:
    sys._getframe(1000)
except ValueError as e:
    print(e)
def g():
    yield 1
    z = 3
    yield sys._getframe()
gen = g()
print(gen.gi_frame.f_code.co_name, gen.gi_frame.f_lineno)
next(gen)
print(gen.gi_frame.f_lineno, gen.gi_frame.f_locals)
fr = next(gen)
print(fr.f_lineno, fr.f_locals, fr.f_back is sys._getframe())
print(gen.gi_frame.f_back)
for _ in gen: pass
print(gen.gi_frame)
print(fr.f_lineno, fr.f_locals)
def depth():
    n = 0
    fr = sys._getframe()
    while fr:
        n += 1
        fr = fr.f_back
    return n
print(depth())
print(sys._getframe().f_code.co_name, sys._getframe().f_back)
