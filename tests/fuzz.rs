//! The fuzz target: mutated scripts never crash gilvm.
//!
//! The seed corpus is the project's own scripts (`tests/scripts/**`,
//! `examples/`, `bench/`); a seeded mutator deletes, repeats and swaps
//! lines, splices in lines of other scripts and drops in tokens that
//! stress the interpreter (`10**9`, `'x' * 10**8`, deep brackets, `yield`,
//! threads). Each input runs in a child `gilvm run` under limits
//! (`--max-steps`, `--timeout`, `--max-memory`), with and without a seed. A
//! crash is any end but a normal one: a signal (abort, segfault), a
//! Rust panic, an internal error, a failed allocation, a hang past the
//! limits. Crashing inputs are saved under `target/fuzz-failures/`.
//!
//! `cargo test` runs a short campaign (`GILVM_FUZZ_RUNS`, default 300). A
//! real one is one command:
//!
//! ```sh
//! GILVM_FUZZ_RUNS=20000 GILVM_FUZZ_SEED=7 cargo test --release --test fuzz -- --nocapture
//! ```

mod common;

use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use common::Outcome;

/// A small, seedable generator (xorshift64*): the same seed, the same
/// campaign.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Tokens that have found defects before: huge sizes, deep nesting,
/// constructs at the edge of the subset.
const TOKENS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    ":",
    ",",
    "*",
    "**",
    "%",
    "-1",
    "0",
    "10**9",
    "2**64",
    "'x' * 10**8",
    "[0] * 10**9",
    "((((((((((",
    "lambda: ",
    "yield ",
    "await ",
    "async ",
    "global x",
    "del ",
    "None",
    "...",
    "not ",
    "\n    ",
    "\n",
    " if 1 else ",
    "f'{",
    "}'",
    "\\",
    "import threading\n",
    "threading.Thread(target=print).start()\n",
    "while True: pass\n",
];

/// One mutation of `text`, using `lines` of the whole corpus to splice.
fn mutate(rng: &mut Rng, text: &str, corpus_lines: &[&str]) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    if lines.is_empty() {
        lines.push(String::new());
    }
    for _ in 0..1 + rng.below(3) {
        let i = rng.below(lines.len());
        match rng.below(6) {
            0 if lines.len() > 1 => {
                lines.remove(i);
            }
            1 => {
                let copy = lines[i].clone();
                lines.insert(i, copy);
            }
            2 => {
                let j = rng.below(lines.len());
                lines.swap(i, j);
            }
            3 => {
                let line = corpus_lines[rng.below(corpus_lines.len())].to_string();
                lines.insert(i, line);
            }
            _ => {
                let line = &mut lines[i];
                let mut at = rng.below(line.len() + 1);
                while !line.is_char_boundary(at) {
                    at -= 1;
                }
                let token = TOKENS[rng.below(TOKENS.len())];
                if rng.below(2) == 0 {
                    line.insert_str(at, token);
                } else {
                    let mut end = (at + 1 + rng.below(4)).min(line.len());
                    while !line.is_char_boundary(end) {
                        end -= 1;
                    }
                    line.replace_range(at..end.max(at), token);
                }
            }
        }
    }
    lines.join("\n") + "\n"
}

/// The seed corpus: the project's own scripts.
fn corpus() -> Vec<(String, String)> {
    let root = common::manifest_dir();
    let mut paths = common::collect_scripts(&root, "tests/scripts");
    paths.extend(common::collect_scripts(&root, "examples"));
    paths.extend(common::collect_scripts(&root, "bench"));
    paths
        .into_iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(root.join(&p)).ok()?;
            Some((p, text))
        })
        .collect()
}

/// Why this end of a run is a crash, if it is one.
fn crash(outcome: &Outcome, stderr: &str) -> Option<String> {
    match outcome {
        Outcome::Signaled(how) => return Some(how.clone()),
        Outcome::TimedOut => return Some("a hang past --timeout".into()),
        // A Rust panic (101) or gilvm's internal error (70); any other
        // status may be the script's own `sys.exit(n)`.
        Outcome::Exited(code @ (70 | 101)) => return Some(format!("exit status {code}")),
        Outcome::Exited(_) => {}
    }
    [
        "panicked",
        "internal error",
        "memory allocation",
        "RUST_BACKTRACE",
    ]
    .iter()
    .find(|marker| stderr.contains(*marker))
    .map(|marker| format!("stderr says {marker:?}"))
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[test]
fn mutated_scripts_never_crash() {
    let runs = env_number("GILVM_FUZZ_RUNS", 300);
    let seed = env_number("GILVM_FUZZ_SEED", 1);
    let corpus = corpus();
    assert!(corpus.len() > 50, "the seed corpus is missing");
    let corpus_lines: Vec<&str> = corpus.iter().flat_map(|(_, t)| t.lines()).collect();
    let dir = std::env::temp_dir().join(format!("gilvm-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let failures_dir = common::manifest_dir().join("target/fuzz-failures");
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let inputs: Vec<(usize, String, Vec<&str>)> = (0..runs as usize)
        .map(|n| {
            let (_, text) = &corpus[rng.below(corpus.len())];
            let mutated = mutate(&mut rng, text, &corpus_lines);
            let mode = if rng.below(2) == 0 {
                vec!["--seed", "3"]
            } else {
                vec!["--gil", ["cpython", "legacy", "none"][rng.below(3)]]
            };
            (n, mutated, mode)
        })
        .collect();
    let results = common::parallel_map(&inputs, |(n, text, mode)| {
        let path: PathBuf = dir.join(format!("input_{n}.py"));
        std::fs::write(&path, text).expect("write input");
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_gilvm"));
        cmd.arg("run")
            .args(mode)
            .args(["--max-steps", "3000000", "--timeout", "4s"])
            .args(["--max-memory", "1G"])
            .arg(&path);
        let r = common::run_with_timeout(&mut cmd, Duration::from_secs(30)).expect("run gilvm");
        let _ = std::fs::remove_file(&path);
        let crashed = crash(&r.outcome, &r.stderr).map(|why| (*n, why, mode.join(" "), r.stderr));
        (format!("{:?}", r.outcome), crashed)
    });
    let mut ends = std::collections::BTreeMap::new();
    for (end, _) in &results {
        *ends.entry(end.clone()).or_insert(0) += 1;
    }
    eprintln!("fuzz: how the runs ended: {ends:?}");
    let crashes: Vec<_> = results.into_iter().filter_map(|(_, c)| c).collect();
    for (n, why, mode, stderr) in &crashes {
        let _ = std::fs::create_dir_all(&failures_dir);
        let saved = failures_dir.join(format!("seed{seed}_input{n}.py"));
        let _ = std::fs::write(&saved, &inputs[*n].1);
        eprintln!(
            "CRASH ({why}) with `gilvm run {mode}`: {}\n{}",
            saved.display(),
            common::tail(stderr, 6)
        );
    }
    eprintln!(
        "fuzz: {runs} inputs from seed {seed}, {} crashes",
        crashes.len()
    );
    assert!(crashes.is_empty(), "{} inputs crashed gilvm", crashes.len());
}
