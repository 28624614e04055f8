//! Generators and threads: a suspended generator is a frame any thread can
//! resume, one at a time. A resumption while another thread is inside the
//! generator raises `ValueError: generator already executing`, as CPython
//! does, whether the other thread holds the GIL or waits inside the body.

use std::time::Duration;

use gilvm::gil::Policy;
use gilvm::vm::Config;
use gilvm::{run_source_with, RunResult};

fn run(policy: Policy, src: &str) -> RunResult {
    let mut config = Config::new(vec!["t.py".into()]);
    config.policy = policy;
    config.switch_interval = Duration::from_micros(200);
    config.check_interval = 20;
    run_source_with("t.py", src, config)
}

fn ok(policy: Policy, src: &str) -> String {
    let r = run(policy, src);
    assert_eq!(r.exit_code, 0, "{policy}: stderr:\n{}", r.stderr);
    r.stdout
}

/// Four threads pull from one generator under a lock: every item is
/// produced once, whichever thread resumed the generator for it.
const SHARED_UNDER_LOCK: &str = r#"
import threading
def numbers(n):
    total = 0
    for i in range(n):
        total += i
        yield i
    print("generator total", total)
g = numbers(4000)
lock = threading.Lock()
seen = []
def work():
    while True:
        with lock:
            v = next(g, None)
        if v is None:
            return
        seen.append(v)
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(seen), sum(seen), sorted(seen) == list(range(4000)))
"#;

#[test]
fn threads_sharing_a_generator_under_a_lock_get_each_item_once() {
    for policy in Policy::ALL {
        assert_eq!(
            ok(policy, SHARED_UNDER_LOCK),
            "generator total 7998000\n4000 7998000 True\n",
            "{policy}"
        );
    }
}

/// The generator is handed from thread to thread through queues: each
/// thread resumes it where the previous one left it, locals and loop
/// iterator included.
const HANDED_ON: &str = r#"
import threading, queue
def steps():
    acc = []
    for name in ["a", "b", "c", "d", "e", "f"]:
        acc.append(name)
        got = yield "".join(acc)
        acc.append(got)
qs = [queue.Queue() for _ in range(3)]
out = []
def stage(k):
    while True:
        g = qs[k].get()
        if g is None:
            return
        try:
            out.append(g.send(str(k)) if out else next(g))
        except StopIteration:
            for q in qs:
                q.put(None)
            return
        qs[(k + 1) % 3].put(g)
ts = [threading.Thread(target=stage, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
qs[0].put(steps())
for t in ts:
    t.join()
print(out)
"#;

#[test]
fn a_generator_resumes_on_whichever_thread_holds_it() {
    let expected = "['a', 'a1b', 'a1b2c', 'a1b2c0d', 'a1b2c0d1e', 'a1b2c0d1e2f']\n";
    for policy in Policy::ALL {
        assert_eq!(ok(policy, HANDED_ON), expected, "{policy}");
    }
}

/// While one thread waits inside the generator's body (which releases the
/// GIL), another thread's `next` is refused; once the first is done, the
/// generator goes on.
const CONCURRENT_RESUME: &str = r#"
import threading
inside = threading.Event()
release = threading.Event()
def slow():
    inside.set()
    release.wait()
    yield 1
    yield 2
g = slow()
result = []
def first():
    result.append(next(g))
t = threading.Thread(target=first)
t.start()
inside.wait()
try:
    next(g)
except ValueError as e:
    print("main:", e)
print(g.gi_running)
release.set()
t.join()
print(result, next(g), g.gi_running)
"#;

#[test]
fn a_second_concurrent_resume_raises_already_executing() {
    for policy in Policy::ALL {
        assert_eq!(
            ok(policy, CONCURRENT_RESUME),
            "main: generator already executing\nTrue\n[1] 2 False\n",
            "{policy}"
        );
    }
}

/// Under `--gil none` threads really run at once: hammering one generator
/// from four threads without a lock may be refused any number of times,
/// but never loses, repeats or corrupts an item.
const UNLOCKED_FREE_THREADED: &str = r#"
import threading
def numbers(n):
    for i in range(n):
        yield i
g = numbers(20000)
got = []
refused = [0]
def work():
    while True:
        try:
            v = next(g)
        except ValueError:
            refused[0] += 1
            continue
        except StopIteration:
            return
        got.append(v)
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(got), sorted(got) == list(range(20000)))
"#;

#[test]
fn unlocked_generator_sharing_never_corrupts_items() {
    for policy in Policy::ALL {
        assert_eq!(
            ok(policy, UNLOCKED_FREE_THREADED),
            "20000 True\n",
            "{policy}"
        );
    }
}
