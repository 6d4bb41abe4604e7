import _from_a
