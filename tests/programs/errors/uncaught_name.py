# Pins an uncaught NameError at module level after some output: traceback and exit status 1.
print("before the error")
value = 10
print(value + undefined_variable)
print("never printed")
