"""typing: the names typed scripts use, as run-time objects that print and
compare like CPython's (typing.Optional[int], typing.List[int], ~T).
Annotations are only stored; the one check at run time is isinstance()
with a @runtime_checkable Protocol, as in CPython."""

import abc
import collections

try:
    import collections.abc as _abc
except ImportError:
    _abc = None

TYPE_CHECKING = False

_NoneType = type(None)


def _function_example():
    pass


_FunctionType = type(_function_example)


def _type_repr(obj):
    """How a type argument shows inside typing.X[...]: builtins by name,
    other classes as module.qualname, ... as '...', others by repr."""
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if obj is ...:
        return "..."
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


def _type_convert(arg):
    """None stands for NoneType, a string for a forward reference."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _type_check(arg, msg):
    """Checks that arg can be a type argument and returns it converted."""
    arg = _type_convert(arg)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in (Generic, Protocol):
        raise TypeError("%s is not valid as type argument" % (arg,))
    if arg in (Any, NoReturn, Never, Self, LiteralString, TypeAlias):
        return arg
    if isinstance(arg, _SpecialForm) or arg is Generic or arg is Protocol:
        raise TypeError("Plain %s is not valid as type argument" % (arg,))
    if type(arg) is tuple:
        raise TypeError("%s Got %.100r." % (msg, arg))
    return arg


def _collect_parameters(args):
    """The type variables in args, in order of first appearance."""
    parameters = []
    for t in args:
        if isinstance(t, type):
            pass
        elif isinstance(t, TypeVar):
            if t not in parameters:
                parameters.append(t)
        else:
            for x in getattr(t, "__parameters__", ()):
                if x not in parameters:
                    parameters.append(x)
    return tuple(parameters)


def _check_generic(cls, parameters, elen):
    if not elen:
        raise TypeError("%s is not a generic class" % (cls,))
    alen = len(parameters)
    if alen != elen:
        if alen > elen:
            which = "many"
        else:
            which = "few"
        raise TypeError("Too %s arguments for %s; actual %d, expected %d" % (which, cls, alen, elen))


def _substitute(arg, subst):
    """arg with the type variables of subst replaced."""
    if isinstance(arg, TypeVar):
        return subst.get(arg, arg)
    params = getattr(arg, "__parameters__", ())
    if params and not isinstance(arg, type):
        return arg[tuple(subst.get(p, p) for p in params)]
    return arg


# --- special forms: Any, Union, Optional, ClassVar, ... ----------------------

class _SpecialForm:
    """A name like typing.Union or typing.Any; subscripting it calls getitem."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError("%s is not subscriptable" % (self,))
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError("Cannot instantiate %r" % (self,))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % (self,))

    def __instancecheck__(self, obj):
        raise TypeError("%s cannot be used with isinstance()" % (self,))

    def __subclasscheck__(self, cls):
        raise TypeError("%s cannot be used with issubclass()" % (self,))


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    flat = []
    for p in parameters:
        p = _type_check(p, msg)
        if isinstance(p, _UnionGenericAlias):
            members = p.__args__
        else:
            members = (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(self, tuple(flat))


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, "%s requires a single type." % (self,))
    return Union[arg, _NoneType]


def _one_type_getitem(self, parameters):
    item = _type_check(parameters, "%s accepts only single type." % (self._name,))
    return _GenericAlias(self, (item,))


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    values = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            members = p.__args__
        else:
            members = (p,)
        for m in members:
            if not any(m == v and type(m) is type(v) for v in values):
                values.append(m)
    return _LiteralGenericAlias(self, tuple(values))


def _concatenate_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters)


class _AnyForm(_SpecialForm):
    def __call__(self, *args, **kwds):
        raise TypeError("Any cannot be instantiated")


Any = _AnyForm("Any")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")
Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
ClassVar = _SpecialForm("ClassVar", _one_type_getitem)
Final = _SpecialForm("Final", _one_type_getitem)
TypeGuard = _SpecialForm("TypeGuard", _one_type_getitem)
Required = _SpecialForm("Required", _one_type_getitem)
NotRequired = _SpecialForm("NotRequired", _one_type_getitem)
Literal = _SpecialForm("Literal", _literal_getitem)
Concatenate = _SpecialForm("Concatenate", _concatenate_getitem)


class ForwardRef:
    """A type given as a string, kept unevaluated."""

    def __init__(self, arg, is_argument=True, module=None, is_class=False):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got %r" % (arg,))
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        return "ForwardRef(%r)" % (self.__forward_arg__,)


class TypeVar:
    """A type variable: T = TypeVar("T") prints as ~T."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        if bound is not None:
            self.__bound__ = _type_check(bound, "Bound must be a type.")
        else:
            self.__bound__ = None

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


try:
    AnyStr = TypeVar("AnyStr", bytes, str)
except NameError:
    # gilvm has no bytes type yet.
    pass


# --- generic aliases: List[int], Dict[str, int], Stack[int], ... -------------

class _GenericAlias:
    """A subscripted generic: origin[args]. Calling it makes an origin."""

    def __init__(self, origin, args, inst=True, name=None):
        if not isinstance(args, tuple):
            args = (args,)
        self._inst = inst
        self._name = name
        self.__origin__ = origin
        self.__args__ = tuple(_type_convert(a) if a is not ... else ... for a in args)
        self.__parameters__ = _collect_parameters(args)

    def copy_with(self, args):
        return _GenericAlias(self.__origin__, args, inst=self._inst, name=self._name)

    def _origin_repr(self):
        if self._name:
            return "typing." + self._name
        return _type_repr(self.__origin__)

    def __repr__(self):
        if self.__args__:
            args = ", ".join(_type_repr(a) for a in self.__args__)
        else:
            args = "()"
        return "%s[%s]" % (self._origin_repr(), args)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, args):
        if self.__origin__ is Generic or self.__origin__ is Protocol:
            raise TypeError("Cannot subscript already-subscripted %s" % (self,))
        if not self.__parameters__:
            raise TypeError("%s is not a generic class" % (self,))
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(a) for a in args)
        _check_generic(self, args, len(self.__parameters__))
        subst = dict(zip(self.__parameters__, args))
        return self.copy_with(tuple(_substitute(a, subst) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead" % (
                self._name, self.__origin__.__name__.lower()))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        if self.__origin__ is Generic:
            # Generic[...] drops out when another generic base follows.
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _GenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _UnionGenericAlias(_GenericAlias):
    """Union[X, Y]: equal to any Union of the same members, in any order."""

    def copy_with(self, args):
        return Union[args]

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return "typing.Optional[%s]" % _type_repr(args[1])
            if args[1] is _NoneType:
                return "typing.Optional[%s]" % _type_repr(args[0])
        return "typing.Union[%s]" % ", ".join(_type_repr(a) for a in args)

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, _GenericAlias) or not isinstance(arg, type):
                raise TypeError("Subscripted generics cannot be used with class and instance checks")
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False


class _LiteralGenericAlias(_GenericAlias):
    """Literal[1, "a"]: the values themselves are the arguments."""

    def __init__(self, origin, args):
        _GenericAlias.__init__(self, origin, ())
        self.__args__ = args

    def copy_with(self, args):
        return Literal[args]

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set((v, type(v)) for v in self.__args__) == set((v, type(v)) for v in other.__args__)

    def __hash__(self):
        return hash(frozenset((v, type(v)) for v in self.__args__))


class _CallableGenericAlias(_GenericAlias):
    """Callable[[int], str]: __args__ is the argument types then the result."""

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name=self._name)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return "%s[..., %s]" % (self._origin_repr(), _type_repr(args[1]))
        return "%s[[%s], %s]" % (self._origin_repr(),
                                  ", ".join(_type_repr(a) for a in args[:-1]),
                                  _type_repr(args[-1]))


class _SpecialGenericAlias:
    """A bare typing name like List: an alias of list waiting for arguments."""

    def __init__(self, origin, nparams, inst=True, name=None):
        if name is None:
            name = origin.__name__
        self._name = name
        self._nparams = nparams
        self._inst = inst
        self.__origin__ = origin

    def __repr__(self):
        return "typing." + self._name

    def _make(self, params):
        return _GenericAlias(self.__origin__, params, inst=self._inst, name=self._name)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        _check_generic(self, params, self._nparams)
        return self._make(params)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead" % (
                self._name, self.__origin__.__name__.lower()))
        return self.__origin__(*args, **kwargs)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if isinstance(cls, _GenericAlias):
            raise TypeError("Subscripted generics cannot be used with class and instance checks")
        return issubclass(cls, self.__origin__)


class _CallableType(_SpecialGenericAlias):
    """typing.Callable: Callable[[args...], result] or Callable[..., result]."""

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is ...:
            params = (..., result)
        elif isinstance(args, (list, tuple)):
            params = tuple(args) + (result,)
        else:
            params = (args, result)
        msg = "Callable[[arg, ...], result]: each arg must be a type."
        params = tuple(p if p is ... else _type_check(p, msg) for p in params)
        return _CallableGenericAlias(self.__origin__, params, name=self._name)


class _TupleType(_SpecialGenericAlias):
    """typing.Tuple: Tuple[int, str], Tuple[int, ...] or Tuple[()]."""

    def __getitem__(self, params):
        if params == ():
            return self._make(())
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return self._make(params + (...,))
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        params = tuple(_type_check(p, msg) for p in params)
        return self._make(params)


# The collections.abc classes the aliases stand for; until gilvm has
# collections.abc, these stand-ins carry the names.
if _abc is None:
    class Hashable:
        __module__ = "collections.abc"

    class Awaitable:
        __module__ = "collections.abc"

    class Coroutine:
        __module__ = "collections.abc"

    class AsyncIterable:
        __module__ = "collections.abc"

    class AsyncIterator:
        __module__ = "collections.abc"

    class AsyncGenerator:
        __module__ = "collections.abc"

    class Iterable:
        __module__ = "collections.abc"

    class Iterator:
        __module__ = "collections.abc"

    class Generator:
        __module__ = "collections.abc"

    class Reversible:
        __module__ = "collections.abc"

    class Sized:
        __module__ = "collections.abc"

    class Container:
        __module__ = "collections.abc"

    class Collection:
        __module__ = "collections.abc"

    class Callable:
        __module__ = "collections.abc"

    class Set:
        __module__ = "collections.abc"

    class MutableSet:
        __module__ = "collections.abc"

    class Mapping:
        __module__ = "collections.abc"

    class MutableMapping:
        __module__ = "collections.abc"

    class Sequence:
        __module__ = "collections.abc"

    class MutableSequence:
        __module__ = "collections.abc"

    class ByteString:
        __module__ = "collections.abc"

    class MappingView:
        __module__ = "collections.abc"

    class KeysView:
        __module__ = "collections.abc"

    class ItemsView:
        __module__ = "collections.abc"

    class ValuesView:
        __module__ = "collections.abc"

    class _AbcNames:
        pass

    _abc = _AbcNames()
    _abc.Hashable = Hashable
    _abc.Awaitable = Awaitable
    _abc.Coroutine = Coroutine
    _abc.AsyncIterable = AsyncIterable
    _abc.AsyncIterator = AsyncIterator
    _abc.AsyncGenerator = AsyncGenerator
    _abc.Iterable = Iterable
    _abc.Iterator = Iterator
    _abc.Generator = Generator
    _abc.Reversible = Reversible
    _abc.Sized = Sized
    _abc.Container = Container
    _abc.Collection = Collection
    _abc.Callable = Callable
    _abc.Set = Set
    _abc.MutableSet = MutableSet
    _abc.Mapping = Mapping
    _abc.MutableMapping = MutableMapping
    _abc.Sequence = Sequence
    _abc.MutableSequence = MutableSequence
    _abc.ByteString = ByteString
    _abc.MappingView = MappingView
    _abc.KeysView = KeysView
    _abc.ItemsView = ItemsView
    _abc.ValuesView = ValuesView

Hashable = _SpecialGenericAlias(_abc.Hashable, 0)
Sized = _SpecialGenericAlias(_abc.Sized, 0)
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1)
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3)
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1)
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1)
Iterable = _SpecialGenericAlias(_abc.Iterable, 1)
Iterator = _SpecialGenericAlias(_abc.Iterator, 1)
Reversible = _SpecialGenericAlias(_abc.Reversible, 1)
Container = _SpecialGenericAlias(_abc.Container, 1)
Collection = _SpecialGenericAlias(_abc.Collection, 1)
Callable = _CallableType(_abc.Callable, 2)
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, name="AbstractSet")
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1)
Mapping = _SpecialGenericAlias(_abc.Mapping, 2)
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2)
Sequence = _SpecialGenericAlias(_abc.Sequence, 1)
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1)
ByteString = _SpecialGenericAlias(_abc.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name="Tuple")
List = _SpecialGenericAlias(list, 1, inst=False, name="List")
Set = _SpecialGenericAlias(set, 1, inst=False, name="Set")
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name="FrozenSet")
MappingView = _SpecialGenericAlias(_abc.MappingView, 1)
KeysView = _SpecialGenericAlias(_abc.KeysView, 1)
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2)
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1)
Dict = _SpecialGenericAlias(dict, 2, inst=False, name="Dict")
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, name="DefaultDict")
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2)
Counter = _SpecialGenericAlias(collections.Counter, 1)
Generator = _SpecialGenericAlias(_abc.Generator, 3)
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2)
Type = _SpecialGenericAlias(type, 1, name="Type")
if hasattr(collections, "deque"):
    Deque = _SpecialGenericAlias(collections.deque, 1, name="Deque")
Text = str


# --- Generic and Protocol ---------------------------------------------------

def _generic_class_getitem(cls, params):
    """Generic[T], Protocol[T] and C[int] for a generic class C."""
    if not isinstance(params, tuple):
        params = (params,)
    params = tuple(_type_convert(p) for p in params)
    if cls is Generic or cls is Protocol:
        if not params:
            raise TypeError("Parameter list to %s[...] cannot be empty" % cls.__qualname__)
        for p in params:
            if not isinstance(p, TypeVar):
                raise TypeError("Parameters to %s[...] must all be type variables "
                                "or parameter specification variables." % cls.__name__)
        if len(set(params)) != len(params):
            raise TypeError("Parameters to %s[...] must all be unique" % cls.__name__)
    else:
        _check_generic(cls, params, len(getattr(cls, "__parameters__", ())))
    return _GenericAlias(cls, params)


def _is_marker(base, marker):
    """base is marker (Generic or Protocol) itself or marker[...]."""
    return base is marker or (isinstance(base, _GenericAlias) and base.__origin__ is marker)


def _init_generic_subclass(cls):
    """What creating a subclass of Generic does: cls.__parameters__ are the
    type variables of its generic bases, checked against Generic[...]."""
    tvars = []
    if "__orig_bases__" in cls.__dict__:
        orig_bases = cls.__dict__["__orig_bases__"]
        if Generic in orig_bases:
            raise TypeError("Cannot inherit from plain Generic")
        tvars = _collect_parameters(orig_bases)
        gvars = None
        for base in orig_bases:
            if isinstance(base, _GenericAlias) and (base.__origin__ is Generic
                                                    or base.__origin__ is Protocol):
                if gvars is not None:
                    raise TypeError("Cannot inherit from Generic[...] multiple times.")
                gvars = base.__parameters__
        if gvars is not None:
            missing = [t for t in tvars if t not in gvars]
            if missing:
                raise TypeError("Some type variables (%s) are not listed in Generic[%s]" % (
                    ", ".join(str(t) for t in missing), ", ".join(str(g) for g in gvars)))
            tvars = gvars
    elif Generic in cls.__bases__ and cls.__name__ != "Protocol":
        raise TypeError("Cannot inherit from plain Generic")
    cls.__parameters__ = tuple(tvars)
    if tvars and Generic not in cls.__mro__:
        # gilvm has single inheritance: Generic[T] beside another base
        # (class Repo(ABC, Generic[T])) is left out of the bases, so the
        # class gets Generic's subscription itself.
        cls.__class_getitem__ = Generic.__dict__["__class_getitem__"]


def _init_dropped_generic(cls):
    """For a class whose Generic[...] base gilvm left out (see above):
    called for each new class by the library hook that does run instead,
    abc.ABCMeta's or NamedTuple's."""
    if Generic in cls.__mro__:
        return
    orig_bases = cls.__dict__.get("__orig_bases__", ())
    if (any(isinstance(b, _GenericAlias) for b in orig_bases)
            or getattr(cls, "__parameters__", None) is not None):
        _init_generic_subclass(cls)


abc._generic_hook = _init_dropped_generic


class Generic:
    """Base of user generic classes: class Stack(Generic[T]) makes Stack[int]
    possible, through __class_getitem__, __mro_entries__/__orig_bases__ and
    __init_subclass__ as in CPython."""

    @classmethod
    def __class_getitem__(cls, params):
        return _generic_class_getitem(cls, params)

    @classmethod
    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        _init_generic_subclass(cls)


# What a class body has that is not part of the protocol it defines.
_PROTOCOL_SKIP = frozenset([
    "__abstractmethods__", "__annotations__", "__weakref__", "_is_protocol",
    "_is_runtime_protocol", "__dict__", "__args__", "__slots__", "__next_in_mro__",
    "__parameters__", "__origin__", "__orig_bases__", "__extra__", "__tree_hash__",
    "__doc__", "__subclasshook__", "__init__", "__new__", "__module__", "__qualname__",
    "_MutableMapping__marker", "_gorg", "__class_getitem__", "__init_subclass__",
])


def _protocol_attrs(cls):
    """The names a protocol class asks for: the attributes and annotations
    of the protocol classes in its MRO."""
    attrs = []
    for base in cls.__mro__:
        if base is Protocol or base is Generic or base is object:
            continue
        names = list(base.__dict__) + list(base.__dict__.get("__annotations__", {}))
        for name in names:
            if not name.startswith("_abc_") and name not in _PROTOCOL_SKIP and name not in attrs:
                attrs.append(name)
    return attrs


class _ProtocolMeta(abc.ABCMeta):
    """The metaclass of Protocol: isinstance() with a @runtime_checkable
    protocol checks that the object has the protocol's attributes."""

    def __instancecheck__(cls, instance):
        if cls._is_protocol and not getattr(cls, "_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        if issubclass(type(instance), cls):
            return True
        if cls._is_protocol:
            for attr in _protocol_attrs(cls):
                if not hasattr(instance, attr):
                    break
                if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                    break
            else:
                return True
        return abc.ABCMeta.__instancecheck__(cls, instance)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base of structural types; a protocol class cannot be instantiated."""

    _is_protocol = True

    @classmethod
    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            bases = cls.__dict__.get("__orig_bases__", cls.__bases__)
            cls._is_protocol = any(_is_marker(b, Protocol) for b in bases)
        if cls._is_protocol:
            for base in cls.__bases__:
                if not (base is object or base is Generic
                        or base.__dict__.get("_is_protocol", False)):
                    raise TypeError("Protocols can only inherit from other protocols, got %r"
                                    % (base,))

    def __init__(self, *args, **kwargs):
        cls = type(self)
        if cls._is_protocol:
            raise TypeError("Protocols cannot be instantiated")
        if args or kwargs:
            raise TypeError("%s() takes no arguments" % cls.__name__)


def runtime_checkable(cls):
    """Marks a protocol class as usable with isinstance()."""
    if not getattr(cls, "_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, got %r" % (cls,))
    cls._is_runtime_protocol = True
    return cls


# --- NamedTuple and TypedDict -----------------------------------------------

_NAMEDTUPLE_PROHIBITED = frozenset(["__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                                     "_field_defaults", "_make", "_replace", "_asdict", "_source"])


def NamedTuple(typename, fields=None, /, **kwargs):
    """A namedtuple class with typed fields: NamedTuple("Point", [("x", int)]),
    or as a base: class Point(NamedTuple): x: int; y: int = 0."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    types = {}
    for name, tp in fields:
        types[name] = _type_check(tp, "field %s annotation must be a type" % name)
    names = collections._check_names(typename, list(types), False)
    cls = collections._make_record_class(typename, names, {}, collections._caller_module(1))
    cls.__annotations__ = types
    return cls


def _namedtuple_mro_entries(bases):
    # class Point(NamedTuple) derives from the record base instead, whose
    # __init_subclass__ hands the class to _setup_namedtuple_class.
    return (collections._TupleRecord,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


def _setup_namedtuple_class(cls):
    """Turns the class statement `class cls(NamedTuple)` into a record
    class: the annotations give the fields, their values the defaults."""
    own = dict(cls.__dict__)
    annotations = own.get("__annotations__", {})
    types = {}
    defaults = {}
    for name in annotations:
        types[name] = _type_check(annotations[name], "field %s annotation must be a type" % name)
        if name in own:
            defaults[name] = own[name]
        elif defaults:
            names = list(defaults)
            if len(names) > 1:
                plural = "s"
            else:
                plural = ""
            raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                            % (name, plural, ", ".join(names)))
    for name in own:
        if name in _NAMEDTUPLE_PROHIBITED:
            raise AttributeError("Cannot overwrite NamedTuple attribute " + name)
    fields = collections._check_names(cls.__name__, list(types), False)
    namespace = collections._record_namespace(cls.__name__, fields, defaults)
    for name in namespace:
        if name == "__doc__":
            if own.get("__doc__") is None:
                cls.__doc__ = namespace[name]
        elif name in fields or name not in own:
            setattr(cls, name, namespace[name])
    cls.__annotations__ = types
    collections._RECORD_CLASSES.add(cls)
    _init_dropped_generic(cls)


collections._RECORD_SETUPS[NamedTuple] = _setup_namedtuple_class


class TypedDict:
    """class Movie(TypedDict): name: str -- instances are plain dicts."""

    def __init__(self, *args, **kwargs):
        raise TypeError("TypedDict classes cannot be instantiated by gilvm yet: use a dict")


# --- functions --------------------------------------------------------------

def cast(typ, val):
    """Returns val unchanged: cast only informs the type checker."""
    return val


def assert_type(val, typ):
    return val


def reveal_type(obj):
    return obj


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """The @overload variants of a function; calling one is an error."""
    return _overload_dummy


def final(f):
    """Marks a method or class final (for type checkers)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def get_origin(tp):
    """List[int] -> list, Union[int, str] -> Union, otherwise None."""
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """The arguments of a subscripted alias, Callable's as [args], result."""
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if len(args) == 2 and args[0] is ...:
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of obj (a class's merged along its MRO), with None
    as NoneType. String annotations stay ForwardRefs: gilvm has no eval."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            for name, value in base.__dict__.get("__annotations__", {}).items():
                hints[name] = _type_convert(value)
        return hints
    for name, value in getattr(obj, "__annotations__", {}).items():
        hints[name] = _type_convert(value)
    return hints


def NewType(name, tp):
    """A distinct name for tp; calling it returns its argument."""
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type
