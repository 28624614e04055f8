# Sieve of Eratosthenes: while/for loops, list indexing and slicing, and
# f-string tables. Run it with:
#   cargo run --release -- run examples/primes.py [LIMIT]
# Pinned as deterministic snapshots by tests/examples.rs (args comma-separated):
# snapshot: policies=cpython args=30
import sys


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    primes = []
    for n in range(limit + 1):
        if is_prime[n]:
            primes.append(n)
    return primes


limit = 200
if len(sys.argv) > 1:
    limit = int(sys.argv[1])
primes = sieve(limit)
print(f"{len(primes)} primes up to {limit}:")
for start in range(0, len(primes), 10):
    row = ""
    for p in primes[start:start + 10]:
        row += f"{p:>5}"
    print(row)

twins = []
for i in range(len(primes) - 1):
    if primes[i + 1] - primes[i] == 2:
        twins.append((primes[i], primes[i + 1]))
print(f"twin primes: {len(twins)}, the last three: {twins[-3:]}")
gaps = {}
for i in range(len(primes) - 1):
    gap = primes[i + 1] - primes[i]
    gaps[gap] = gaps.get(gap, 0) + 1
for gap in sorted(gaps):
    print(f"gap {gap:>2}: {gaps[gap]:>3} times")
