//! Inputs built to be deep or big must fail (or pass) quickly and cleanly:
//! nothing may overflow the stack while parsing, walking or dropping.

use std::time::{Duration, Instant};

use gilvm::syntax::parse_module;

fn timed(src: &str) -> (Result<(), String>, Duration) {
    let t = Instant::now();
    let r = parse_module(src).map(drop).map_err(|d| d.message);
    (r, t.elapsed())
}

fn assert_rejected_quickly(src: &str, message: &str) {
    let (r, took) = timed(src);
    assert_eq!(r, Err(message.to_string()));
    assert!(took < Duration::from_secs(2), "took {took:?}");
}

const TOO_DEEP: &str = "too many nested expressions (gilvm allows 200 levels)";

#[test]
fn deep_unary_minus() {
    assert_rejected_quickly(&format!("x = {}1\n", "-".repeat(100_000)), TOO_DEEP);
    assert_rejected_quickly(&format!("x = {}1\n", "not ".repeat(100_000)), TOO_DEEP);
    assert_rejected_quickly(&format!("x = {}1\n", "~".repeat(100_000)), TOO_DEEP);
}

#[test]
fn long_flat_sum_is_left_deep() {
    let sum = vec!["1"; 100_000].join("+");
    assert_rejected_quickly(&format!("x = {sum}\n"), TOO_DEEP);
    let powers = vec!["2"; 100_000].join("**");
    assert_rejected_quickly(&format!("x = {powers}\n"), TOO_DEEP);
    let attrs = format!("x = a{}\n", ".b".repeat(100_000));
    assert_rejected_quickly(&attrs, TOO_DEEP);
    let calls = format!("x = f{}\n", "()".repeat(100_000));
    assert_rejected_quickly(&calls, TOO_DEEP);
}

#[test]
fn two_thousand_term_sum_is_handled_cleanly() {
    let sum = vec!["1"; 2_000].join(" + ");
    let (r, took) = timed(&format!("x = {sum}\n"));
    assert!(r.is_ok() || r == Err(TOO_DEEP.to_string()), "{r:?}");
    assert!(took < Duration::from_secs(1));
    // Flat constructs stay flat: a long `or` chain, a long call, a long list.
    let ors = vec!["a"; 50_000].join(" or ");
    assert!(timed(&format!("x = {ors}\n")).0.is_ok());
    let list = vec!["1"; 50_000].join(", ");
    assert!(timed(&format!("x = [{list}]\nf({list})\n")).0.is_ok());
}

#[test]
fn deep_brackets() {
    let parens = format!("x = {}1{}\n", "(".repeat(10_000), ")".repeat(10_000));
    assert_rejected_quickly(&parens, "too many nested parentheses");
    let lists = format!("x = {}{}\n", "[".repeat(5_000), "]".repeat(5_000));
    assert_rejected_quickly(&lists, "too many nested parentheses");
    // Within the bracket limit but still too deep a tree.
    let lists = format!("x = {}1{}\n", "[-".repeat(150), "]".repeat(150));
    assert_rejected_quickly(&lists, TOO_DEEP);
}

#[test]
fn deep_blocks_and_elif_chains() {
    let mut src = String::new();
    for i in 0..150 {
        src += &" ".repeat(i);
        src += "if x:\n";
    }
    src += &" ".repeat(150);
    src += "pass\n";
    assert_rejected_quickly(&src, "too many levels of indentation");
    let mut chain = String::from("if x:\n    pass\n");
    for _ in 0..5_000 {
        chain += "elif x:\n    pass\n";
    }
    let (r, took) = timed(&chain);
    assert!(r.unwrap_err().starts_with("too many nested blocks"));
    assert!(took < Duration::from_secs(2));
}

#[test]
fn deep_fstrings() {
    let inner = format!("{}1", "-".repeat(199));
    assert!(timed(&format!("x = {inner}\n")).0.is_ok());
    let (r, _) = timed(&format!("x = f'{{{inner}}}'\n"));
    assert_eq!(
        r,
        Err(format!("f-string: {TOO_DEEP}")).or(Err(TOO_DEEP.to_string()))
    );
}

#[test]
fn one_megabyte_line_is_linear() {
    let body = vec!["abc"; 300_000].join(", ");
    let src = format!("x = [{body}]\n");
    assert!(src.len() > 1_000_000);
    let (r, took) = timed(&src);
    assert!(r.is_ok());
    assert!(took < Duration::from_secs(10), "took {took:?}");
    let s = format!("x = '{}'\n", "ab".repeat(600_000));
    let (r, took) = timed(&s);
    assert!(r.is_ok());
    assert!(took < Duration::from_secs(10), "took {took:?}");
    let f = format!("x = f'{}'\n", "{a}b".repeat(50_000));
    let (r, took) = timed(&f);
    assert!(r.is_ok());
    assert!(took < Duration::from_secs(10), "took {took:?}");
}
