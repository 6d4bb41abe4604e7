# Pins f-string format specs: width, fill, align, precision, nested {x:{w}} specs, types.
x = 3.14159
w = 10
p = 3
n = 1234567
print(f"[{x:.2f}] [{x:10.3f}] [{x:<10.1f}] [{x:^10}] [{x:>{w}}]")
print(f"[{x:{w}.{p}f}] [{x:{w}}] [{n:{'>'}{w}}] [{'s':*^{w}}]")
print(f"[{n:,}] [{n:_}] [{n:_x}] [{n:#x}] [{n:#o}] [{n:#b}] [{n:X}]")
print(f"[{n:e}] [{n:.2e}] [{x:g}] [{1e20:g}] [{0.0001:g}] [{x:%}] [{0.5:.0%}]")
print(f"[{-n:+}] [{n:+}] [{n: }] [{-n: }] [{n:010}] [{-n:010}] [{n:=+12}]")
print(f"[{'left':<8}] [{'right':>8}] [{'mid':^8}] [{'fill':-^10}] [{'trunc':.3}]")
print(f"[{65:c}] [{255:08b}] [{7:03d}] [{n:,.2f}] [{-x:.1f}] [{x:+.3f}]")
print(f"[{True:d}] [{True}] [{False:>6}] [{None!s:>6}]")
print(f"[{12.5:.0f}] [{13.5:.0f}] [{2.675:.2f}] [{1/3:.10f}]")
for width in range(3, 7):
    print(f"|{n % 1000:{width}d}|{x:{width}.{width - 2}f}|")
print(f"[{10**20:,}] [{-1234.5:,.1f}] [{0:#x}] [{255:#06x}]")
print(f"[{float('inf'):f}] [{float('nan'):>5}] [{-float('inf'):+}]")
