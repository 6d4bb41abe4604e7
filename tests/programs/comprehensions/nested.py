# Pins nested comprehensions: matrix transpose, flatten, 2D grids, identity, zip(*m), and mutation independence.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
print([[row[i] for row in matrix] for i in range(len(matrix[0]))])
print([list(col) for col in zip(*matrix)])
print([x for row in matrix for x in row])
print([[x * 10 for x in row if x % 2] for row in matrix])
print([[1 if r == c else 0 for c in range(3)] for r in range(3)])
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
bad = [[0] * 3] * 3
bad[0][0] = 1
print(grid, bad)
print(sum(sum(row) for row in matrix), max(max(r) for r in matrix), [sum(c) for c in zip(*matrix)])
print({i: [j for j in range(i)] for i in range(4)})
print({(r, c): matrix[r][c] for r in range(2) for c in range(2)})
table = [[f"{a}x{b}={a * b}" for b in range(1, 4)] for a in range(1, 3)]
for row in table:
    print(" ".join(row))
print([[[k for k in range(j)] for j in range(i)] for i in range(3)])
print(sorted({c for word in ["hello", "world"] for c in word}))
def mat_mul(a, b):
    return [[sum(x * y for x, y in zip(ra, cb)) for cb in zip(*b)] for ra in a]
print(mat_mul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
print([(i, j) for i in range(3) for j in range(i, 3) if (i + j) % 2 == 0])
rows = ["name,age", "ann,31", "bob,25"]
header, *body = [r.split(",") for r in rows]
print([dict(zip(header, b)) for b in body])
print([[c for c in w] for w in ("ab", "", "c")])
print(list(map(list, zip(*[[1, 2], [3, 4], [5, 6]]))), [row[::-1] for row in matrix[::-1]][:2])
print([list(reversed(col)) for col in zip(*matrix)][0])
