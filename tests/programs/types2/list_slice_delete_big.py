# Deleting a big slice of a list is one move of the tail, not one per item:
# these would take minutes if each deleted item shifted the rest.
big = list(range(300000))
del big[:150000]
print(len(big), big[0], big[-1])
del big[10:140000]
print(len(big), big[:12])
del big[::2]
print(len(big), big[:5])
del big[::-3]
print(len(big), big[:6], big[-3:])
scattered = list(range(60))
del scattered[3:50:5]
print(scattered)
few = list(range(10))
del few[1:9:4]
print(few)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


row = [Noisy(i) for i in range(5)]
del row[1:4]
print([n.name for n in row])
while row:
    row.pop()
print('end')
# A list being freed or cleared lets go of its items last first.
gone = [Noisy('a'), Noisy('b'), Noisy('c')]
del gone
cleared = [Noisy('x'), Noisy('y')]
cleared.clear()
print('done')
