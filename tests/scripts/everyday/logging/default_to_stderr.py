# Without basicConfig: only WARNING and above are logged, to stderr, as LEVEL:name:message.
import logging

print("before")  # expect: before
logging.debug("debug is dropped")
logging.info("info is dropped")
logging.warning("watch out")
# expect-stderr: WARNING:root:watch out
logging.error("failed %d times", 3)
# expect-stderr: ERROR:root:failed 3 times
logging.critical("meltdown")
# expect-stderr: CRITICAL:root:meltdown

# The first module-level call configured the root logger: one handler, level still WARNING.
root = logging.getLogger()
print(root.level, logging.getLevelName(root.level))  # expect: 30 WARNING
print(len(root.handlers))  # expect: 1

# A named logger also goes to stderr through the root's handler.
logging.getLogger("worker").warning("slow job %s", "#7")
# expect-stderr: WARNING:worker:slow job #7
logging.getLogger("worker").info("dropped")

# exception() logs at ERROR and appends the traceback.
def divide(a, b):
    return a / b


try:
    divide(1, 0)
except ZeroDivisionError:
    logging.exception("could not divide")
# expect-stderr: ERROR:root:could not divide
# expect-stderr: Traceback (most recent call last):
# expect-stderr: in divide
# expect-stderr:     return a / b
# expect-stderr: ZeroDivisionError: division by zero

# error(..., exc_info=True) does the same at ERROR; the program keeps going.
try:
    {}["missing"]
except KeyError:
    logging.error("lookup failed", exc_info=True)
# expect-stderr: ERROR:root:lookup failed
# expect-stderr: KeyError: 'missing'
print("after")  # expect: after
