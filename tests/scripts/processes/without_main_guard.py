# differential: skip (CPython 3.11 forks on Linux; this is spawn's error)
# A process started at the top level, without `if __name__ == "__main__":`.
# The child runs the script again to find `work` and would start a process
# of its own without end; CPython's spawn stops it with this error, and the
# parent goes on (exit status 0).
import multiprocessing


def work():
    return 1


p = multiprocessing.Process(target=work)
p.start()
p.join()
print("exit code", p.exitcode)
# expect: exit code 1
# expect-stderr: An attempt has been made to start a new process before the
# expect-stderr: if __name__ == '__main__':
# expect-stderr: line 14, in <module>
