//! The front end: source text to AST.
//!
//! `token` (logos) cuts raw tokens, `lexer` adds the layout (NEWLINE,
//! INDENT, DEDENT, bracket nesting) and rejects single-token unsupported
//! syntax, the lalrpop grammar in `grammar/gilvm.lalrpop` builds the AST
//! through `actions` (expressions, with a depth limit) and `stmts`
//! (statements and CPython's target/parameter checks), `strings` and
//! `fstring` decode literals, and `parser` glues them together and turns
//! every parse error into a located `Diagnostic`. `dump` renders an AST
//! compactly for tests and debugging.
//!
//! Guarantees for later passes: expression trees are at most
//! `actions::MAX_EXPR_DEPTH` (200) deep and statement nesting (blocks and
//! `elif` chains) at most `actions::MAX_BLOCK_DEPTH` (200), so recursive
//! walks over a parsed `Module` stay within a few hundred frames.

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
