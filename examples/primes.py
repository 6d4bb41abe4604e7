# Primes, a word count and a small report: a tour of what Ferrite runs.

def primes_below(n):
    """Sieve of Eratosthenes."""
    sieve = [True] * n
    sieve[0] = sieve[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, n, i))
    return [i for i, is_prime in enumerate(sieve) if is_prime]


def word_counts(text):
    counts = {}
    for word in text.lower().split():
        word = word.strip(".,;:!?")
        counts[word] = counts.get(word, 0) + 1
    return counts


primes = primes_below(100)
print(f"{len(primes)} primes below 100; the last five: {primes[-5:]}")
print("sum of their squares:", sum([p * p for p in primes]))

text = "The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs!"
counts = word_counts(text)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
for word, n in top:
    print(f"{word:>6} {'#' * n} {n}")

try:
    print(primes[100])
except IndexError as e:
    print("IndexError:", e)
print("%d%% of numbers below 100 are prime" % len(primes))
