# \N{NAME} escapes in str literals and f-strings: names in any case, name
# aliases, algorithmic names; bytes and raw literals keep them verbatim;
# malformed escapes and unknown names are CPython's SyntaxErrors.
print(ascii("\N{BULLET}"), ascii("\N{bullet}"), ascii("\N{LATIN SMALL LETTER A}"))
print(ascii("\N{EM DASH}\N{SPACE}x"), ascii("ab\N{Latin Small Letter A}c"))
print(ascii("\N{CJK UNIFIED IDEOGRAPH-4E00}"), ascii("\N{HANGUL SYLLABLE GA}"))
print(ascii("\N{GREEK SMALL LETTER ALPHA}\N{SNOWMAN}"), ascii("\N{DIGIT ONE}"))
print(ascii("\N{NULL}\N{LINE FEED}\N{TAB}\N{NBSP}\N{BYTE ORDER MARK}\N{LATIN CAPITAL LETTER GHA}"))
print(ascii(f"\N{BULLET} {1 + 1} \N{BLACK STAR}"), ascii("""\N{SNOWMAN}
\N{COMET}"""))
print(b"\N{BULLET}", r"\N{BULLET}", len("\N{BULLET}"))

for src in ['"\\N{NO SUCH NAME}"', '"\\N{}"', '"\\N"', '"\\N{BULLET"', '"\u00e9\\N{NOPE}"',
            '"ab\\N{BULLET}\\N{BAD}"', '"\\Nx"']:
    try:
        eval(src)
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
