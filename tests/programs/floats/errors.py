# Pins float error messages: zero division variants, overflow, conversions, and bad operand types.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
attempt("div", lambda: 2.5 / 0)
attempt("div0.0", lambda: 2.5 / 0.0)
attempt("idiv", lambda: 2 / 0.0)
attempt("floordiv", lambda: 2.5 // 0)
attempt("mod", lambda: 2.5 % 0)
attempt("divmod", lambda: divmod(2.5, 0.0))
attempt("negpow", lambda: 0.0 ** -2)
attempt("negpow-int", lambda: 0 ** -2.5)
attempt("overflow-pow", lambda: 10.0 ** 400)
attempt("overflow-mul", lambda: 1e308 * 10)
attempt("int-inf", lambda: int(float("inf")))
attempt("int-nan", lambda: int(float("nan")))
attempt("float-str", lambda: float("1,5"))
attempt("add-str", lambda: 1.5 + "1")
attempt("radd-str", lambda: "1" + 1.5)
attempt("mul-list", lambda: [1] * 2.0)
attempt("mod-str", lambda: 2.5 % "x")
attempt("lt-none", lambda: 1.5 < None)
attempt("ok", lambda: 1.5 * True)
attempt("hex", lambda: hex(1.5))
idx = 1.0
attempt("index", lambda: [1, 2][idx])
attempt("range", lambda: range(1.5))
