# Pins positional/keyword arguments, defaults evaluated once at def time, the mutable default pitfall.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(punct=".", name="Di"), greet("E", "Yo", "~"))
counter = 10
def show(x=counter * 2):
    return x
counter = 99
print(show(), show(1), counter)
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_safe(1), append_safe(2))
def evaluated():
    print("default evaluated")
    return 5
def uses(a=evaluated()):
    return a
print("after def")
print(uses(), uses(), uses(6))
def mixed(a, b=2, *rest, c, d=4, **extra):
    return (a, b, rest, c, d, extra)
print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, c=5, e=6, f=7))
print(mixed(c=0, a=-1))
def no_args():
    return "none"
def returns_nothing():
    pass
def bare_return():
    return
print(no_args(), returns_nothing(), bare_return())
def many():
    return 1, [2], "three"
a, b, c = many()
print(a, b, c, many())
print(greet.__name__, type(greet).__name__, greet.__defaults__, append_to.__defaults__)
