//! Deterministic mode: the same script, policy and seed give the same bytes
//! (stdout and interleaving) every time; different seeds explore different
//! interleavings; virtual time makes long sleeps instant; and the recorded
//! interleavings of small demos are pinned as reviewed snapshots.

use std::time::{Duration, Instant};

use gilvm::gil::Policy;
use gilvm::{run_deterministic, RunResult};

fn script(name: &str) -> String {
    let path = format!("{}/tests/interleavings/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn outcome(r: &RunResult) -> String {
    r.transcript()
}

#[test]
fn the_same_seed_gives_identical_bytes_for_every_demo_and_policy() {
    for name in [
        "race.py",
        "convoy.py",
        "pipeline.py",
        "deadlock.py",
        "generators.py",
        // Interpreters with their queues, and pools of threads and of
        // processes (interpreters).
        "interpreters.py",
        "pools.py",
    ] {
        let src = script(name);
        for policy in Policy::ALL {
            let a = outcome(&run_deterministic(name, &src, policy, 7));
            let b = outcome(&run_deterministic(name, &src, policy, 7));
            assert_eq!(a, b, "{name} under {policy} differs between two runs");
        }
    }
}

#[test]
fn different_seeds_give_different_interleavings_for_a_race() {
    let src = script("race.py");
    for policy in [Policy::Legacy, Policy::None] {
        let mut seen = std::collections::BTreeSet::new();
        for seed in 0..6 {
            seen.insert(run_deterministic("race.py", &src, policy, seed).interleaving());
        }
        assert!(
            seen.len() > 1,
            "{policy}: every seed gave the same schedule"
        );
    }
}

#[test]
fn virtual_time_makes_a_minute_of_sleeping_instant() {
    let src = "import threading\nimport time\n\
               def nap(n):\n    time.sleep(n)\n    print('woke after', n)\n\
               ts = []\nfor k in range(1, 4):\n    ts.append(threading.Thread(target=nap, args=(k * 10,)))\n\
               for t in ts:\n    t.start()\n\
               t0 = time.time()\ntime.sleep(30)\nfor t in ts:\n    t.join()\n\
               print('elapsed', round(time.time() - t0, 3))\n";
    let start = Instant::now();
    let r = run_deterministic("sleepy.py", src, Policy::CPython, 0);
    // Really sleeping would take 60 s; generous bound, not a benchmark.
    assert!(start.elapsed() < Duration::from_secs(30));
    assert_eq!(
        r.stdout, "woke after 10\nwoke after 20\nwoke after 30\nelapsed 30.0\n",
        "{}",
        r.stderr
    );
}

#[test]
fn deadlocks_are_found_exactly_in_deterministic_mode() {
    let src = script("deadlock.py");
    for policy in Policy::ALL {
        let r = run_deterministic("deadlock.py", &src, policy, 3);
        assert_eq!(r.exit_code, 1, "{policy}");
        assert!(r.stderr.starts_with("deadlock:"), "{policy}: {}", r.stderr);
    }
}

/// A script that draws from `random` without seeding it, from the main
/// thread and from three threads sharing the module's generator.
const UNSEEDED_RANDOM: &str = "import random\nimport threading\n\
    print(random.random(), random.randint(1, 1000000))\n\
    xs = list(range(10))\nrandom.shuffle(xs)\nprint(xs)\n\
    print(random.Random().random())\n\
    def draw(name):\n    for i in range(3):\n        print(name, random.randrange(100))\n\
    ts = []\nfor n in ['a', 'b', 'c']:\n    ts.append(threading.Thread(target=draw, args=(n,)))\n\
    for t in ts:\n    t.start()\nfor t in ts:\n    t.join()\n";

#[test]
fn unseeded_random_follows_the_run_seed() {
    for policy in [Policy::CPython, Policy::None] {
        let a = run_deterministic("rand.py", UNSEEDED_RANDOM, policy, 7);
        let b = run_deterministic("rand.py", UNSEEDED_RANDOM, policy, 7);
        let c = run_deterministic("rand.py", UNSEEDED_RANDOM, policy, 8);
        assert_eq!(a.exit_code, 0, "{}", a.stderr);
        assert_eq!(a.stdout, b.stdout, "{policy}: seed 7 differs between runs");
        assert_ne!(a.stdout, c.stdout, "{policy}: seeds 7 and 8 drew the same");
        // Unseeded under --seed 7 is CPython's `random.seed(7)`.
        assert!(
            a.stdout.starts_with("0.32383276483316237 158177\n"),
            "{}",
            a.stdout
        );
    }
}

macro_rules! interleaving_snapshot {
    ($test:ident, $script:literal, $policy:expr, $seed:literal) => {
        #[test]
        fn $test() {
            let r = run_deterministic($script, &script($script), $policy, $seed);
            insta::assert_snapshot!(outcome(&r));
        }
    };
}

interleaving_snapshot!(race_cpython, "race.py", Policy::CPython, 1);
interleaving_snapshot!(race_legacy, "race.py", Policy::Legacy, 1);
interleaving_snapshot!(race_fifo, "race.py", Policy::Fifo, 1);
interleaving_snapshot!(race_none, "race.py", Policy::None, 1);
interleaving_snapshot!(convoy_cpython, "convoy.py", Policy::CPython, 1);
interleaving_snapshot!(convoy_fifo, "convoy.py", Policy::Fifo, 1);
interleaving_snapshot!(convoy_ruby, "convoy.py", Policy::Ruby, 1);
interleaving_snapshot!(convoy_none, "convoy.py", Policy::None, 1);
interleaving_snapshot!(pipeline_cpython, "pipeline.py", Policy::CPython, 1);
interleaving_snapshot!(deadlock_cpython, "deadlock.py", Policy::CPython, 1);
interleaving_snapshot!(deadlock_legacy, "deadlock.py", Policy::Legacy, 1);

#[test]
fn explore_finds_lost_updates_under_legacy_and_none_under_cpython() {
    use gilvm::explore::{explore, ExploreOptions};
    let src = script("race.py");
    let opts = |policy| ExploreOptions {
        runs: 12,
        explain: false,
        policy,
        switch_interval: Duration::from_millis(5),
        check_interval: 100,
        args: Vec::new(),
    };
    let legacy = explore("race.py", &src, &opts(Policy::Legacy), |_| {});
    assert!(legacy.len() > 1, "legacy: {legacy:?}");
    // Each outcome's seed replays it exactly.
    for o in &legacy {
        let r = run_deterministic("race.py", &src, Policy::Legacy, o.first_seed);
        assert_eq!(
            (r.stdout.as_str(), r.exit_code),
            (o.stdout.as_str(), o.exit_code)
        );
    }
    let cpython = explore("race.py", &src, &opts(Policy::CPython), |_| {});
    assert_eq!(cpython.len(), 1, "cpython: {cpython:?}");
    assert_eq!(cpython[0].stdout, "2000\n");
    assert_eq!(cpython[0].count, 12);
}

#[test]
fn the_guide_quotes_the_real_example_test_and_its_snapshot() {
    let root = env!("CARGO_MANIFEST_DIR");
    let read = |p: &str| {
        std::fs::read_to_string(format!("{root}/{p}")).unwrap_or_else(|e| panic!("{p}: {e}"))
    };
    let guide = read("docs/deterministic.md");
    let test = read("tests/guide_example.rs");
    assert!(
        guide.contains(&test),
        "docs/deterministic.md must quote tests/guide_example.rs verbatim"
    );
    let snap = read("tests/snapshots/guide_example__python2_style_switching_loses_an_update.snap");
    let body = snap.splitn(3, "---\n").nth(2).expect("snapshot body");
    assert!(
        guide.contains(body.trim_end()),
        "docs/deterministic.md must show the interleaving of tests/guide_example.rs"
    );
}

/// Addresses change from process to process (address-space layout
/// randomisation), so this runs the binary itself, several times.
#[test]
fn addresses_are_stand_ins_the_same_in_every_process() {
    let path = format!(
        "{}/tests/interleavings/addresses.py",
        env!("CARGO_MANIFEST_DIR")
    );
    let run = || {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_gilvm"))
            .args(["run", "--seed", "7", &path])
            .output()
            .expect("gilvm runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8")
    };
    let first = run();
    for _ in 0..5 {
        assert_eq!(run(), first);
    }
    // Every address printed is a stand-in, none a real one.
    let hexes: Vec<&str> = first
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| w.starts_with("0x"))
        .collect();
    assert!(hexes.len() > 15, "{first}");
    for h in hexes {
        assert!(
            h.starts_with("0x7f1") || h.starts_with("0x7f2"),
            "{h} in {first}"
        );
    }
}
