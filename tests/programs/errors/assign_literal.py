# Pins a SyntaxError for assigning to a literal.
print("fine")
1 = x
