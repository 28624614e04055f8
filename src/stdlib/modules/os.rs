//! The `os` module of gilvm's classroom sandbox: what is harmless (the
//! process ids, the CPU count, the path constants, reading the
//! environment) works; whatever would touch files, processes or the host
//! (`system`, `remove`, `fork`, ...) is refused with a `PermissionError`
//! that says so. `os.environ` is the run's own copy of the environment.

use std::sync::Arc;

use crate::builtin;
use crate::vm::native::BuiltinFunction;
use crate::vm::objects::dict::PyDict;
use crate::vm::objects::exceptions::{type_error, PyErr};
use crate::vm::objects::types::{type_name, TYPES};
use crate::vm::value::{Module, Value};

pub fn module() -> Value {
    let environ = PyDict::new();
    let mut vars: Vec<(String, String)> = std::env::vars().collect();
    vars.sort();
    for (k, v) in vars {
        let _ = environ.set(Value::str(k), Value::str(v));
    }
    let mut attrs = vec![
        ("getpid", Value::Builtin(&GETPID)),
        ("getppid", Value::Builtin(&GETPPID)),
        ("cpu_count", Value::Builtin(&CPU_COUNT)),
        ("getenv", Value::Builtin(&GETENV)),
        ("environ", Value::Dict(Arc::new(environ))),
        ("name", Value::str("posix")),
        ("sep", Value::str("/")),
        ("altsep", Value::None),
        ("linesep", Value::str("\n")),
        ("curdir", Value::str(".")),
        ("pardir", Value::str("..")),
        ("pathsep", Value::str(":")),
        ("extsep", Value::str(".")),
        ("devnull", Value::str("/dev/null")),
    ];
    attrs.extend(REFUSED.iter().map(|f| (f.name, Value::Builtin(f))));
    Value::Module(Arc::new(Module::new("os", attrs)))
}

// Deterministic runs print the same on every machine: the process ids
// are stand-ins there. Each interpreter of the run is a "process" of
// `multiprocessing`, so each has an id of its own (the run's plus its
// number), its parent being the main interpreter.
fn run_pid(vm: &crate::vm::Vm) -> i64 {
    if vm.interp.runtime.clock.is_virtual() {
        4242
    } else {
        std::process::id() as i64
    }
}

builtin!(GETPID, "getpid", |vm, a| {
    a.exact("getpid", 0, 0)?;
    Ok(Value::Int(run_pid(vm) + vm.interp.id as i64))
});
builtin!(GETPPID, "getppid", |vm, a| {
    a.exact("getppid", 0, 0)?;
    if vm.interp.id != 0 {
        return Ok(Value::Int(run_pid(vm)));
    }
    if vm.interp.runtime.clock.is_virtual() {
        return Ok(Value::Int(4241));
    }
    Ok(Value::Int(std::os::unix::process::parent_id() as i64))
});
builtin!(CPU_COUNT, "cpu_count", |_, a| {
    a.exact("cpu_count", 0, 0)?;
    Ok(std::thread::available_parallelism().map_or(Value::None, |n| Value::Int(n.get() as i64)))
});
builtin!(GETENV, "getenv", |vm, a| {
    let [key, default] = a.bind("getenv", ["key", "default"], 1)?;
    let key = key.unwrap_or(Value::None);
    if !key.is_str() {
        return Err(type_error(format!("str expected, not {}", type_name(&key))));
    }
    let found = match vm.interp.loaded_module("os") {
        Some(Value::Module(m)) => match m.get("environ") {
            Some(Value::Dict(d)) => d.get(&key)?,
            _ => None,
        },
        _ => None,
    };
    Ok(found.or(default).unwrap_or(Value::None))
});

/// What the sandbox refuses, one built-in per name, each saying so.
macro_rules! refused {
    ($($id:ident = $name:literal),* $(,)?) => {
        $(builtin!($id, $name, |_, _| Err(refusal($name)));)*
        static REFUSED: &[&BuiltinFunction] = &[$(&$id),*];
    };
}

fn refusal(name: &str) -> PyErr {
    PyErr::with_message(
        &TYPES.permission_error,
        format!(
            "os.{name}() is refused: gilvm runs scripts in a sandbox without files, processes or host access"
        ),
    )
}

refused! {
    SYSTEM = "system", POPEN = "popen", FORK = "fork", KILL = "kill", EXIT = "_exit",
    EXECV = "execv", EXECVP = "execvp", EXECL = "execl", SPAWNL = "spawnl",
    REMOVE = "remove", UNLINK = "unlink", RMDIR = "rmdir", REMOVEDIRS = "removedirs",
    RENAME = "rename", REPLACE = "replace", MKDIR = "mkdir", MAKEDIRS = "makedirs",
    CHDIR = "chdir", CHMOD = "chmod", CHOWN = "chown", LISTDIR = "listdir",
    SCANDIR = "scandir", WALK = "walk", STAT = "stat", GETCWD = "getcwd",
    OPEN = "open", READ = "read", WRITE = "write", CLOSE = "close", PIPE = "pipe",
    PUTENV = "putenv", UNSETENV = "unsetenv", URANDOM = "urandom", SYMLINK = "symlink",
    LINK = "link", TRUNCATE = "truncate", NICE = "nice", SETSID = "setsid",
}
