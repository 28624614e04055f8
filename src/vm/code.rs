//! Loaded code: a compiled `CodeObject` with what the VM adds to run it.
//!
//! The bytecode is the compiler's output and knows nothing of the VM: its
//! constants are `bytecode::Constant`s. Loading (once per run, before the
//! first instruction) turns each constant into a `Value` and resolves
//! each attribute name against the built-in types' method tables, so the
//! dispatch loop indexes instead of converting or comparing names. What
//! the VM learns while running belongs here too, never in the bytecode.

use std::sync::Arc;

use crate::bytecode::{CodeObject, Constant};
use crate::stdlib::methods::MethodsNamed;
use crate::vm::value::Value;

/// A code object ready to run.
pub struct Code {
    pub bytecode: Arc<CodeObject>,
    /// `bytecode.consts` as values.
    pub consts: Box<[Value]>,
    /// What each of `bytecode.names` means as a method of a built-in type.
    pub methods: Box<[MethodsNamed]>,
    /// The number of positional arguments that bind with no work beyond
    /// becoming the first locals (no `*args`, `**kwargs` or keyword-only
    /// parameters); `usize::MAX` when there is always more to do.
    pub exact_arity: usize,
    /// Where this code's attribute-access sites start in a thread's
    /// `Vm::sites` (see `vm::attr_cache`).
    pub site_base: usize,
    /// Marked by `types.coroutine`: a generator function whose generators
    /// may be awaited, as CPython's `CO_ITERABLE_COROUTINE` code is.
    pub iterable_coroutine: bool,
}

/// The instructions, names and spans are the bytecode's.
impl std::ops::Deref for Code {
    type Target = CodeObject;

    #[inline(always)]
    fn deref(&self) -> &CodeObject {
        &self.bytecode
    }
}

impl std::fmt::Debug for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<code {}>", self.bytecode.name)
    }
}

impl Code {
    /// Loads `code` and, through its constants, every function inside it.
    pub fn load(code: &Arc<CodeObject>) -> Arc<Code> {
        Code::load_numbered(code, &mut 0)
    }

    /// Loads `code`, numbering the attribute sites of the whole tree from
    /// `next_site` on.
    fn load_numbered(code: &Arc<CodeObject>, next_site: &mut usize) -> Arc<Code> {
        let site_base = *next_site;
        *next_site += code.names.len() * crate::vm::attr_cache::KINDS;
        Arc::new(Code {
            bytecode: code.clone(),
            consts: code.consts.iter().map(|c| value_of(c, next_site)).collect(),
            methods: code.names.iter().map(|n| MethodsNamed::new(n)).collect(),
            // A generator function's call makes a generator instead of a
            // frame: never the exact call.
            exact_arity: if code.varargs
                || code.varkeywords
                || code.kwonlyargcount > 0
                || code.is_generator
            {
                usize::MAX
            } else {
                code.argcount
            },
            site_base,
            iterable_coroutine: false,
        })
    }

    /// The same code, its generators awaitable (`types.coroutine`).
    pub fn as_iterable_coroutine(&self) -> Arc<Code> {
        Arc::new(Code {
            bytecode: self.bytecode.clone(),
            consts: self.consts.clone(),
            methods: self.methods.clone(),
            exact_arity: self.exact_arity,
            site_base: self.site_base,
            iterable_coroutine: true,
        })
    }
}

/// The value a constant stands for.
fn value_of(c: &Constant, next_site: &mut usize) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::Ellipsis => crate::vm::protocols::ELLIPSIS.clone(),
        Constant::Bool(b) => Value::bool(*b),
        Constant::Int(i) => Value::Int(*i),
        Constant::BigInt(b) => Value::BigInt(b.clone()),
        Constant::Float(x) => Value::float(*x),
        Constant::Str(s) => Value::str(&**s),
        Constant::Tuple(items) => {
            Value::tuple(items.iter().map(|c| value_of(c, next_site)).collect())
        }
        Constant::FrozenSet(items) => {
            let items = items.iter().map(|c| value_of(c, next_site)).collect();
            crate::vm::set_ops::constant_frozenset(items)
        }
        Constant::Code(inner) => Value::Code(Code::load_numbered(inner, next_site)),
    }
}
