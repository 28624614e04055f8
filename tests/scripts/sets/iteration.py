# Sets work wherever an iterable does, in their slot order.
s = {30, 10, 20, 5}
print(list(s), tuple(s), sorted(s), sorted(s, reverse=True))
# expect: [10, 20, 5, 30] (10, 20, 5, 30) [5, 10, 20, 30] [30, 20, 10, 5]
print(sum(s), min(s), max(s), len(s), any(s), all({0, 1}))  # expect: 65 5 30 4 True False
a, b, c, d = s
print(a, b, c, d)  # expect: 10 20 5 30
print(list(enumerate(frozenset([7, 3]))), list(zip(s, "abcd")))
# expect: [(0, 3), (1, 7)] [(10, 'a'), (20, 'b'), (5, 'c'), (30, 'd')]
print(", ".join({"only"}), "-".join(sorted({"b", "a", "c"})))  # expect: only a-b-c
total = 0
for x in s:
    total += x
print(total)  # expect: 65
print(list(map(abs, {-3, 2})), list(filter(None, {0, 4, 8})))  # expect: [2, 3] [8, 4]
print(list(reversed(sorted({3, 1, 2}))))  # expect: [3, 2, 1]
it = iter(s)
print(type(it).__name__, next(it), list(it), list(it))  # expect: set_iterator 10 [20, 5, 30] []
print(isinstance(s, set), isinstance(s, frozenset), isinstance(frozenset(), frozenset))
# expect: True False True
print(type(s).__name__, type(frozenset()).__name__, type(s) is set, type(set()) is set)
# expect: set frozenset True True
print(repr(s), str(frozenset(s)), f"{s}", f"{frozenset()!r}")
# expect: {10, 20, 5, 30} frozenset({10, 20, 5, 30}) {10, 20, 5, 30} frozenset()
print([s, frozenset([1])], (set(),), {1: {2}}, [{(1, 2)}])
# expect: [{10, 20, 5, 30}, frozenset({1})] (set(),) {1: {2}} [{(1, 2)}]
print(list(set()), sorted(frozenset()), sum(set()), set(set()), set(frozenset({4})))
# expect: [] [] 0 set() {4}
print(set(range(5)) == set([4, 3, 2, 1, 0]), set("abab") == {"a", "b"})  # expect: True True
# A user class's repr that prints the set again shows `set(...)`.
class Holder:
    def __repr__(self):
        return "Holder" + repr(box)


box = {Holder()}
print(box)  # expect: {Holderset(...)}
fbox = frozenset([Holder()])
box = fbox
print(fbox)  # expect: frozenset({Holderfrozenset(...)})
