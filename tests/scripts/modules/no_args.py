# Without arguments sys.argv has only the script path.
import sys

print(len(sys.argv), sys.argv[1:])  # expect: 1 []
