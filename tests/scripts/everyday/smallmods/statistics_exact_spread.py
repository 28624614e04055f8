# statistics: exact results and their types, quantiles, other means, grouped median, and two-variable measures.
import statistics

# ints give an int when the exact answer is whole, a float otherwise
print(statistics.mean([1, 2, 3, 4]), statistics.mean([2, 4]), statistics.mean([True, True, False]))  # expect: 2.5 3 0.6666666666666666
print(statistics.variance([0, 0, 3, 3]), statistics.pvariance([0, 0, 1, 1]), statistics.pvariance([1, 3]))  # expect: 3 0.25 1
print(statistics.variance([1.0, 2.0, 3.0]), statistics.variance([1, 2.5, 4]))  # expect: 1.0 2.25
print(statistics.mean([1e50, 1, -1e50] * 10), sum([1e50, 1, -1e50] * 10))  # expect: 0.3333333333333333 0.0
print(statistics.mean([0.1] * 10), statistics.fmean([0.1] * 10))  # expect: 0.1 0.1
print(statistics.mean(x for x in range(11)), statistics.median(iter([5, 1, 3])))  # expect: 5 3
print(statistics.mean([10 ** 20, 1]), statistics.mean([2 ** 70, 2 ** 70 + 2]))  # expect: 5e+19 1180591620717411303425
print(statistics.stdev([1, 2, 3, 4, 5]), statistics.pstdev([1, 2, 3, 4, 5]))  # expect: 1.5811388300841898 1.4142135623730951
print(statistics.stdev([0.1, 0.2, 0.3]), statistics.pstdev([10 ** 15, 10 ** 15 + 3]))  # expect: 0.09999999999999999 1.5
print(statistics.variance([1, 2, 3, 4], 2.5), statistics.pvariance([1, 2, 3], mu=2))  # expect: 1.6666666666666667 0.6666666666666666
print(statistics.median([1, 3]), statistics.median([1.5, 2.5]), statistics.median(["b", "a", "c"]))  # expect: 2.0 2.0 b
print(statistics.mean([1, float("inf")]), statistics.variance([1, float("nan")]))  # expect: inf nan
try:
    statistics.mean(["a", "b"])
except TypeError as e:
    print(e)  # expect: can't convert type 'str' to numerator/denominator

print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))  # expect: [2.75, 5.5, 8.25]
print(statistics.quantiles(range(1, 11), n=5, method="inclusive"))  # expect: [2.8, 4.6, 6.4, 8.2]
print(statistics.quantiles([2.5, 1, 7, 3.25], n=3))  # expect: [2.0, 4.5]
try:
    statistics.quantiles([1])
except statistics.StatisticsError as e:
    print(e)  # expect: must have at least two data points

print(statistics.harmonic_mean([40, 60]), statistics.harmonic_mean([40, 60], weights=[5, 30]))  # expect: 48.0 56.0
print(statistics.harmonic_mean([2.5, 3, 10]), statistics.harmonic_mean([1, 0, 2]), statistics.harmonic_mean([7]))  # expect: 3.6 0 7
print(round(statistics.geometric_mean([54, 24, 36]), 9), statistics.geometric_mean([4, 9]))  # expect: 36.0 6.0
print(statistics.median_grouped([52, 52, 53, 54]), statistics.median_grouped([1, 3, 3, 5, 7], interval=2))  # expect: 52.5 3.5
print(statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))  # expect: 3.7
print(statistics.fmean([1, 2, 3], weights=[1, 0, 3]), statistics.multimode("aabbbcccc"), statistics.multimode([]))  # expect: 2.5 ['c'] []

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(statistics.covariance(x, y), statistics.correlation(x, x), round(statistics.correlation(x, y), 12))  # expect: 0.75 1.0 0.316227766017
fit = statistics.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11])
print(fit, fit.slope, fit.intercept)  # expect: LinearRegression(slope=2.0, intercept=1.0) 2.0 1.0
slope, intercept = statistics.linear_regression([1, 2, 3], [2, 4, 7], proportional=True)
print(slope, intercept)  # expect: 2.2142857142857144 0.0

for bad in [lambda: statistics.covariance([1, 2], [1]), lambda: statistics.correlation([1, 1], [1, 2]),
            lambda: statistics.linear_regression([2, 2], [1, 5]), lambda: statistics.harmonic_mean([1, -1]),
            lambda: statistics.geometric_mean([]), lambda: statistics.fmean([1, 2], weights=[1])]:
    try:
        bad()
    except statistics.StatisticsError as e:
        print(type(e).__name__, e)  # expect: StatisticsError covariance requires that both inputs have same number of data points
        # expect: StatisticsError at least one of the inputs is constant
        # expect: StatisticsError x is constant
        # expect: StatisticsError harmonic mean does not support negative values
        # expect: StatisticsError geometric mean requires a non-empty dataset containing positive numbers
        # expect: StatisticsError data and weights must be the same length
