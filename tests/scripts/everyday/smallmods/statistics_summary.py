# statistics: averages, spread, mode and the StatisticsError for bad input.
import statistics

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.fmean(data))  # expect: 5 5.0
print(statistics.median(data), statistics.median_low(data), statistics.median_high(data))  # expect: 4.5 4 5
print(statistics.median([3, 1, 2]), statistics.median_low([3, 1, 2]))  # expect: 2 2
print(statistics.mode(data))  # expect: 4
print(statistics.mode(["red", "blue", "red"]))  # expect: red
print(statistics.multimode([1, 1, 2, 2, 3]))  # expect: [1, 2]
print(statistics.pstdev(data), statistics.pvariance(data))  # expect: 2.0 4
print(statistics.stdev(data))  # expect: 2.138089935299395
print(statistics.variance(data))  # expect: 4.571428571428571
print(statistics.mean([1.5, 2.5, 3.0]))  # expect: 2.3333333333333335
print(statistics.mean([1, 2]), statistics.mean([1, 2, 3]))  # expect: 1.5 2
print(statistics.fmean([1, 2, 3]), statistics.median([1, 2, 3, 4]))  # expect: 2.0 2.5
print(round(statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), 6))  # expect: 1.081087
print(statistics.variance([1, 1, 1]), statistics.pstdev([5]))  # expect: 0 0.0
print(statistics.mode([1, 2, 3]))  # expect: 1

scores = {"ann": [88, 92, 79], "bob": [70, 75, 80], "cid": [95, 60, 85]}
for name, marks in scores.items():
    print(name, statistics.mean(marks), statistics.median(marks), round(statistics.pstdev(marks), 2))  # expect: ann 86.33333333333333 88 5.44
    # expect: bob 75 75 4.08
    # expect: cid 80 85 14.72

def check(fn, arg):
    try:
        print(fn(arg))
    except statistics.StatisticsError as e:
        print(type(e).__name__, e)

check(statistics.mean, [])  # expect: StatisticsError mean requires at least one data point
check(statistics.fmean, [])  # expect: StatisticsError fmean requires at least one data point
check(statistics.median, [])  # expect: StatisticsError no median for empty data
check(statistics.mode, [])  # expect: StatisticsError no mode for empty data
check(statistics.stdev, [1])  # expect: StatisticsError stdev requires at least two data points
check(statistics.variance, [3])  # expect: StatisticsError variance requires at least two data points
check(statistics.pstdev, [])  # expect: StatisticsError pstdev requires at least one data point
check(statistics.pvariance, [])  # expect: StatisticsError pvariance requires at least one data point
print(issubclass(statistics.StatisticsError, ValueError))  # expect: True
