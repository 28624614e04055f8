# An exception raised while handling another prints the implicit-context line; custom __str__ is used.
# expect-exit: 1
# expect-stderr: ZeroDivisionError: division by zero
# expect-stderr: During handling of the above exception, another exception occurred:
# expect-stderr: ConfigError: [config] bad value 0


class ConfigError(Exception):
    def __init__(self, section, detail):
        super().__init__(section, detail)
        self.section = section
        self.detail = detail

    def __str__(self):
        return "[" + self.section + "] " + self.detail


def ratio(v):
    try:
        return 10 / v
    except ZeroDivisionError:
        raise ConfigError("config", "bad value " + str(v))


print(ratio(5))  # expect: 2.0
ratio(0)
