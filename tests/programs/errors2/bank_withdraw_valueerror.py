class Account:
    def __init__(self, b): self.balance = b
    def withdraw(self, amt):
        if amt > self.balance:
            raise ValueError(f"Insufficient funds: balance {self.balance}, requested {amt}")
        self.balance -= amt
a = Account(10)
a.withdraw(5)
a.withdraw(50)
