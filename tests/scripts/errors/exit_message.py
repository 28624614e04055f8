# sys.exit("message") prints the message to stderr and exits with status 1.
# expect-exit: 1
# expect-stderr: fatal: bad input
import sys

print("checking")  # expect: checking
sys.exit("fatal: bad input")
