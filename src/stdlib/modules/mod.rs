//! Built-in modules, created on first import. There are no `.py` modules:
//! `import` only finds these.

pub mod atexit;
pub mod barrier;
pub mod collections;
pub mod frames;
pub mod functools;
pub mod interpreters;
pub mod local;
pub mod math;
pub mod math_int;
pub mod math_libm;
pub mod math_sum;
pub mod mt19937;
pub mod os;
pub mod queue;
pub mod random;
pub mod random_draws;
pub mod stdio;
pub mod sync;
pub mod sys;
pub mod task_trace;
pub mod threading;
pub mod time;
pub mod traceback;
pub mod types;

use std::collections::HashMap;
use std::sync::{Arc, LazyLock};

use parking_lot::Mutex;

use crate::bytecode::CodeObject;
use crate::diag::SourceFile;

use crate::vm::value::Value;
use crate::vm::Interpreter;

/// Where a module comes from.
pub enum Found {
    /// A module made by Rust code.
    Native(Value),
    /// A library module written in Python, compiled (or why it does not
    /// compile): its source is embedded in the binary or, for development,
    /// read from `GILVM_STDLIB_DIR`.
    Python(Result<Arc<CodeObject>, String>),
}

/// Library modules compiled so far, by name (`explore` runs a script
/// hundreds of times in one process).
static COMPILED: LazyLock<Mutex<HashMap<String, Arc<CodeObject>>>> =
    LazyLock::new(Default::default);

/// Compiles a library module's source, once per process for an embedded
/// one. The library compiles its own modules, as CPython's importlib does,
/// so the engine never calls the compiler.
fn compile_library(name: &str, source: &str, embedded: bool) -> Found {
    if embedded {
        if let Some(code) = COMPILED.lock().get(name) {
            return Found::Python(Ok(code.clone()));
        }
    }
    let file = Arc::new(SourceFile::new(format!("<stdlib>/{name}.py"), source));
    let compiled = crate::compile(&file)
        .map(|code| CodeObject::as_library(&code))
        .map_err(|d| {
            format!(
                "the library module '{name}' does not compile: {}",
                d.render(&file)
            )
        });
    if let (true, Ok(code)) = (embedded, &compiled) {
        COMPILED.lock().insert(name.to_string(), code.clone());
    }
    Found::Python(compiled)
}

/// The library modules written in Python, embedded in the binary.
const PYTHON_MODULES: &[(&str, &str)] = &[
    ("_thread", include_str!("../py/_thread.py")),
    ("abc", include_str!("../py/abc.py")),
    ("asyncio", include_str!("../py/asyncio.py")),
    ("bisect", include_str!("../py/bisect.py")),
    ("collections", include_str!("../py/collections.py")),
    ("collections.abc", include_str!("../py/collections.abc.py")),
    ("concurrent", include_str!("../py/concurrent.py")),
    (
        "concurrent.futures",
        include_str!("../py/concurrent.futures.py"),
    ),
    (
        "concurrent.interpreters",
        include_str!("../py/concurrent.interpreters.py"),
    ),
    ("contextlib", include_str!("../py/contextlib.py")),
    ("copy", include_str!("../py/copy.py")),
    ("dataclasses", include_str!("../py/dataclasses.py")),
    ("enum", include_str!("../py/enum.py")),
    ("functools", include_str!("../py/functools.py")),
    ("heapq", include_str!("../py/heapq.py")),
    ("itertools", include_str!("../py/itertools.py")),
    ("logging", include_str!("../py/logging.py")),
    ("multiprocessing", include_str!("../py/multiprocessing.py")),
    ("operator", include_str!("../py/operator.py")),
    ("os.path", include_str!("../py/os.path.py")),
    ("statistics", include_str!("../py/statistics.py")),
    ("string", include_str!("../py/string.py")),
    ("types", include_str!("../py/types.py")),
    ("typing", include_str!("../py/typing.py")),
];

/// Finds the module `name`: built in, or written in Python. With
/// `GILVM_STDLIB_DIR` set, a `NAME.py` there replaces the embedded source,
/// so the library can be worked on without rebuilding gilvm.
pub fn find(interp: &Arc<Interpreter>, name: &str) -> Option<Found> {
    if let Some(m) = create(interp, name) {
        return Some(Found::Native(m));
    }
    if let Some(dir) = std::env::var_os("GILVM_STDLIB_DIR") {
        let path = std::path::Path::new(&dir).join(format!("{name}.py"));
        if let Ok(text) = std::fs::read_to_string(path) {
            return Some(compile_library(name, &text, false));
        }
    }
    PYTHON_MODULES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, source)| compile_library(name, source, true))
}

/// Whether gilvm has a library module written in Python named `name`
/// (the submodules are all such: `collections.abc`, `concurrent.futures`).
pub fn has_module(name: &str) -> bool {
    PYTHON_MODULES.iter().any(|(n, _)| *n == name)
        || std::env::var_os("GILVM_STDLIB_DIR").is_some_and(|dir| {
            std::path::Path::new(&dir)
                .join(format!("{name}.py"))
                .is_file()
        })
}

/// Makes the built-in module `name`, if gilvm has it.
pub fn create(interp: &Arc<Interpreter>, name: &str) -> Option<Value> {
    match name {
        "sys" => Some(sys::module(interp)),
        "time" => Some(time::module()),
        "atexit" => Some(atexit::module()),
        "_interpreters" => Some(interpreters::module()),
        "threading" => Some(threading::module()),
        "queue" => Some(queue::module()),
        "_functools" => Some(functools::module()),
        "_collections" => Some(collections::module()),
        "traceback" => Some(traceback::module()),
        "os" => Some(os::module()),
        "_task_trace" => Some(task_trace::module()),
        "_types" => Some(types::module()),
        "random" => Some(random::module(interp)),
        "math" => Some(math::module()),
        _ => None,
    }
}

/// Modules of CPython's standard library that gilvm does not have yet:
/// importing one says so, instead of a bare "No module named".
const NOT_YET: &[&str] = &[
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
