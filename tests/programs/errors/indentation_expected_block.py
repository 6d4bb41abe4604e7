# Pins an IndentationError for a missing indented block after def.
def f():
return 1
print(f())
