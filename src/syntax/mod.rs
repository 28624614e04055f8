//! The front end: source text to AST.
//!
//! `token` (logos) cuts raw tokens, `lexer` adds the layout (NEWLINE,
//! INDENT, DEDENT, bracket nesting), the lalrpop grammar in
//! `grammar/gilvm.lalrpop` builds the AST, and `parser` glues them together
//! and turns every parse error into a located `Diagnostic`.

pub mod actions;
pub mod ast;
pub mod dump;
pub mod fstring;
pub mod lexer;
pub mod parser;
pub mod stmts;
pub mod strings;
pub mod token;

pub use parser::parse_module;
