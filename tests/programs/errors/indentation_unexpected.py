# Pins an IndentationError for an unexpected indent (only the error type is compared).
print("not reached")
x = 1
    y = 2
print(x)
