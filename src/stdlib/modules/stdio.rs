//! `sys.stdout` and `sys.stderr`: the two text streams a script can name,
//! for `print(..., file=sys.stderr)` and `sys.stdout.write(s)`.
//!
//! They write where the interpreter's output goes (`Interpreter::output`):
//! stdout as `print` does, stderr through `write_stderr`, which flushes
//! stdout first so the two stay in the order a user saw them written, and
//! which captured runs collect apart, as they collect tracebacks.

use std::any::Any;
use std::sync::{Arc, LazyLock};

use crate::builtin;
use crate::vm::native::{BuiltinFunction, NativeObject};
use crate::vm::objects::exceptions::{type_error, PyResult};
use crate::vm::objects::types::{type_name, TypeKind, TypeObject, TYPES};
use crate::vm::value::Value;
use crate::vm::Vm;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// `sys.stdout` or `sys.stderr`.
pub struct TextStream(pub Stream);

static TEXT_IO_TYPE: LazyLock<Arc<TypeObject>> = LazyLock::new(|| {
    let mut t = TypeObject::new("TextIOWrapper", Some(&TYPES.object), TypeKind::Native);
    if let Some(made) = Arc::get_mut(&mut t) {
        made.module = Some("_io");
    }
    t
});

impl TextStream {
    pub fn value(stream: Stream) -> Value {
        Value::Native(Arc::new(Box::new(TextStream(stream))))
    }

    /// The stream `v` is, if it is one of these.
    pub fn of(v: &Value) -> Option<Stream> {
        match v {
            Value::Native(n) => n.as_any().downcast_ref::<TextStream>().map(|t| t.0),
            _ => None,
        }
    }
}

impl Vm {
    /// Writes `text` to `stream` as one piece (lines of different threads
    /// never interleave mid-line).
    /// A failed write to stdout is an `OSError` (`BrokenPipeError` for a
    /// closed pipe), as in CPython; a failed one to stderr has nowhere to
    /// be reported and is dropped.
    pub fn write_stream(&mut self, stream: Stream, text: &str) -> PyResult<()> {
        match stream {
            Stream::Stdout => self.write_output(text),
            Stream::Stderr => {
                self.interp.runtime.write_stderr(text);
                Ok(())
            }
        }
    }

    pub fn flush_stream(&mut self, stream: Stream) -> PyResult<()> {
        if stream == Stream::Stdout {
            self.interp
                .runtime
                .flush_stdout()
                .map_err(|e| crate::vm::objects::exceptions::io_error(&e))?;
        }
        Ok(())
    }
}

fn this_stream(v: &[Value]) -> Stream {
    v.first().and_then(TextStream::of).unwrap_or(Stream::Stdout)
}

builtin!(WRITE, "write", |vm, a| {
    let v = a.exact("write", 2, 2)?;
    let Some(text) = v[1].as_str() else {
        return Err(type_error(format!(
            "write() argument must be str, not {}",
            type_name(&v[1])
        )));
    };
    vm.write_stream(this_stream(v), text)?;
    Ok(Value::Int(text.chars().count() as i64))
});
builtin!(FLUSH, "flush", |vm, a| {
    let v = a.exact("flush", 1, 1)?;
    vm.flush_stream(this_stream(v))?;
    Ok(Value::None)
});

impl NativeObject for TextStream {
    fn type_object(&self) -> Arc<TypeObject> {
        TEXT_IO_TYPE.clone()
    }
    fn method(&self, name: &str) -> Option<&'static BuiltinFunction> {
        match name {
            "write" => Some(&WRITE),
            "flush" => Some(&FLUSH),
            _ => None,
        }
    }
    fn attribute(&self, name: &str) -> Option<Value> {
        match name {
            "name" => Some(Value::str(self.name())),
            "encoding" => Some(Value::str("utf-8")),
            "mode" => Some(Value::str("w")),
            _ => None,
        }
    }
    fn repr(&self) -> String {
        format!(
            "<_io.TextIOWrapper name='{}' mode='w' encoding='utf-8'>",
            self.name()
        )
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl TextStream {
    fn name(&self) -> &'static str {
        match self.0 {
            Stream::Stdout => "<stdout>",
            Stream::Stderr => "<stderr>",
        }
    }
}
