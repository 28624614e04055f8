# An instance attribute named like a method hides it, even at a call site
# that has already called the method many times (the inline cache must
# notice), and a method given to a class later is hidden by attributes its
# instances already had.

class Greeter:
    def hello(self):
        return "method"

def call_each(objs):
    out = []
    for o in objs:
        out.append(o.hello())
    return out

a = Greeter()
b = Greeter()
for _ in range(5):
    call_each([a, b])
print(call_each([a, b]))  # expect: ['method', 'method']
b.hello = lambda: "instance"
print(call_each([a, b]))  # expect: ['method', 'instance']
del b.hello
print(call_each([a, b]))  # expect: ['method', 'method']

class Late:
    pass

x = Late()
y = Late()
y.wave = lambda: "own"

def call_wave(objs):
    out = []
    for o in objs:
        out.append(o.wave())
    return out

try:
    call_wave([x])
except AttributeError as e:
    print(e)  # expect: 'Late' object has no attribute 'wave'

def wave(self):
    return "class"

Late.wave = wave
print(call_wave([x, y, x]))  # expect: ['class', 'own', 'class']

class Sub(Greeter):
    pass

s = Sub()
print(call_each([s, a]))  # expect: ['method', 'method']
Greeter.hello = lambda self: "patched"
print(call_each([s, a]))  # expect: ['patched', 'patched']
