# json: dumps and loads
import json
data = {"name": "Ada", "age": 36, "langs": ["en", "fr"], "ok": True, "none": None, "pi": 3.14, "nested": {"a": [1, 2, {"b": []}], "e": {}}}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, 2], indent="\t"), json.dumps({"a": 1}, separators=(",", ":")), json.dumps("héllo ☃ 😀"), json.dumps("héllo", ensure_ascii=False))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}), json.dumps(float("inf")), json.dumps([float("nan")]), json.dumps("tab\tquote\"back\\slash\n\x01"))
print(json.dumps((1, 2)), json.dumps(10**30), json.dumps(1e100), json.dumps(0.1), json.dumps(-0.0))
print(json.dumps({"s": {1, 2}}, default=sorted))
for bad in [lambda: json.dumps({1, 2}), lambda: json.dumps({(1,): 2}), lambda: json.dumps(float("nan"), allow_nan=False)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print(e)
s = json.dumps(data)
print(json.loads(s) == data, json.loads(s))
print(json.loads('[1, 2.5, -3, 1e3, "x\\u00e9\\n", true, false, null, {}, []]'), json.loads(' {"a" : {"b": [ ]}} '))
print(json.loads('"\\ud83d\\ude00"'), json.loads("NaN"), json.loads("-Infinity"), json.loads(b'[1]'), json.loads('123456789012345678901234567890'))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())), json.loads('{"b": 1, "a": 2}', object_pairs_hook=list), json.loads("1.5", parse_float=str))
for bad in ['', '[1, 2', '{"a" 1}', '{a: 1}', '[1,]', '"abc', '[1] x', 'tru', '{"a": 1,}', '"\\q"', '01']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, e.pos, e.lineno, e.colno)
try:
    json.loads(5)
except TypeError as e:
    print(e)
print(isinstance(json.JSONDecodeError("m", "d", 0), ValueError))
print(json.loads('[\n  1,\n  x\n]') if False else json.dumps([]), json.dumps({}))
try:
    json.loads('[\n  1,\n  x\n]')
except ValueError as e:
    print(e)
