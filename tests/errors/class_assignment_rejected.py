# Assigning __class__ would make an instance run another class's methods:
# gilvm refuses it with a clear error, never ignores it.
class Idle:
    def step(self):
        return "idle"


class Busy:
    def step(self):
        return "busy"


light = Idle()
light.__class__ = Busy
print(light.step())
