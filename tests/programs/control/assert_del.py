# Pins assert (with and without message), del of names/items/slices/attributes, and NameError after del.
assert True
assert 1 == 1, "never shown"
try:
    assert 1 > 2
except AssertionError as e:
    print(type(e).__name__, repr(str(e)), e.args)
try:
    assert [], "list was empty"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(type(e).__name__, e)
x = 10
y = [1, 2, 3, 4, 5]
z = {"a": 1, "b": 2}
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
del y[0]
del y[-1]
print(y)
del y[:1]
print(y)
del z["a"]
print(z)
p, q = 1, 2
del p, q
try:
    print(q)
except NameError as e:
    print(type(e).__name__, e)
try:
    del undefined_name
except NameError as e:
    print(type(e).__name__, e)
lst = [[1, 2], [3, 4]]
del lst[0][1]
print(lst)
def local_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(local_del())
try:
    del y[10]
except IndexError as e:
    print(type(e).__name__, e)
w = "keep"
del (w)
try:
    print(w)
except NameError as e:
    print(type(e).__name__, e)
