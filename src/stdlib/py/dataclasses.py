"""dataclasses: the @dataclass decorator reads a class's annotations and
adds __init__, __repr__, __eq__ (and with options the ordering methods,
__hash__ and frozen __setattr__/__delattr__). The generated methods are
closures over the field list."""


class FrozenInstanceError(AttributeError):
    """Raised when assigning to a field of a frozen dataclass."""


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KwOnlyType:
    def __repr__(self):
        return "KW_ONLY"


KW_ONLY = _KwOnlyType()


class InitVar:
    """InitVar[T]: a pseudo-field passed to __init__ and __post_init__ only."""

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            name = self.type.__name__
        else:
            name = repr(self.type)
        return "dataclasses.InitVar[%s]" % name

    def __class_getitem__(cls, type):
        return InitVar(type)


_FIELD = "_FIELD"
_FIELD_CLASSVAR = "_FIELD_CLASSVAR"
_FIELD_INITVAR = "_FIELD_INITVAR"


class Field:
    """One field of a dataclass, as field() describes it."""

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None:
            metadata = {}
        self.metadata = metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,"
                "hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)" % (
                    self.name, self.type, self.default, self.default_factory, self.init,
                    self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                    self._field_type))


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)" % (
            self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describes one field: a default, a default_factory (called for each
    new instance), and whether it is in __init__, __repr__, comparisons."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _lookup(cls, name):
    """name from the class dicts along cls's MRO, or MISSING."""
    for klass in cls.__mro__:
        d = klass.__dict__
        if name in d:
            return d[name]
    return MISSING


def _is_unhashable_class(cls):
    """Whether instances of cls are unhashable (list, dict, set, or a class
    whose __eq__ is not paired with a __hash__)."""
    if cls in (list, dict, set):
        return True
    for klass in cls.__mro__:
        d = klass.__dict__
        if "__hash__" in d:
            return d["__hash__"] is None
        if "__eq__" in d:
            return True
    return False


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith("ClassVar") or annotation.startswith("typing.ClassVar")
    try:
        import typing
    except ImportError:
        return False
    if annotation is typing.ClassVar:
        return True
    return getattr(annotation, "__origin__", None) is typing.ClassVar


def _is_initvar(annotation):
    if annotation is InitVar or isinstance(annotation, InitVar):
        return True
    return isinstance(annotation, str) and (annotation.startswith("InitVar")
                                            or annotation.startswith("dataclasses.InitVar"))


def _get_field(cls, name, annotation, default_kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR
    if f._field_type != _FIELD and f.default_factory is not MISSING:
        raise TypeError("field %s cannot have a default factory" % name)
    if f._field_type != _FIELD_CLASSVAR:
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    if f._field_type == _FIELD and f.default is not MISSING and _is_unhashable_class(type(f.default)):
        raise ValueError("mutable default %s for field %s is not allowed: use default_factory"
                         % (type(f.default), name))
    return f


def _names_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + " and " + quoted[1]
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _takes(least, most):
    """'3 positional arguments' or 'from 2 to 3 positional arguments'."""
    if least == most:
        count = "%d" % most
    else:
        count = "from %d to %d" % (least, most)
    if most == 1:
        return count + " positional argument"
    return count + " positional arguments"


def _make_init(cls, fields, frozen, has_post_init):
    """__init__(self, <init fields>): binds the arguments with CPython's
    errors, then sets each field (through object.__setattr__ when frozen)."""
    qualname = cls.__qualname__ + ".__init__"
    init_fields = [f for f in fields if f.init and f._field_type != _FIELD_CLASSVAR]
    positional = [f for f in init_fields if not f.kw_only]
    keyword_only = [f for f in init_fields if f.kw_only]
    names = [f.name for f in init_fields]
    seen_default = None
    for f in positional:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = f
        elif seen_default is not None:
            raise TypeError("non-default argument %r follows default argument" % f.name)
    positional_required = len([f for f in positional
                               if f.default is MISSING and f.default_factory is MISSING])
    initvar_names = [f.name for f in fields if f._field_type == _FIELD_INITVAR]
    if frozen:
        setter = object.__setattr__
    else:
        setter = setattr

    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            raise TypeError("%s() takes %s but %d were given" % (
                qualname, _takes(positional_required + 1, len(positional) + 1), len(args) + 1))
        values = {}
        for i in range(len(args)):
            values[positional[i].name] = args[i]
        for key in kwargs:
            if key not in names:
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (qualname, key))
            if key in values:
                raise TypeError("%s() got multiple values for argument '%s'" % (qualname, key))
            values[key] = kwargs[key]
        missing = [f.name for f in positional
                   if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            raise TypeError("%s() missing %d required positional argument%s: %s" % (
                qualname, len(missing), "" if len(missing) == 1 else "s", _names_list(missing)))
        missing = [f.name for f in keyword_only
                   if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            raise TypeError("%s() missing %d required keyword-only argument%s: %s" % (
                qualname, len(missing), "" if len(missing) == 1 else "s", _names_list(missing)))
        for f in fields:
            if f._field_type == _FIELD_CLASSVAR:
                continue
            if f.init:
                if f.name in values:
                    value = values[f.name]
                elif f.default_factory is not MISSING:
                    value = f.default_factory()
                else:
                    value = f.default
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                continue
            if f._field_type == _FIELD:
                setter(self, f.name, value)
            else:
                values[f.name] = value
        if has_post_init:
            self.__post_init__(*[values.get(name, _lookup(type(self), name)) for name in initvar_names])

    __init__.__qualname__ = qualname
    return __init__


def _make_repr(fields):
    shown = [f for f in fields if f.repr]
    running = set()

    def __repr__(self):
        key = id(self)
        if key in running:
            return "..."
        running.add(key)
        try:
            parts = []
            for f in shown:
                parts.append("%s=%r" % (f.name, getattr(self, f.name)))
        finally:
            running.discard(key)
        return type(self).__qualname__ + "(" + ", ".join(parts) + ")"

    return __repr__


def _make_compare(fields, op):
    """__eq__/__lt__/...: compares the tuples of compared fields of two
    instances of the same class; anything else is NotImplemented."""
    names = [f.name for f in fields if f.compare]

    def values(obj):
        return tuple(getattr(obj, name) for name in names)

    if op == "==":
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return values(self) == values(other)
            return NotImplemented
        return __eq__
    if op == "<":
        def __lt__(self, other):
            if other.__class__ is self.__class__:
                return values(self) < values(other)
            return NotImplemented
        return __lt__
    if op == "<=":
        def __le__(self, other):
            if other.__class__ is self.__class__:
                return values(self) <= values(other)
            return NotImplemented
        return __le__
    if op == ">":
        def __gt__(self, other):
            if other.__class__ is self.__class__:
                return values(self) > values(other)
            return NotImplemented
        return __gt__

    def __ge__(self, other):
        if other.__class__ is self.__class__:
            return values(self) >= values(other)
        return NotImplemented
    return __ge__


def _make_hash(fields):
    names = [f.name for f in fields if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(tuple(getattr(self, name) for name in names))

    return __hash__


def _make_frozen(cls, fields):
    names = set(f.name for f in fields)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot assign to field %r" % name)
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot delete field %r" % name)
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    if slots:
        raise TypeError("dataclass(slots=True) is not supported by gilvm yet")
    all_fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for base in reversed(cls.__mro__[1:]):
        base_fields = base.__dict__.get("__dataclass_fields__")
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if base.__dict__["__dataclass_params__"].frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get("__annotations__", {})
    own_fields = []
    use_kw_only = kw_only
    for name, annotation in annotations.items():
        if annotation is KW_ONLY or (isinstance(annotation, str) and annotation.endswith("KW_ONLY")):
            use_kw_only = True
            continue
        own_fields.append(_get_field(cls, name, annotation, use_kw_only))

    for f in own_fields:
        all_fields[f.name] = f
        # The class attribute is the default, or nothing.
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError("%r is a field but has no type annotation" % name)

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)

    fields_list = list(all_fields.values())
    plain = [f for f in fields_list if f._field_type == _FIELD]
    own = cls.__dict__

    if init:
        has_post_init = _lookup(cls, "__post_init__") is not MISSING
        cls.__init__ = _make_init(cls, fields_list, frozen, has_post_init)
    if repr:
        cls.__repr__ = _make_repr(plain)
    if eq:
        cls.__eq__ = _make_compare(plain, "==")
    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if name in own:
                raise TypeError("Cannot overwrite attribute %s in class %s. "
                                "Consider using functools.total_ordering" % (name, cls.__name__))
            setattr(cls, name, _make_compare(plain, op))
    if frozen:
        for name in ("__setattr__", "__delattr__"):
            if name in own:
                raise TypeError("Cannot overwrite attribute %s in class %s" % (name, cls.__name__))
        setattr_, delattr_ = _make_frozen(cls, plain)
        cls.__setattr__ = setattr_
        cls.__delattr__ = delattr_

    # __hash__, by CPython's table of unsafe_hash, eq, frozen and whether the
    # class defines __hash__ itself.
    has_explicit_hash = "__hash__" in own and not (own["__hash__"] is None and "__eq__" in own)
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s" % cls.__name__)
        cls.__hash__ = _make_hash(plain)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _make_hash(plain)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if match_args and "__match_args__" not in own:
        cls.__match_args__ = tuple(f.name for f in fields_list if f.init and not f.kw_only
                                   and f._field_type != _FIELD_CLASSVAR)
    if not getattr(cls, "__doc__", None):
        cls.__doc__ = cls.__name__ + "(...)"
    return cls


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False,
              weakref_slot=False):
    """@dataclass or @dataclass(options): adds the generated methods."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots)

    if cls is None:
        return wrap
    return wrap(cls)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    if isinstance(obj, type):
        cls = obj
    else:
        cls = type(obj)
    return hasattr(cls, "__dataclass_fields__")


def fields(class_or_instance):
    """The Field objects of a dataclass or instance (not ClassVars or InitVars)."""
    try:
        all_fields = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in all_fields.values() if f._field_type == _FIELD)


def _deep_copy(obj):
    try:
        import copy
    except ImportError:
        return obj
    return copy.deepcopy(obj)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append((f.name, _asdict_inner(getattr(obj, f.name), dict_factory)))
        return dict_factory(result)
    if hasattr(obj, "_fields") and hasattr(obj, "_asdict"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _deep_copy(obj)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursing into
    dataclasses, lists, tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append(_astuple_inner(getattr(obj, f.name), tuple_factory))
        return tuple_factory(result)
    if hasattr(obj, "_fields") and hasattr(obj, "_asdict"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _deep_copy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def replace(obj, **changes):
    """A new instance like obj with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type == _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be "
                                 "specified with replace()" % f.name)
            continue
        if f.name not in changes:
            if f._field_type == _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % f.name)
            changes[f.name] = getattr(obj, f.name)
    return type(obj)(**changes)
