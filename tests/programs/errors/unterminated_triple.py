# Pins a SyntaxError for an unterminated triple-quoted string.
print("fine")
s = """starts here
and never ends
