def show(spec, *vals):
    for v in vals:
        try:
            print(repr(spec), repr(v), '->', repr(format(v, spec)))
        except Exception as e:
            print(repr(spec), repr(v), 'E', type(e).__name__, e)

floats = [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1e100, 1e-100, 1e16, 123456789.123, 0.1, 2.5, 0.5, 1.5,
          float('inf'), float('-inf'), float('nan'), 1e22, 12345.6789]
for spec in ['', 'f', '.0f', '.1f', '.2f', '10.3f', '<10.2f', '^10.2f', '=+10.2f', '010.2f', '+f', ' f',
             'e', '.0e', '.2e', 'E', 'g', '.0g', '.1g', '.3g', '.10g', '#g', '#.3g', 'G', '%', '.1%', ',', ',.2f', '_.3f',
             '.3', '.0', '#', '#.0f', '#.0e', 'z.1f', 'z', '20', 'n', 'r', 'd', 'x', '12,.4e', '*>15,.2f', '#.3', '.17g', '.20f']:
    show(spec, *floats)
