# logging format fields: levelname with width, name, message, funcName, lineno, levelno, threadName, module.
import logging
import sys

logging.basicConfig(
    level=logging.DEBUG,
    format="[%(levelname)-8s] %(name)s | %(funcName)s:%(lineno)d | %(message)s",
    stream=sys.stdout,
)


def load_config():
    logging.info("loading %s", "settings")


def check_disk(free):
    if free < 10:
        logging.warning("only %d GB free", free)
    else:
        logging.debug("disk ok")


load_config()  # expect: [INFO    ] root | load_config:13 | loading settings
check_disk(50)  # expect: [DEBUG   ] root | check_disk:20 | disk ok
check_disk(4)  # expect: [WARNING ] root | check_disk:18 | only 4 GB free
logging.critical("from module level")  # expect: [CRITICAL] root | <module>:26 | from module level

# A second format with numbers, right-aligned widths and the thread name.
logging.basicConfig(
    format="%(levelno)2d %(levelname)8s %(threadName)s %(module)s: %(message)s",
    stream=sys.stdout,
    force=True,
)
logging.warning("aligned")  # expect: 30  WARNING MainThread format_fields: aligned
logging.error("error %s", "here")  # expect: 40    ERROR MainThread format_fields: error here
logging.info("force=True keeps the root level")  # expect: 20     INFO MainThread format_fields: force=True keeps the root level

# %(levelno)s prints the number as text; %(name)s follows the logger's name.
logging.basicConfig(format="%(levelno)s/%(name)s/%(message)s", stream=sys.stdout, force=True)
logging.getLogger("app.db").error("lost connection")  # expect: 40/app.db/lost connection
logging.getLogger("app").warning("retry %d of %d", 1, 3)  # expect: 30/app/retry 1 of 3

# A literal percent sign in the format string is written as %%.
logging.basicConfig(format="100%% %(message)s", stream=sys.stdout, force=True)
logging.warning("sure")  # expect: 100% sure

# {}-style formats with style="{".
logging.basicConfig(format="{levelname:<7}|{message}", style="{", stream=sys.stdout, force=True)
logging.error("brace style")  # expect: ERROR  |brace style
