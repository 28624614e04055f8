# User-defined exception classes: with and without __init__, custom __str__, args and attributes.
class MyError(Exception):
    pass


try:
    raise MyError("boom")
except MyError as e:
    print(type(e).__name__, e, e.args)  # expect: MyError boom ('boom',)
    print(repr(e))  # expect: MyError('boom')
try:
    raise MyError
except MyError as e:
    print(repr(str(e)), e.args, repr(e))  # expect: '' () MyError()
try:
    raise MyError("a", 2)
except MyError as e:
    print(e, e.args)  # expect: ('a', 2) ('a', 2)


# An __init__ that stores extra fields and passes a message to the base class.
class ValidationError(Exception):
    def __init__(self, field, reason):
        super().__init__(field + ": " + reason)
        self.field = field
        self.reason = reason


try:
    raise ValidationError("age", "must be positive")
except ValidationError as e:
    print(e)  # expect: age: must be positive
    print(e.field, "|", e.reason, "|", e.args)  # expect: age | must be positive | ('age: must be positive',)


# An __init__ that does not call the base: args come from the constructor call.
class NoSuper(Exception):
    def __init__(self, code):
        self.code = code


try:
    raise NoSuper(404)
except NoSuper as e:
    print(e.code, e.args, str(e))  # expect: 404 (404,) 404


# Custom __str__ overrides the message.
class HttpError(Exception):
    def __init__(self, status, url):
        super().__init__(status, url)
        self.status = status
        self.url = url

    def __str__(self):
        return f"HTTP {self.status} for {self.url}"


try:
    raise HttpError(500, "/api")
except HttpError as e:
    print(e)  # expect: HTTP 500 for /api
    print(e.args)  # expect: (500, '/api')
    print(repr(e))  # expect: HttpError(500, '/api')
    print(f"error: {e}")  # expect: error: HTTP 500 for /api

# Exceptions are ordinary objects: created, stored, raised later.
errs = [MyError("one"), ValidationError("x", "bad"), KeyError("k")]
for err in errs:
    try:
        raise err
    except Exception as e:
        print(type(e).__name__, str(e), e is err)
# expect: MyError one True
# expect: ValidationError x: bad True
# expect: KeyError 'k' True

# str() of built-in exceptions: KeyError quotes its key.
print(str(KeyError("k")), str(KeyError(1)), repr(str(KeyError())))  # expect: 'k' 1 ''
print(str(KeyError("a", "b")))  # expect: ('a', 'b')
print(str(ValueError("v")), repr(ValueError("v")))  # expect: v ValueError('v')
print(repr(IndexError()), repr(TypeError(1, "x")))  # expect: IndexError() TypeError(1, 'x')

# args can be reassigned and affects str().
e = MyError("orig")
e.args = ("changed",)
print(e)  # expect: changed


# Raising something that is not an exception.
class NotAnError:
    pass


try:
    raise NotAnError()
except TypeError as e:
    print(e)  # expect: exceptions must derive from BaseException
try:
    raise "string"
except TypeError as e:
    print(e)  # expect: exceptions must derive from BaseException


# Attributes on exceptions set after creation.
try:
    err = MyError("with extra")
    err.extra = 42
    raise err
except MyError as e:
    print(e.extra)  # expect: 42
