# object's and BaseException's own __str__ and __repr__, reached through
# super() or named directly.
class Point:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"Point({self.x})"

    def __str__(self):
        # object.__str__ is repr(self): this class's __repr__.
        return "<" + super().__str__() + ">"


p = Point(3)
print(str(p), repr(p))
# expect: <Point(3)> Point(3)
print(object.__str__(p))
# expect: Point(3)
print(object.__repr__(p).startswith("<__main__.Point object at 0x"))
# expect: True


class AppError(Exception):
    def __str__(self):
        return "AppError: " + super().__str__()

    def __repr__(self):
        return "<" + Exception.__repr__(self) + ">"


e = AppError("disk full", 28)
print(str(e))
# expect: AppError: ('disk full', 28)
print(repr(e))
# expect: <AppError('disk full', 28)>
print(Exception.__str__(ValueError("v", 1)), BaseException.__str__(ValueError("v")))
# expect: ('v', 1) v
try:
    raise AppError("boom")
except AppError as err:
    print(err)
# expect: AppError: boom
