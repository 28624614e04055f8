"""statistics: averages (mean, fmean, median, mode, ...), measures of spread
(variance, stdev, ...) and relations between two inputs (covariance,
correlation, linear_regression).

mean, variance and friends work exactly, as CPython's do with fractions:
every value becomes an exact ratio of ints, the sums are exact, and the
result is converted once at the end (an int stays an int when the answer
is whole, a float is correctly rounded). Ratios are (numerator,
denominator) pairs here, the denominator positive.
"""

import math


class StatisticsError(ValueError):
    pass


# ---------------------------------------------------------------- exact ratios


def _bit_length(n):
    return len(bin(n).lstrip("-0b"))


def _reduced(num, den):
    if den < 0:
        num, den = -num, -den
    g = math.gcd(num, den)
    if g > 1:
        return (num // g, den // g)
    return (num, den)


def _float_ratio(x):
    mantissa, exponent = math.frexp(x)
    num = int(mantissa * 9007199254740992.0)    # times 2**53: exact
    exponent -= 53
    if exponent >= 0:
        return (num << exponent, 1)
    return _reduced(num, 1 << -exponent)


def _exact_ratio(x):
    """x as (numerator, denominator); (x, None) for an infinity or a NaN."""
    if isinstance(x, int):
        return (int(x), 1)
    if isinstance(x, float):
        if math.isfinite(x):
            return _float_ratio(x)
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '" + type(x).__name__ + "' to numerator/denominator") from None


def _add_ratios(a, b):
    return _reduced(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def _sum_partials(partials):
    """Sum {denominator: numerator} exactly."""
    total = (0, 1)
    for den, num in partials.items():
        total = _add_ratios(total, _reduced(num, den))
    return total


def _coerce(T, S):
    """The type a result of mixed T and S values is given, or TypeError."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    raise TypeError("don't know how to coerce " + T.__name__ + " and " + S.__name__)


def _sum(data):
    """(type of the result, exact total, count). The total is a ratio, or a
    float when the data holds an infinity or a NaN."""
    T = int
    seen = int
    count = 0
    partials = {}
    special = None
    for x in data:
        typ = type(x)
        if typ is not seen:
            T = _coerce(T, typ)
            seen = typ
        num, den = _exact_ratio(x)
        count += 1
        if den is None:
            special = num if special is None else special + num
        else:
            partials[den] = partials.get(den, 0) + num
    if special is not None:
        return (T, special, count)
    return (T, _sum_partials(partials), count)


def _ss(data, c=None):
    """(type, exact sum of squared deviations from the mean, count); with c,
    the deviations are taken from c instead."""
    if c is not None:
        return _sum((x - c) * (x - c) for x in data)
    T = int
    seen = int
    count = 0
    sx = {}
    sxx = {}
    special = None
    for x in data:
        typ = type(x)
        if typ is not seen:
            T = _coerce(T, typ)
            seen = typ
        num, den = _exact_ratio(x)
        count += 1
        if den is None:
            special = num if special is None else special + num
        else:
            sx[den] = sx.get(den, 0) + num
            sxx[den] = sxx.get(den, 0) + num * num
    if special is not None:
        return (T, special, count)
    if count == 0:
        return (T, (0, 1), 0)
    s1 = _sum_partials(sx)
    s2 = (0, 1)
    for den, num in sxx.items():
        s2 = _add_ratios(s2, _reduced(num, den * den))
    # count*s2 - s1*s1, over count
    num = count * s2[0] * s1[1] * s1[1] - s1[0] * s1[0] * s2[1]
    den = s2[1] * s1[1] * s1[1] * count
    return (T, _reduced(num, den), count)


def _divide(value, n):
    if isinstance(value, tuple):
        return _reduced(value[0], value[1] * n)
    return value / n


def _convert(value, T):
    """The exact ratio `value` as a T: an int only when it is whole."""
    if not isinstance(value, tuple):
        return value
    num, den = value
    if issubclass(T, int):
        if den == 1:
            return num
        return num / den
    if issubclass(T, float):
        return T(num / den)
    return T(num) / T(den)


def _isqrt_round_to_odd(n, m):
    """The integer square root of n/m, its lowest bit set when inexact."""
    root = math.isqrt(n // m)
    if root * root * m != n:
        root |= 1
    return root


def _sqrt_of_ratio(value):
    """The square root of the exact ratio, correctly rounded to a float."""
    if not isinstance(value, tuple):
        raise AttributeError("'float' object has no attribute 'numerator'")
    n, m = value
    # Work with a root of 55 or more bits whose last bit records whether it
    # was exact; one rounding, by the int division, then gives the float.
    shift = (_bit_length(n) - _bit_length(m) - 109) // 2
    if shift >= 0:
        return (_isqrt_round_to_odd(n, m << (2 * shift)) << shift) / 1
    return _isqrt_round_to_odd(n << (-2 * shift), m) / (1 << -shift)


# ---------------------------------------------------------------- averages


def mean(data):
    """The arithmetic mean, computed exactly: mean([1, 2, 3]) is 2, an int."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _convert(_divide(total, n), T)


def fmean(data, weights=None):
    """The arithmetic mean as a float (faster than mean)."""
    try:
        n = len(data)
    except TypeError:
        n = 0
        items = data

        def counted():
            nonlocal n
            for item in items:
                n += 1
                yield item

        data = counted()
    if weights is None:
        total = math.fsum(data)
        if not n:
            raise StatisticsError("fmean requires at least one data point")
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = math.fsum([x * w for x, w in zip(data, weights)])
    if n != num_weights:
        raise StatisticsError("data and weights must be the same length")
    den = math.fsum(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return num / den


def geometric_mean(data):
    """The geometric mean, as a float."""
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset "
                              "containing positive numbers") from None


def _fail_negative(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


def harmonic_mean(data, weights=None):
    """The harmonic mean: the reciprocal of the mean of the reciprocals."""
    if iter(data) is data:
        data = list(data)
    message = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)):
            if x < 0:
                raise StatisticsError(message)
            return x
        raise TypeError("unsupported type")
    if weights is None:
        weights = [1] * n
        sum_weights = (n, 1)
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        sum_weights = _sum(_fail_negative(weights, message))[1]
    try:
        values = _fail_negative(data, message)
        T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, values))
    except ZeroDivisionError:
        return 0
    if isinstance(total, tuple):
        if total[0] <= 0:
            raise StatisticsError("Weighted sum must be positive")
        if isinstance(sum_weights, tuple):
            result = _reduced(sum_weights[0] * total[1], sum_weights[1] * total[0])
        else:
            result = sum_weights / (total[0] / total[1])
    else:
        if total <= 0:
            raise StatisticsError("Weighted sum must be positive")
        if isinstance(sum_weights, tuple):
            result = sum_weights[0] / sum_weights[1] / total
        else:
            result = sum_weights / total
    return _convert(result, T)


def median(data):
    """The middle value; for an even count, the mean of the middle two."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """The middle value; for an even count, the smaller of the middle two."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """The middle value; for an even count, the larger of the middle two."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """The median of data grouped in bins of width interval around each
    value, interpolated within the middle bin."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    # where the run of values equal to x starts and ends
    first = 0
    while data[first] < x:
        first += 1
    end = first
    while end < n and not x < data[end]:
        end += 1
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError("Value cannot be converted to a float")
    lower = x - interval / 2.0
    return lower + interval * (n / 2 - first) / (end - first)


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    """The most common value (the first one seen, if several tie)."""
    counts = _counts(data)
    best = None
    best_count = 0
    for value, n in counts.items():
        if n > best_count:
            best = value
            best_count = n
    if best_count == 0:
        raise StatisticsError("no mode for empty data")
    return best


def multimode(data):
    """Every most common value, in the order first seen ([] for no data)."""
    counts = _counts(data)
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, n in counts.items() if n == top]


def quantiles(data, *, n=4, method="exclusive"):
    """The n-1 cut points dividing data into n intervals of equal
    probability (method 'exclusive' or 'inclusive')."""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError("must have at least two data points")
    result = []
    if method == "inclusive":
        m = size - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == "exclusive":
        m = size + 1
        for i in range(1, n):
            j = i * m // n
            if j < 1:
                j = 1
            elif j > size - 1:
                j = size - 1
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError("Unknown method: " + repr(method))


# ---------------------------------------------------------------- spread


def variance(data, xbar=None):
    """The sample variance (divided by n - 1)."""
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _convert(_divide(ss, n - 1), T)


def pvariance(data, mu=None):
    """The population variance (divided by n)."""
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _convert(_divide(ss, n), T)


def stdev(data, xbar=None):
    """The sample standard deviation, correctly rounded."""
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    return _sqrt_of_ratio(_divide(ss, n - 1))


def pstdev(data, mu=None):
    """The population standard deviation, correctly rounded."""
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    return _sqrt_of_ratio(_divide(ss, n))


# ---------------------------------------------------------------- two inputs


def covariance(x, y):
    """The sample covariance of x and y."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError("covariance requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("covariance requires at least two data points")
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
    return sxy / (n - 1)


def correlation(x, y):
    """Pearson's correlation coefficient of x and y."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError("correlation requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("correlation requires at least two data points")
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
    sxx = math.fsum([(xi - xbar) * (xi - xbar) for xi in x])
    syy = math.fsum([(yi - ybar) * (yi - ybar) for yi in y])
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


class LinearRegression:
    """(slope, intercept), as linear_regression returns them."""

    def __init__(self, slope, intercept):
        self.slope = slope
        self.intercept = intercept

    def __repr__(self):
        return "LinearRegression(slope=" + repr(self.slope) + ", intercept=" + repr(self.intercept) + ")"

    def __iter__(self):
        return iter((self.slope, self.intercept))

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.slope, self.intercept)[i]

    def __eq__(self, other):
        if isinstance(other, LinearRegression):
            other = (other.slope, other.intercept)
        return (self.slope, self.intercept) == other


def linear_regression(x, y, *, proportional=False):
    """Slope and intercept of the least-squares line through (x, y) (through
    the origin when proportional)."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError("linear regression requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("linear regression requires at least two data points")
    if proportional:
        sxy = math.fsum([xi * yi for xi, yi in zip(x, y)])
        sxx = math.fsum([xi * xi for xi in x])
    else:
        xbar = math.fsum(x) / n
        ybar = math.fsum(y) / n
        sxy = math.fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
        sxx = math.fsum([(xi - xbar) * (xi - xbar) for xi in x])
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)
