"""The types of built-in objects, SimpleNamespace and coroutine: the part
of CPython's types module that gilvm's language has."""

import _types

coroutine = _types.coroutine
_is_coroutine_function = _types.is_coroutine_function


def _function():
    pass


def _generator():
    yield


async def _coroutine():
    pass


class _Class:
    def _method(self):
        pass


FunctionType = type(_function)
LambdaType = FunctionType
GeneratorType = type(_generator())
_made = _coroutine()
CoroutineType = type(_made)
_made.close()
del _made
MethodType = type(_Class()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = BuiltinFunctionType
ModuleType = type(_types)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
GenericAlias = type(list[int])
UnionType = type(int | None)


class SimpleNamespace:
    """An object whose attributes are the keywords it was made with."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        for key, value in dict(mapping_or_iterable).items():
            setattr(self, key, value)
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        items = ("%s=%r" % (k, v) for k, v in self.__dict__.items())
        return "namespace(%s)" % ", ".join(items)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented
