import sys
numbers = [1, 2, 3]
print(sys.getrefcount(numbers))
more = numbers
print(sys.getrefcount(numbers))
def show(x):
    print("inside", sys.getrefcount(x))
show(numbers)
print("after", sys.getrefcount(numbers))
del more
print(sys.getrefcount(numbers))
matrix = [numbers, numbers]
print(sys.getrefcount(numbers))
matrix.pop()
print(sys.getrefcount(numbers))
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(10, 20)
print(sys.getrefcount(p))
points = {"origin": p}
print(sys.getrefcount(p))
q = points["origin"]
print(sys.getrefcount(p))
print(q is p)
x = 10
y = 10
print(x is y, id(x) == id(y))
a = 1000
b = 1000
print(a == b)
s1 = "python"
s2 = "python"
print(s1 is s2)
print(sys.getrefcount(Point) > 2)
print(type(sys.getrefcount(None)))
