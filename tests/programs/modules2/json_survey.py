import json
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
data = {'b': [1, 2.5, None, True, False], 'a': {'x': 'é\n"\\', 'y': []}, 'c': {}, 'd': (1, 2), 3: 'int', 1.5: 'f', None: 'n', True: 't'}
print(json.dumps(data)); print(json.dumps(data, indent=2)); print(json.dumps(data, indent='\t', sort_keys=False)); print(json.dumps(data, separators=(',', ':'))); print(json.dumps(data, ensure_ascii=False)); print(json.dumps(data, indent=0)); print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=2))
print(json.dumps({'b': 1, 'a': 2}, sort_keys=True), json.dumps(float('inf')), json.dumps(float('nan')), json.dumps(-0.0), json.dumps(1e100), json.dumps(10**30), json.dumps('\u2028\x00\x1f\x7f'), json.dumps('😀'), json.dumps('😀', ensure_ascii=False))
t(json.dumps, float('nan'), allow_nan=False); t(json.dumps, {(1, 2): 3}); t(json.dumps, {1: 2, '1': 3}); t(json.dumps, set()); t(json.dumps, b'x'); t(json.dumps, {'a': 1, 2: 3}, sort_keys=True); t(json.dumps, {(1,): 2}, skipkeys=True)
print(json.dumps(set([1]), default=list), json.dumps({'a': object}, default=lambda o: 'OBJ'), json.dumps([1, [2, [3]]], indent=3, separators=(', ', ': ')))
for s in ['{"a": [1, 2.0, -3e2, true, false, null], "b": "\\u00e9\\n"}', '[]', '  7 ', '"x"', '1.0', '-0', '1E400', 'NaN', '-Infinity', '[1,]', '{"a" 1}', '', '[1] x', "{'a': 1}", '{"a":1,}', 'tru', '"\\x"', '01', '"abc', '[', '{"a":', '1.', '.5', '"\t"', '{"a":1,"a":2}', '123456789012345678901234567890']:
    t(json.loads, s)
t(json.loads, b'[1]'); t(json.loads, 5)
print(json.loads('{"a": 1.5}', parse_float=str), json.loads('[1]', parse_int=float), json.loads('{"a": 1}', object_hook=lambda d: list(d.items())), json.loads('[["a", 1]]'), json.loads('{"a": 1, "b": 2}', object_pairs_hook=lambda p: p), json.loads('NaN', parse_constant=lambda c: c))
try:
    json.loads('{"a": tru}')
except json.JSONDecodeError as e:
    print(e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError), e.doc)
try:
    json.loads('[\n1,\n  x]')
except ValueError as e:
    print(e)
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1}}, cls=E)); t(json.dumps, {'s': object()}, cls=E)
print(E(indent=1).encode([1]), json.JSONDecoder().decode('[2]'), json.JSONDecoder().raw_decode('[2] rest'))
t(json.dumps, [1], indent=-1); print(json.dumps([1, 2], indent=-1), json.dumps('a', indent=2), json.dumps({'a': [1, {'b': None}]}, indent=2, sort_keys=True))
l = []; l.append(l); t(json.dumps, l)
print(json.dumps(True), json.dumps(None), json.dumps(1.1), json.dumps(3.0), json.dumps(1e16), json.dumps(2**0.5), json.dumps([1.0, 0.1]), json.dumps({'a': 1}, separators=(';', '=')))

class C(int): pass
print(json.dumps(C(3)), json.dumps({C(4): 1}))
