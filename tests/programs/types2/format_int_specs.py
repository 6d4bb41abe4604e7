def show(spec, *vals):
    for v in vals:
        try:
            print(repr(spec), repr(v), '->', repr(format(v, spec)))
        except Exception as e:
            print(repr(spec), repr(v), 'E', type(e).__name__, e)

ints = [0, 1, -1, 42, -42, 255, 10**20, -(10**20), True]
for spec in ['', 'd', '5d', '<5d', '>5d', '^5d', '=5d', '+d', ' d', '-d', '05d', '+05d',
             ',', '_', ',d', '_d', '_x', '_b', '_o', ',x', 'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b',
             '#010x', '010b', 'c', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', '.2f', '.3e', '10.2%',
             '*^10', '0^10', 'z', '.3', '15,', '020,', '020_', '-^#12x', '=+10', '.0f', '#.0f', '#g', 's', '10s', 'r']:
    show(spec, *ints)
