import json
people = [{'name': 'Ann', 'age': 30, 'langs': ['py', 'rs'], 'active': True, 'score': 9.5, 'boss': None},
          {'name': 'Bö', 'age': 25, 'langs': [], 'active': False, 'score': 1e-3, 'boss': 'Ann'}]
s = json.dumps(people, indent=4, sort_keys=True); print(s); back = json.loads(s); print(back == people, back[1]['name'])
print(json.dumps(people, separators=(',', ':'), ensure_ascii=False))
print(json.dumps({'a': [1, 2, {'b': []}]}, indent='--'), json.dumps([1, [2, [3, [4]]]], indent=1))
print(json.dumps('\\/"\b\f\n\r\t\x01'), json.loads(r'"\/\\\"\b\f\n\r\t\u0041"'), json.loads('"\\u00e9\\u4e2d"'), json.loads('"\u00e9"'))
print(json.loads('  {"a" : [ 1 , 2 ] , "b" : { } }  '), json.loads('[1e3, 1E-2, -0.0, 0, -12, 1.5e+2]'), json.loads('[true,false,null]'), type(json.loads('1e2')), type(json.loads('10')))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[]'), json.loads('{}'), json.loads('""'), json.loads(' "x" \n'))
for bad in ['[1, 2', '{"a": 1 "b": 2}', '[1 2]', '{"a"}', '{1: 2}', '["a\nb"]', 'nul', '[-]', '-', '1e', '[1.e5]', '"\\u12"', '"\\uZZZZ"', '{"a": 1}}', '[,1]', '{,}', '   ', '\ufeff[1]', '[1]\n\n x']:
    try:
        print(repr(bad), json.loads(bad))
    except json.JSONDecodeError as e:
        print(repr(bad), 'JSONDecodeError', e, e.pos, e.lineno, e.colno)
print(json.loads('["a\nb"]', strict=False), json.loads('[NaN, Infinity, -Infinity]'), json.dumps([float('nan'), float('inf')]))
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
print(json.dumps(Pt(1, 2), default=lambda o: o.__dict__), json.dumps([Pt(0, 0)], default=vars, indent=2))
try:
    json.dumps(Pt(1, 2))
except TypeError as e:
    print(e)
print(json.loads('{"x": 1, "y": 2}', object_hook=lambda d: Pt(**d)).y, json.dumps({'z': 1, 'a': 2, 'm': {'q': 1, 'b': 2}}, sort_keys=True, indent=None))
print(json.dumps({'k': (1, 2)}), json.dumps([{}, [], ''], indent=2), json.dumps(12345678901234567890), json.dumps(-1.5e-10), json.dumps(1e16), json.dumps(123.0))
print(json.dumps({True: 1, False: 0, None: 2, 1.5: 3, 2: 4}), json.dumps({'a': 1}, indent=2, separators=(',', ' = ')))
enc = json.JSONEncoder(sort_keys=True, indent=1); print(enc.encode({'b': 1, 'a': [1]}), list(enc.iterencode([1, 2])) if False else '')
dec = json.JSONDecoder(); print(dec.decode('{"a": [1]}'), dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('[1]   ', 0))
