//! The test that docs/deterministic.md shows a user writing
//! (tests/deterministic.rs checks that the guide quotes this file).

use gilvm::gil::Policy;

const RACE: &str = "\
import sys
import threading

counter = 0

def work(n):
    global counter
    for _ in range(n):
        counter += 1

n = int(sys.argv[1])
a = threading.Thread(target=work, args=(n,))
b = threading.Thread(target=work, args=(n,))
a.start()
b.start()
a.join()
b.join()
print(counter)
";

#[test]
fn python2_style_switching_loses_an_update() {
    // Seed 5 is one that `gilvm explore --gil legacy race.py 100` found.
    let run = gilvm::run_deterministic_with_args("race.py", RACE, Policy::Legacy, 5, &["100"]);
    assert_eq!(run.exit_code, 0, "{}", run.stderr);
    assert_ne!(run.stdout, "200\n", "this seed should lose updates");
    insta::assert_snapshot!(format!("{}{}", run.stdout, run.interleaving()));
}

#[test]
fn cpython_never_switches_inside_counter_plus_one() {
    for seed in 0..20 {
        let run =
            gilvm::run_deterministic_with_args("race.py", RACE, Policy::CPython, seed, &["100"]);
        assert_eq!(run.stdout, "200\n", "seed {seed}");
    }
}
