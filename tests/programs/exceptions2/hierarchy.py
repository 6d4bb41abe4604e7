# Pins custom exception hierarchies: handler order, catching bases, builtin hierarchy relations, isinstance on exception objects.
class ShopError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
class PaymentError(ShopError):
    pass
class CardDeclined(PaymentError):
    def __init__(self, card):
        super().__init__(f"card {card} declined", code=402)
        self.card = card
class OutOfStock(ShopError, LookupError):
    pass
def buy(kind):
    if kind == "card":
        raise CardDeclined("1234")
    if kind == "stock":
        raise OutOfStock("none left", 409)
    if kind == "pay":
        raise PaymentError("gateway down", 503)
    if kind == "key":
        raise KeyError(kind)
    return "ok"
for kind in ("card", "stock", "pay", "key", "fine"):
    try:
        print(buy(kind))
    except CardDeclined as e:
        print("declined", e, e.code, e.card, e.args)
    except PaymentError as e:
        print("payment", e, e.code)
    except LookupError as e:
        print("lookup", type(e).__name__, e, isinstance(e, ShopError))
print([c.__name__ for c in OutOfStock.__mro__])
pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
         (IndexError, LookupError), (UnboundLocalError, NameError), (RecursionError, RuntimeError),
         (NotImplementedError, RuntimeError), (FileNotFoundError, OSError), (ModuleNotFoundError, ImportError),
         (StopIteration, Exception), (GeneratorExit, Exception), (KeyboardInterrupt, Exception),
         (SystemExit, BaseException), (UnicodeDecodeError, ValueError), (AssertionError, Exception),
         (bool, int), (TypeError, ValueError)]
for a, b in pairs:
    print(a.__name__, b.__name__, issubclass(a, b))
print(ZeroDivisionError.__bases__[0].__name__, KeyError.__base__.__name__, Exception.__base__.__name__)
def first_match(e):
    try:
        raise e
    except Exception as x:
        return "Exception"
    except BaseException as x:
        return "BaseException"
print(first_match(ValueError()), first_match(SystemExit(3)), first_match(KeyboardInterrupt()))
try:
    raise SystemExit(7)
except SystemExit as se:
    print("SystemExit code", se.code, se.args)
try:
    try:
        raise CardDeclined("9")
    except (ValueError, ShopError) as e:
        print("tuple with base:", type(e).__name__)
        raise ShopError("wrapped") from e
except Exception as e:
    print(e, "<-", e.__cause__, e.__cause__.code)
try:
    class NotExc: pass
    try:
        raise NotExc()
    except NotExc:
        pass
except TypeError as e:
    print(type(e).__name__, e)
