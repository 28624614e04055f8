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

/// `gilvm dis` marks jump targets (`>>`) and, for a policy that switches
/// only at check points, the instructions where the GIL can change hands:
/// in `counter += 1` none of the four, so it is not split under cpython.
#[test]
fn the_listing_marks_jump_targets_and_switch_points() {
    let src = "counter = 0\ndef work(n):\n    global counter\n    for _ in range(n):\n        counter += 1\n";
    let source = Arc::new(SourceFile::new("race.py", src.to_string()));
    let code = gilvm::compile(&source).expect("compiles");
    let marked = code.disassemble_marked(false);
    let body: Vec<&str> = marked
        .lines()
        .skip_while(|l| !l.starts_with("== work"))
        .collect();
    let line = |needle: &str| {
        body.iter()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("no {needle}:\n{marked}"))
            .to_string()
    };
    assert!(line("FOR_ITER").starts_with(">> "), "{marked}");
    assert!(line("JUMP ").ends_with("<- switch point"), "{marked}");
    for op in [
        "LOAD_GLOBAL             0 (counter)",
        "INPLACE_OP",
        "STORE_GLOBAL",
    ] {
        assert!(!line(op).contains("switch point"), "{op}: {marked}");
    }
    // Anywhere (legacy, none): no per-instruction marks, the targets stay.
    let anywhere = code.disassemble_marked(true);
    assert!(!anywhere.contains("switch point"));
    assert!(anywhere.contains(">> "));
    insta::assert_snapshot!(marked);
}
