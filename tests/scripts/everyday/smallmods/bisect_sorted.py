# bisect: finding insertion points, insort keeps a list sorted, key= lookups.
import bisect

a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4))  # expect: 2 5 5
print(bisect.bisect_left(a, 0), bisect.bisect_right(a, 100))  # expect: 0 7
print(bisect.bisect_left(a, 5), bisect.bisect_right(a, 5))  # expect: 5 5
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 3))  # expect: 3 3
print(bisect.bisect_left([], 3))  # expect: 0

b = []
for x in [5, 1, 4, 1, 9, 2]:
    bisect.insort(b, x)
print(b)  # expect: [1, 1, 2, 4, 5, 9]
bisect.insort_left(b, 4)
bisect.insort_right(b, 3)
print(b)  # expect: [1, 1, 2, 3, 4, 4, 5, 9]

def count_between(sorted_list, lo, hi):
    return bisect.bisect_right(sorted_list, hi) - bisect.bisect_left(sorted_list, lo)

print(count_between(a, 2, 7), count_between(a, 5, 6))  # expect: 5 0

def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60]])  # expect: ['F', 'A', 'C', 'C', 'B', 'A', 'A', 'D']

def contains(sorted_list, x):
    i = bisect.bisect_left(sorted_list, x)
    return i < len(sorted_list) and sorted_list[i] == x

print(contains(a, 7), contains(a, 8))  # expect: True False

people = [("ann", 19), ("bob", 25), ("cid", 31), ("dee", 40)]
print(bisect.bisect_left(people, 30, key=lambda p: p[1]))  # expect: 2
print(bisect.bisect_right(people, 25, key=lambda p: p[1]))  # expect: 2
bisect.insort(people, ("eve", 28), key=lambda p: p[1])
print(people)  # expect: [('ann', 19), ('bob', 25), ('eve', 28), ('cid', 31), ('dee', 40)]
words = ["apple", "cherry", "fig", "grape"]
bisect.insort(words, "banana")
print(words)  # expect: ['apple', 'banana', 'cherry', 'fig', 'grape']
print(bisect.bisect(["a", "c", "e"], "d"))  # expect: 2
try:
    bisect.bisect_left(a, 3, -1)
except ValueError as e:
    print(type(e).__name__, e)  # expect: ValueError lo must be non-negative
