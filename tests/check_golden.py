#!/usr/bin/env python3
"""Check the golden scripts in tests/scripts against CPython (the oracle).

Usage (from the repository root):

    python3 tests/check_golden.py                 # check every tests/scripts/**/*.py
    python3 tests/check_golden.py -k dicts        # only paths containing "dicts"
    python3 tests/check_golden.py tests/scripts/arith/floor_mod.py
    python3 tests/check_golden.py --lint-only examples   # only the Core-subset lint
    python3 tests/check_golden.py --interp "target/release/gilvm run"  # check another runner

Every golden script is a plain Python 3 program. Its expected behaviour is
written in comments; the same rules are implemented by tests/common/mod.rs,
which the Rust tests tests/golden.rs and tests/differential.rs use:

    print(1 + 1)  # expect: 2
        Each `# expect:` comment (anywhere on a line) adds one expected stdout
        line: the text after the first `# expect:` minus one following space,
        if present. Nothing else is trimmed except a trailing "\\r".
        `# expect:` with nothing after it expects an empty line. All expected
        lines, in file order, must equal stdout's lines exactly. stdout is split
        on "\\n"; a final newline does not start an extra line.
    # expect-exit: 3        expected exit code (default 0)
    # expect-stderr: TEXT   stderr must contain TEXT (may be repeated)
    # args: a b c           arguments after the script path (land in sys.argv)
    # differential: skip    tests/differential.rs skips this script

Besides running each script with `python3 SCRIPT ARGS...` (cwd = repository
root, path relative as in `tests/scripts/x/y.py`), this tool lints the script
for constructs outside what gilvm supports of ../shared/language.md (Core,
plus functions and objects: async, starred targets, ...).
A script that
fails to parse is not linted (some error scripts are meant not to parse).

Exit status: 0 when every script passes, 1 otherwise.
"""

import argparse
import ast
import concurrent.futures
import os
import shlex
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIMEOUT = 20.0


class Annotations:
    def __init__(self):
        self.expects = []
        self.exit_code = 0
        self.stderr = []
        self.args = []
        self.differential_skip = False


def directive(line, name):
    """Text after `# NAME:` on this line (one following space removed), else None."""
    marker = "# " + name + ":"
    i = line.find(marker)
    if i < 0:
        return None
    rest = line[i + len(marker):]
    if rest.startswith(" "):
        rest = rest[1:]
    return rest


def parse_annotations(source):
    ann = Annotations()
    for raw in source.split("\n"):
        line = raw[:-1] if raw.endswith("\r") else raw
        text = directive(line, "expect")
        if text is not None:
            ann.expects.append(text)
            continue
        text = directive(line, "expect-exit")
        if text is not None:
            ann.exit_code = int(text.strip())
            continue
        text = directive(line, "expect-stderr")
        if text is not None:
            ann.stderr.append(text)
            continue
        text = directive(line, "args")
        if text is not None:
            ann.args.extend(text.split())
            continue
        text = directive(line, "differential")
        if text is not None and text.strip().split()[:1] == ["skip"]:
            ann.differential_skip = True
    return ann


def stdout_lines(text):
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


# --------------------------------------------------------------------------
# Core-subset lint

FORBIDDEN_NODES = {
    ast.Match: "match",
}
if hasattr(ast, "TryStar"):
    FORBIDDEN_NODES[ast.TryStar] = "except*"
FORBIDDEN_OPS = {
    ast.MatMult: "@",
}
FORBIDDEN_NAMES = {
    "open", "eval", "exec", "input", "globals", "locals",
    "bytes", "bytearray", "complex",
}
ALLOWED_MODULES = {
    "sys", "time", "threading", "queue", "functools", "random", "math",
    "collections", "collections.abc", "itertools", "logging", "dataclasses",
    "enum", "abc", "contextlib", "copy", "heapq", "bisect", "operator",
    "string", "statistics", "typing", "os", "_thread", "asyncio", "types",
    "concurrent", "concurrent.futures", "atexit", "multiprocessing",
    "concurrent.interpreters",
}


def lint(path, source):
    try:
        tree = ast.parse(source, filename=path)
    except SyntaxError:
        return []
    problems = []

    def bad(node, what):
        problems.append((node.lineno, node.col_offset + 1, what))

    for node in ast.walk(tree):
        kind = type(node)
        if FORBIDDEN_NODES.get(kind):
            bad(node, FORBIDDEN_NODES[kind])
        if isinstance(node, (ast.BinOp, ast.UnaryOp, ast.AugAssign)) and type(node.op) in FORBIDDEN_OPS:
            bad(node, "operator " + FORBIDDEN_OPS[type(node.op)])
        if isinstance(node, ast.Name) and node.id in FORBIDDEN_NAMES:
            bad(node, f"builtin {node.id}")
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name not in ALLOWED_MODULES:
                    bad(node, f"import {alias.name}")
        if isinstance(node, ast.ImportFrom) and node.module not in ALLOWED_MODULES:
            bad(node, f"from {node.module} import")
        if isinstance(node, ast.Constant) and isinstance(node.value, (bytes, complex)):
            bad(node, type(node.value).__name__ + " literal")
    return [f"{path}:{line}:{col}: not Core: {what}" for line, col, what in sorted(set(problems))]


# --------------------------------------------------------------------------
# running


def check(relpath, interp):
    with open(os.path.join(ROOT, relpath), encoding="utf-8") as f:
        source = f.read()
    ann = parse_annotations(source)
    problems = lint(relpath, source)
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONUTF8="1", PYTHONDONTWRITEBYTECODE="1")
    cmd = interp + [relpath] + ann.args
    try:
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, timeout=TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        return problems + [f"timed out after {TIMEOUT:.0f} s"]
    out = proc.stdout.decode("utf-8", "replace")
    err = proc.stderr.decode("utf-8", "replace")
    got = stdout_lines(out)
    if got != ann.expects:
        n = min(len(got), len(ann.expects))
        first = next((i for i in range(n) if got[i] != ann.expects[i]), n)
        exp_line = repr(ann.expects[first]) if first < len(ann.expects) else "<end of output>"
        got_line = repr(got[first]) if first < len(got) else "<end of output>"
        problems.append(
            f"stdout line {first + 1} differs (expected {len(ann.expects)} lines, got {len(got)})\n"
            f"    expected: {exp_line}\n"
            f"    got:      {got_line}"
        )
    if proc.returncode != ann.exit_code:
        problems.append(f"exit code: expected {ann.exit_code}, got {proc.returncode}")
    for want in ann.stderr:
        if want not in err:
            problems.append(f"stderr does not contain {want!r}")
    if problems and err.strip():
        tail = err.rstrip("\n").split("\n")[-8:]
        problems.append("stderr (tail):\n      " + "\n      ".join(tail))
    return problems


def collect(paths):
    found = []
    for p in paths:
        full = os.path.join(ROOT, p) if not os.path.isabs(p) else p
        if os.path.isdir(full):
            for dirpath, dirnames, filenames in os.walk(full):
                dirnames[:] = [d for d in dirnames if not d.startswith((".", "__"))]
                for name in filenames:
                    if name.endswith(".py"):
                        found.append(os.path.join(dirpath, name))
        else:
            found.append(full)
    rel = sorted(os.path.relpath(p, ROOT).replace(os.sep, "/") for p in found)
    return rel


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", default=["tests/scripts"])
    ap.add_argument("-k", "--filter", default="", help="only paths containing this substring")
    ap.add_argument("--lint-only", action="store_true", help="only lint, do not run")
    ap.add_argument("--interp", default=sys.executable, help="command that runs a script (default: this python)")
    opts = ap.parse_args()
    scripts = [s for s in collect(opts.paths) if opts.filter in s]
    if not scripts:
        print("no scripts found", file=sys.stderr)
        return 1
    failed = 0
    if opts.lint_only:
        for s in scripts:
            with open(os.path.join(ROOT, s), encoding="utf-8") as f:
                for p in lint(s, f.read()):
                    print(p)
                    failed += 1
        print(f"lint: {len(scripts)} files, {failed} problems")
        return 1 if failed else 0
    interp = shlex.split(opts.interp)
    if opts.interp == sys.executable:
        # Scripts marked `# differential: skip` need what CPython 3.11 does
        # not have (concurrent.interpreters is 3.14's): gilvm checks them.
        def runs_on_cpython(s):
            with open(os.path.join(ROOT, s), encoding="utf-8") as f:
                return not parse_annotations(f.read()).differential_skip
        skipped = [s for s in scripts if not runs_on_cpython(s)]
        scripts = [s for s in scripts if s not in skipped]
        if skipped:
            print(f"check_golden: {len(skipped)} marked differential: skip, not run on CPython")
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 4) as pool:
        results = list(pool.map(lambda s: (s, check(s, interp)), scripts))
    for s, problems in results:
        if problems:
            failed += 1
            print(f"FAIL {s}")
            for p in problems:
                print("  " + p)
    print(f"check_golden: {len(scripts) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
