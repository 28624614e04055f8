# __new__ (a thread-safe singleton, a constructor that may return None), __slots__ limiting attributes, __file__.
import threading
class Singleton:
    _instance = None
    _lock = threading.Lock()
    def __new__(cls, *args, **kwargs):
        with cls._lock:
            if cls._instance is None:
                cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value=0):
        self.value = value
a = Singleton(1)
b = Singleton(2)
print(a is b, a.value, type(a).__name__)  # expect: True 2 Singleton
class Celsius:
    def __new__(cls, degrees):
        if degrees < -273.15:
            return None
        return object.__new__(cls)
    def __init__(self, degrees):
        self.degrees = degrees
print(Celsius(-300), Celsius(20).degrees)  # expect: None 20
class Slotted:
    __slots__ = ("a",)
    def __init__(self):
        self.a = 1
s = Slotted()
s.a = 5
print(s.a)  # expect: 5
try:
    s.b = 2
except AttributeError as e:
    print(type(e).__name__, e)  # expect: AttributeError 'Slotted' object has no attribute 'b'
class Free:
    pass
f = Free(); f.anything = 1; print(f.anything)  # expect: 1
print(__file__.endswith("nw.py"))  # expect: False
