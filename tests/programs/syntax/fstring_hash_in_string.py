# Pins f-strings whose expressions contain '#' inside a string literal (allowed in 3.11).
n = 3
print(f"{'#' * n}")
print(f"{'a#b'.split('#')}")
print(f"{n:>4} {'#' * n:<6}|")
d = {"#": 1}
print(f"{d['#']}")
