# Assigning obj.__class__ switches which methods an instance uses; its __dict__ is kept.
class Idle:
    label = "idle"
    def step(self):
        self.ticks += 1
        return "waiting"
    def describe(self):
        return "%s after %d ticks" % (self.label, self.ticks)
class Running:
    label = "running"
    def step(self):
        self.ticks += 10
        return "working"
    def describe(self):
        return "RUNNING(%d)" % self.ticks
m = Idle()
m.ticks = 0
print(m.step(), m.describe())  # expect: waiting idle after 1 ticks
print(type(m).__name__, m.__class__ is Idle)  # expect: Idle True
m.__class__ = Running
print(m.step(), m.describe())  # expect: working RUNNING(11)
print(type(m).__name__, isinstance(m, Running), isinstance(m, Idle))  # expect: Running True False
print(m.label, m.ticks, m.__dict__)  # expect: running 11 {'ticks': 11}
m.__class__ = Idle
print(m.step(), m.describe())  # expect: waiting idle after 12 ticks
# a tiny state machine where each state switches the class
class Light:
    def __init__(self):
        self.__class__ = Red
        self.changes = 0
    def advance(self):
        self.changes += 1
        self.__class__ = self.next_state()
class Red(Light):
    def next_state(self):
        return Green
class Green(Light):
    def next_state(self):
        return Yellow
class Yellow(Light):
    def next_state(self):
        return Red
light = Light()
seen = [type(light).__name__]
for _ in range(4):
    light.advance()
    seen.append(type(light).__name__)
print(seen, light.changes)  # expect: ['Red', 'Green', 'Yellow', 'Red', 'Green'] 4
# class-level attributes and special methods follow the new class
class Quiet:
    def __str__(self):
        return "quiet"
    def __len__(self):
        return 0
class Loud:
    def __str__(self):
        return "LOUD"
    def __len__(self):
        return 99
q = Quiet()
print(str(q), len(q))  # expect: quiet 0
q.__class__ = Loud
print(str(q), len(q), "%s" % q)  # expect: LOUD 99 LOUD
# errors
try:
    q.__class__ = 5
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError __class__ must be set to a class, not 'int' object
try:
    q.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError __class__ assignment only supported for mutable types or ModuleType subclasses
try:
    object().__class__ = Quiet
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError __class__ assignment only supported for mutable types or ModuleType subclasses
print(type(q).__name__)  # expect: Loud
