# Values near the 64-bit limits (gilvm ints are 64-bit; stay inside them).
big = 2 ** 62
print(big)  # expect: 4611686018427387904
print(-big)  # expect: -4611686018427387904
print(big - 1 + big)  # expect: 9223372036854775807
m = 9223372036854775807
print(m)  # expect: 9223372036854775807
print(-m - 1)  # expect: -9223372036854775808
print(m // 2, m % 10)  # expect: 4611686018427387903 7
print(-m // 2)  # expect: -4611686018427387904
print(m - m)  # expect: 0
print(float(m))  # expect: 9.223372036854776e+18
print(m / 2)  # expect: 4.611686018427388e+18
print(3037000499 * 3037000499)  # expect: 9223372030926249001
print(f"{m:,}")  # expect: 9,223,372,036,854,775,807
print(len(str(m)))  # expect: 19
print(int("-9223372036854775808"))  # expect: -9223372036854775808
