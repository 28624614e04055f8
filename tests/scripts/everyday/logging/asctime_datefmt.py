# %(asctime)s: formatTime with the default format and milliseconds, datefmt, a UTC converter, default_msec_format.
import logging
import time


class UTCFormatter(logging.Formatter):
    converter = time.gmtime


record = logging.makeLogRecord({"msg": "tick %d", "args": (1,), "created": 1700000000.25, "msecs": 250.0})
utc = UTCFormatter("%(asctime)s %(levelname)s %(message)s")
print(utc.format(record))
# expect: 2023-11-14 22:13:20,250 Level None tick 1
print(utc.formatTime(record))
# expect: 2023-11-14 22:13:20,250
print(utc.formatTime(record, "%H:%M:%S"))
# expect: 22:13:20
print(UTCFormatter("[%(asctime)s] %(message)s", datefmt="%d/%m/%Y %H:%M").format(record))
# expect: [14/11/2023 22:13] tick 1
print(UTCFormatter("{asctime}|{message}", datefmt="%Y", style="{").format(record))
# expect: 2023|tick 1


class DotMillis(UTCFormatter):
    default_msec_format = "%s.%03d"


print(DotMillis("%(asctime)s %(message)s").format(record))
# expect: 2023-11-14 22:13:20.250 tick 1


class NoMillis(UTCFormatter):
    default_time_format = "%H:%M"
    default_msec_format = None


print(NoMillis("%(asctime)s %(message)s").format(record))
# expect: 22:13 tick 1

# A format without asctime never computes it.
plain = logging.makeLogRecord({"msg": "plain"})
print(logging.Formatter("%(message)s").format(plain), hasattr(plain, "asctime"))
# expect: plain False

# Through a logger, in local time: only the shape is fixed.
log = logging.getLogger("clock")
log.setLevel(logging.INFO)


class Shape(logging.Handler):
    def emit(self, record):
        s = self.format(record)
        print(len(s), s[4] + s[7] + s[10] + s[13] + s[16] + s[19], s[20:].isdigit(), s[:4].isdigit())


shape = Shape()
shape.setFormatter(logging.Formatter("%(asctime)s"))
log.addHandler(shape)
log.propagate = False
log.info("when")
# expect: 23 -- ::, True True
print(logging.Formatter.default_time_format, logging.Formatter.default_msec_format)
# expect: %Y-%m-%d %H:%M:%S %s,%03d
