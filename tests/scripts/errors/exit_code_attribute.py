# SystemExit carries its argument in `code`.
# expect-exit: 7
import sys

try:
    sys.exit(4)
except SystemExit as e:
    print(e.code, e.args, repr(e))  # expect: 4 (4,) SystemExit(4)
try:
    sys.exit()
except SystemExit as e:
    print(e.code, e.args)  # expect: None ()
try:
    sys.exit("bye")
except SystemExit as e:
    print(e.code)  # expect: bye
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code)  # expect: (1, 2)
sys.exit(7)
