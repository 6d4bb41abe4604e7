import json
data = {"name": "Zoë", "tags": ["a", "b"], "n": 3, "f": 1.5, "big": 1e20, "small": 1e-7, "t": True, "nil": None, "nested": {"k": [1, {"x": []}, {}]}}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1, [2, [3]]], indent=4))
print(json.dumps({"a": 1}, indent="\t"))
print(json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps("tab\there \"quoted\" \\ \n \u0001 \u2603 \U0001F600"))
print(json.dumps({1: "int key", 2.5: "f", True: "b", None: "n"}))
print(json.dumps(float("inf")), json.dumps(float("nan")), json.dumps(-0.0), json.dumps(0.1 + 0.2))
print(json.dumps((1, 2)), json.dumps(3), json.dumps("s"), json.dumps(None))
rt = json.loads(json.dumps(data))
print(rt == data, rt["name"])
print(json.loads('{"a": [1, 2.0, -3e2, true, false, null], "b": "\\u00e9\\n"}'))
print(json.loads("  [1 , 2]  "), json.loads('"\\ud83d\\ude00"'), json.loads("1e400"), json.loads("-0"))
for bad in ['{"a": 1,}', "[1, 2", "", "nul", '{"a" 1}', "[1] x", "'single'", '{1: 2}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e.msg, e.pos, e.lineno, e.colno, "|", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
print(json.dumps(Pt(1, 2), default=lambda o: o.__dict__))
print(json.loads('{"x": 1, "y": 2}', object_hook=lambda d: Pt(**d)).y)
print(json.loads("[1.5, 2]", parse_float=str), json.loads('{"a":1,"a":2}'))
print(json.loads('{"b":1,"a":2}', object_pairs_hook=lambda p: p))
print(issubclass(json.JSONDecodeError, ValueError))
print(json.dumps("é", ensure_ascii=True), json.dumps({"b": 1, "a": [1, 2]}, sort_keys=True, indent=1))
s = json.dumps([{"id": i, "sq": i * i} for i in range(3)], indent=2)
print(s.count("\n"), json.loads(s)[2]["sq"])
print(json.dumps(12345678901234567890), json.dumps(1.0), json.dumps(100.0), json.dumps(1e16), json.dumps(123456.789))
