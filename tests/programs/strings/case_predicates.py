# Pins case methods (upper/lower/title/capitalize/swapcase) and is* predicates across sample strings.
samples = ["hello", "Hello World", "HELLO", "hello world's end", "123", "12.5", "", " ", "\t\n",
           "abc123", "ABC_def", "_private", "2fast", "MiXeD cAsE", "éÉ", "class", "x y"]
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()))
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
          s.isidentifier(), s.isdecimal(), s.isnumeric(), s.istitle())
print("they're bill's friends".title(), "hello-world foo_bar".title(), "o'neil mc2x".title())
print("Straße".upper(), "ÀÉÎ".lower(), "hELLO wORLD".swapcase(), "a1b2".upper())
