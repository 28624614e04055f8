# sys.exit(N) stops the program with exit status N; nothing goes to stderr.
# expect-exit: 3
import sys

print("before exit")  # expect: before exit
sys.exit(3)
print("not reached")
