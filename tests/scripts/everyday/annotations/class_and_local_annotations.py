# Class-level annotations in C.__annotations__, method annotations, and local annotations that are never evaluated.
class Worker:
    name: str
    retries: int = 3
    ratio: "float" = 0.5
    def __init__(self, name: str) -> None:
        self.name: int = name
        self.done: UndefinedInMethod = False
        local: AlsoUndefined = 1
        self.local = local
    def run(self) -> None:
        print("running", self.name)
    def result(self, scale: float = 1.0) -> float:
        return self.retries * scale
print(Worker.__annotations__)  # expect: {'name': <class 'str'>, 'retries': <class 'int'>, 'ratio': 'float'}
print(Worker.retries, Worker.ratio)  # expect: 3 0.5
try:
    print(Worker.name)
except AttributeError as e:
    print(type(e).__name__, e)  # expect: AttributeError type object 'Worker' has no attribute 'name'
w = Worker("w1")
w.run()  # expect: running w1
print(w.name, w.done, w.local)  # expect: w1 False 1
print(Worker.run.__annotations__)  # expect: {'return': None}
print(w.result.__annotations__)  # expect: {'scale': <class 'float'>, 'return': <class 'float'>}
print(Worker.__init__.__annotations__)  # expect: {'name': <class 'str'>, 'return': None}
print(w.result(2))  # expect: 6
# instance attributes annotated in methods are not collected anywhere
print(sorted(Worker.__annotations__))  # expect: ['name', 'ratio', 'retries']
print(sorted(w.__dict__))  # expect: ['done', 'local', 'name']
# a subclass only lists its own annotations
class Special(Worker):
    level: int = 1
print(Special.__annotations__)  # expect: {'level': <class 'int'>}
print(Special.retries, Special.level)  # expect: 3 1
class Plain:
    pass
print(Plain.__annotations__)  # expect: {}
# class-body annotations are evaluated when the class body runs, value first
def note(tag):
    print("eval", tag)
    return tag
class Noted:
    a: note("a annotation") = note("a value")  # expect: eval a value
    # expect: eval a annotation
    b: note("b annotation")  # expect: eval b annotation
print(Noted.__annotations__)  # expect: {'a': 'a annotation', 'b': 'b annotation'}
# local annotations are never evaluated, but the name becomes local
def local_annotations():
    x: ThisNameDoesNotExist = 10
    y: note("never printed")
    return x
print(local_annotations())  # expect: 10
def bare_local():
    z: int
    return z
try:
    bare_local()
except UnboundLocalError as e:
    print(type(e).__name__, e)  # expect: UnboundLocalError cannot access local variable 'z' where it is not associated with a value
total = 100
def shadow():
    total: int
    try:
        return total
    except UnboundLocalError as e:
        return type(e).__name__
print(shadow())  # expect: UnboundLocalError
# local annotations do not make a function-level __annotations__ entry
def annotated_locals(a: int):
    b: str = "x"
    return b
print(annotated_locals.__annotations__)  # expect: {'a': <class 'int'>}
