# logging.basicConfig to stdout: level filtering, %-style args, log(level, ...), level names, second basicConfig ignored.
import logging
import sys

logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)

logging.debug("hidden: below INFO")
logging.info("starting up")  # expect: INFO:root:starting up
logging.warning("disk at %d%%", 91)  # expect: WARNING:root:disk at 91%
logging.error("got %s items from %s", 3, "queue")  # expect: ERROR:root:got 3 items from queue
logging.critical("stopping")  # expect: CRITICAL:root:stopping
logging.log(logging.WARNING, "via log()")  # expect: WARNING:root:via log()
logging.log(logging.DEBUG, "via log() but hidden")
logging.log(25, "custom level %s", 25)  # expect: Level 25:root:custom level 25

# A message that is not a string is converted with str().
logging.info([1, 2, 3])  # expect: INFO:root:[1, 2, 3]
logging.info("dict arg: %(a)s", {"a": 1})  # expect: INFO:root:dict arg: 1

# Level constants and their names.
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL)  # expect: 10 20 30 40 50
print(logging.NOTSET, logging.WARN, logging.FATAL)  # expect: 0 30 50
print(logging.getLevelName(logging.ERROR))  # expect: ERROR
print(logging.getLevelName(10), logging.getLevelName(50))  # expect: DEBUG CRITICAL
print(logging.getLevelName(42))  # expect: Level 42
print(logging.getLevelName("INFO"))  # expect: 20
print(logging.getLevelName("WARN"))  # expect: 30
print(logging.getLevelName("NOPE"))  # expect: Level NOPE

# The root logger's level was set by basicConfig.
root = logging.getLogger()
print(root.name, root.level, root.getEffectiveLevel())  # expect: root 20 20
print(root.isEnabledFor(logging.DEBUG), root.isEnabledFor(logging.INFO))  # expect: False True

# A second basicConfig does nothing: the root logger already has a handler.
logging.basicConfig(level=logging.DEBUG, format="NEW %(message)s", stream=sys.stdout)
logging.debug("still hidden")
logging.info("old format kept")  # expect: INFO:root:old format kept
print(root.level, len(root.handlers))  # expect: 20 1

# force=True replaces the configuration.
logging.basicConfig(level=logging.DEBUG, format="NEW %(levelname)s %(message)s", stream=sys.stdout, force=True)
logging.debug("now visible")  # expect: NEW DEBUG now visible
print(root.level, len(root.handlers))  # expect: 10 1

# Changing the root level directly filters again.
root.setLevel(logging.ERROR)
logging.warning("filtered")
logging.error("shown")  # expect: NEW ERROR shown
print("done")  # expect: done
