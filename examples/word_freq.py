# Word frequencies: str methods, dicts in insertion order, tuples that sort,
# and f-string alignment. Run it with:
#   cargo run --release -- run examples/word_freq.py [TOP]
# TOP (default 8) is how many of the most frequent words to show.
# Pinned as deterministic snapshots by tests/examples.rs (args comma-separated):
# snapshot: policies=cpython args=3
import sys

TOP = 8
if len(sys.argv) > 1:
    TOP = int(sys.argv[1])
TEXT = """
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.
"""


def words(text):
    cleaned = text.lower()
    for mark in [",", ".", ";", "!", "?"]:
        cleaned = cleaned.replace(mark, " ")
    return cleaned.split()


def count(items):
    counts = {}
    for w in items:
        counts[w] = counts.get(w, 0) + 1
    return counts


def top(counts, n):
    # Sort by descending count, then alphabetically: negate the count so one
    # ascending sort of (count, word) tuples does both.
    ranked = []
    for word, c in counts.items():
        ranked.append((-c, word))
    ranked.sort()
    result = []
    for neg, word in ranked[:n]:
        result.append((word, -neg))
    return result


all_words = words(TEXT)
counts = count(all_words)
print(f"{len(all_words)} words, {len(counts)} distinct")
print()
print(f"{'word':<12}{'count':>6}  share")
print("-" * 28)
for word, c in top(counts, TOP):
    bar = "#" * c
    print(f"{word:<12}{c:>6}  {c / len(all_words):>5.1%} {bar}")
longest = ""
for w in counts:
    if len(w) > len(longest):
        longest = w
print()
print(f"longest word: {longest!r} ({len(longest)} letters)")
