# logging.exception inside except: the message line, then the traceback, written to the configured stream.
import logging
import sys

# The traceback names this file's path, so it goes to stderr and is checked piece by piece.
logging.basicConfig(level=logging.INFO, format="%(levelname)s %(funcName)s: %(message)s", stream=sys.stderr)
log = logging.getLogger("jobs")


def parse(text):
    return int(text)


def run_job(text):
    try:
        value = parse(text)
    except ValueError:
        log.exception("job %r failed", text)
        return None
    log.info("job %r -> %d", text, value)
    return value


print(run_job("42"))  # expect: 42
# expect-stderr: INFO run_job: job '42' -> 42
print(run_job("forty"))  # expect: None
# expect-stderr: ERROR run_job: job 'forty' failed
# expect-stderr: Traceback (most recent call last):
# expect-stderr: , line 16, in run_job
# expect-stderr:     value = parse(text)
# expect-stderr: , line 11, in parse
# expect-stderr:     return int(text)
# expect-stderr: ValueError: invalid literal for int() with base 10: 'forty'

# exception() outside an except block logs the message and "NoneType: None".
logging.exception("no active exception")
# expect-stderr: ERROR <module>: no active exception
# expect-stderr: NoneType: None

# The exception can also be passed explicitly with exc_info=.
try:
    raise RuntimeError("boom")
except RuntimeError as e:
    saved = e
log.warning("saved error", exc_info=saved)
# expect-stderr: WARNING <module>: saved error
# expect-stderr: RuntimeError: boom
print(type(saved).__name__, saved)  # expect: RuntimeError boom
print("finished")  # expect: finished
