# Generators and comprehensions (issue 13): a generator expression summed
# over three million items, a pipeline of generators, nested list and dict
# comprehensions, and a prime sieve read out by a comprehension.


def doubled_total(n):
    return sum(x * 2 for x in range(n))


def pipeline(n):
    def numbers():
        i = 0
        while i < n:
            yield i
            i += 1

    evens = (x for x in numbers() if x % 2 == 0)
    scaled = (x * 3 for x in evens)
    return sum(scaled)


def tables(n):
    rows = [[i * j for j in range(40)] for i in range(n)]
    index = {i: sum(row) for i, row in enumerate(rows)}
    return len(rows), sum(index.values())


def primes_below(n):
    sieve = [True] * n
    sieve[0] = sieve[1] = False
    i = 2
    while i * i < n:
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, n, i))
        i += 1
    return [k for k, is_prime in enumerate(sieve) if is_prime]


print(doubled_total(3_000_000))
print(pipeline(600_000))
print(tables(15_000))
primes = primes_below(400_000)
print(len(primes), primes[-1])
