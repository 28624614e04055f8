//! Functions and objects implemented in Rust: built-in functions, methods
//! of built-in types, and the objects of built-in modules.

use std::any::Any;
use std::sync::Arc;

use crate::vm::objects::exceptions::{type_error, PyResult};
use crate::vm::objects::types::TypeObject;
use crate::vm::value::Value;
use crate::vm::Vm;

/// The calling convention of every Rust-implemented callable. `Args` is
/// four words, so it goes by reference: passed by value, the caller wrote
/// it as four 8-byte stores and the callee copied it with two 16-byte
/// loads, a store-forwarding stall on every built-in call.
pub type NativeFn = fn(&mut Vm, &Args) -> PyResult<Value>;

/// A built-in function or method. Methods receive their object as the
/// first positional argument.
pub struct BuiltinFunction {
    pub name: &'static str,
    pub func: NativeFn,
}

/// A built-in method attached to its object (`xs.append` without a call).
pub struct BoundMethod {
    pub receiver: Value,
    pub func: &'static BuiltinFunction,
}

/// An object of a built-in module that Rust implements (a lock, a thread).
#[allow(clippy::len_without_is_empty)] // truth is `len() != 0`
pub trait NativeObject: Send + Sync {
    fn type_object(&self) -> Arc<TypeObject>;
    /// A method by name, called with the object as first argument.
    fn method(&self, name: &str) -> Option<&'static BuiltinFunction>;
    /// A data attribute by name.
    fn attribute(&self, _name: &str) -> Option<Value> {
        None
    }
    /// A data attribute as the thread running `vm` sees it (`threading.local`
    /// keeps one set per thread). `Ok(None)`: no such data attribute, look
    /// for a method. Attribute loads go through this; by default it is
    /// `attribute`.
    fn attribute_for(&self, _vm: &Vm, name: &str) -> PyResult<Option<Value>> {
        Ok(self.attribute(name))
    }
    /// `obj.name = value`; read-only unless the object says otherwise.
    fn set_attribute(&self, _vm: &mut Vm, name: &str, _value: Value) -> PyResult<()> {
        Err(crate::vm::objects::exceptions::attribute_error(format!(
            "'{}' object has no attribute '{}'",
            self.type_object().name,
            name
        )))
    }
    /// `del obj.name`; refused unless the object says otherwise.
    fn delete_attribute(&self, _vm: &mut Vm, name: &str) -> PyResult<()> {
        Err(crate::vm::objects::exceptions::attribute_error(format!(
            "'{}' object attribute '{}' is read-only",
            self.type_object().name,
            name
        )))
    }
    /// Calling the object (`functools.partial(f, 1)(2)`); `None` when it
    /// is not callable.
    fn call(&self, _vm: &mut Vm, _args: &Args) -> Option<PyResult<Value>> {
        None
    }
    /// `len(obj)`, for an object that is a container. (Truth is `len`
    /// != 0; there is no separate emptiness test.)
    fn len(&self) -> Option<usize> {
        None
    }
    /// `item in obj`.
    fn contains(&self, _item: &Value) -> Option<PyResult<bool>> {
        None
    }
    /// The items `iter(obj)` walks, copied when the iteration starts.
    fn items(&self) -> Option<Vec<Value>> {
        None
    }
    /// Whether the object is a mapping (keys, and an item per key), as
    /// an instance's `__dict__` is: `dict.update`, `%(name)s` and `**`
    /// read it as one.
    fn is_mapping(&self) -> bool {
        false
    }
    /// `obj[key]`.
    fn get_item(&self, _key: &Value) -> Option<PyResult<Value>> {
        None
    }
    /// `obj[key] = value`.
    fn set_item(&self, _key: &Value, _value: Value) -> Option<PyResult<()>> {
        None
    }
    /// The tuple this object stands for, when it is a named tuple
    /// (`sys.version_info`): it then orders and compares as that tuple.
    fn as_tuple(&self) -> Option<Value> {
        None
    }
    /// `obj == other`, for an object that compares by value. `other` is
    /// any value; `None` means identity decides.
    fn equals(&self, _other: &Value) -> Option<PyResult<bool>> {
        None
    }
    /// For a container whose repr lists its items (`deque([1, 2])`): the
    /// text before the items, the items, and the text after, so that the
    /// items' own reprs (a user class's `__repr__`) can run.
    fn repr_items(&self) -> Option<(String, Vec<Value>, String)> {
        None
    }
    fn repr(&self) -> String;
    /// The repr of an instance of a class derived from the object's type
    /// (`class Worker(Thread)`) that carries this object.
    fn repr_as(&self, _class_name: &str) -> String {
        self.repr()
    }
    fn as_any(&self) -> &dyn Any;
}

/// The arguments of a call: positional values, then keyword values whose
/// names are in `kwnames` (one name per trailing value).
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub values: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(values: &'a [Value]) -> Args<'a> {
        Args {
            values,
            kwnames: &[],
        }
    }

    pub fn positional(&self) -> &'a [Value] {
        &self.values[..self.values.len() - self.kwnames.len()]
    }

    pub fn keywords(&self) -> impl Iterator<Item = (&'a str, &'a Value)> {
        let kw_values = &self.values[self.values.len() - self.kwnames.len()..];
        self.kwnames
            .iter()
            .zip(kw_values)
            .map(|(n, v)| (n.as_str().unwrap_or_default(), v))
    }

    pub fn has_keywords(&self) -> bool {
        !self.kwnames.is_empty()
    }

    /// Checks a positional-only signature: between `min` and `max`
    /// arguments and no keywords. Inlined, with the messages out of line:
    /// every call of `len` or `str` goes through here.
    #[inline(always)]
    pub fn exact(&self, fname: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
        let n = self.values.len();
        if self.has_keywords() || n < min || n > max {
            return Err(self.arity_error(fname, min, max));
        }
        Ok(self.values)
    }

    #[cold]
    #[inline(never)]
    fn arity_error(
        &self,
        fname: &str,
        min: usize,
        max: usize,
    ) -> crate::vm::objects::exceptions::PyErr {
        if self.has_keywords() {
            return type_error(format!("{fname}() takes no keyword arguments"));
        }
        let n = self.values.len();
        {
            let msg = if min == max {
                match min {
                    0 => format!("{fname}() takes no arguments ({n} given)"),
                    1 => format!("{fname}() takes exactly one argument ({n} given)"),
                    _ => format!("{fname} expected {min} arguments, got {n}"),
                }
            } else if n < min {
                format!(
                    "{fname} expected at least {min} argument{}, got {n}",
                    if min == 1 { "" } else { "s" }
                )
            } else {
                format!(
                    "{fname} expected at most {max} argument{}, got {n}",
                    if max == 1 { "" } else { "s" }
                )
            };
            type_error(msg)
        }
    }

    /// Binds arguments to named parameters, positionally then by keyword.
    /// The first `required` parameters must be given.
    pub fn bind<const N: usize>(
        &self,
        fname: &str,
        names: [&str; N],
        required: usize,
    ) -> PyResult<[Option<Value>; N]> {
        let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
        let pos = self.positional();
        if pos.len() > N {
            return Err(type_error(format!(
                "{fname}() takes at most {N} argument{} ({} given)",
                if N == 1 { "" } else { "s" },
                pos.len()
            )));
        }
        for (slot, v) in out.iter_mut().zip(pos) {
            *slot = Some(v.clone());
        }
        for (name, v) in self.keywords() {
            match names.iter().position(|n| *n == name) {
                Some(i) if out[i].is_some() => {
                    return Err(type_error(format!(
                        "{fname}() got multiple values for argument '{name}'"
                    )))
                }
                Some(i) => out[i] = Some(v.clone()),
                None => {
                    return Err(type_error(format!(
                        "{fname}() got an unexpected keyword argument '{name}'"
                    )))
                }
            }
        }
        for (i, name) in names.iter().enumerate().take(required) {
            if out[i].is_none() {
                return Err(type_error(format!(
                    "{fname}() missing required argument '{name}' (pos {})",
                    i + 1
                )));
            }
        }
        Ok(out)
    }
}

/// Declares a `static` BuiltinFunction.
#[macro_export]
macro_rules! builtin {
    ($static_name:ident, $py_name:literal, $func:expr) => {
        pub static $static_name: $crate::vm::native::BuiltinFunction =
            $crate::vm::native::BuiltinFunction {
                name: $py_name,
                func: $func,
            };
    };
}
