# Where a record comes from: funcName, lineno, filename, module, stacklevel=, stack_info=, exc_info tuples, and emit errors reported on stderr.
import logging
import sys


class Where(logging.Handler):
    def emit(self, record):
        print(record.funcName, record.lineno, record.filename, record.module, record.pathname.endswith("caller_info.py"))


log = logging.getLogger("where")
log.setLevel(logging.DEBUG)
log.addHandler(Where())
log.propagate = False

log.info("at module level")
# expect: <module> 16 caller_info.py caller_info True


def outer():
    log.debug("in outer")
    inner()


def inner():
    log.log(logging.INFO, "in inner")


outer()
# expect: outer 21 caller_info.py caller_info True
# expect: inner 26 caller_info.py caller_info True


class Service:
    def start(self):
        log.warning("in a method")


Service().start()
# expect: start 36 caller_info.py caller_info True


# stacklevel=2 names the caller of the function that logs.
def report(msg):
    log.error(msg, stacklevel=2)


def job():
    report("from job")


job()
# expect: job 49 caller_info.py caller_info True
report("from the module")
# expect: <module> 54 caller_info.py caller_info True

# A LoggerAdapter still reports the code that called it.
adapter = logging.LoggerAdapter(log, {})


def through_adapter():
    adapter.info("adapted")


through_adapter()
# expect: through_adapter 62 caller_info.py caller_info True
logging.getLogger("where").critical("found again")
# expect: <module> 67 caller_info.py caller_info True


# stack_info=True adds the call stack after the message.
class Text(logging.Handler):
    def emit(self, record):
        lines = self.format(record).split("\n")
        print(lines[0])
        print(lines[1])
        print(lines[-1].strip())


text_log = logging.getLogger("text")
text_log.addHandler(Text())
text_log.propagate = False


def deep():
    text_log.warning("with stack", stack_info=True)


deep()
# expect: with stack
# expect: Stack (most recent call last):
# expect: text_log.warning("with stack", stack_info=True)

# exc_info as a (type, value, traceback) tuple, and the cached exc_text.
try:
    [][1]
except IndexError as e:
    caught = (type(e), e, e.__traceback__)
text_log.error("with a tuple", exc_info=caught)
# expect: with a tuple
# expect: Traceback (most recent call last):
# expect: IndexError: list index out of range


class Keep(logging.Handler):
    def emit(self, record):
        self.format(record)
        self.record = record


keep = Keep()
keep_log = logging.getLogger("keep")
keep_log.addHandler(keep)
keep_log.propagate = False
try:
    raise KeyError("k")
except KeyError:
    keep_log.exception("caught")
print(keep.record.exc_info[0].__name__, keep.record.exc_text.split("\n")[-1])
# expect: KeyError KeyError: 'k'

# A record that cannot be formatted: the error goes to stderr and the program goes on.
logging.basicConfig(stream=sys.stdout, format="%(message)s")
logging.warning("%d items", "three")
# expect-stderr: --- Logging error ---
# expect-stderr: TypeError: %d format: a real number is required, not str
# expect-stderr: Call stack:
# expect-stderr: Message: '%d items'
# expect-stderr: Arguments: ('three',)
logging.warning("still logging")
# expect: still logging
print(logging.raiseExceptions)
# expect: True
