# A BankAccount guarded by a threading.Lock: concurrent deposits and withdrawals give an exact balance.
import threading


class InsufficientFunds(Exception):
    pass


class BankAccount:
    def __init__(self, balance=0):
        self.balance = balance
        self.lock = threading.Lock()
        self.ops = 0
        self.rejected = 0

    def deposit(self, amount):
        with self.lock:
            self.balance += amount
            self.ops += 1

    def withdraw(self, amount):
        with self.lock:
            if amount > self.balance:
                self.rejected += 1
                raise InsufficientFunds(f"cannot withdraw {amount}, balance {self.balance}")
            self.balance -= amount
            self.ops += 1

    def transfer_to(self, other, amount):
        first, second = self, other
        if id(first) > id(second):
            first, second = second, first
        with first.lock:
            with second.lock:
                if amount > self.balance:
                    return False
                self.balance -= amount
                other.balance += amount
                return True


# The opening balance covers every withdrawal, so no withdraw can fail whatever the schedule.
acct = BankAccount(6000)


def depositor(n, amount):
    for _ in range(n):
        acct.deposit(amount)


def withdrawer(n, amount):
    for _ in range(n):
        acct.withdraw(amount)


threads = []
for _ in range(3):
    threads.append(threading.Thread(target=depositor, args=(2000, 5)))
for _ in range(2):
    threads.append(threading.Thread(target=withdrawer, args=(1000, 3)))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(acct.balance)  # expect: 30000
print(acct.ops)  # expect: 8000

# Withdrawing too much raises the user exception with a message.
small = BankAccount(10)
try:
    small.withdraw(50)
except InsufficientFunds as e:
    print(e)  # expect: cannot withdraw 50, balance 10
print(small.rejected, small.lock.locked())  # expect: 1 False

# Many threads withdraw 1 each from an account holding exactly 100: exactly 100 succeed.
pool = BankAccount(100)
successes = [0]
failures = [0]
tally_lock = threading.Lock()


def grab(times):
    for _ in range(times):
        try:
            pool.withdraw(1)
            with tally_lock:
                successes[0] += 1
        except InsufficientFunds:
            with tally_lock:
                failures[0] += 1


ts = []
for _ in range(5):
    ts.append(threading.Thread(target=grab, args=(40,)))
for t in ts:
    t.start()
for t in ts:
    t.join()
print(pool.balance, successes[0], failures[0], pool.rejected)  # expect: 0 100 100 100

# Transfers between two accounts in both directions keep the total constant.
a = BankAccount(500)
b = BankAccount(500)


def mover(src, dst, n):
    for _ in range(n):
        src.transfer_to(dst, 1)


t1 = threading.Thread(target=mover, args=(a, b, 300))
t2 = threading.Thread(target=mover, args=(b, a, 200))
t1.start()
t2.start()
t1.join()
t2.join()
print(a.balance, b.balance, a.balance + b.balance)  # expect: 400 600 1000
