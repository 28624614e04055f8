# A process started at the top level, without `if __name__ == "__main__":`.
# The child runs the script again to find `work` and would start a process
# of its own without end; CPython's spawn stops it with this error.
import multiprocessing


def work():
    return 1


p = multiprocessing.Process(target=work)
p.start()
p.join()
print("exit code", p.exitcode)
