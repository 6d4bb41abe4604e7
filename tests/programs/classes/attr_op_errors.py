class Foo:
    def __init__(self, x, y=1):
        self.x = x
class Bar:
    def method(self, a, b):
        return a + b
    @property
    def ro(self):
        return 1
for f in [lambda: Foo(), lambda: Foo(1, 2, 3), lambda: Foo(1, z=2), lambda: Foo(x=1, x2=3),
          lambda: Foo().bar, lambda: Foo(1).bar, lambda: Foo.bar, lambda: Bar().method(1),
          lambda: Bar.method(1, 2), lambda: setattr(Bar(), 'ro', 3), lambda: delattr(Bar(), 'ro'),
          lambda: Foo(1) + Foo(2), lambda: Foo(1) < Foo(2), lambda: -Foo(1), lambda: Foo(1)[0],
          lambda: Foo(1)(), lambda: len(Foo(1)), lambda: iter(Foo(1)), lambda: 1 + Foo(1),
          lambda: Foo(1) * "a", lambda: Foo(1) @ Foo(1), lambda: abs(Foo(1)), lambda: int(Foo(1)),
          lambda: float(Foo(1)), lambda: [1][Foo(1)], lambda: Foo(1) in Foo(1), lambda: next(Foo(1)),
          lambda: object().x, lambda: object().__setattr__('a', 1), lambda: Foo.__dict__['x'],
          lambda: type(Foo(1)).zz, lambda: delattr(Foo(1), 'q'), lambda: hash([]),
          lambda: Foo(1) ** 2, lambda: divmod(Foo(1), 2), lambda: round(Foo(1)),
          lambda: Foo(1) & 1, lambda: ~Foo(1), lambda: Foo(1) >> 1, lambda: 'a' % Foo(1) if False else Foo(1) % 'a']:
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
import math
try:
    math.nope
except AttributeError as e:
    print(e)
class E:
    __slots__ = ('a',)
try:
    E().b = 1
except AttributeError as e:
    print(e)
try:
    E().a
except AttributeError as e:
    print(e)
class H:
    def __eq__(self, o): return True
try:
    hash(H())
except TypeError as e:
    print(e)
print(H.__hash__)
