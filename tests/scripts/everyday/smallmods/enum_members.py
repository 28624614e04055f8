# enum: Enum, IntEnum and auto; repr/str, name/value, lookups, iteration, membership.
from enum import Enum, IntEnum, auto

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.RED)  # expect: Color.RED
print(repr(Color.RED))  # expect: <Color.RED: 1>
print(Color.RED.name, Color.RED.value)  # expect: RED 1
print(Color(2), Color["BLUE"])  # expect: Color.GREEN Color.BLUE
print(Color(1) is Color.RED, Color.RED == Color.RED, Color.RED == 1)  # expect: True True False
print(list(Color))  # expect: [<Color.RED: 1>, <Color.GREEN: 2>, <Color.BLUE: 3>]
print([c.name for c in Color], len(Color))  # expect: ['RED', 'GREEN', 'BLUE'] 3
print(Color.GREEN in Color, isinstance(Color.GREEN, Color), type(Color.GREEN).__name__)  # expect: True True Color
print(f"{Color.RED}", str(Color.BLUE))  # expect: Color.RED Color.BLUE
favorite = {Color.RED: "apples", Color.BLUE: "sky"}
print(favorite[Color.BLUE])  # expect: sky
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)  # expect: ValueError 7 is not a valid Color
try:
    Color["PINK"]
except KeyError as e:
    print(type(e).__name__, e)  # expect: KeyError 'PINK'

class Weekday(Enum):
    MON = auto()
    TUE = auto()
    WED = auto()

print(list(Weekday))  # expect: [<Weekday.MON: 1>, <Weekday.TUE: 2>, <Weekday.WED: 3>]
print(Weekday.WED.value)  # expect: 3

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

print(Priority.HIGH, repr(Priority.HIGH))  # expect: 3 <Priority.HIGH: 3>
print(Priority.LOW < Priority.HIGH, Priority.MEDIUM == 2, Priority.HIGH > 2)  # expect: True True True
print(Priority.HIGH + 1, Priority(2).name, sorted([Priority.HIGH, Priority.LOW, 2]))  # expect: 4 MEDIUM [<Priority.LOW: 1>, 2, <Priority.HIGH: 3>]
print(max(Priority), [p.value for p in Priority])  # expect: 3 [1, 2, 3]
print(f"{Priority.LOW}", str(Priority.MEDIUM), int(Priority.HIGH))  # expect: 1 2 3

class Status(Enum):
    ACTIVE = "active"
    DONE = "done"

    def describe(self):
        return self.name.lower() + "=" + self.value

print(Status("done"), Status.DONE.describe())  # expect: Status.DONE done=done
for s in Status:
    print(s.name, s.value)  # expect: ACTIVE active
    # expect: DONE done

class Shape(Enum):
    SQUARE = 1
    DIAMOND = 1

print(Shape.DIAMOND, Shape.DIAMOND is Shape.SQUARE, len(Shape))  # expect: Shape.SQUARE True 1

def traffic(light):
    if light is Color.RED:
        return "stop"
    elif light == Color.GREEN:
        return "go"
    return "wait"

print([traffic(c) for c in Color])  # expect: ['stop', 'go', 'wait']
