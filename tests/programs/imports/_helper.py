"""helper doc"""
print("loading _helper", __name__)
X = 10
_hidden = 5
def f(a):
    return a * X
class C:
    pass
