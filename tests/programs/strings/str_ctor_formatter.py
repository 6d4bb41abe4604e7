print(str(object=5), str(encoding="utf-8", object=b"x"), str(b"ab", errors="strict"))
for f in [lambda: str(1, object=2), lambda: str(b"", "a", encoding="b"), lambda: str(5, "utf-8"), lambda: str("x", "utf-8"), lambda: str(b"a", errors=1), lambda: str(1, 2, 3, 4), lambda: str(errors="x")]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
from string import Formatter
f = Formatter()
for s in ['a{{b}}c', '{0[a]!r:>{1}}x', '{}', '{!r}', '{a.b[c]}', '}}', '{:{}}', ' {0!r}', 'plain', '']:
    print(repr(s), list(f.parse(s)))
for s in ['{', '}', '{0!', '{0!rr}', '{0', 'a}b', '{0:{']:
    try:
        print(list(f.parse(s)))
    except ValueError as e:
        print(s, e)
print(f.format("{0}-{x}", 1, x=2), f.format("{:>{}}|{}", "a", 4, "b"), f.format("{0[1]} {0[k]!r} {1.real:.2f}", {1: "one", "k": "v"}, 2))
print(f.vformat("{a}{b}", (), {"a": 1, "b": 2}))
class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)
u = Upper()
print(u.format("{0} {name} {missing} {1:x}", "abc", 255, name="bob"))
class Strict(Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - used
        if extra:
            raise ValueError("unused: " + ",".join(sorted(extra)))
try:
    Strict().format("{a}", a=1, b=2, c=3)
except ValueError as e:
    print(e)
for bad in [("{0!z}", 1), ("{} {0}", 1), ("{0} {}", 1), ("{x}",), ("{3}", 1)]:
    try:
        print(f.format(*bad))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
