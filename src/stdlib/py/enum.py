"""enum: Enum, IntEnum, auto and unique.

A subclass of Enum turns its plain class attributes into members (instances
of the class) when it is created, in __init_subclass__. The class-level
operations (Color(1), list(Color), len(Color), x in Color, Color["RED"],
Color.__members__) are the metaclass EnumType's, as in CPython.
"""


def _example(self):
    pass


_FunctionType = type(_example)
# In gilvm these names are functions, not classes: take the types from instances.
_property_type = type(property(_example))
_classmethod_type = type(classmethod(_example))
_staticmethod_type = type(staticmethod(_example))


def _is_dunder(name):
    return len(name) > 4 and name[:2] == "__" and name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == "_" and name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    prefix = "_" + cls_name.lstrip("_") + "__"
    return name.startswith(prefix) and not name.endswith("__")


def _is_descriptor(value):
    """Functions, properties, class and static methods and objects with
    __get__/__set__/__delete__ stay class attributes, not members."""
    if isinstance(value, (_FunctionType, _property_type, _classmethod_type, _staticmethod_type)):
        return True
    return hasattr(value, "__get__") or hasattr(value, "__set__") or hasattr(value, "__delete__")


class auto:
    """A member value chosen by _generate_next_value_ (1, 2, 3, ...)."""

    def __init__(self, value=None):
        self.value = value
        self._chosen = False

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _make_members(cls):
    """Turns the class attributes of a new enum class into its members."""
    for base in cls.__mro__[1:]:
        if base.__dict__.get("_member_names_"):
            raise TypeError("<enum %r> cannot extend <enum %r>" % (cls.__name__, base.__name__))
    member_type = getattr(cls, "_member_type_", None)
    cls._member_names_ = []
    cls._member_map_ = {}
    cls._value2member_map_ = {}
    last_values = []
    own = cls.__dict__
    for name in list(own):
        value = own[name]
        if _is_dunder(name) or _is_sunder(name) or _is_private(cls.__name__, name):
            continue
        if _is_descriptor(value):
            continue
        if isinstance(value, auto):
            if not value._chosen:
                value.value = cls._generate_next_value_(name, 1, len(cls._member_names_),
                                                        last_values[:])
                value._chosen = True
            value = value.value
        if isinstance(value, tuple):
            args = value
        else:
            args = (value,)
        if member_type is not None:
            value = member_type(*args)
        canonical = _find_value(cls, value)
        if canonical is None:
            # A new instance, its __init__ given the value (EnumType.__call__
            # is the lookup Color(1)).
            member = type.__call__(cls, *args)
            member._name_ = name
            member._value_ = value
            member._sort_order_ = len(cls._member_names_)
            cls._member_names_.append(name)
            try:
                cls._value2member_map_[value] = member
            except TypeError:
                pass
            canonical = member
        setattr(cls, name, canonical)
        cls._member_map_[name] = canonical
        last_values.append(value)


class mappingproxy:
    """Color.__members__: a read-only view of names (aliases too) to
    members. It stands for CPython's built-in read-only view type, and is
    named so."""

    __module__ = "builtins"

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, name):
        return self._mapping[name]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, name):
        return name in self._mapping

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def get(self, name, default=None):
        return self._mapping.get(name, default)

    def copy(self):
        return dict(self._mapping)

    def __eq__(self, other):
        if isinstance(other, _MembersView):
            other = other._mapping
        return self._mapping == other

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


_MembersView = mappingproxy
del mappingproxy


def _find_value(cls, value):
    """The member whose value equals value, or None."""
    try:
        return cls._value2member_map_.get(value)
    except TypeError:
        pass
    for name in cls._member_names_:
        member = cls._member_map_[name]
        if member._value_ == value:
            return member
    return None


# --- the metaclass ----------------------------------------------------------

def _enum_call(cls, value):
    """Color(1): the member with that value."""
    if isinstance(value, cls):
        return value
    member = _find_value(cls, value)
    if member is not None:
        return member
    member = cls._missing_(value)
    if isinstance(member, cls):
        return member
    if member is None:
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
    raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                    % (cls.__name__, member))


def _caller_module():
    """The module name of the code that called the functional API: the
    script is __main__, a gilvm library module is <stdlib>/NAME.py."""
    try:
        import sys
        filename = sys._getframe(3).f_code.co_filename
    except (ImportError, AttributeError, ValueError):
        return "__main__"
    if filename.startswith("<stdlib>/") and filename.endswith(".py"):
        return filename[len("<stdlib>/"):-3]
    return "__main__"


def _enum_create(cls, class_name, names, module, qualname, start):
    """Enum("Color", "RED GREEN"): a new enum class derived from cls, the
    members given as names (values start, start + 1, ...), (name, value)
    pairs or a mapping."""
    if isinstance(names, str):
        names = names.replace(",", " ").split()
    if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
        pairs = []
        last_values = []
        for count in range(len(names)):
            value = cls._generate_next_value_(names[count], start, count, last_values[:])
            last_values.append(value)
            pairs.append((names[count], value))
        names = pairs
    elif hasattr(names, "keys"):
        names = [(key, names[key]) for key in names.keys()]
    namespace = {}
    for item in names:
        if isinstance(item, str):
            member_name, value = item, names[item]
        else:
            member_name, value = item
        namespace[member_name] = value
    if module is None:
        module = _caller_module()
    namespace["__module__"] = module
    namespace["__qualname__"] = qualname if qualname is not None else class_name
    return type(cls)(class_name, (cls,), namespace)


class EnumType(type):
    """The metaclass of Enum: what the enum classes themselves do."""

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return _enum_call(cls, value)
        if type is not None:
            raise TypeError("Enum(..., type=...) needs a mixed-in data type, "
                            "which gilvm does not support yet")
        return _enum_create(cls, value, names, module, qualname, start)

    def __iter__(cls):
        """The members in definition order, without aliases."""
        return iter([cls._member_map_[name] for name in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[name] for name in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'" % (
                type(member).__qualname__, type(cls).__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        """Color["RED"]: the member of that name (aliases too)."""
        return cls._member_map_[name]

    @property
    def __members__(cls):
        """Names (aliases too) to members, read-only."""
        return _MembersView(cls._member_map_)

    def __repr__(cls):
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("%r cannot delete member %r." % (cls, name))
        super().__delattr__(name)


EnumMeta = EnumType


# --- Enum --------------------------------------------------------------------

class Enum(metaclass=EnumType):
    """Base of enumerations: each class attribute of a subclass becomes a
    member, an instance with .name and .value."""

    _member_names_ = []
    _member_map_ = {}
    _value2member_map_ = {}

    @classmethod
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        _make_members(cls)

    def __init__(self, *args, **kwargs):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        last = last_values[-1]
        try:
            return last + 1
        except TypeError:
            raise TypeError("unable to sort non-numeric values") from None

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return (type(self), (self._value_,))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _int_operand(other):
    """The int value of an IntEnum member or int operand, else None."""
    if isinstance(other, IntEnum):
        return other._value_
    if isinstance(other, (int, float)):
        return other
    return None


class IntEnum(Enum):
    """An Enum whose members are also ints: they compare with and compute
    like their values, and print as the number. (gilvm cannot subclass int,
    so isinstance(member, int) is False.)"""

    _member_type_ = int

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return repr(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        value = _int_operand(other)
        if value is None:
            return NotImplemented
        return self._value_ == value

    def __ne__(self, other):
        value = _int_operand(other)
        if value is None:
            return NotImplemented
        return self._value_ != value

    def __lt__(self, other):
        value = _int_operand(other)
        if value is None:
            return NotImplemented
        return self._value_ < value

    def __le__(self, other):
        value = _int_operand(other)
        if value is None:
            return NotImplemented
        return self._value_ <= value

    def __gt__(self, other):
        value = _int_operand(other)
        if value is None:
            return NotImplemented
        return self._value_ > value

    def __ge__(self, other):
        value = _int_operand(other)
        if value is None:
            return NotImplemented
        return self._value_ >= value

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __float__(self):
        return float(self._value_)

    def __bool__(self):
        return self._value_ != 0

    def __round__(self, ndigits=None):
        return self._value_

    def __neg__(self):
        return 0 - self._value_

    def __pos__(self):
        return self._value_

    def __abs__(self):
        return abs(self._value_)

    def __invert__(self):
        return ~self._value_

    def __add__(self, other):
        value = _int_operand(other)
        if value is None:
            return NotImplemented
        return self._value_ + value

    def __radd__(self, other):
        value = _int_operand(other)
        if value is None:
            return NotImplemented
        return value + self._value_

    def __sub__(self, other):
        value = _int_operand(other)
        if value is None:
            return NotImplemented
        return self._value_ - value

    def __rsub__(self, other):
        value = _int_operand(other)
        if value is None:
            return NotImplemented
        return value - self._value_

    def __mul__(self, other):
        value = _int_operand(other)
        if value is None:
            return NotImplemented
        return self._value_ * value

    def __rmul__(self, other):
        value = _int_operand(other)
        if value is None:
            return NotImplemented
        return value * self._value_

    def __truediv__(self, other):
        value = _int_operand(other)
        if value is None:
            return NotImplemented
        return self._value_ / value

    def __rtruediv__(self, other):
        value = _int_operand(other)
        if value is None:
            return NotImplemented
        return value / self._value_

    def __floordiv__(self, other):
        value = _int_operand(other)
        if value is None:
            return NotImplemented
        return self._value_ // value

    def __rfloordiv__(self, other):
        value = _int_operand(other)
        if value is None:
            return NotImplemented
        return value // self._value_

    def __mod__(self, other):
        value = _int_operand(other)
        if value is None:
            return NotImplemented
        return self._value_ % value

    def __rmod__(self, other):
        value = _int_operand(other)
        if value is None:
            return NotImplemented
        return value % self._value_

    def __pow__(self, other):
        value = _int_operand(other)
        if value is None:
            return NotImplemented
        return self._value_ ** value

    def __rpow__(self, other):
        value = _int_operand(other)
        if value is None:
            return NotImplemented
        return value ** self._value_

    def __and__(self, other):
        value = _int_operand(other)
        if value is None:
            return NotImplemented
        return self._value_ & value

    def __rand__(self, other):
        value = _int_operand(other)
        if value is None:
            return NotImplemented
        return value & self._value_

    def __or__(self, other):
        value = _int_operand(other)
        if value is None:
            return NotImplemented
        return self._value_ | value

    def __ror__(self, other):
        value = _int_operand(other)
        if value is None:
            return NotImplemented
        return value | self._value_

    def __xor__(self, other):
        value = _int_operand(other)
        if value is None:
            return NotImplemented
        return self._value_ ^ value

    def __rxor__(self, other):
        value = _int_operand(other)
        if value is None:
            return NotImplemented
        return value ^ self._value_

    def __lshift__(self, other):
        value = _int_operand(other)
        if value is None:
            return NotImplemented
        return self._value_ << value

    def __rshift__(self, other):
        value = _int_operand(other)
        if value is None:
            return NotImplemented
        return self._value_ >> value


def unique(enumeration):
    """Class decorator: refuses an enum with aliases (two names, one value)."""
    duplicates = []
    for name, member in enumeration._member_map_.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration
