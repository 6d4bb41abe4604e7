# "Did you mean" hints on the last line of AttributeError and NameError
# tracebacks (each failure here is raised while handling the one before).
import math
class Point:
    def __init__(self):
        self.x = 1
        self.y_coordinate = 2
    def distance(self):
        return 0
class Sub(AttributeError):
    pass
p = Point()
number_of_items = 3
def local_scope():
    my_local_var = 1
    return my_lcoal_var
cases = [
    lambda: p.X,
    lambda: p.y_coordinat,
    lambda: p.distanse(),
    lambda: p.zzzzzz,
    lambda: math.sqr(2),
    lambda: math.PI,
    lambda: "abc".uper(),
    lambda: [].apend(1),
    lambda: {}.itmes(),
    lambda: Point.distanc,
    lambda: number_of_itmes,
    lambda: prnt("x"),
    lambda: lenn([]),
    lambda: local_scope(),
    lambda: Len([]),
    lambda: a,
    lambda: (1).real_,
    lambda: None.x,
    lambda: p.__init_,
    lambda: int.from_byte,
]
def run(n):
    if n == len(cases):
        raise Sub("a subclass gets no hint", name="x", obj=p)
    try:
        cases[n]()
    finally:
        run(n + 1)
try:
    run(0)
except Sub:
    pass
caught = []
for case in cases:
    try:
        case()
    except (AttributeError, NameError) as e:
        caught.append(str(e))
print(*caught, sep="\n")
run(0)
