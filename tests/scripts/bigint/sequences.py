# Big ints as indexes, counts and slice bounds, and in sum/min/max/sorted:
# CPython's errors where they cannot fit a machine word, clamping where
# CPython clamps.
M = 9223372036854775807
xs = [1, 2, 3]
for key in [2 ** 63, 2 ** 100, -2 ** 100]:
    for seq in [xs, (1, 2), "abc"]:
        try:
            seq[key]
        except IndexError as e:
            print("IndexError:", e)
# expect: IndexError: cannot fit 'int' into an index-sized integer
# expect: IndexError: cannot fit 'int' into an index-sized integer
# expect: IndexError: cannot fit 'int' into an index-sized integer
# expect: IndexError: cannot fit 'int' into an index-sized integer
# expect: IndexError: cannot fit 'int' into an index-sized integer
# expect: IndexError: cannot fit 'int' into an index-sized integer
# expect: IndexError: cannot fit 'int' into an index-sized integer
# expect: IndexError: cannot fit 'int' into an index-sized integer
# expect: IndexError: cannot fit 'int' into an index-sized integer
try:
    xs[2 ** 64] = 5
except IndexError as e:
    print("IndexError:", e)  # expect: IndexError: cannot fit 'int' into an index-sized integer
try:
    print(range(10)[2 ** 100])
except IndexError as e:
    print("IndexError:", e)  # expect: IndexError: range object index out of range
print(xs[-M - 1:2 ** 100], xs[2 ** 100:], xs[:-2 ** 100], "abc"[::2 ** 100], xs[::-2 ** 100])
# expect: [1, 2, 3] [] [] a [3]
for make in [lambda: "a" * 2 ** 63, lambda: [0] * 2 ** 64, lambda: 2 ** 100 * (1, 2),
             lambda: xs * -2 ** 100, lambda: "ab" * -2 ** 64, lambda: -2 ** 100 * [1]]:
    try:
        make()
    except OverflowError as e:
        print("OverflowError:", e)
# expect: OverflowError: cannot fit 'int' into an index-sized integer
# expect: OverflowError: cannot fit 'int' into an index-sized integer
# expect: OverflowError: cannot fit 'int' into an index-sized integer
# expect: OverflowError: cannot fit 'int' into an index-sized integer
# expect: OverflowError: cannot fit 'int' into an index-sized integer
# expect: OverflowError: cannot fit 'int' into an index-sized integer
ys = [1, 2]
try:
    ys *= -2 ** 100
except OverflowError as e:
    print("OverflowError:", e, ys)
# expect: OverflowError: cannot fit 'int' into an index-sized integer [1, 2]
print("abc".find("a", 2 ** 100), "abc".find("a", -2 ** 100), (1, 2, 3).index(2, -2 ** 100, 2 ** 100))
# expect: -1 0 1
for make in [lambda: [].insert(2 ** 100, 1), lambda: "a b".split(maxsplit=2 ** 100),
             lambda: "a".zfill(2 ** 100), lambda: chr(2 ** 100), lambda: range(2 ** 64)]:
    try:
        make()
    except OverflowError as e:
        print("OverflowError")
# expect: OverflowError
# expect: OverflowError
# expect: OverflowError
# expect: OverflowError
print(sum([2 ** 62, 2 ** 62, 2 ** 62]), sum([M] * 4), sum([2 ** 100, -2 ** 100, 1.5]))
# expect: 13835058055282163712 36893488147419103228 1.5
print(sum([2 ** 64, 0.5]), sum(range(10), 2 ** 64), sum([-M - 1, -M - 1]))
# expect: 1.8446744073709552e+19 18446744073709551661 -18446744073709551616
print(max([2 ** 64, 2 ** 64 + 1]), min([2 ** 64, -2 ** 64, 0.0]), sorted([2 ** 70, 5, -2 ** 70]))
# expect: 18446744073709551617 -18446744073709551616 [-1180591620717411303424, 5, 1180591620717411303424]
for i, c in enumerate("ab", M):
    print(i, c)
# expect: 9223372036854775807 a
# expect: 9223372036854775808 b
print(list(enumerate("xy", M))[-1])  # expect: (9223372036854775808, 'y')
print(2 ** 100 * [1][0] + 0, [2 ** 64, 2 ** 65].index(2 ** 65), [2 ** 64, 2 ** 64].count(2 ** 64))
# expect: 1267650600228229401496703205376 1 2
print((2 ** 100).real == 2 ** 100, (2 ** 100).imag, (2 ** 100).numerator, (-2 ** 100).denominator)
# expect: True 0 1267650600228229401496703205376 1
