# Pins a SyntaxError for an unterminated string literal.
print("fine")
s = "never closed
print(s)
