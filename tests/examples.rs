//! Snapshots of every demo in `examples/`: run in deterministic mode, at a
//! small size, under the policies that matter for it. Each snapshot holds
//! the command that reproduces it, the exit status, stdout, stderr (a
//! deadlock report, say) and the interleaving, and was read before it was
//! accepted: it must show what the demo claims.
//!
//! What to run comes from the example itself, one or more header lines
//!
//! ```text
//! # snapshot: policies=legacy,cpython seed=3 args=200
//! ```
//!
//! - `policies=` (required): comma-separated GIL policies;
//! - `seed=` (default 1): the seed;
//! - `args=` (default none): comma-separated arguments for `sys.argv`.
//!
//! Each (line, policy) pair is one snapshot, named
//! `examples__POLICY_seedSEED[_argsA_B]@EXAMPLE.py.snap`. A new example
//! without a `# snapshot:` line fails the test.
//!
//! Besides the snapshot, `claim` checks the one fact each demo is about
//! (the lost update, the convoy's wait, the deadlock report...), so that
//! re-accepting snapshots cannot quietly lose what they were meant to show.

use gilvm::gil::Policy;
use gilvm::{run_deterministic_with_args, RunResult};

/// One `# snapshot:` line.
#[derive(Debug)]
struct Spec {
    policies: Vec<Policy>,
    seed: u64,
    args: Vec<String>,
}

fn specs(source: &str) -> Result<Vec<Spec>, String> {
    let mut out = Vec::new();
    for line in source.lines() {
        let Some(rest) = line.strip_prefix("# snapshot:") else {
            continue;
        };
        let mut spec = Spec {
            policies: Vec::new(),
            seed: 1,
            args: Vec::new(),
        };
        for word in rest.split_whitespace() {
            let (key, value) = word
                .split_once('=')
                .ok_or_else(|| format!("{line:?}: expected key=value, got {word:?}"))?;
            match key {
                "policies" => {
                    for p in value.split(',') {
                        spec.policies
                            .push(p.parse().map_err(|e| format!("{line:?}: {e}"))?);
                    }
                }
                "seed" => {
                    spec.seed = value
                        .parse()
                        .map_err(|_| format!("{line:?}: bad seed {value:?}"))?
                }
                "args" => spec.args = value.split(',').map(str::to_string).collect(),
                _ => return Err(format!("{line:?}: unknown key {key:?}")),
            }
        }
        if spec.policies.is_empty() {
            return Err(format!("{line:?}: no policies="));
        }
        out.push(spec);
    }
    Ok(out)
}

fn run(path: &str, policy: Policy, seed: u64, args: &[String]) -> RunResult {
    let full = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    run_deterministic_with_args(path, &source, policy, seed, &args)
}

fn render(path: &str, policy: Policy, seed: u64, args: &[String], r: &RunResult) -> String {
    let mut s = format!("$ gilvm run --seed {seed} --gil {policy} --interleaving {path}");
    for a in args {
        s.push(' ');
        s.push_str(a);
    }
    s.push('\n');
    s.push_str(&r.transcript());
    s
}

#[test]
fn every_example_under_its_snapshot_policies() {
    insta::glob!("../examples", "*.py", |path| {
        let source = std::fs::read_to_string(path).expect("example");
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let specs = specs(&source).unwrap_or_else(|e| panic!("examples/{file}: {e}"));
        assert!(
            !specs.is_empty(),
            "examples/{file} has no `# snapshot:` line (see tests/examples.rs)"
        );
        let rel = format!("examples/{file}");
        for spec in specs {
            for &policy in &spec.policies {
                let r = run(&rel, policy, spec.seed, &spec.args);
                let mut name = format!("{policy}_seed{}", spec.seed);
                if !spec.args.is_empty() {
                    name.push_str("_args");
                    name.push_str(&spec.args.join("_"));
                }
                insta::assert_snapshot!(name, render(&rel, policy, spec.seed, &spec.args, &r));
                claim(&file, policy, &r);
            }
        }
    });
}

#[test]
fn the_snapshot_header_is_parsed() {
    let s = specs(
        "x = 1\n# snapshot: policies=legacy,none seed=3 args=200,1\n# snapshot: policies=cpython\n",
    )
    .unwrap();
    assert_eq!(s.len(), 2);
    assert_eq!(s[0].policies, vec![Policy::Legacy, Policy::None]);
    assert_eq!(
        (s[0].seed, s[0].args.clone()),
        (3, vec!["200".into(), "1".into()])
    );
    assert_eq!((s[1].seed, s[1].args.len()), (1, 0));
    assert!(specs("# snapshot: seed=2\n").is_err());
    assert!(specs("# snapshot: policies=gvl\n").is_err());
    assert!(specs("# snapshot: policies=cpython colour=red\n").is_err());
}

/// The number after `prefix` on the line of `text` that starts with it.
fn number_after(text: &str, prefix: &str) -> f64 {
    let line = text
        .lines()
        .find_map(|l| l.strip_prefix(prefix))
        .unwrap_or_else(|| panic!("no line starting {prefix:?} in:\n{text}"));
    let digits: String = line
        .trim_start()
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    digits
        .parse()
        .unwrap_or_else(|_| panic!("no number in {line:?}"))
}

/// What each demo claims, checked on its snapshot runs.
fn claim(file: &str, policy: Policy, r: &RunResult) {
    let out = &r.stdout;
    let log = r.interleaving();
    if file != "deadlock.py" {
        assert_eq!(r.exit_code, 0, "{file} under {policy}: {}", r.stderr);
    }
    match (file, policy) {
        ("counter_race.py", _) => {
            // "without a lock: 150 of 200"
            let count = |prefix: &str| {
                let of = number_after(out, prefix);
                let line = out.lines().find(|l| l.starts_with(prefix)).unwrap();
                let total: f64 = line.rsplit(' ').next().unwrap().parse().unwrap();
                (of, total)
            };
            let (unlocked, total) = count("without a lock:");
            let (locked, _) = count("with a lock:");
            assert_eq!(locked, total, "the lock must make the count exact: {out}");
            if policy == Policy::CPython {
                assert_eq!(unlocked, total, "no update is lost under cpython: {out}");
                assert!(
                    log.lines()
                        .any(|l| l.contains("(unsafe)") && l.ends_with("switch (drop request)")),
                    "the cpython run should switch inside the unlocked loop:\n{log}"
                );
            } else {
                assert!(unlocked < total, "{policy} should lose updates: {out}");
            }
        }
        ("convoy.py", _) => {
            let median = number_after(out, "median extra wait after a 1 ms sleep:");
            let expected = match policy {
                Policy::CPython => 5.0,
                Policy::Ruby => 99.0,
                _ => 0.0,
            };
            assert_eq!(median, expected, "{policy}: {out}");
        }
        ("asyncio_tasks.py", _) => {
            // "one after the other:         3 pages in 0.6 s"
            let seconds = |prefix: &str| {
                let line = out.lines().find(|l| l.starts_with(prefix)).unwrap();
                let after = line.split(" in ").nth(1).unwrap();
                after.trim_end_matches(" s").parse::<f64>().unwrap()
            };
            let sequential = seconds("one after the other:");
            let concurrent = seconds("as tasks (asyncio.gather):");
            let blocking = seconds("as tasks that block:");
            assert!(
                concurrent * 2.0 < sequential,
                "tasks must overlap their waits: {out}"
            );
            assert_eq!(
                blocking, sequential,
                "a blocking call stalls the loop: {out}"
            );
        }
        ("asyncio_to_thread.py", _) => {
            // A blocking call stalls the loop; to_thread keeps it going.
            assert!(out.contains("called directly:       42, heartbeats meanwhile: 0"));
            assert!(out.contains("asyncio.to_thread:     42, heartbeats meanwhile: 4"));
            assert!(
                log.contains("asyncio_0"),
                "to_thread runs on a thread: {log}"
            );
        }
        ("asyncio_queue.py", _) => {
            assert!(out.contains("6 jobs, 3 workers: 0.2 s"), "{out}");
            // The full queue makes the producer wait.
            assert!(
                log.contains("producer: runs") && log.contains("awaits Queue"),
                "{log}"
            );
        }
        ("download.py", _) => {
            // "10 threads:              10 pages, 137148 words, in 0.4 s"
            let seconds = |prefix: &str| {
                let line = out.lines().find(|l| l.starts_with(prefix));
                let line = line.unwrap_or_else(|| panic!("no {prefix:?} in {out}"));
                let after = line.rsplit(" in ").next().unwrap();
                after.trim_end_matches(" s").parse::<f64>().unwrap()
            };
            let threads = seconds("10 threads:");
            let tasks = seconds("10 asyncio tasks:");
            // Ten waits of 0.2 s overlap: far less than the 2 s they add up to.
            assert!(threads < 0.7 && tasks < 0.7, "{out}");
            if out.starts_with("one after the other:") {
                let sequential = seconds("one after the other:");
                assert!(sequential > 2.0, "{out}");
                assert!(threads * 3.0 < sequential && tasks * 3.0 < sequential);
            }
            // The tasks never take the lock from another thread: the
            // asyncio phase is MainThread's alone, the threads' is theirs.
            assert!(log.contains("page-9"), "{log}");
        }
        ("deadlock.py", _) => {
            assert_eq!(r.exit_code, 1, "{policy}");
            assert!(r.stderr.starts_with("deadlock: "), "{}", r.stderr);
            assert!(r.stderr.contains("left waits for a Lock held by right"));
            assert!(r.stderr.contains("right waits for a Lock held by left"));
        }
        ("io_bound.py", _) => assert!(out.contains("took 0.20 s for 3 x 0.2 s"), "{out}"),
        ("bank.py", _) => {
            assert!(
                out.contains("4 tellers made 12000 transfers; total still 225"),
                "the locks must keep the bank's total: {out}"
            );
            // The tellers really take turns: one is switched out mid-run.
            assert!(
                log.lines()
                    .any(|l| l.contains("teller-") && l.ends_with("switch (drop request)")),
                "{log}"
            );
        }
        ("cpu_bound.py", _) => assert!(out.contains("(speed-up 1.0x)"), "{out}"),
        ("share_nothing.py", _) => {
            // The four ways agree (a set of answers would print braces),
            // and the process pool's workers are interpreters of their own.
            assert!(out.ends_with("every way computed 39998\n"), "{out}");
            assert!(log.contains("SpawnProcess-1"), "{log}");
        }
        ("ping_pong.py", _) => {
            // Each pass is a copy: the ball that comes back is never the
            // one sent.
            assert_eq!(out.matches("same ball? False").count(), 3, "{out}");
            assert!(out.contains("player exit code 0"), "{out}");
            assert!(log.contains("Player"), "{log}");
        }
        ("producer_consumer.py", _) => {
            assert_eq!(out, "8 jobs done, sum of squares 140\n");
            assert!(log.contains("blocked: room in a full Queue (put)"), "{log}");
            assert!(
                log.contains("blocked: an item from an empty Queue (get)"),
                "{log}"
            );
        }
        ("switch_interval.py", _) => {
            let long = number_after(out, "interval    5.0 ms:");
            let short = number_after(out, "interval    1.0 ms:");
            assert!(long < short, "a shorter interval should switch more: {out}");
        }
        _ => {}
    }
}

/// The commands in the examples' headers work as written: gilvm's own
/// parser accepts them, and no option comes after the script's path
/// (everything there is the script's, so `run x.py --timeline` would hand
/// `--timeline` to the script and draw nothing).
#[test]
fn header_commands_parse_and_put_options_before_the_script() {
    use clap::Parser;
    let mut seen = 0;
    for entry in std::fs::read_dir("examples").unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        for line in text.lines().take_while(|l| l.starts_with('#')) {
            let Some((_, command)) = line.split_once("cargo run --release -- ") else {
                continue;
            };
            seen += 1;
            let words: Vec<&str> = command
                .split_whitespace()
                .take_while(|w| !w.starts_with('['))
                .collect();
            let script = words
                .iter()
                .position(|w| w.ends_with(".py"))
                .unwrap_or_else(|| panic!("{}: no script in {line}", path.display()));
            assert!(
                words[script + 1..].iter().all(|w| !w.starts_with("--")),
                "{}: an option after the script's path: {line}",
                path.display()
            );
            let argv = std::iter::once("gilvm").chain(words.iter().copied());
            if let Err(e) = gilvm::cli::Cli::try_parse_from(argv) {
                panic!("{}: {line}\n{e}", path.display());
            }
        }
    }
    assert!(seen > 20, "only {seen} header commands found");
}
