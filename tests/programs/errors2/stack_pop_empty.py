class Stack:
    def __init__(self): self.items = []
    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()
Stack().pop()
