# Pins a SyntaxError for an unmatched closing bracket.
print("fine")
x = (1, 2))
