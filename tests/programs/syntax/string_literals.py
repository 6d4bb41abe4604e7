# Pins string literals: quote kinds, triple quotes, escapes, raw strings, implicit concatenation.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print("tab\there", "nl\\n literal", "bell-less \x41\x42", "\101\102\103")
print("\u00e9\u4e2d\U0001F600", "\u03b1" == "\U000003B1", len("\U0001F600"))
print(r"raw \n stays", R'raw \t too', r"\\", len(r"\n"))
print("implicit" ' concat' """ of """ r'\kinds')
x = ("a"
     "b"
     "c")
print(x, len(x))
s = """line one
line two\
 joined
  indented"""
print(s)
print(repr(s))
print('\0' == '\x00', len('\0'), repr('\0\a\b\f\v\r'))
print(repr("octal \7 \07 \007 \101\60"), len("\101"))
print('' == "", len(''), len(""""""))
print('\'' + "\"", repr('\''), repr("\""), repr('\'"'))
print("a\
b")
print(u"unicode prefix", "\x41\u0042\U00000043")
