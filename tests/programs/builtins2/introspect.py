# Pins getattr/setattr/hasattr/delattr/callable/vars/isinstance on user objects, plus globals()/locals() keys (user names only).
class Config:
    debug = False
    def __init__(self):
        self.level = 1
    def method(self):
        return "m"
c = Config()
print(getattr(c, "level"), getattr(c, "debug"), getattr(c, "nope", "default"), getattr(Config, "debug"))
setattr(c, "level", 5)
setattr(c, "new_attr", [1])
print(c.level, c.new_attr, sorted(vars(c)))
print(hasattr(c, "method"), hasattr(c, "level"), hasattr(c, "zzz"), hasattr(Config, "level"))
delattr(c, "new_attr")
print(hasattr(c, "new_attr"), sorted(c.__dict__))
try:
    getattr(c, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(getattr(c, "method")(), callable(getattr(c, "method")), callable(c), callable(Config), callable(len), callable(5), callable(lambda: 0))
for name in ["upper", "split", "nonexistent"]:
    print(name, hasattr("text", name))
print(getattr("abc", "upper")(), getattr([3, 1, 2], "index")(2))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)), isinstance(None, type(None)))
print(isinstance([], (tuple, (dict, list))), isinstance(c, object), isinstance(Config, object), isinstance(int, type))
try:
    isinstance(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(type(1) is int, type(True) is bool, type("s") == str, type(c) is Config, type(None).__name__)
alpha = 1
beta = "two"
def show_locals(p, q=2):
    r = p + q
    return sorted(locals())
print(show_locals(1))
print(sorted(k for k in globals() if not k.startswith("__")))
print(globals()["alpha"], "beta" in globals(), globals() is globals(), __name__)
def make_global():
    globals()["created"] = 42
make_global()
print(created)
print(vars(Config)["debug"], "method" in vars(Config), sorted(k for k in dir(c) if not k.startswith("_")))
