# dataclasses: defaults, default_factory, repr, ==, order=True, frozen=True, asdict and errors.
from dataclasses import dataclass, field, asdict, astuple, FrozenInstanceError

@dataclass
class Item:
    name: str
    price: float = 0.0
    qty: int = 1

it = Item("pen", 1.5)
print(it)  # expect: Item(name='pen', price=1.5, qty=1)
print(Item("cup"), Item("box", qty=3, price=2.0))  # expect: Item(name='cup', price=0.0, qty=1) Item(name='box', price=2.0, qty=3)
print(it == Item("pen", 1.5, 1), it == Item("pen"), it.name, it.qty)  # expect: True False pen 1
it.qty += 2
print(it)  # expect: Item(name='pen', price=1.5, qty=3)
print(asdict(it), astuple(it))  # expect: {'name': 'pen', 'price': 1.5, 'qty': 3} ('pen', 1.5, 3)

@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict)

c1 = Cart("ann")
c2 = Cart("bob")
c1.items.append(Item("tea", 3.0))
print(c1)  # expect: Cart(owner='ann', items=[Item(name='tea', price=3.0, qty=1)], tags={})
print(c2, c1.items is c2.items)  # expect: Cart(owner='bob', items=[], tags={}) False
print(asdict(c1))  # expect: {'owner': 'ann', 'items': [{'name': 'tea', 'price': 3.0, 'qty': 1}], 'tags': {}}

@dataclass(order=True)
class Card:
    rank: int
    suit: str = "hearts"

cards = [Card(10, "spades"), Card(2), Card(10, "clubs"), Card(7)]
print(sorted(cards))  # expect: [Card(rank=2, suit='hearts'), Card(rank=7, suit='hearts'), Card(rank=10, suit='clubs'), Card(rank=10, suit='spades')]
print(Card(3) < Card(4), Card(3, "a") < Card(3, "b"), Card(5) >= Card(5))  # expect: True True True
print(max(cards))  # expect: Card(rank=10, suit='spades')

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, hash(p) == hash(Point(1, 2)))  # expect: Point(x=1, y=2) True
try:
    p.x = 10
except FrozenInstanceError as e:
    print(type(e).__name__, e)  # expect: FrozenInstanceError cannot assign to field 'x'
print({Point(0): "origin"}[Point(0, 0)])  # expect: origin

try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print(type(e).__name__, e)  # expect: ValueError mutable default <class 'list'> for field x is not allowed: use default_factory
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError non-default argument 'b' follows default argument
try:
    Item()
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError Item.__init__() missing 1 required positional argument: 'name'
try:
    Card(1) < 2
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError '<' not supported between instances of 'Card' and 'int'

@dataclass
class Rect:
    w: int
    h: int
    area: int = field(init=False, repr=False)

    def __post_init__(self):
        self.area = self.w * self.h

r = Rect(3, 4)
print(r, r.area)  # expect: Rect(w=3, h=4) 12
