class E(AttributeError): pass
e = E('a', name='n', obj=1); print(e.name, e.obj, e.args)
class E2(AttributeError):
    def __init__(self, *a, **k): super().__init__(*a, **k)
e = E2('a', name='n'); print(e.name, e.obj, e.args)
class V(ValueError): pass
for f in [lambda: V(x=1), lambda: AttributeError('m', foo=1), lambda: ValueError('m', foo=1), lambda: NameError(name=3, obj=2), lambda: ImportError(name='a', obj=1), lambda: ImportError('x', name='a', path='p').path, lambda: AttributeError(name='x').args, lambda: NameError(name='x').name, lambda: AttributeError(name=1,obj=2,x=3), lambda: ModuleNotFoundError(foo=1), lambda: UnboundLocalError(foo=1), lambda: E(x=1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class P:
    @property
    def p(self): return self.missing
try:
    P().p
except AttributeError as e:
    print(e, e.name, type(e.obj).__name__)
try:
    raise AttributeError("x", name="given")
except AttributeError as e:
    print(e.name, e.obj)
