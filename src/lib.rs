//! gilvm: a Python-subset interpreter whose threads share one global
//! interpreter lock, built so people can watch a GIL at work.
//!
//! The pipeline, one module per stage:
//! `syntax` (source → AST), `compile` (AST → bytecode), `bytecode` (the
//! instruction set and code objects), `vm` (the interpreter), `diag`
//! (located errors and tracebacks).

pub mod diag;
pub mod syntax;
