"""abc: abstract base classes. The metaclass ABCMeta computes a class's
__abstractmethods__ when it is created (the engine refuses to instantiate
a class whose __abstractmethods__ is not empty, as CPython's object.__new__
does), and answers isinstance() through __instancecheck__: real
subclasses, classes registered with register() and what __subclasshook__
accepts."""


def abstractmethod(funcobj):
    """Marks a method abstract: subclasses must override it."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _example(self):
    pass


# The types of property/classmethod/staticmethod objects, taken from
# instances (in gilvm those names are functions, not classes).
_property_type = type(property(_example))
_classmethod_type = type(classmethod(_example))
_staticmethod_type = type(staticmethod(_example))


def _is_abstract(value):
    """Whether a class attribute is abstract (a function, or a property,
    classmethod or staticmethod around one)."""
    if getattr(value, "__isabstractmethod__", False):
        return True
    if isinstance(value, _property_type):
        for part in (value.fget, value.fset, value.fdel):
            if getattr(part, "__isabstractmethod__", False):
                return True
        return False
    if isinstance(value, (_classmethod_type, _staticmethod_type)):
        return getattr(value.__func__, "__isabstractmethod__", False)
    return False


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__: its own abstract attributes and
    those of its bases that it does not override."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    own = cls.__dict__
    abstracts = set()
    for name in own:
        if _is_abstract(own[name]):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


# Set by typing: called with each new class, it does for a class whose
# Generic[...] base gilvm left out (class Repo(ABC, Generic[T])) what
# Generic would have done.
_generic_hook = None

# Bumped by every register(): the caches of negative answers older than
# it are stale.
_invalidation_counter = 0


class _AbcData:
    """What ABCMeta keeps for each class (CPython's _abc_impl)."""

    def __init__(self):
        self.registry = []
        self.subclasses = []
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = _invalidation_counter


def _issubclass(subclass, cls):
    """issubclass(subclass, cls), asking cls's metaclass when it is an
    ABCMeta (gilvm's issubclass() does not call __subclasscheck__)."""
    if isinstance(cls, ABCMeta):
        return type(cls).__subclasscheck__(cls, subclass)
    return issubclass(subclass, cls)


class ABCMeta(type):
    """The metaclass of abstract base classes."""

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = frozenset()
        update_abstractmethods(cls)
        cls._abc_impl = _AbcData()
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_impl.subclasses.append(cls)
        if _generic_hook is not None:
            _generic_hook(cls)

    def register(cls, subclass):
        """Makes subclass a virtual subclass of cls."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if _issubclass(subclass, cls):
            return subclass
        if _issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.append(subclass)
        _invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        return type(cls).__subclasscheck__(cls, type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_version < _invalidation_counter:
            impl.negative_cache = set()
            impl.negative_version = _invalidation_counter
        elif subclass in impl.negative_cache:
            return False
        hook = getattr(cls, "__subclasshook__", None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is not NotImplemented:
            if ok:
                impl.cache.add(subclass)
            else:
                impl.negative_cache.add(subclass)
            return bool(ok)
        if cls in subclass.__mro__:
            impl.cache.add(subclass)
            return True
        for other in impl.registry + impl.subclasses:
            if _issubclass(subclass, other):
                impl.cache.add(subclass)
                return True
        impl.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        print("Class: %s.%s" % (cls.__module__, cls.__qualname__), file=file)
        print("Inv. counter: %s" % _invalidation_counter, file=file)
        print("_abc_registry: %r" % (cls._abc_impl.registry,), file=file)

    def _abc_registry_clear(cls):
        cls._abc_impl.registry = []

    def _abc_caches_clear(cls):
        cls._abc_impl.cache = set()
        cls._abc_impl.negative_cache = set()


class ABC(metaclass=ABCMeta):
    """Derive from ABC to make a class abstract: a subclass with methods
    marked @abstractmethod that it does not override cannot be instantiated."""


def get_cache_token():
    """A number that changes whenever a class is registered."""
    return _invalidation_counter
