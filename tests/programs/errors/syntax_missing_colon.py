# Pins a SyntaxError for a missing colon after an if condition (only the error type is compared).
print("not reached")
x = 1
if x > 0
    print(x)
