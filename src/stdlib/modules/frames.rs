//! The objects that describe a run to the library: frames
//! (`sys._getframe`), code objects (`f_code`), tracebacks
//! (`exc.__traceback__`), and the named tuples `sys.version_info` and
//! `time.struct_time` are made of. `logging` finds its caller's line and
//! function here; `traceback` formats what these hold.

use std::any::Any;
use std::sync::{Arc, LazyLock};

use parking_lot::Mutex;

use crate::builtin;
use crate::bytecode::CodeObject;
use crate::vm::native::{BuiltinFunction, NativeObject};
use crate::vm::objects::exceptions::{value_error, PyException, PyResult};
use crate::vm::objects::types::{TypeKind, TypeObject, TYPES};
use crate::vm::repr::py_repr;
use crate::vm::value::Value;

fn native_type(name: &str) -> Arc<TypeObject> {
    TypeObject::new(name, Some(&TYPES.object), TypeKind::Native)
}

static FRAME_TYPE: LazyLock<Arc<TypeObject>> = LazyLock::new(|| native_type("frame"));
static CODE_TYPE: LazyLock<Arc<TypeObject>> = LazyLock::new(|| native_type("code"));
static TRACEBACK_TYPE: LazyLock<Arc<TypeObject>> = LazyLock::new(|| native_type("traceback"));

/// One running function as `sys._getframe` shows it: its code, the line
/// it is at, and the frame that called it.
pub struct FrameObject {
    code: Arc<CodeObject>,
    line: usize,
    back: Option<Value>,
}

impl FrameObject {
    /// `traceback.format_stack(frame)`: one entry per frame, outermost
    /// first, each `  File "...", line N, in name` and its source line.
    pub fn format_stack(&self) -> Vec<String> {
        let mut entries = Vec::new();
        let mut at = Some(self);
        while let Some(f) = at {
            let mut entry = format!(
                "  File \"{}\", line {}, in {}\n",
                f.code.source.name, f.line, f.code.name
            );
            let text = f.code.source.line_text(f.line).trim();
            if !text.is_empty() {
                entry.push_str(&format!("    {text}\n"));
            }
            entries.push(entry);
            at = match &f.back {
                Some(Value::Native(n)) => n.as_any().downcast_ref::<FrameObject>(),
                _ => None,
            };
        }
        entries.reverse();
        entries
    }
}

impl NativeObject for FrameObject {
    fn type_object(&self) -> Arc<TypeObject> {
        FRAME_TYPE.clone()
    }
    fn method(&self, _name: &str) -> Option<&'static BuiltinFunction> {
        None
    }
    fn attribute(&self, name: &str) -> Option<Value> {
        Some(match name {
            "f_lineno" => Value::Int(self.line as i64),
            "f_code" => code_value(&self.code),
            "f_back" => self.back.clone().unwrap_or(Value::None),
            _ => return None,
        })
    }
    fn repr(&self) -> String {
        format!(
            "<frame, file '{}', line {}, code {}>",
            self.code.source.name, self.line, self.code.name
        )
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A code object's name, file and first line.
pub struct CodeInfo(Arc<CodeObject>);

fn code_value(code: &Arc<CodeObject>) -> Value {
    Value::Native(Arc::new(Box::new(CodeInfo(code.clone()))))
}

impl NativeObject for CodeInfo {
    fn type_object(&self) -> Arc<TypeObject> {
        CODE_TYPE.clone()
    }
    fn method(&self, _name: &str) -> Option<&'static BuiltinFunction> {
        None
    }
    fn attribute(&self, name: &str) -> Option<Value> {
        Some(match name {
            "co_name" | "co_qualname" => Value::str(self.0.name.as_str()),
            "co_filename" => Value::str(self.0.source.name.as_str()),
            "co_firstlineno" => Value::Int(self.0.first_line as i64),
            _ => return None,
        })
    }
    fn repr(&self) -> String {
        format!(
            "<code object {}, file \"{}\", line {}>",
            self.0.name, self.0.source.name, self.0.first_line
        )
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

// `sys._getframe(depth=0)`: the frame `depth` calls up from the caller.
builtin!(GETFRAME, "_getframe", |vm, a| {
    let v = a.exact("_getframe", 0, 1)?;
    let depth = match v.first() {
        None => 0,
        Some(d) => crate::stdlib::builtins::int_arg(d)?,
    };
    let mut frames = Vec::new();
    for k in 0..vm.frames.len() {
        let f = &vm.frames[k];
        let code = crate::vm::eval::frame_func(&vm.frames, k)
            .code
            .bytecode
            .clone();
        frames.push((code, f.ip.saturating_sub(1)));
    }
    let n = frames.len() as i64;
    if depth < 0 || depth >= n {
        return Err(value_error("call stack is not deep enough"));
    }
    // Built from the outermost frame in, so each knows its caller.
    let mut back = None;
    for (code, ip) in frames.into_iter().take((n - depth) as usize) {
        let line = code.line_of(ip);
        back = Some(Value::Native(Arc::new(Box::new(FrameObject {
            code,
            line,
            back,
        }))));
    }
    Ok(back.unwrap_or(Value::None))
});

/// `exc.__traceback__`, `sys.exc_info()[2]`: where the exception went,
/// outermost frame first (`tb_next` goes inwards).
pub struct TracebackObject {
    exc: Arc<PyException>,
    /// Index into the exception's entries, counted from the outermost.
    at: usize,
}

/// The traceback of `e`, or None when it has not been raised yet.
pub fn traceback_of(e: &Arc<PyException>) -> Value {
    if e.traceback.lock().is_empty() {
        return Value::None;
    }
    Value::Native(Arc::new(Box::new(TracebackObject {
        exc: e.clone(),
        at: 0,
    })))
}

impl TracebackObject {
    /// The exception whose traceback this is.
    pub fn exception(&self) -> &Arc<PyException> {
        &self.exc
    }
}

impl NativeObject for TracebackObject {
    fn type_object(&self) -> Arc<TypeObject> {
        TRACEBACK_TYPE.clone()
    }
    fn method(&self, _name: &str) -> Option<&'static BuiltinFunction> {
        None
    }
    fn attribute(&self, name: &str) -> Option<Value> {
        let entries = self.exc.traceback.lock();
        let n = entries.len();
        // Entries are recorded innermost first.
        let entry = entries.get(n.checked_sub(self.at + 1)?)?;
        Some(match name {
            "tb_lineno" => Value::Int(entry.code.line_of(entry.ip) as i64),
            "tb_frame" => Value::Native(Arc::new(Box::new(FrameObject {
                code: entry.code.clone(),
                line: entry.code.line_of(entry.ip),
                back: None,
            }))),
            "tb_next" if self.at + 1 < n => Value::Native(Arc::new(Box::new(TracebackObject {
                exc: self.exc.clone(),
                at: self.at + 1,
            }))),
            "tb_next" => Value::None,
            _ => return None,
        })
    }
    fn repr(&self) -> String {
        "<traceback object>".into()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A tuple with names for its items (`sys.version_info`,
/// `time.struct_time`): indexes, unpacks and compares as a tuple.
pub struct NamedTuple {
    class: Arc<TypeObject>,
    /// The name in its repr (`sys.version_info`, `time.struct_time`).
    repr_name: String,
    names: Vec<&'static str>,
    values: Mutex<Vec<Value>>,
}

/// One type object per repr name, so that `type(a) is type(b)` holds.
type TypesByName = Vec<(String, Arc<TypeObject>)>;
static NAMED_TYPES: LazyLock<Mutex<TypesByName>> = LazyLock::new(Default::default);

pub fn named_tuple(repr_name: &str, fields: &[(&'static str, Value)]) -> Value {
    let class = {
        let mut types = NAMED_TYPES.lock();
        match types.iter().find(|(n, _)| n == repr_name) {
            Some((_, t)) => t.clone(),
            None => {
                let short = repr_name.rsplit('.').next().unwrap_or(repr_name);
                let t = native_type(short);
                types.push((repr_name.to_string(), t.clone()));
                t
            }
        }
    };
    Value::Native(Arc::new(Box::new(NamedTuple {
        class,
        repr_name: repr_name.to_string(),
        names: fields.iter().map(|(n, _)| *n).collect(),
        values: Mutex::new(fields.iter().map(|(_, v)| v.clone()).collect()),
    })))
}

impl NativeObject for NamedTuple {
    fn type_object(&self) -> Arc<TypeObject> {
        self.class.clone()
    }
    fn method(&self, _name: &str) -> Option<&'static BuiltinFunction> {
        None
    }
    fn attribute(&self, name: &str) -> Option<Value> {
        let i = self.names.iter().position(|n| *n == name)?;
        self.values.lock().get(i).cloned()
    }
    fn len(&self) -> Option<usize> {
        Some(self.values.lock().len())
    }
    fn items(&self) -> Option<Vec<Value>> {
        Some(self.values.lock().clone())
    }
    fn as_tuple(&self) -> Option<Value> {
        Some(Value::tuple(self.values.lock().clone()))
    }
    fn get_item(&self, key: &Value) -> Option<PyResult<Value>> {
        let t = self.as_tuple()?;
        Some(crate::vm::subscript::get_item(&t, key))
    }
    fn contains(&self, item: &Value) -> Option<PyResult<bool>> {
        Some(crate::vm::ops::contains(&self.as_tuple()?, item))
    }
    fn equals(&self, other: &Value) -> Option<PyResult<bool>> {
        let other = match other {
            Value::Native(n) => n.as_tuple()?,
            Value::Tuple(_) => other.clone(),
            _ => return Some(Ok(false)),
        };
        Some(crate::vm::ops::eq(&self.as_tuple()?, &other))
    }
    fn repr(&self) -> String {
        let values = self.values.lock();
        let fields: Vec<String> = self
            .names
            .iter()
            .zip(values.iter())
            .map(|(n, v)| format!("{n}={}", py_repr(v)))
            .collect();
        format!("{}({})", self.repr_name, fields.join(", "))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}
