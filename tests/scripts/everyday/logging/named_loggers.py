# getLogger(name) vs the root logger: names, identity, setLevel, effective level and filtering per logger.
import logging
import sys

logging.basicConfig(level=logging.DEBUG, format="%(name)s %(levelname)s %(message)s", stream=sys.stdout)

root = logging.getLogger()
print(root.name)  # expect: root
print(logging.getLogger() is root, logging.root is root)  # expect: True True

log = logging.getLogger("shop")
print(log.name, log.level)  # expect: shop 0
print(log.getEffectiveLevel())  # expect: 10
print(logging.getLogger("shop") is log)  # expect: True
print(logging.getLogger("shop.cart").parent is log)  # expect: True
print(log.parent is root)  # expect: True

log.debug("cart has %d items", 2)  # expect: shop DEBUG cart has 2 items
log.info("checkout")  # expect: shop INFO checkout

# Raising the logger's level filters its own messages only.
log.setLevel(logging.WARNING)
print(log.level, log.getEffectiveLevel())  # expect: 30 30
log.info("hidden: shop is at WARNING")
log.warning("low stock")  # expect: shop WARNING low stock
logging.info("root still logs info")  # expect: root INFO root still logs info

# A child without its own level inherits the nearest ancestor's level.
cart = logging.getLogger("shop.cart")
print(cart.level, cart.getEffectiveLevel())  # expect: 0 30
cart.info("hidden: inherited WARNING")
cart.error("payment failed for %s", "order-7")  # expect: shop.cart ERROR payment failed for order-7
cart.setLevel(logging.DEBUG)
cart.debug("own level now")  # expect: shop.cart DEBUG own level now

# setLevel also accepts level names.
log.setLevel("ERROR")
print(log.level, logging.getLevelName(log.level))  # expect: 40 ERROR
log.warning("hidden again")
log.critical("down")  # expect: shop CRITICAL down
log.log(logging.ERROR, "via log")  # expect: shop ERROR via log
print(log.isEnabledFor(logging.WARNING), log.isEnabledFor(logging.ERROR))  # expect: False True

# An unknown level name is a ValueError.
try:
    log.setLevel("LOUD")
except ValueError as e:
    print(type(e).__name__, e)  # expect: ValueError Unknown level: 'LOUD'

# The logger repr shows its name and effective level.
print(repr(log))  # expect: <Logger shop (ERROR)>
print(repr(root))  # expect: <RootLogger root (DEBUG)>
print(repr(cart))  # expect: <Logger shop.cart (DEBUG)>

# Messages only reach the root's handler by propagation.
print(len(log.handlers), len(root.handlers), log.propagate)  # expect: 0 1 True
log.propagate = False
# With no handler found, logging's "last resort" writes the bare message to stderr.
log.critical("no handler: last resort")
# expect-stderr: no handler: last resort
log.propagate = True
log.critical("back")  # expect: shop CRITICAL back
