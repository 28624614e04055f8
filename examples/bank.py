# A tiny bank: accounts are dicts, errors are exceptions with messages, and
# try/except/else/finally decides what gets printed. Run it with:
#   cargo run --release -- run examples/bank.py
# Pinned as deterministic snapshots by tests/examples.rs (args comma-separated):
# snapshot: policies=cpython
accounts = {}
log = []


def open_account(owner, deposit=0):
    if owner in accounts:
        raise ValueError(f"{owner} already has an account")
    accounts[owner] = {"owner": owner, "balance": deposit, "history": []}
    return accounts[owner]


def find(owner):
    try:
        return accounts[owner]
    except KeyError:
        raise KeyError(f"no account for {owner}")


def withdraw(owner, amount):
    account = find(owner)
    if amount <= 0:
        raise ValueError(f"amount must be positive, not {amount}")
    if amount > account["balance"]:
        raise RuntimeError(
            f"{owner} cannot withdraw {amount:.2f}: balance is {account['balance']:.2f}")
    account["balance"] -= amount
    account["history"].append(-amount)


def deposit(owner, amount):
    account = find(owner)
    if amount <= 0:
        raise ValueError(f"amount must be positive, not {amount}")
    account["balance"] += amount
    account["history"].append(amount)


def transfer(src, dst, amount):
    withdraw(src, amount)
    try:
        deposit(dst, amount)
    except Exception:
        deposit(src, amount)  # undo, then let the caller see the error
        raise


def attempt(description, action, a, b=None, c=None):
    try:
        if action == "deposit":
            deposit(a, b)
        elif action == "withdraw":
            withdraw(a, b)
        elif action == "transfer":
            transfer(a, b, c)
        elif action == "open":
            open_account(a, b)
    except (ValueError, RuntimeError) as e:
        print(f"  refused  {description}: {e}")
    except KeyError as e:
        print(f"  unknown  {description}: {e}")
    else:
        print(f"  ok       {description}")
    finally:
        log.append(description)


open_account("ada", 100)
open_account("bob")
print("transactions:")
attempt("ada deposits 50", "deposit", "ada", 50)
attempt("bob withdraws 10", "withdraw", "bob", 10)
attempt("ada pays bob 30.5", "transfer", "ada", "bob", 30.5)
attempt("ada pays cy 10", "transfer", "ada", "cy", 10)
attempt("bob deposits -5", "deposit", "bob", -5)
attempt("open ada twice", "open", "ada", 1)
print()
print(f"{'owner':<8}{'balance':>10}  history")
for owner, account in accounts.items():
    print(f"{owner:<8}{account['balance']:>10,.2f}  {account['history']}")
total = 0
for account in accounts.values():
    total += account["balance"]
print(f"{'total':<8}{total:>10,.2f}")
print(f"{len(log)} requests handled")
