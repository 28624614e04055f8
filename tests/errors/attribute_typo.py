class Account:
    def __init__(self, balance):
        self.balance = balance


a = Account(10)
print(a.balanse)
