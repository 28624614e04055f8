"""collections: namedtuple, defaultdict, Counter, OrderedDict and deque.

gilvm cannot subclass dict or tuple yet, so the mapping types here wrap a
plain dict (the attribute `_dict`) and namedtuple classes wrap a tuple (the
attribute `_tuple`); they implement the special methods and print like
CPython's. deque is the native one from `_collections`.
"""

try:
    from _collections import deque
except ImportError:
    # The native deque is not built into this gilvm yet.
    pass


_KEYWORDS = frozenset([
    "False", "None", "True", "and", "as", "assert", "async", "await",
    "break", "class", "continue", "def", "del", "elif", "else", "except",
    "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
    "while", "with", "yield",
])


def _is_mapping(obj):
    """What dict.update treats as a mapping: anything with a keys() method."""
    return hasattr(obj, "keys")


def _as_dict(obj):
    """The dict inside one of our wrappers, or obj itself."""
    if isinstance(obj, _DictWrapper):
        return obj._dict
    return obj



def _names_list(names):
    """'a' / 'a' and 'b' / 'a', 'b', and 'c', as CPython's argument errors say."""
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + " and " + quoted[1]
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _bind_arguments(funcname, names, defaults, args, kwargs):
    """Binds args/kwargs to the parameters `names` (positional or keyword,
    `defaults` maps a name to its default) and returns the values in order.
    Raises the TypeErrors CPython raises for a call to `funcname`."""
    count = len(names)
    if len(args) > count:
        most = count + 1
        least = most - len(defaults)
        if least == most:
            takes = "%d" % most
        else:
            takes = "from %d to %d" % (least, most)
        raise TypeError("%s() takes %s positional argument%s but %d were given" % (
            funcname, takes, "" if most == 1 else "s", len(args) + 1))
    values = {}
    for i in range(len(args)):
        values[names[i]] = args[i]
    for key in kwargs:
        if key not in names:
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (funcname, key))
        if key in values:
            raise TypeError("%s() got multiple values for argument '%s'" % (funcname, key))
        values[key] = kwargs[key]
    missing = [n for n in names if n not in values and n not in defaults]
    if missing:
        raise TypeError("%s() missing %d required positional argument%s: %s" % (
            funcname, len(missing), "" if len(missing) == 1 else "s", _names_list(missing)))
    result = []
    for n in names:
        if n in values:
            result.append(values[n])
        else:
            result.append(defaults[n])
    return result


# --- namedtuple -------------------------------------------------------------

_PROPERTY = type(property(len))

# The classes namedtuple() and typing.NamedTuple made. Their instances have
# no attribute dict in CPython (__slots__ = ()), so they refuse new
# attributes; subclasses without __slots__ take them, as in CPython.
_RECORD_CLASSES = set()

# Non-class bases whose class statements make record classes, each with the
# function that sets such a class up (typing.NamedTuple registers here).
_RECORD_SETUPS = {}


def _caller_module(depth):
    """The module name of the code `depth` frames above the caller, for
    the __module__ of a class made by a function: the script is __main__,
    a gilvm library module has the file name <stdlib>/NAME.py."""
    try:
        import sys
        filename = sys._getframe(depth + 1).f_code.co_filename
    except (ImportError, AttributeError, ValueError):
        return "__main__"
    if filename.startswith("<stdlib>/") and filename.endswith(".py"):
        return filename[len("<stdlib>/"):-3]
    return "__main__"


def _new_record(cls, values):
    """An instance of the record class cls holding values, made without
    calling __init__ (copy and deepcopy rebuild records with it)."""
    self = object.__new__(cls)
    object.__setattr__(self, "_tuple", tuple(values))
    return self


class _TupleRecord:
    """Base of namedtuple classes: an immutable record around a tuple.
    It stands where CPython has tuple (gilvm cannot subclass tuple yet)."""

    _fields = ()
    _field_defaults = {}

    def __init__(self, *args, **kwargs):
        raise TypeError("%s is not a namedtuple class that was set up" % type(self).__name__)

    @classmethod
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # class Point(NamedTuple): typing.NamedTuple's __mro_entries__ puts
        # this class in its place, and its setup makes the fields.
        for base in cls.__dict__.get("__orig_bases__", ()):
            for marker, setup in _RECORD_SETUPS.items():
                if base is marker:
                    setup(cls)
                    return

    def __setattr__(self, name, value):
        if type(self) in _RECORD_CLASSES and type(getattr(type(self), name, None)) is not _PROPERTY:
            raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if type(self) in _RECORD_CLASSES and type(getattr(type(self), name, None)) is not _PROPERTY:
            raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))
        object.__delattr__(self, name)

    def __reduce__(self):
        state = {}
        for key, value in getattr(self, "__dict__", {}).items():
            if key != "_tuple":
                state[key] = value
        return (_new_record, (type(self), self._tuple), state or None)

    def __len__(self):
        return len(self._tuple)

    def __iter__(self):
        return iter(self._tuple)

    def __reversed__(self):
        return reversed(self._tuple)

    def __getitem__(self, index):
        return self._tuple[index]

    def __contains__(self, value):
        return value in self._tuple

    def __hash__(self):
        return hash(self._tuple)

    def __eq__(self, other):
        if isinstance(other, _TupleRecord):
            return self._tuple == other._tuple
        if isinstance(other, tuple):
            return self._tuple == other
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __lt__(self, other):
        other = _other_tuple(other)
        if other is None:
            return NotImplemented
        return self._tuple < other

    def __le__(self, other):
        other = _other_tuple(other)
        if other is None:
            return NotImplemented
        return self._tuple <= other

    def __gt__(self, other):
        other = _other_tuple(other)
        if other is None:
            return NotImplemented
        return self._tuple > other

    def __ge__(self, other):
        other = _other_tuple(other)
        if other is None:
            return NotImplemented
        return self._tuple >= other

    def __add__(self, other):
        other = _other_tuple(other)
        if other is None:
            return NotImplemented
        return self._tuple + other

    def __radd__(self, other):
        other = _other_tuple(other)
        if other is None:
            return NotImplemented
        return other + self._tuple

    def __mul__(self, n):
        return self._tuple * n

    def __rmul__(self, n):
        return n * self._tuple

    def count(self, value):
        return self._tuple.count(value)

    def index(self, value, *args):
        return self._tuple.index(value, *args)

    def _asdict(self):
        return dict(zip(self._fields, self._tuple))

    def __getnewargs__(self):
        return self._tuple


def _other_tuple(other):
    if isinstance(other, _TupleRecord):
        return other._tuple
    if isinstance(other, tuple):
        return other
    return None


def _field_property(index):
    def get(self):
        return self._tuple[index]

    def refuse(self, value):
        raise AttributeError("can't set attribute")

    def refuse_delete(self):
        raise AttributeError("can't delete attribute")

    return property(get, refuse, refuse_delete)


def _record_namespace(typename, field_names, field_defaults):
    """The methods and attributes of the record class `typename` with the
    fields `field_names` and the defaults `field_defaults` (by field name)."""
    fields = tuple(field_names)
    funcname = typename + ".__new__"

    def __init__(self, *args, **kwargs):
        object.__setattr__(self, "_tuple",
                           tuple(_bind_arguments(funcname, fields, field_defaults, args, kwargs)))

    def __repr__(self):
        parts = []
        for i in range(len(fields)):
            parts.append(fields[i] + "=" + repr(self._tuple[i]))
        return type(self).__name__ + "(" + ", ".join(parts) + ")"

    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != len(fields):
            raise TypeError("Expected %d arguments, got %d" % (len(fields), len(values)))
        return _new_record(cls, values)

    def _replace(self, **kwargs):
        values = []
        for i in range(len(fields)):
            name = fields[i]
            if name in kwargs:
                values.append(kwargs.pop(name))
            else:
                values.append(self._tuple[i])
        if kwargs:
            raise ValueError("Got unexpected field names: %r" % list(kwargs))
        return _new_record(type(self), values)

    namespace = {
        "__doc__": "%s(%s)" % (typename, ", ".join(fields)),
        "__init__": __init__,
        "__repr__": __repr__,
        "_make": classmethod(_make),
        "_replace": _replace,
        "_fields": fields,
        "_field_defaults": dict(field_defaults),
        "__match_args__": fields,
    }
    for i in range(len(fields)):
        namespace[fields[i]] = _field_property(i)
    return namespace


def _check_names(typename, field_names, rename):
    """The field names after checking them as namedtuple() does (renaming
    bad ones to _0, _1, ... when rename is true)."""
    field_names = list(field_names)
    if rename:
        seen = set()
        for index in range(len(field_names)):
            name = field_names[index]
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith("_") or name in seen):
                field_names[index] = "_%d" % index
            seen.add(name)
    for name in [typename] + field_names:
        if not isinstance(name, str):
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid identifiers: %r" % name)
        if name in _KEYWORDS:
            raise ValueError("Type names and field names cannot be a keyword: %r" % name)
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: %r" % name)
        if name in seen:
            raise ValueError("Encountered duplicate field name: %r" % name)
        seen.add(name)
    return field_names


def _make_record_class(typename, field_names, field_defaults, module):
    namespace = _record_namespace(typename, field_names, field_defaults)
    namespace["__module__"] = module
    namespace["__qualname__"] = typename
    cls = type(typename, (_TupleRecord,), namespace)
    _RECORD_CLASSES.add(cls)
    return cls


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new record class `typename` with the named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = [str(name) for name in field_names]
    typename = str(typename)
    field_names = _check_names(typename, field_names, rename)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        start = len(field_names) - len(defaults)
        for i in range(len(defaults)):
            field_defaults[field_names[start + i]] = defaults[i]
    if module is None:
        module = _caller_module(1)
    return _make_record_class(typename, field_names, field_defaults, module)


# --- the dict wrappers ------------------------------------------------------

class _DictWrapper:
    """What defaultdict, Counter and OrderedDict share: a dict inside."""

    def __len__(self):
        return len(self._dict)

    def __iter__(self):
        return iter(self._dict)

    def __reversed__(self):
        return reversed(list(self._dict))

    def __contains__(self, key):
        return key in self._dict

    def __getitem__(self, key):
        if key in self._dict:
            return self._dict[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._dict[key] = value

    def __delitem__(self, key):
        del self._dict[key]

    def __eq__(self, other):
        if isinstance(other, (dict, _DictWrapper)):
            return self._dict == _as_dict(other)
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def keys(self):
        return self._dict.keys()

    def values(self):
        return self._dict.values()

    def items(self):
        return self._dict.items()

    def get(self, key, default=None):
        return self._dict.get(key, default)

    def pop(self, key, *default):
        if len(default) > 1:
            raise TypeError("pop expected at most 2 arguments, got %d" % (len(default) + 1))
        return self._dict.pop(key, *default)

    def popitem(self):
        if not self._dict:
            raise KeyError("popitem(): dictionary is empty")
        key = list(self._dict)[-1]
        return (key, self._dict.pop(key))

    def setdefault(self, key, default=None):
        return self._dict.setdefault(key, default)

    def update(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError("update expected at most 1 argument, got %d" % len(args))
        if args:
            other = args[0]
            if _is_mapping(other):
                for key in other.keys():
                    self[key] = other[key]
            else:
                for key, value in other:
                    self[key] = value
        for key in kwargs:
            self[key] = kwargs[key]

    def clear(self):
        self._dict.clear()

    def __or__(self, other):
        if not isinstance(other, (dict, _DictWrapper)):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _DictWrapper)):
            return NotImplemented
        new = self.copy()
        new._dict = dict(_as_dict(other))
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


class defaultdict(_DictWrapper):
    """A dict that makes a missing key's value by calling default_factory."""

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        self._dict = {}
        self.update(*args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._dict[key] = value
        return value

    def __repr__(self):
        return "%s(%r, %r)" % (type(self).__name__, self.default_factory, self._dict)

    def copy(self):
        return type(self)(self.default_factory, self._dict)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        new = cls()
        for key in iterable:
            new[key] = value
        return new


class Counter(_DictWrapper):
    """A dict of counts: a missing key counts 0."""

    def __init__(self, iterable=None, **kwargs):
        self._dict = {}
        self.update(iterable, **kwargs)

    def __missing__(self, key):
        return 0

    def __delitem__(self, key):
        if key in self._dict:
            del self._dict[key]

    def __repr__(self):
        if not self._dict:
            return type(self).__name__ + "()"
        try:
            shown = repr(dict(self.most_common()))
        except TypeError:
            shown = repr(self._dict)
        return "%s(%s)" % (type(self).__name__, shown)

    def total(self):
        return sum(self._dict.values())

    def most_common(self, n=None):
        ordered = sorted(self._dict.items(), key=lambda kv: kv[1], reverse=True)
        if n is None:
            return ordered
        return ordered[:max(n, 0)]

    def elements(self):
        for key, count in self._dict.items():
            for _ in range(count):
                yield key

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, **kwargs):
        if iterable is not None:
            if _is_mapping(iterable):
                if self._dict:
                    for key in iterable.keys():
                        self._dict[key] = self._dict.get(key, 0) + iterable[key]
                else:
                    for key in iterable.keys():
                        self._dict[key] = iterable[key]
            else:
                for key in iterable:
                    self._dict[key] = self._dict.get(key, 0) + 1
        if kwargs:
            self.update(kwargs)

    def subtract(self, iterable=None, **kwargs):
        if iterable is not None:
            if _is_mapping(iterable):
                for key in iterable.keys():
                    self._dict[key] = self._dict.get(key, 0) - iterable[key]
            else:
                for key in iterable:
                    self._dict[key] = self._dict.get(key, 0) - 1
        if kwargs:
            self.subtract(kwargs)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for key in c:
                if self[key] != other[key]:
                    return False
        return True

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for key in c:
                if not self[key] <= other[key]:
                    return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for key in c:
                if not self[key] >= other[key]:
                    return False
        return True

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for key, count in self.items():
            new = count + other[key]
            if new > 0:
                result[key] = new
        for key, count in other.items():
            if key not in self and count > 0:
                result[key] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for key, count in self.items():
            new = count - other[key]
            if new > 0:
                result[key] = new
        for key, count in other.items():
            if key not in self and count < 0:
                result[key] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for key, count in self.items():
            other_count = other[key]
            new = other_count if count < other_count else count
            if new > 0:
                result[key] = new
        for key, count in other.items():
            if key not in self and count > 0:
                result[key] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for key, count in self.items():
            other_count = other[key]
            new = count if count < other_count else other_count
            if new > 0:
                result[key] = new
        return result

    def __pos__(self):
        result = Counter()
        for key, count in self.items():
            if count > 0:
                result[key] = count
        return result

    def __neg__(self):
        result = Counter()
        for key, count in self.items():
            if count < 0:
                result[key] = 0 - count
        return result

    def _keep_positive(self):
        for key in [k for k, count in self._dict.items() if not count > 0]:
            del self._dict[key]
        return self

    def __iadd__(self, other):
        for key, count in other.items():
            self[key] += count
        return self._keep_positive()

    def __isub__(self, other):
        for key, count in other.items():
            self[key] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for key, other_count in other.items():
            if other_count > self[key]:
                self[key] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for key, count in self.items():
            other_count = other[key]
            if other_count < count:
                self[key] = other_count
        return self._keep_positive()


class OrderedDict(_DictWrapper):
    """A dict that remembers insertion order, with move_to_end and an
    order-sensitive == between two OrderedDicts."""

    def __init__(self, *args, **kwargs):
        self._dict = {}
        self.update(*args, **kwargs)

    def __repr__(self):
        if not self._dict:
            return type(self).__name__ + "()"
        return "%s(%r)" % (type(self).__name__, list(self._dict.items()))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self._dict.items()) == list(other._dict.items())
        return _DictWrapper.__eq__(self, other)

    def popitem(self, last=True):
        if not self._dict:
            raise KeyError("dictionary is empty")
        keys = list(self._dict)
        if last:
            key = keys[-1]
        else:
            key = keys[0]
        return (key, self._dict.pop(key))

    def move_to_end(self, key, last=True):
        value = self._dict.pop(key)
        if last:
            self._dict[key] = value
        else:
            rest = self._dict
            self._dict = {key: value}
            self._dict.update(rest)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        new = cls()
        for key in iterable:
            new[key] = value
        return new
