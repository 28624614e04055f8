//! Snapshot tests of the disassembler: `gilvm dis` listings of the small
//! scripts in `tests/dis/`. Each listing is a reviewed artefact: jump
//! targets, handler blocks and line numbers were checked by hand when the
//! snapshot was accepted, so a change here is a change in code generation
//! that deserves a second look.
//!
//! Update with `INSTA_UPDATE=always cargo test --test dis` (or
//! `cargo insta review`) and read the diff.

use std::sync::Arc;

use gilvm::diag::SourceFile;

/// Compiles `tests/dis/NAME.py` (named by its relative path, so listings do
/// not depend on where the repository lives) and returns the listing.
fn listing(name: &str) -> String {
    let rel = format!("tests/dis/{name}.py");
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(&rel);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{rel}: {e}"));
    let source = Arc::new(SourceFile::new(rel.as_str(), text));
    match gilvm::compile(&source) {
        Ok(code) => code.disassemble(),
        Err(d) => panic!("{rel} does not compile:\n{}", d.render(&source)),
    }
}

macro_rules! dis_tests {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                let disassembly = listing(stringify!($name));
                insta::assert_snapshot!(stringify!($name), disassembly);
            }
        )*
    };
}

dis_tests! {
    fib,
    comprehensions,
    generator,
    coroutine,
    async_for,
    while_loop,
    try_finally_return,
    with_stmt,
    fstring_spec,
    compare_bool,
    calls_subscript,
    set_displays,
}

/// What the fast runs execute: `tests/dis/superinstructions.py` after the
/// fusing pass (`gilvm dis --fused`). Each superinstruction must cover
/// exactly the instructions it replaces, which stay listed after it, and
/// no pattern may straddle a jump target.
#[test]
fn superinstructions_fused() {
    let rel = "tests/dis/superinstructions.py";
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{rel}: {e}"));
    let source = Arc::new(SourceFile::new(rel, text));
    let code = gilvm::compile(&source).expect("compiles");
    let fused = gilvm::bytecode::superinstructions::fuse(&code);
    insta::assert_snapshot!("superinstructions_fused", fused.disassemble());
}
