"""os.path: the path arithmetic of POSIX paths, on strings only. What
would read the disk (exists, isfile, getsize...) is refused, as the rest
of gilvm's sandboxed os is."""

sep = "/"
curdir = "."
pardir = ".."
extsep = "."


def _str(path, name):
    if not isinstance(path, str):
        raise TypeError(name + "() argument must be str, not " + type(path).__name__)
    return path


def isabs(s):
    return _str(s, "isabs").startswith("/")


def join(a, *p):
    path = _str(a, "join")
    for b in p:
        b = _str(b, "join")
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    p = _str(p, "split")
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def basename(p):
    p = _str(p, "basename")
    return p[p.rfind("/") + 1:]


def dirname(p):
    return split(p)[0]


def splitext(p):
    p = _str(p, "splitext")
    dot = p.rfind(".")
    slash = p.rfind("/")
    if dot > slash:
        i = slash + 1
        while i < dot:
            if p[i] != ".":
                return p[:dot], p[dot:]
            i += 1
    return p, ""


def normpath(path):
    path = _str(path, "normpath")
    if path == "":
        return "."
    initial = 0
    if path.startswith("/"):
        initial = 2 if path.startswith("//") and not path.startswith("///") else 1
    parts = []
    for comp in path.split("/"):
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial and not parts) or (parts and parts[-1] == ".."):
            parts.append(comp)
        elif parts:
            parts.pop()
    result = "/" * initial + "/".join(parts)
    return result or "."


def _refused(name):
    def refused(*args, **kwargs):
        raise PermissionError(
            "os.path." + name + "() is refused: gilvm runs scripts in a sandbox without files"
        )
    refused.__name__ = name
    return refused


exists = _refused("exists")
isfile = _refused("isfile")
isdir = _refused("isdir")
getsize = _refused("getsize")
getmtime = _refused("getmtime")
abspath = _refused("abspath")
realpath = _refused("realpath")
expanduser = _refused("expanduser")
