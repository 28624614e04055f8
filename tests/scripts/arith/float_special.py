# Infinities, NaN and negative zero.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan)  # expect: inf -inf nan
print(float("-inf"), float("Infinity"), float("-nan"))  # expect: -inf inf nan
print(inf + 1, inf * -2)  # expect: inf -inf
print(inf - inf)  # expect: nan
print(inf > 1e308, -inf < -1e308)  # expect: True True
print(nan == nan, nan != nan, nan < 1, nan > 1)  # expect: False True False False
print(1e308 * 10)  # expect: inf
print(-0.0, 0.0 * -1, -0.0 + 0.0)  # expect: -0.0 -0.0 0.0
print(0.0 == -0.0)  # expect: True
print(abs(-0.0))  # expect: 0.0
print([inf, nan, -0.0])  # expect: [inf, nan, -0.0]
print(str(-inf), repr(nan))  # expect: -inf nan
print(1 / inf, -1 / inf)  # expect: 0.0 -0.0
