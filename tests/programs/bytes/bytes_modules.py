# bytearray and memoryview with the copy, json, operator and gc modules,
# and as built-in names.
import copy
import gc
import json
import operator

b = bytearray(b'data')
c = copy.copy(b)
d = copy.deepcopy([b, b])
print(c, c is b, d, d[0] is d[1], d[0] is b)
print(json.loads(bytearray(b'[1, "x"]')), json.loads(b'{"a": 2}'))
try:
    json.loads(memoryview(b'[]'))
except TypeError as e:
    print('TypeError:', e)
print(operator.concat(bytearray(b'a'), b'b'), operator.contains(b, 97), operator.getitem(b, 0))
operator.setitem(b, 0, 68)
operator.iadd(b, b'!')
print(b, operator.length_hint(b), operator.countOf(b, 97), operator.indexOf(b, 97))
print(bytearray, memoryview, bytes, type(memoryview(b'')), type(bytearray()) is bytearray)
print(isinstance(memoryview(b''), memoryview), isinstance(b, (bytes, bytearray)), callable(bytearray))
print(bytearray.__name__, memoryview.__name__, type(iter(memoryview(b''))).__name__)
print(gc.is_tracked(bytearray()), gc.is_tracked(memoryview(b'')))
print(memoryview(b) in [memoryview(b)], b in [bytearray(b'Data!')], {b'k': 1}[bytes(bytearray(b'k'))])

# A view kept in a cycle is freed by the collector, and so is its export.
class Node:
    pass


n = Node()
n.self = n
n.view = memoryview(b)
del n
try:
    b.append(0)
except BufferError as e:
    print('BufferError:', e)
gc.collect()
b.append(0)
print(b)
