# A Thread subclass whose run() calls _target itself (the "thread that returns a value" recipe), abs() of an object, os.path.
import os
import threading


class ResultThread(threading.Thread):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.result = None

    def run(self):
        if self._target is not None:
            self.result = self._target(*self._args, **self._kwargs)


def square(n, offset=0):
    return n * n + offset


t = ResultThread(target=square, args=(6,), kwargs={"offset": 1})
t.start()
t.join()
print(t.result)  # expect: 37


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __abs__(self):
        return Money(abs(self.cents))

    def __repr__(self):
        return "Money(%d)" % self.cents


print(abs(Money(-250)))  # expect: Money(250)
print(os.path.join("data", "logs", "run.txt"))  # expect: data/logs/run.txt
print(os.path.basename("/srv/app/main.py"), os.path.dirname("/srv/app/main.py"))  # expect: main.py /srv/app
print(os.path.splitext("report.tar.gz"), os.path.splitext(".bashrc"))  # expect: ('report.tar', '.gz') ('.bashrc', '')
print(os.path.split("/a/b/"), os.path.normpath("a//b/./c/.."))  # expect: ('/a/b', '') a/b
print(os.path.isabs("/x"), os.path.isabs("x"))  # expect: True False
