# OrderedDict: order-sensitive equality, move_to_end, popitem(last=False) and the 3.11 repr.
from collections import OrderedDict

od = OrderedDict()
od["a"] = 1
od["b"] = 2
od["c"] = 3
print(od)  # expect: OrderedDict([('a', 1), ('b', 2), ('c', 3)])
od.move_to_end("a")
print(list(od))  # expect: ['b', 'c', 'a']
od.move_to_end("c", last=False)
print(list(od.keys()))  # expect: ['c', 'b', 'a']
print(od.popitem())  # expect: ('a', 1)
print(od.popitem(last=False))  # expect: ('c', 3)
print(od)  # expect: OrderedDict([('b', 2)])
print(OrderedDict())  # expect: OrderedDict()
print(OrderedDict([("x", 1), ("y", 2)]) == OrderedDict([("y", 2), ("x", 1)]))  # expect: False
print(OrderedDict([("x", 1), ("y", 2)]) == {"y": 2, "x": 1})  # expect: True
print(dict(OrderedDict(b=2, a=1)))  # expect: {'b': 2, 'a': 1}
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)  # expect: KeyError 'dictionary is empty'
try:
    od.move_to_end("zzz")
except KeyError as e:
    print(type(e).__name__, e)  # expect: KeyError 'zzz'

# a tiny least-recently-used cache
class LRU:
    def __init__(self, size):
        self.size = size
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.size:
            old = self.data.popitem(last=False)
            print("evict", old)

cache = LRU(2)
cache.put("a", 1)
cache.put("b", 2)
print(cache.get("a"))  # expect: 1
cache.put("c", 3)  # expect: evict ('b', 2)
print(cache.get("b"), cache.get("c"))  # expect: None 3
print(list(cache.data.items()))  # expect: [('a', 1), ('c', 3)]
