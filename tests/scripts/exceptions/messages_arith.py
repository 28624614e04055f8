# Messages of arithmetic errors (exactly as CPython words them).
zero = 0
fzero = 0.0
big = 10.0


def attempt(n):
    try:
        if n == 0:
            return 1 / zero
        if n == 1:
            return 1 // zero
        if n == 2:
            return 1 % zero
        if n == 3:
            return 1.5 / zero
        if n == 4:
            return 1.5 // fzero
        if n == 5:
            return 1.5 % fzero
        if n == 6:
            return 1 / fzero
        if n == 7:
            return fzero ** -1
        if n == 8:
            return zero ** -1
        if n == 9:
            return int(float("inf"))
        if n == 10:
            return int(float("nan"))
        if n == 11:
            return big ** 400
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    except OverflowError as e:
        print("OverflowError", n)
    except ValueError as e:
        print("ValueError:", e)


for n in range(12):
    attempt(n)
# expect: ZeroDivisionError: division by zero
# expect: ZeroDivisionError: integer division or modulo by zero
# expect: ZeroDivisionError: integer modulo by zero
# expect: ZeroDivisionError: float division by zero
# expect: ZeroDivisionError: float floor division by zero
# expect: ZeroDivisionError: float modulo
# expect: ZeroDivisionError: float division by zero
# expect: ZeroDivisionError: 0.0 cannot be raised to a negative power
# expect: ZeroDivisionError: 0.0 cannot be raised to a negative power
# expect: OverflowError 9
# expect: ValueError: cannot convert float NaN to integer
# expect: OverflowError 11
try:
    int(float("-inf"))
except OverflowError as e:
    print(e)  # expect: cannot convert float infinity to integer
