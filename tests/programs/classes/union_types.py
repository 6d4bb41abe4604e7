import types
U = int | str
print(U, type(U).__name__, U.__args__)
print(isinstance(1, U), isinstance("a", U), isinstance(1.5, U), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
print(int | str == str | int, int | int, (int | str) | float, int | (str | float), None | int)
print(hash(int | str) == hash(str | int), type(int | str) is types.UnionType)
class A: pass
print(A | None, list | dict | A)
try:
    int | 5
except TypeError as e:
    print(e)
def f(x: int | None = None) -> list | None: return x
print(f(3), f.__annotations__["x"])
