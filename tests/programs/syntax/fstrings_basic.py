# Pins f-strings: expressions, nesting, conversions !r !s !a, the = debug form, braces escaping.
name = "Ada"
n = 42
items = [1, 2, 3]
print(f"hello {name}!", f'{n + 1}', F"{n * 2}", f'''{name}''')
print(f"{name!r} {name!s} {'é'!a} {'é'!r}")
print(f"{items} {items[0]} {items[-1] * 10} {len(items)}")
print(f"{{literal}} {{{n}}} }}{{")
print(f"{n=}", f"{n = }", f"{name=!s}", f"{n*2=}", f"{ n + 1 = }")
print(f"{n=:5d}|", f"{name=:>6}|")
print(f"{'nested ' + f'{n}'}", f"{f'{n}'}", f"""{f'{f"{n}"}'}""")
print(f"{n if n > 40 else -n}", f"{(lambda x: x * 2)(n)}")
print(f"{items!r:>12}|", f"{'abc'!r:^9}|")
d = {"k": "v"}
print(f"{d['k']}", f"{d}", f"{None} {True} {3.5}")
print(f"a" "b" f"{n}" 'c', rf"\n{n}", fr'\t{name}')
print(f"{1}{2}{3}", f"", f"{''}", len(f"{n}"))
print(f"{3.0}", f"{1e16}", f"{-0.0}", f"{2**100}")
print(f"""multi {n
}""", f"""{
n + 1}""")
