//! The library: what a script reaches by name rather than by syntax.
//! Builtins (`builtins.rs`, `object_builtins.rs`), the methods of the
//! built-in types (`methods.rs`, `str_methods.rs`, `set_methods.rs`,
//! `str_format.rs`, `str_printf.rs`, with `str_classes.rs` over the
//! generated `unicode_db.rs`) and the built-in modules (`modules/`, one
//! file per module, registered in `modules/mod.rs`).
//!
//! The engine in `crate::vm` runs bytecode; this folder reaches it through
//! its native-function interface (`vm::native`: `BuiltinFunction`, `Args`,
//! `NativeObject`), its values and type objects, and the `Vm` methods that
//! call back into Python (`call_value`, `get_attr`, `get_iter`...).

pub mod builtins;
pub mod methods;
pub mod modules;
pub mod object_builtins;
pub mod set_methods;
pub mod str_classes;
pub mod str_format;
pub mod str_methods;
pub mod str_printf;
pub mod unicode_db;
