# A bank as GIL lessons write one: a BankAccount class whose lock guards its
# balance, an exception class of its own, and tellers (threads) moving money
# between the same accounts at once. Run it with (options go before the
# script's path; anything after it is the script's own):
#   cargo run --release -- run --timeline examples/bank.py
# Look for: four tellers make 3000 transfers each between shared accounts,
# and the bank's total never changes, because each transfer holds both
# accounts' locks (taken in one fixed order, so two tellers can never wait
# for each other). Then the requests the bank refuses, and why.
# Pinned as deterministic snapshots by tests/examples.rs (args comma-separated):
# snapshot: policies=cpython
import threading


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot pay {amount:.2f}: balance is {account.balance:.2f}")
        self.account = account
        self.amount = amount


class BankAccount:
    opened = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.lock = threading.Lock()
        self.number = BankAccount.opened
        BankAccount.opened += 1

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"amount must be positive, not {amount}")
        with self.lock:
            self.balance += amount
            self.history.append(amount)

    def withdraw(self, amount):
        with self.lock:
            if amount > self.balance:
                raise InsufficientFunds(self, amount)
            self.balance -= amount
            self.history.append(-amount)

    def __repr__(self):
        return f"BankAccount({self.owner!r}, {self.balance})"


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, owner, balance=0):
        if owner in self.accounts:
            raise ValueError(f"{owner} already has an account")
        account = BankAccount(owner, balance)
        self.accounts[owner] = account
        return account

    def find(self, owner):
        try:
            return self.accounts[owner]
        except KeyError:
            raise KeyError(f"no account for {owner}") from None

    def transfer(self, src, dst, amount):
        # Both locks, always the lower account number first.
        first, second = (src, dst) if src.number < dst.number else (dst, src)
        with first.lock:
            with second.lock:
                if amount > src.balance:
                    raise InsufficientFunds(src, amount)
                src.balance -= amount
                dst.balance += amount

    def total(self):
        total = 0
        for account in self.accounts.values():
            total += account.balance
        return total


class Teller(threading.Thread):
    """Moves money around a ring of accounts, and back again."""

    def __init__(self, bank, number, rounds):
        super().__init__(name=f"teller-{number}")
        self.bank = bank
        self.rounds = rounds
        accounts = list(bank.accounts.values())
        self.src = accounts[number % len(accounts)]
        self.dst = accounts[(number + 1) % len(accounts)]
        self.done = 0

    def run(self):
        for i in range(self.rounds):
            if i % 2 == 0:
                self.bank.transfer(self.src, self.dst, 5)
            else:
                self.bank.transfer(self.dst, self.src, 5)
            self.done += 1


bank = Bank("gilvm savings")
for owner, balance in [("ada", 100), ("bob", 50), ("cy", 75)]:
    bank.open(owner, balance)
print(f"{bank.name}: {len(bank.accounts)} accounts, total {bank.total()}")

tellers = []
for n in range(4):
    tellers.append(Teller(bank, n, 3000))
for t in tellers:
    t.start()
for t in tellers:
    t.join()
done = 0
for t in tellers:
    done += t.done
print(f"{len(tellers)} tellers made {done} transfers; total still {bank.total()}")


def attempt(description, action, *args):
    try:
        action(*args)
    except (ValueError, InsufficientFunds) as e:
        print(f"  refused  {description}: {e}")
    except KeyError as e:
        print(f"  unknown  {description}: {e.args[0]}")
    else:
        print(f"  ok       {description}")


ada = bank.find("ada")
bob = bank.find("bob")
print("requests:")
attempt("ada deposits 50", ada.deposit, 50)
attempt("bob withdraws 80", bob.withdraw, 80)
attempt("ada pays bob 30.5", bank.transfer, ada, bob, 30.5)
attempt("bob deposits -5", bob.deposit, -5)
attempt("find dee", bank.find, "dee")
attempt("open ada twice", bank.open, "ada", 1)
print()
print(f"{'owner':<8}{'balance':>10}  history")
for owner, account in bank.accounts.items():
    print(f"{owner:<8}{account.balance:>10,.2f}  {account.history}")
print(f"{'total':<8}{bank.total():>10,.2f}")
print(repr(ada), BankAccount.opened, "accounts opened")
