"""abc: abstract base classes. ABC computes a class's __abstractmethods__
when it is subclassed; the engine refuses to instantiate a class whose
__abstractmethods__ is not empty, as CPython's object.__new__ does."""


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


class ABCMeta:
    """The name CPython's abstract classes share as metaclass. gilvm has no
    metaclasses: derive from ABC instead."""

    def __init__(self, *args, **kwargs):
        raise TypeError("ABCMeta is a metaclass, which gilvm does not support: derive from ABC")


class ABC:
    """Derive from ABC to make a class abstract: a subclass with methods
    marked @abstractmethod that it does not override cannot be instantiated."""

    __abstractmethods__ = frozenset()

    @classmethod
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.__abstractmethods__ = frozenset()
        update_abstractmethods(cls)
        if "__orig_bases__" in cls.__dict__ or getattr(cls, "__parameters__", None) is not None:
            # class Repo(ABC, Generic[T]): gilvm keeps only one base, so
            # Generic's part is done from here.
            import typing
            typing._init_dropped_generic(cls)

    @classmethod
    def register(cls, subclass):
        """Makes subclass a virtual subclass of cls."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        if cls is ABC:
            raise TypeError("cannot register a virtual subclass of ABC itself")
        if "_abc_registry" not in cls.__dict__:
            cls._abc_registry = []
        if subclass not in cls._abc_registry:
            cls._abc_registry.append(subclass)
        return subclass


def get_cache_token():
    return 0
