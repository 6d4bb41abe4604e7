# A tutorial-style program: bank accounts, inventory, text stats
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available
class Account:
    interest = 0.02
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    @property
    def balance(self): return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("dep", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("wd", amount))
        return self
    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, balance={self._balance})"
    def __lt__(self, other): return self._balance < other._balance
    def __eq__(self, other):
        return isinstance(other, Account) and self.id == other.id
    __hash__ = None
class Savings(Account):
    interest = 0.05
    def add_interest(self):
        self.deposit(round(self._balance * self.interest, 2))
accts = [Account("ann", 100), Savings("bob", 200), Account("cy")]
accts[0].deposit(50).withdraw(30)
accts[1].add_interest()
try:
    accts[2].withdraw(10)
except InsufficientFunds as e:
    print("error:", e, e.needed, e.available, e.args)
try:
    accts[2].deposit(-5)
except ValueError as e:
    print("error:", e)
print(sorted(accts), max(accts).owner, [a.id for a in accts])
print(accts[0].history, Savings.interest, Account.interest, accts[1].interest)
print(sum(a.balance for a in accts), {a.owner: a.balance for a in accts})
try:
    accts[0].balance = 5
except AttributeError as e:
    print(e)
inventory = {}
for item, qty in [("apple", 3), ("pear", 2), ("apple", 5), ("fig", 0)]:
    inventory[item] = inventory.get(item, 0) + qty
print(inventory, sorted(inventory.items(), key=lambda kv: (-kv[1], kv[0])))
text = """the quick brown fox jumps over the lazy dog the end"""
words = text.split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top, len(words), len(set(words)), max(words, key=len), " ".join(reversed(words[:3])))
print([w.capitalize() for w in words if len(w) > 4], "-".join(sorted(set("".join(words))))[:20])
def stats(nums):
    n = len(nums)
    mean = sum(nums) / n
    var = sum((x - mean) ** 2 for x in nums) / n
    s = sorted(nums)
    med = s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
    return round(mean, 3), round(var, 3), med
print(stats([3, 1, 4, 1, 5, 9, 2, 6]))
def primes(n):
    sieve = [True] * (n + 1)
    sieve[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(sieve[i * i::i])
    return [i for i, p in enumerate(sieve) if p]
print(primes(50))
def hanoi(n, a="A", b="B", c="C"):
    if n == 0: return []
    return hanoi(n - 1, a, c, b) + [(a, c)] + hanoi(n - 1, b, a, c)
print(len(hanoi(5)), hanoi(2))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [sum(r) for r in matrix], [[r[i] * 2 for r in matrix] for i in range(3)])
class Node:
    def __init__(self, val, nxt=None): self.val, self.next = val, nxt
    def __iter__(self):
        node = self
        while node:
            yield node.val
            node = node.next
lst = Node(1, Node(2, Node(3)))
print(list(lst), sum(lst), 2 in lst)
class Stack:
    def __init__(self): self._items = []
    def push(self, x): self._items.append(x)
    def pop(self):
        if not self._items: raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self): return len(self._items)
    def __bool__(self): return bool(self._items)
s = Stack()
for ch in "([]{})":
    if ch in "([{": s.push(ch)
    else:
        print(s.pop() + ch, end=" ")
print(len(s), bool(s))
try:
    s.pop()
except IndexError as e:
    print(e)
