//! Built-in modules, created on first import. There are no `.py` modules:
//! `import` only finds these.

pub mod barrier;
pub mod functools;
pub mod local;
pub mod math;
pub mod math_int;
pub mod math_libm;
pub mod math_sum;
pub mod mt19937;
pub mod queue;
pub mod random;
pub mod random_draws;
pub mod stdio;
pub mod sync;
pub mod sys;
pub mod threading;
pub mod time;

use std::sync::Arc;

use crate::vm::value::Value;
use crate::vm::Interpreter;

/// Makes the built-in module `name`, if gilvm has it.
pub fn create(interp: &Arc<Interpreter>, name: &str) -> Option<Value> {
    match name {
        "sys" => Some(sys::module(interp)),
        "time" => Some(time::module()),
        "threading" => Some(threading::module()),
        "queue" => Some(queue::module()),
        "functools" => Some(functools::module()),
        "random" => Some(random::module(interp)),
        "math" => Some(math::module()),
        _ => None,
    }
}

/// Modules of CPython's standard library that gilvm does not have yet:
/// importing one says so, instead of a bare "No module named".
const NOT_YET: &[&str] = &[
    "asyncio",
    "concurrent",
    "multiprocessing",
    "subprocess",
    "socket",
    "selectors",
    "signal",
    "json",
    "re",
    "datetime",
    "pathlib",
    "io",
    "shutil",
    "tempfile",
    "pickle",
    "struct",
    "array",
    "weakref",
    "gc",
    "inspect",
    "traceback",
    "types",
    "decimal",
    "fractions",
    "csv",
    "sqlite3",
    "urllib",
    "http",
    "unittest",
    "doctest",
    "argparse",
    "textwrap",
    "pprint",
    "timeit",
    "cProfile",
    "profile",
    "dis",
    "ctypes",
    "platform",
    "uuid",
    "hashlib",
    "secrets",
    "base64",
    "zlib",
    "glob",
    "fnmatch",
    "sched",
    "contextvars",
    "numbers",
    "warnings",
    "atexit",
    "builtins",
    "codecs",
];

/// The message of the `ModuleNotFoundError` for `import name`.
pub fn not_found_message(name: &str) -> String {
    let top = name.split('.').next().unwrap_or(name);
    if NOT_YET.contains(&top) {
        format!("the '{top}' module is not supported by gilvm yet")
    } else {
        format!("No module named '{name}'")
    }
}
