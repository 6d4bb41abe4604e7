# Pins nested container manipulation: list of dicts, dict of lists, copying vs aliasing, deep indexing.
people = [
    {"name": "Ann", "age": 31, "tags": ["admin", "dev"]},
    {"name": "Bob", "age": 25, "tags": []},
    {"name": "Cy", "age": 40, "tags": ["ops"]},
]
by_name = {}
for p in people:
    by_name[p["name"]] = p
by_name["Bob"]["tags"].append("new")
print(people[1], len(by_name), by_name["Cy"]["tags"][0])
oldest = max(people, key=lambda p: p["age"])
print(oldest["name"], sorted(people, key=lambda p: p["age"])[0]["name"])
groups = {}
for word in "apple avocado banana blueberry cherry apricot".split():
    groups.setdefault(word[0], []).append(word)
print(groups)
for k in sorted(groups):
    print(k, len(groups[k]), ",".join(groups[k]))
shallow = people.copy()
shallow[0] = {"name": "Zed"}
shallow[1]["age"] = 26
print(people[0]["name"], people[1]["age"], shallow[0])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
transposed = []
for col in range(3):
    row = []
    for r in matrix:
        row.append(r[col])
    transposed.append(row)
print(transposed, list(zip(*matrix)), matrix[1][-1], matrix[-1][::-1])
flat = []
for r in matrix:
    flat.extend(r)
print(flat, sum(flat), flat[::4])
tree = ("root", [("a", []), ("b", [("c", [])])])
def walk(node, depth):
    print("  " * depth + node[0])
    for child in node[1]:
        walk(child, depth + 1)
walk(tree, 0)
table = {(0, 0): "origin", (1, 2): "point"}
print(table[(1, 2)], table.get((2, 1), "?"), (0, 0) in table, list(table))
