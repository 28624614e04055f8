# Handlers on named loggers: StreamHandler(sys.stdout), handler levels and formatters, propagate, removeHandler, Handler subclasses, filters.
import logging
import sys

app = logging.getLogger("app")
app.setLevel(logging.DEBUG)
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("app-handler %(levelname)s %(name)s: %(message)s"))
app.addHandler(out)
app.addHandler(out)
print(len(app.handlers), repr(out))  # expect: 1 <StreamHandler <stdout> (NOTSET)>

app.debug("hello %s", "world")  # expect: app-handler DEBUG app: hello world
logging.getLogger("app.db").info("child propagates to app")  # expect: app-handler INFO app.db: child propagates to app
print(logging.getLogger("app.db").parent is app)  # expect: True


# A Handler subclass that keeps the records it is given.
class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(self.format(record))


keep = ListHandler()
keep.setLevel(logging.WARNING)
app.addHandler(keep)
app.info("only to stdout")  # expect: app-handler INFO app: only to stdout
app.warning("to both")  # expect: app-handler WARNING app: to both
print(keep.records)  # expect: ['to both']
print(repr(keep), keep.level)  # expect: <ListHandler (WARNING)> 30

# propagate=False stops at this logger; the root's handler is never asked.
root_keep = ListHandler()
logging.getLogger().addHandler(root_keep)
app.propagate = False
app.error("not for root")  # expect: app-handler ERROR app: not for root
app.propagate = True
app.error("for root too")  # expect: app-handler ERROR app: for root too
print(root_keep.records)  # expect: ['for root too']

app.removeHandler(out)
app.removeHandler(out)
app.critical("only kept now")
print(keep.records[-1], len(app.handlers))  # expect: only kept now 1


# A Filter by name lets the logger and its children through.
class Reject:
    def filter(self, record):
        return "secret" not in record.getMessage()


only_db = logging.Filter("app.db")
keep.addFilter(only_db)
app.error("dropped by the filter")
logging.getLogger("app.db").error("db passes")
logging.getLogger("app.dbx").error("dbx does not")
logging.getLogger("app.db.pool").error("pool passes")
print(keep.records[-2:])  # expect: ['db passes', 'pool passes']
keep.removeFilter(only_db)
keep.addFilter(Reject())
app.error("a secret")
app.error("public")
print(keep.records[-1])  # expect: public
app.addFilter(lambda record: record.levelno >= logging.CRITICAL)
app.error("stopped by the logger's filter")
app.critical("critical passes")
print(keep.records[-1])  # expect: critical passes

# NullHandler swallows everything, and the logger counts as having a handler.
quiet = logging.getLogger("quiet")
quiet.addHandler(logging.NullHandler())
quiet.propagate = False
quiet.error("nowhere")
print(quiet.hasHandlers(), logging.getLogger("quiet.x").hasHandlers(), repr(logging.NullHandler()))  # expect: True True <NullHandler (NOTSET)>

# Handler.name, the base emit, setLevel by name.
h = logging.Handler()
h.name = "mine"
h.setLevel("INFO")
print(h.name, h.level, repr(h))  # expect: mine 20 <Handler (INFO)>
try:
    h.emit(None)
except NotImplementedError as e:
    print("NotImplementedError:", e)  # expect: NotImplementedError: emit must be implemented by Handler subclasses
