class P:
    def __init__(self, x): self.x = x
P(1, y=2)
