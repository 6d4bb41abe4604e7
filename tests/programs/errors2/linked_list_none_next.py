class Node:
    def __init__(self, v): self.v = v; self.next = None
n = Node(1)
print(n.next.v)
