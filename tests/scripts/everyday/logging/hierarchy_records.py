# The dotted logger tree (children made before parents), getChild, disable(), addLevelName, LogRecord fields, extra=, LoggerAdapter, Formatter errors.
import logging
import sys

logging.basicConfig(level=logging.DEBUG, format="%(name)s %(levelname)s %(message)s", stream=sys.stdout)
root = logging.getLogger()

# A grandchild made first hangs off the root until its ancestors appear.
c = logging.getLogger("a.b.c")
print(c.parent is root)
# expect: True
a = logging.getLogger("a")
print(c.parent is a, a.parent is root)
# expect: True True
b = logging.getLogger("a.b")
print(c.parent is b, b.parent is a)
# expect: True True
print(a.getChild("b") is b, a.getChild("b.c") is c, root.getChild("a") is a)
# expect: True True True
print(logging.getLogger("root") is root, logging.getLogger("") is root)
# expect: True True
a.setLevel(logging.ERROR)
print(c.getEffectiveLevel(), repr(c))
# expect: 40 <Logger a.b.c (ERROR)>
c.warning("hidden by a's level")
c.error("shown")
# expect: a.b.c ERROR shown

# disable() drops everything at or below a level, for every logger.
logging.disable(logging.ERROR)
c.error("disabled")
c.critical("above the disable level")
# expect: a.b.c CRITICAL above the disable level
logging.disable(logging.NOTSET)
c.error("enabled again")
# expect: a.b.c ERROR enabled again
print(c.isEnabledFor(logging.ERROR))
# expect: True

# A named level.
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
# expect: NOTICE 25
logging.log(25, "a notice")
# expect: root NOTICE a notice
root.setLevel("NOTICE")
print(root.level)
# expect: 25
logging.info("below NOTICE")
logging.warning("above NOTICE")
# expect: root WARNING above NOTICE


# A handler that shows the record's fields.
class Show(logging.Handler):
    def emit(self, record):
        print(record.name, record.levelno, record.levelname, repr(record.msg), record.args)
        print(record.getMessage(), record.exc_info, record.exc_text, record.stack_info)
        print(record.threadName, record.processName, type(record.created).__name__, record.msecs == int(record.msecs))
        print(getattr(record, "user", "-"), type(record.thread).__name__)


show = logging.getLogger("show")
show.propagate = False
show.addHandler(Show())
show.warning("%s has %d items", "cart", 3)
# expect: show 30 WARNING '%s has %d items' ('cart', 3)
# expect: cart has 3 items None None None
# expect: MainThread MainProcess float True
# expect: - int
show.error("user %(who)s", {"who": "ann"}, extra={"user": "ann"})
# expect: show 40 ERROR 'user %(who)s' {'who': 'ann'}
# expect: user ann None None None
# expect: MainThread MainProcess float True
# expect: ann int
try:
    show.error("x", extra={"msg": "clash"})
except KeyError as e:
    print("KeyError", e)
# expect: KeyError "Attempt to overwrite 'msg' in LogRecord"

r = logging.makeLogRecord({"msg": "made %s", "args": ("by hand",), "levelno": 30, "levelname": "WARNING", "name": "m"})
print(r.getMessage(), r.name, r.levelno)
# expect: made by hand m 30
print(logging.Formatter("%(levelname)s|%(name)s|%(message)s").format(r))
# expect: WARNING|m|made by hand
print(logging.Formatter("{levelname}|{message}", style="{").format(r))
# expect: WARNING|made by hand
print(logging.Formatter("$levelname|${message}|$$", style="$").format(r))
# expect: WARNING|made by hand|$
print(logging.Formatter("%(message)s %(extra_field)s", defaults={"extra_field": "dflt"}).format(r))
# expect: made by hand dflt

# Bad formats are refused when the Formatter is made.
for fmt, style in [("no fields", "%"), ("no fields", "{"), ("{a!x}", "{"), ("{a:zz}", "{"), ("{a", "{"), ("x", "#")]:
    try:
        logging.Formatter(fmt, style=style)
    except ValueError as e:
        print("ValueError:", e)
# expect: ValueError: Invalid format 'no fields' for '%' style
# expect: ValueError: invalid format: no fields
# expect: ValueError: invalid format: invalid conversion: 'x'
# expect: ValueError: invalid format: bad specifier: 'zz'
# expect: ValueError: invalid format: expected '}' before end of string
# expect: ValueError: Style must be one of: %,{,$
try:
    logging.Formatter("%(nope)s").format(r)
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: Formatting field not found in record: 'nope'

# LoggerAdapter passes `extra` to every record.
adapter = logging.LoggerAdapter(show, {"user": "bob"})
adapter.warning("from the adapter")
# expect: show 30 WARNING 'from the adapter' ()
# expect: from the adapter None None None
# expect: MainThread MainProcess float True
# expect: bob int
print(repr(adapter), adapter.isEnabledFor(logging.DEBUG))
# expect: <LoggerAdapter show (NOTICE)> False

# Bad levels.
try:
    show.setLevel(2.5)
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: Level not an integer or a valid string: 2.5
try:
    show.log("ERROR", "x")
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: level must be an integer
try:
    logging.getLogger(7)
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: A logger name must be a string
try:
    logging.basicConfig(stream=sys.stdout, force=True, colour="red")
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: Unrecognised argument(s): colour
