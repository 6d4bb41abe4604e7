from _all import *
print(public, _private_but_listed)
try:
    unlisted
except NameError as e:
    print(e)
try:
    from _badall import *
except TypeError as e:
    print(e)
