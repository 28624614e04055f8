# A class whose __setattr__ would change what every attribute store means:
# refused with a clear error, never run with another meaning.
class Logged:
    def __setattr__(self, name, value):
        print("set", name)
        object.__setattr__(self, name, value)


Logged().x = 1
