# ImportError keeps its lone message as .msg, beside .name and .path.
e = ImportError("m", name="x", path="p")
print(e.msg, e.name, e.path)
print(ImportError().msg, ImportError("a", "b").msg, ModuleNotFoundError("gone").msg)
try:
    import no_such_module_here
except ImportError as e:
    print(e.msg, e.name)
