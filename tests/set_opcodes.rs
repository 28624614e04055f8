//! SET_ADD, which no syntax compiles to yet (set comprehensions will), run
//! on hand-edited code: a compiled `print(...)` call whose last argument
//! is added to the set below it instead of being passed.

use std::sync::Arc;

use gilvm::bytecode::{CodeObject, Op};
use gilvm::diag::SourceFile;
use gilvm::vm::{Config, Interpreter, Output};

/// Compiles `src` (one `print` call with `n` arguments), replaces its
/// `CALL n` by `SET_ADD depth; CALL n-1`, runs it: (stdout, stderr, exit).
fn run_with_set_add(src: &str, depth: u32) -> (String, String, i32) {
    let source = Arc::new(SourceFile::new("t.py", src));
    let code = gilvm::compile(&source).unwrap_or_else(|d| panic!("{}", d.render(&source)));
    let mut edited: CodeObject = (*code).clone();
    let at = edited
        .ops
        .iter()
        .position(|op| matches!(op, Op::Call(_)))
        .expect("the print call");
    let Op::Call(n) = edited.ops[at] else {
        unreachable!("found above")
    };
    edited.ops[at] = Op::SetAdd(depth);
    edited.ops.insert(at + 1, Op::Call(n - 1));
    let (span, line) = (edited.spans[at], edited.lines[at]);
    edited.spans.insert(at + 1, span);
    edited.lines.insert(at + 1, line);
    let interp = Interpreter::new(
        Config::new(vec!["t.py".into()]),
        Output::Capture(Vec::new()),
    );
    let (exit, stderr) = gilvm::run_code(&interp, Arc::new(edited));
    (
        interp.runtime.captured_stdout(),
        interp.runtime.captured_stderr() + &stderr.unwrap_or_default(),
        exit,
    )
}

#[test]
fn set_add_adds_top_of_stack_to_the_set_below_it() {
    let (out, err, exit) = run_with_set_add("print({0, 8}, 5)\n", 1);
    assert_eq!((out.as_str(), exit), ("{0, 8, 5}\n", 0), "{err}");
}

#[test]
fn set_add_counts_its_depth_after_the_pop() {
    let (out, err, exit) = run_with_set_add("print({0}, 7, 16)\n", 2);
    assert_eq!((out.as_str(), exit), ("{0, 16} 7\n", 0), "{err}");
}

#[test]
fn set_add_of_an_unhashable_item_raises() {
    let (out, err, exit) = run_with_set_add("print({0}, [1])\n", 1);
    assert_eq!((out.as_str(), exit), ("", 1));
    assert!(err.contains("TypeError: unhashable type: 'list'"), "{err}");
}
