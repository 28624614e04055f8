//! Python functions.

use std::sync::Arc;

use crate::vm::code::Code;
use crate::vm::objects::module::Globals;
use crate::vm::value::Value;

/// A user-defined function: code plus its defaults and module globals.
pub struct Function {
    pub code: Arc<Code>,
    pub defaults: Box<[Value]>,
    pub globals: Arc<Globals>,
}

impl Function {
    pub fn name(&self) -> &str {
        &self.code.name
    }
}
