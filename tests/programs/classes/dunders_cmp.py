# Pins __repr__/__str__/__eq__/__hash__/__lt__, sorting objects, sets/dicts of objects, default repr fallbacks.
class Card:
    ranks = "23456789TJQKA"
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __repr__(self):
        return f"Card({self.rank!r}, {self.suit!r})"
    def __str__(self):
        return self.rank + self.suit
    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return (self.rank, self.suit) == (other.rank, other.suit)
    def __hash__(self):
        return hash((self.rank, self.suit))
    def __lt__(self, other):
        return Card.ranks.index(self.rank) < Card.ranks.index(other.rank)

hand = [Card("K", "h"), Card("2", "s"), Card("A", "d"), Card("T", "c")]
print(hand)
print([str(c) for c in sorted(hand)])
print(sorted(hand, reverse=True))
print(max(hand), min(hand), str(max(hand)))
print(f"{hand[0]} {hand[0]!r} {hand[0]!s}")
print(Card("K", "h") == Card("K", "h"), Card("K", "h") != Card("K", "s"), Card("K", "h") == "Kh")
print(len({Card("K", "h"), Card("K", "h"), Card("2", "s")}))
d = {Card("A", "s"): "ace"}
print(d[Card("A", "s")], Card("A", "s") in d)
print(Card("2", "s") > Card("3", "s"), Card("A", "s") > Card("3", "s"))
try:
    Card("2", "s") <= Card("3", "s")
except TypeError as e:
    print(type(e).__name__, e)
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
print(NoHash.__hash__ is None, NoHash() == 5, 5 == NoHash())
class Plain:
    pass
p = Plain()
print(p == p, p != Plain(), str(p) == repr(p), repr(p).startswith("<__main__.Plain object at"))
class OnlyRepr:
    def __repr__(self):
        return "R!"
print(str(OnlyRepr()), [OnlyRepr()], "%s %r" % (OnlyRepr(), OnlyRepr()))
class Ver:
    def __init__(self, *p): self.p = p
    def __lt__(self, o): return self.p < o.p
    def __repr__(self): return ".".join(map(str, self.p))
print(sorted([Ver(1, 10), Ver(1, 2), Ver(0, 9, 9)]))
