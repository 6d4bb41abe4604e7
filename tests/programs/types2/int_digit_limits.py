import sys
def t(f, *a):
    try:
        r = f(*a); print(repr(r)[:60])
    except Exception as e:
        print(type(e).__name__, e)
t(str, 10**5000); t(repr, 10**5000); t(int, '1' * 5000); t(lambda: f'{10**5000}'); t(lambda: '%d' % 10**5000); t(format, 10**5000, 'x'); t(hex, 10**5000); t(lambda: '{:,}'.format(10**5000))
print(sys.get_int_max_str_digits()); sys.set_int_max_str_digits(6000); t(str, 10**5000); t(lambda: len(str(10**5000))); sys.set_int_max_str_digits(0); t(lambda: len(str(10**9000)))
t(sys.set_int_max_str_digits, 100); t(sys.set_int_max_str_digits, -1)
sys.set_int_max_str_digits(640); t(int, '9' * 641); t(int, '9' * 640); t(int, '1' * 700, 16); t(int, '1' * 700, 10)
