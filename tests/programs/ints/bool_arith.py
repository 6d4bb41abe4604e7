# Pins bool arithmetic and bool as int: True + True, comparisons, repr, results' types.
print(True + True, True - False, True * 10, True / 2, True // 2, -True, +True, ~False)
print(True == 1, False == 0, True > False, True + 0.5, True ** 3, 2 ** True)
print(type(True + True).__name__, type(True and 5).__name__, type(not 5).__name__)
print(repr(True), str(False), True, f"{True}", "%s %d" % (True, True))
total = 0
for v in [1, 0, 3, 0, 0, 7]:
    total += v != 0
print(total)
print(sum(map(bool, [0, 1, 2, 0])), sum([True, False, True]))
print(True & True, True | False, True ^ True, False << 2, True << 2)
print(int(True), float(False), str(True + 1), bool("False"), bool(""))
print(divmod(True, True), True % 2, abs(True), -False)
print([10, 20][True], [10, 20][False], "ab"[True])
d = {1: "one", True: "true?", 0: "zero"}
print(d, len(d))
print(1 == True == 1.0, (True, False) < (True, True))
