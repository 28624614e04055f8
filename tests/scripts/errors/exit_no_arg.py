# sys.exit() exits with status 0.
import sys


def main():
    print("main runs")
    sys.exit()
    print("not reached")


main()  # expect: main runs
print("not reached either")
