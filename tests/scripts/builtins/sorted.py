# sorted() returns a new list; reverse=True; strings sort by code point.
nums = [3, 1, 2]
print(sorted(nums), nums)  # expect: [1, 2, 3] [3, 1, 2]
print(sorted(nums, reverse=True))  # expect: [3, 2, 1]
print(sorted(["banana", "Cherry", "apple"]))  # expect: ['Cherry', 'apple', 'banana']
print(sorted("hello"))  # expect: ['e', 'h', 'l', 'l', 'o']
print(sorted((2.5, 1, -3)))  # expect: [-3, 1, 2.5]
print(sorted({"b": 1, "a": 2}))  # expect: ['a', 'b']
print(sorted({"b": 1, "a": 2}.items()))  # expect: [('a', 2), ('b', 1)]
print(sorted([(1, "z"), (0, "a"), (1, "a")]))  # expect: [(0, 'a'), (1, 'a'), (1, 'z')]
print(sorted([]), sorted(range(3), reverse=True))  # expect: [] [2, 1, 0]
print(sorted([1, 1.0, True]))  # expect: [1, 1.0, True]
print(sorted([1, 1.0, True], reverse=True))  # expect: [1, 1.0, True]
print(sorted([2, 1.0, True, 2.0], reverse=True))  # expect: [2, 2.0, 1.0, True]
pairs = [(-5, "e"), (-2, "b"), (-5, "a")]
print(sorted(pairs))  # expect: [(-5, 'a'), (-5, 'e'), (-2, 'b')]
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'str' and 'int'
