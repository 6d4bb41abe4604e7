import sys
def boom(k):
    local_in_boom = k * 2
    raise ValueError(k)
def mid():
    m = 'mid'
    boom(7)
try:
    mid()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_lineno))
        last = tb
        tb = tb.tb_next
    print(names)
    print(e.__traceback__.tb_frame is sys._getframe())
    print(last.tb_frame.f_globals is globals(), last.tb_frame.f_code.co_name)
def catcher():
    x = 1
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e.__traceback__.tb_frame is sys._getframe(), e.__traceback__.tb_frame.f_locals['x']
print(catcher())
import gc
class Holder: pass
def make_cycle():
    h = Holder()
    h.frame = sys._getframe()
    return 1
make_cycle()
print(gc.collect() >= 2)
def gen():
    try:
        yield sys._getframe()
    finally:
        print('finally ran')
g = gen()
f = next(g)
print(f.f_code.co_name, g.gi_frame is f)
del g
print(f.f_code.co_name)
def show_caller():
    caller = sys._getframe(1)
    return caller.f_code.co_name, caller.f_lineno
def user():
    return show_caller()
print(user())
try:
    sys._getframe('x')
except TypeError as e:
    print(e)
print(type(sys._getframe()).__name__)
