"""logging: loggers, handlers and formatters, behaving as CPython 3.11's
logging package (the single-module subset most programs use)."""

import sys
import threading
import time

try:
    import traceback as _traceback
except ImportError:
    _traceback = None

try:
    import os as _os
except ImportError:
    _os = None


# ---------------------------------------------------------------------------
# Levels

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {
    CRITICAL: 'CRITICAL',
    ERROR: 'ERROR',
    WARNING: 'WARNING',
    INFO: 'INFO',
    DEBUG: 'DEBUG',
    NOTSET: 'NOTSET',
}
_nameToLevel = {
    'CRITICAL': CRITICAL,
    'FATAL': FATAL,
    'ERROR': ERROR,
    'WARN': WARNING,
    'WARNING': WARNING,
    'INFO': INFO,
    'DEBUG': DEBUG,
    'NOTSET': NOTSET,
}

raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_startTime = time.time()

# One lock for the module's shared state (the logger tree, configuration).
_lock = threading.RLock()


def _acquireLock():
    _lock.acquire()


def _releaseLock():
    _lock.release()


def getLevelNamesMapping():
    return dict(_nameToLevel)


def getLevelName(level):
    """The name of a level number, or the number of a level name."""
    result = _levelToName.get(level)
    if result is not None:
        return result
    result = _nameToLevel.get(level)
    if result is not None:
        return result
    return "Level %s" % level


def addLevelName(level, levelName):
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if isinstance(level, str):
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


# ---------------------------------------------------------------------------
# Engine helpers: caller frames, the current exception, traceback text

_getframe = getattr(sys, '_getframe', None)
_sys_exc_info = getattr(sys, 'exc_info', None)


def currentframe():
    """The frame of the caller, or None when the engine cannot give it."""
    if _getframe is None:
        return None
    return _getframe(1)


def _this_file():
    if _getframe is None:
        return None
    try:
        return _getframe(0).f_code.co_filename
    except Exception:
        return None


# The file of this module: frames from it are skipped when looking for the
# caller of a logging call.
_srcfile = _this_file()


def _is_internal_frame(frame):
    filename = frame.f_code.co_filename
    if filename == _srcfile:
        return True
    return "importlib" in filename and "_bootstrap" in filename


def _exc_info():
    if _sys_exc_info is None:
        return (None, None, None)
    return _sys_exc_info()


def _exception_only(etype, value):
    """The last line of a traceback: 'KeyError: 'missing''."""
    if etype is None:
        return "NoneType: None\n"
    name = getattr(etype, '__qualname__', None) or etype.__name__
    module = getattr(etype, '__module__', None)
    if module is not None and module != "__main__" and module != "builtins":
        name = module + "." + name
    text = str(value)
    if text:
        return "%s: %s\n" % (name, text)
    return name + "\n"


def _format_exception(ei):
    if _traceback is not None:
        return "".join(_traceback.format_exception(ei[0], ei[1], ei[2]))
    return _exception_only(ei[0], ei[1])


def _format_stack(frame):
    if _traceback is not None and frame is not None:
        return "".join(_traceback.format_stack(frame))
    return ""


# ---------------------------------------------------------------------------
# Paths (os.path.basename / splitext for POSIX paths)

def _basename(path):
    return path[path.rfind('/') + 1:]


def _splitext(name):
    dot = name.rfind('.')
    if dot > 0:
        i = 0
        while i < dot:
            if name[i] != '.':
                return name[:dot], name[dot:]
            i += 1
    return name, ''


# ---------------------------------------------------------------------------
# Time (a UTC fallback while the engine lacks time.localtime/strftime)

_DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
              'Saturday', 'Sunday']
_MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June',
                'July', 'August', 'September', 'October', 'November',
                'December']


def _utc_struct(t=None):
    """(year, month, day, hour, minute, second, weekday, yearday, 0) in UTC."""
    if t is None:
        t = time.time()
    secs = int(t // 1)
    days = secs // 86400
    rem = secs - days * 86400
    hour = rem // 3600
    minute = (rem % 3600) // 60
    second = rem % 60
    weekday = (days + 3) % 7
    # Civil date from a day count (days since 1970-01-01).
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    year = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    if mp < 10:
        month = mp + 3
    else:
        month = mp - 9
    if month <= 2:
        year += 1
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    cumulative = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    yday = cumulative[month - 1] + day
    if leap and month > 2:
        yday += 1
    return (year, month, day, hour, minute, second, weekday, yday, 0)


def _strftime(fmt, tm):
    year, month, day, hour, minute, second, weekday, yday = (
        tm[0], tm[1], tm[2], tm[3], tm[4], tm[5], tm[6], tm[7])
    hour12 = hour % 12
    if hour12 == 0:
        hour12 = 12
    fields = {
        'Y': str(year), 'y': '%02d' % (year % 100), 'm': '%02d' % month,
        'd': '%02d' % day, 'e': '%2d' % day, 'H': '%02d' % hour,
        'I': '%02d' % hour12, 'M': '%02d' % minute, 'S': '%02d' % second,
        'j': '%03d' % yday, 'a': _DAY_NAMES[weekday][:3],
        'A': _DAY_NAMES[weekday], 'b': _MONTH_NAMES[month - 1][:3],
        'B': _MONTH_NAMES[month - 1], 'p': 'AM' if hour < 12 else 'PM',
        'w': str((weekday + 1) % 7), 'Z': 'UTC', 'z': '+0000', '%': '%',
    }
    fields['c'] = '%s %s %s %02d:%02d:%02d %d' % (
        fields['a'], fields['b'], fields['e'], hour, minute, second, year)
    fields['x'] = '%s/%s/%s' % (fields['m'], fields['d'], fields['y'])
    fields['X'] = '%02d:%02d:%02d' % (hour, minute, second)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == '%' and i + 1 < n and fmt[i + 1] in fields:
            out.append(fields[fmt[i + 1]])
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


_localtime = getattr(time, 'localtime', None) or _utc_struct
_time_strftime = getattr(time, 'strftime', None) or _strftime


# ---------------------------------------------------------------------------
# LogRecord

class LogRecord:
    """One logged event: the message, its arguments and where it came from."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        ct = time.time()
        self.name = name
        self.msg = msg
        # log("%(a)s", {"a": 1}): a lone mapping argument is the mapping.
        if (args and isinstance(args, tuple) and len(args) == 1
                and isinstance(args[0], dict) and args[0]):
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        try:
            self.filename = _basename(pathname)
            self.module = _splitext(self.filename)[0]
        except (TypeError, ValueError, AttributeError):
            self.filename = pathname
            self.module = "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = ct
        self.msecs = int((ct - int(ct)) * 1000) + 0.0
        self.relativeCreated = (ct - _startTime) * 1000
        if logThreads:
            self.thread = threading.get_ident()
            self.threadName = threading.current_thread().name
        else:
            self.thread = None
            self.threadName = None
        if logMultiprocessing:
            self.processName = 'MainProcess'
        else:
            self.processName = None
        if logProcesses and _os is not None and hasattr(_os, 'getpid'):
            self.process = _os.getpid()
        else:
            self.process = None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    """A LogRecord whose attributes come from a dictionary."""
    rv = _logRecordFactory(None, None, "", 0, "", (), None, None)
    for key in dict:
        setattr(rv, key, dict[key])
    return rv


# ---------------------------------------------------------------------------
# Format styles

_WORD_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"


def _is_word(text):
    if not text:
        return False
    for ch in text:
        if ch not in _WORD_CHARS and not ch.isalnum():
            return False
    return True


def _skip_digits(text, i):
    while i < len(text) and text[i].isdigit():
        i += 1
    return i


def _has_percent_field(fmt):
    """True if fmt holds a %(name)... conversion."""
    start = fmt.find('%(')
    while start >= 0:
        close = fmt.find(')', start + 2)
        if close < 0:
            return False
        if _is_word(fmt[start + 2:close]):
            i = close + 1
            while i < len(fmt) and fmt[i] in "#0+ -":
                i += 1
            if i < len(fmt) and fmt[i] == '*':
                i += 1
            else:
                i = _skip_digits(fmt, i)
            if i < len(fmt) and fmt[i] == '.':
                if i + 1 < len(fmt) and fmt[i + 1] == '*':
                    i += 2
                else:
                    j = _skip_digits(fmt, i + 1)
                    if j > i + 1:
                        i = j
            if i < len(fmt) and fmt[i].lower() in "diouxefgcrsa%":
                return True
        start = fmt.find('%(', start + 1)
    return False


def _parse_braces(fmt):
    """The fields of a str.format string: (name, spec, conversion) each."""
    fields = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == '}':
            if i + 1 < n and fmt[i + 1] == '}':
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if ch != '{':
            i += 1
            continue
        if i + 1 < n and fmt[i + 1] == '{':
            i += 2
            continue
        depth = 1
        j = i + 1
        while j < n and depth > 0:
            if fmt[j] == '{':
                depth += 1
            elif fmt[j] == '}':
                depth -= 1
            j += 1
        if depth > 0:
            raise ValueError("expected '}' before end of string")
        body = fmt[i + 1:j - 1]
        spec = ''
        conversion = None
        colon = body.find(':')
        if colon >= 0:
            spec = body[colon + 1:]
            body = body[:colon]
        bang = body.find('!')
        if bang >= 0:
            conversion = body[bang + 1:]
            body = body[:bang]
            if len(conversion) != 1:
                raise ValueError("expected ':' after conversion specifier")
        fields.append((body, spec, conversion))
        i = j
    return fields


def _valid_field_name(name):
    # (digits or a word) followed by any of .word and [key]
    i = 0
    n = len(name)
    while i < n and name[i] not in ".[":
        i += 1
    if not _is_word(name[:i]):
        return False
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in ".[":
                j += 1
            if not _is_word(name[i + 1:j]):
                return False
            i = j
        elif name[i] == '[':
            close = name.find(']', i + 1)
            if close <= i + 1:
                return False
            i = close + 1
        else:
            return False
    return True


def _skip_width(spec, i):
    # digits, or a nested {word}
    if i < len(spec) and spec[i] == '{':
        close = spec.find('}', i)
        if close > i + 1 and _is_word(spec[i + 1:close]):
            return close + 1
        return i
    return _skip_digits(spec, i)


def _valid_spec(spec):
    i = 0
    n = len(spec)
    if i < n and spec[i] in "<>=^":
        i += 1
    if i < n and spec[i] in "+ -":
        i += 1
    if i < n and spec[i] == '#':
        i += 1
    if i < n and spec[i] == '0':
        i += 1
    i = _skip_width(spec, i)
    if i < n and spec[i] in ",_":
        i += 1
    if i < n and spec[i] == '.':
        j = _skip_width(spec, i + 1)
        if j == i + 1:
            return False
        i = j
    if i < n and spec[i].lower() in "bcdefgnosx%":
        i += 1
    return i == n


def _template_fields(fmt):
    """The names of $name and ${name} placeholders ($$ is a dollar)."""
    names = []
    i = 0
    n = len(fmt)
    while i < n:
        if fmt[i] != '$':
            i += 1
            continue
        if i + 1 < n and fmt[i + 1] == '$':
            i += 2
            continue
        if i + 1 < n and fmt[i + 1] == '{':
            close = fmt.find('}', i + 2)
            if close > i + 2 and _is_word(fmt[i + 2:close]):
                names.append((i, close + 1, fmt[i + 2:close]))
                i = close + 1
                continue
        j = i + 1
        while j < n and (fmt[j] in _WORD_CHARS):
            j += 1
        if j > i + 1 and not fmt[i + 1].isdigit():
            names.append((i, j, fmt[i + 1:j]))
            i = j
            continue
        i += 1
    return names


class PercentStyle:
    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        if not _has_percent_field(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _values(self, record):
        values = record.__dict__
        if self._defaults:
            merged = dict(self._defaults)
            merged.update(values)
            values = merged
        return values

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)


class StrFormatStyle(PercentStyle):
    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        names = []
        try:
            for name, spec, conversion in _parse_braces(self._fmt):
                if name:
                    if not _valid_field_name(name):
                        raise ValueError(
                            'invalid field name/expression: %r' % name)
                    names.append(name)
                if conversion and conversion not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conversion)
                if spec and not _valid_spec(spec):
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as e:
            raise ValueError('invalid format: %s' % e)
        if not names:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def usesTime(self):
        fmt = self._fmt
        return fmt.find('$asctime') >= 0 or fmt.find(self.asctime_search) >= 0

    def validate(self):
        if not _template_fields(self._fmt):
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        values = self._values(record)
        out = []
        last = 0
        for start, end, name in _template_fields(self._fmt):
            out.append(self._fmt[last:start])
            out.append(str(values[name]))
            last = end
        out.append(self._fmt[last:])
        return "".join(out).replace('$$', '$')


_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


# ---------------------------------------------------------------------------
# Formatters

class Formatter:
    """Turns a LogRecord into text with a format string."""

    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True,
                 defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def converter(self, secs=None):
        return _localtime(secs)

    def formatTime(self, record, datefmt=None):
        ct = self.converter(record.created)
        if datefmt:
            return _time_strftime(datefmt, ct)
        s = _time_strftime(self.default_time_format, ct)
        if self.default_msec_format:
            s = self.default_msec_format % (s, record.msecs)
        return s

    def formatException(self, ei):
        s = _format_exception(ei)
        if s[-1:] == "\n":
            s = s[:-1]
        return s

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)
        return s


_defaultFormatter = Formatter()


class BufferingFormatter:
    """Formats a batch of records: header, each line, footer."""

    def __init__(self, linefmt=None):
        if linefmt:
            self.linefmt = linefmt
        else:
            self.linefmt = _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        rv = ""
        if len(records) > 0:
            rv = rv + self.formatHeader(records)
            for record in records:
                rv = rv + self.linefmt.format(record)
            rv = rv + self.formatFooter(records)
        return rv


# ---------------------------------------------------------------------------
# Filters

class Filter:
    """Lets through records of the logger named `name` and its children."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0:
            return True
        if self.name == record.name:
            return True
        if record.name.find(self.name, 0, self.nlen) != 0:
            return False
        return record.name[self.nlen:self.nlen + 1] == "."


class Filterer:
    """Base of loggers and handlers: a list of filters every record must pass."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for f in self.filters:
            if hasattr(f, 'filter'):
                result = f.filter(record)
            else:
                result = f(record)
            if not result:
                return False
        return True


# ---------------------------------------------------------------------------
# Handlers

_handlers = {}
_handlerList = []


class Handler(Filterer):
    """Sends records somewhere; subclasses define emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        with _lock:
            _handlerList.append(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            if self._name in _handlers:
                del _handlers[self._name]
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = threading.RLock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        if self.formatter:
            fmt = self.formatter
        else:
            fmt = _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented '
                                  'by Handler subclasses')

    def handle(self, record):
        rv = self.filter(record)
        if rv:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return rv

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        with _lock:
            self._closed = True
            if self._name and self._name in _handlers:
                del _handlers[self._name]

    def handleError(self, record):
        """Report an exception raised in emit() on stderr and go on."""
        if not (raiseExceptions and sys.stderr):
            return
        ei = _exc_info()
        stderr = sys.stderr
        stderr.write('--- Logging error ---\n')
        stderr.write(_format_exception(ei))
        stderr.write('Call stack:\n')
        frame = None
        if ei[2] is not None:
            frame = getattr(ei[2], 'tb_frame', None)
        while frame is not None and _is_internal_frame(frame):
            frame = frame.f_back
        stack = _format_stack(frame)
        if stack:
            stderr.write(stack)
        else:
            stderr.write('Logged from file %s, line %s\n'
                         % (record.filename, record.lineno))
        try:
            stderr.write('Message: %r\nArguments: %s\n'
                         % (record.msg, record.args))
        except RecursionError:
            raise
        except Exception:
            stderr.write('Unable to print the message and arguments'
                         ' - possible formatting error.\nUse the'
                         ' traceback above to help find the error.\n')

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes each formatted record and a terminator to a stream."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        self.acquire()
        try:
            if self.stream and hasattr(self.stream, "flush"):
                self.stream.flush()
        finally:
            self.release()

    def emit(self, record):
        try:
            msg = self.format(record)
            # One write per record, so lines from threads never interleave.
            self.stream.write(msg + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        if stream is self.stream:
            return None
        result = self.stream
        self.acquire()
        try:
            self.flush()
            self.stream = stream
        finally:
            self.release()
        return result

    def __repr__(self):
        name = str(getattr(self.stream, 'name', ''))
        if name:
            name += ' '
        return '<%s %s(%s)>' % (type(self).__name__, name,
                                getLevelName(self.level))


class FileHandler(StreamHandler):
    """A StreamHandler writing to a file it opens itself."""

    def __init__(self, filename, mode='a', encoding=None, delay=False,
                 errors=None):
        self.baseFilename = filename
        self.mode = mode
        self.encoding = encoding
        self.errors = errors
        self.delay = delay
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def _open(self):
        return open(self.baseFilename, self.mode, encoding=self.encoding)

    def emit(self, record):
        if self.stream is None:
            if self.mode != 'w' or not self._closed:
                self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def close(self):
        self.acquire()
        try:
            if self.stream:
                try:
                    self.flush()
                finally:
                    stream = self.stream
                    self.stream = None
                    if hasattr(stream, "close"):
                        stream.close()
            StreamHandler.close(self)
        finally:
            self.release()

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename,
                                 getLevelName(self.level))


class NullHandler(Handler):
    """Drops every record (for libraries that leave configuration to apps)."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


class _StderrHandler(StreamHandler):
    """The last resort: whatever sys.stderr is at the time of the call."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    def _get_stream(self):
        return sys.stderr

    def _set_stream(self, stream):
        pass

    stream = property(_get_stream, _set_stream)


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


# ---------------------------------------------------------------------------
# The logger tree

class PlaceHolder:
    """Stands in the tree for a dotted name nobody asked for yet ('a' of 'a.b')."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


_loggerClass = None


def setLoggerClass(klass):
    global _loggerClass
    if klass != Logger:
        if not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: "
                            + klass.__name__)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class Manager:
    """Holds the loggers by name and links each to its nearest ancestor."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            rv = self.loggerDict.get(name)
            if isinstance(rv, PlaceHolder):
                ph = rv
                rv = (self.loggerClass or _loggerClass)(name)
                rv.manager = self
                self.loggerDict[name] = rv
                self._fixupChildren(ph, rv)
                self._fixupParents(rv)
            elif rv is None:
                rv = (self.loggerClass or _loggerClass)(name)
                rv.manager = self
                self.loggerDict[name] = rv
                self._fixupParents(rv)
        return rv

    def setLoggerClass(self, klass):
        if klass != Logger:
            if not issubclass(klass, Logger):
                raise TypeError("logger not derived from logging.Logger: "
                                + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        name = alogger.name
        i = name.rfind(".")
        rv = None
        while i > 0 and rv is None:
            substr = name[:i]
            obj = self.loggerDict.get(substr)
            if obj is None:
                self.loggerDict[substr] = PlaceHolder(alogger)
            elif isinstance(obj, PlaceHolder):
                obj.append(alogger)
            else:
                rv = obj
            i = name.rfind(".", 0, i - 1)
        if rv is None:
            rv = self.root
        alogger.parent = rv

    def _fixupChildren(self, ph, alogger):
        name = alogger.name
        namelen = len(name)
        for c in ph.loggerMap.keys():
            if c.parent.name[:namelen] != name:
                alogger.parent = c.parent
                c.parent = alogger

    def _clear_cache(self):
        # Loggers decide isEnabledFor afresh each time: nothing is cached.
        pass


class Logger(Filterer):
    """A named channel for messages, with a level and handlers."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(filename, line, function, stack text) of the code that logged."""
        f = currentframe()
        if f is None:
            return "(unknown file)", 0, "(unknown function)", None
        while stacklevel > 0:
            next_f = f.f_back
            if next_f is None:
                break
            f = next_f
            if not _is_internal_frame(f):
                stacklevel -= 1
        co = f.f_code
        sinfo = None
        if stack_info:
            sinfo = "Stack (most recent call last):\n" + _format_stack(f)
            if sinfo[-1:] == "\n":
                sinfo = sinfo[:-1]
        return co.co_filename, f.f_lineno, co.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        rv = _logRecordFactory(name, level, fn, lno, msg, args, exc_info,
                               func, sinfo)
        if extra is not None:
            for key in extra:
                if key in ["message", "asctime"] or hasattr(rv, key):
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                setattr(rv, key, extra[key])
        return rv

    def _log(self, level, msg, args, exc_info=None, extra=None,
             stack_info=False, stacklevel=1):
        sinfo = None
        if _srcfile:
            try:
                fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
            except ValueError:
                fn, lno, func = "(unknown file)", 0, "(unknown function)"
        else:
            fn, lno, func = "(unknown file)", 0, "(unknown function)"
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info,
                            getattr(exc_info, '__traceback__', None))
            elif not isinstance(exc_info, tuple):
                exc_info = _exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args,
                                 exc_info, func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        if (not self.disabled) and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def hasHandlers(self):
        c = self
        while c:
            if c.handlers:
                return True
            if not c.propagate:
                return False
            c = c.parent
        return False

    def callHandlers(self, record):
        """Hand the record to this logger's handlers, then its ancestors'."""
        c = self
        found = 0
        while c:
            for hdlr in c.handlers:
                found = found + 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not c.propagate:
                c = None
            else:
                c = c.parent
        if found == 0:
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)
            elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
                sys.stderr.write("No handlers could be found for logger"
                                 " \"%s\"\n" % self.name)
                self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        if self.manager.disable >= level:
            return False
        return level >= self.getEffectiveLevel()

    def getChild(self, suffix):
        if self.root is not self:
            suffix = '.'.join((self.name, suffix))
        return self.manager.getLogger(suffix)

    def __repr__(self):
        level = getLevelName(self.getEffectiveLevel())
        return '<%s %s (%s)>' % (type(self).__name__, self.name, level)


class RootLogger(Logger):
    """The logger at the top of the tree, named 'root'."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)


_loggerClass = Logger


class LoggerAdapter:
    """Wraps a logger to add context (`extra`) to every record."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _get_manager(self):
        return self.logger.manager

    def _set_manager(self, value):
        self.logger.manager = value

    manager = property(_get_manager, _set_manager)

    def _get_name(self):
        return self.logger.name

    name = property(_get_name)

    def __repr__(self):
        logger = self.logger
        level = getLevelName(logger.getEffectiveLevel())
        return '<%s %s (%s)>' % (type(self).__name__, logger.name, level)


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


# ---------------------------------------------------------------------------
# Configuration and module-level functions

def basicConfig(**kwargs):
    """Give the root logger a handler and a format, unless it has one
    already (or force=True)."""
    with _lock:
        force = kwargs.pop('force', False)
        kwargs.pop('encoding', None)
        kwargs.pop('errors', 'backslashreplace')
        if force:
            for h in root.handlers[:]:
                root.removeHandler(h)
                h.close()
        if len(root.handlers) == 0:
            handlers = kwargs.pop("handlers", None)
            if handlers is None:
                if "stream" in kwargs and "filename" in kwargs:
                    raise ValueError("'stream' and 'filename' should not be "
                                     "specified together")
            else:
                if "stream" in kwargs or "filename" in kwargs:
                    raise ValueError("'stream' or 'filename' should not be "
                                     "specified together with 'handlers'")
            if handlers is None:
                filename = kwargs.pop("filename", None)
                mode = kwargs.pop("filemode", 'a')
                if filename:
                    h = FileHandler(filename, mode)
                else:
                    stream = kwargs.pop("stream", None)
                    h = StreamHandler(stream)
                handlers = [h]
            dfs = kwargs.pop("datefmt", None)
            style = kwargs.pop("style", '%')
            if style not in _STYLES:
                raise ValueError('Style must be one of: %s' % ','.join(
                    _STYLES.keys()))
            fs = kwargs.pop("format", _STYLES[style][1])
            fmt = Formatter(fs, dfs, style)
            for h in handlers:
                if h.formatter is None:
                    h.setFormatter(fmt)
                root.addHandler(h)
            level = kwargs.pop("level", None)
            if level is not None:
                root.setLevel(level)
            if kwargs:
                keys = ', '.join(kwargs.keys())
                raise ValueError('Unrecognised argument(s): %s' % keys)


def getLogger(name=None):
    """The logger called `name` (created on first use); the root logger
    without a name."""
    if not name or (isinstance(name, str) and name == root.name):
        return root
    return Logger.manager.getLogger(name)


def critical(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.critical(msg, *args, **kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Drop every record at `level` and below, whatever the loggers' levels."""
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=None):
    """Flush and close every handler made so far, newest first."""
    if handlerList is None:
        handlerList = _handlerList
    for h in reversed(handlerList[:]):
        try:
            h.acquire()
            try:
                h.flush()
                h.close()
            finally:
                h.release()
        except (OSError, ValueError):
            pass
