//! Threads under every GIL policy: shared containers stay consistent, locked
//! counters are exact, queues deliver every item once, and deadlocks end
//! quickly with a report. No timing is asserted here: the fidelity figures
//! (core usage, wake-up delays) are measured by `scripts/gil_fidelity.py`.

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

/// Runs `src` under every policy; each run must print `expected`.
fn prints_under_every_policy(src: &str, expected: &str) {
    for policy in Policy::ALL {
        assert_eq!(ok(policy, src), expected, "{policy}");
    }
}

const SHARED_CONTAINERS: &str = r#"
import threading
items = []
counts = {}
def work(k):
    for i in range(3000):
        items.append(i)
        counts[(k, i % 10)] = counts.get((k, i % 10), 0) + 1
ts = []
for k in range(6):
    ts.append(threading.Thread(target=work, args=(k,)))
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(items), sum(items), len(counts), sum(counts.values()))
"#;

#[test]
fn appends_and_dict_updates_lose_nothing_under_every_policy() {
    prints_under_every_policy(SHARED_CONTAINERS, "18000 26991000 60 18000\n");
}

const LOCKED_COUNTER: &str = r#"
import threading
counter = 0
lock = threading.Lock()
def work(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
ts = []
for _ in range(4):
    ts.append(threading.Thread(target=work, args=(5000,)))
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter)
"#;

#[test]
fn a_locked_counter_is_exact_under_every_policy() {
    prints_under_every_policy(LOCKED_COUNTER, "20000\n");
}

const QUEUE_DELIVERY: &str = r#"
import threading
import queue
q = queue.Queue(maxsize=8)
seen = []
def producer(base):
    for i in range(400):
        q.put(base + i)
def consumer():
    while True:
        item = q.get()
        if item is None:
            return
        seen.append(item)
ps = []
for k in range(3):
    ps.append(threading.Thread(target=producer, args=(k * 1000,)))
cs = []
for _ in range(2):
    cs.append(threading.Thread(target=consumer))
for t in ps + cs:
    t.start()
for t in ps:
    t.join()
q.put(None)
q.put(None)
for t in cs:
    t.join()
distinct = {}
for x in seen:
    distinct[x] = 1
print(len(seen), len(distinct), sum(seen))
"#;

#[test]
fn a_queue_delivers_every_item_exactly_once_under_every_policy() {
    prints_under_every_policy(QUEUE_DELIVERY, "1200 1200 1439400\n");
}

fn deadlocked(policy: Policy, src: &str) -> String {
    let r = run(policy, src);
    assert_eq!(r.exit_code, 1, "{policy}: expected a deadlock, got {r:?}");
    assert!(
        r.stderr.starts_with("deadlock:"),
        "{policy}: stderr was {:?}",
        r.stderr
    );
    r.stderr
}

#[test]
fn a_thread_reacquiring_its_own_lock_is_reported() {
    let src = "import threading\nl = threading.Lock()\nl.acquire()\nprint('before')\nl.acquire()\nprint('never')\n";
    for policy in Policy::ALL {
        let report = deadlocked(policy, src);
        assert!(
            report.contains("MainThread waits for a Lock held by MainThread"),
            "{report}"
        );
        assert!(report.contains("t.py:5 in <module>"), "{report}");
        assert_eq!(run(policy, src).stdout, "before\n");
    }
}

const TWO_LOCKS: &str = r#"
import threading
import time
a = threading.Lock()
b = threading.Lock()
def one():
    with a:
        time.sleep(0.02)
        with b:
            pass
def two():
    with b:
        time.sleep(0.02)
        with a:
            pass
t1 = threading.Thread(target=one)
t2 = threading.Thread(target=two)
t1.start()
t2.start()
t1.join()
t2.join()
"#;

#[test]
fn a_two_lock_cycle_is_reported_with_holders() {
    for policy in Policy::ALL {
        let report = deadlocked(policy, TWO_LOCKS);
        assert!(
            report.contains("Thread-1 (one) waits for a Lock held by Thread-2 (two)"),
            "{report}"
        );
        assert!(
            report.contains("Thread-2 (two) waits for a Lock held by Thread-1 (one)"),
            "{report}"
        );
        assert!(
            report.contains("MainThread waits for Thread-1 (one) to finish"),
            "{report}"
        );
    }
}

const JOIN_CYCLE: &str = r#"
import threading
import time
ts = []
def wait_for(i):
    while len(ts) < 2 or ts[i].ident is None:
        time.sleep(0.001)
    ts[i].join()
ts.append(threading.Thread(target=wait_for, args=(1,)))
ts.append(threading.Thread(target=wait_for, args=(0,)))
for t in ts:
    t.start()
"#;

#[test]
fn a_join_cycle_is_reported() {
    for policy in Policy::ALL {
        let report = deadlocked(policy, JOIN_CYCLE);
        assert!(
            report.contains("Thread-1 (wait_for) waits for Thread-2 (wait_for) to finish"),
            "{report}"
        );
        assert!(
            report.contains("non-daemon threads to finish at exit"),
            "{report}"
        );
    }
}

#[test]
fn waiting_on_an_event_nobody_sets_is_reported() {
    let src = "import threading\ne = threading.Event()\nq = []\ndef w():\n    e.wait()\nt = threading.Thread(target=w)\nt.start()\nt.join()\n";
    let report = deadlocked(Policy::CPython, src);
    assert!(report.contains("an Event"), "{report}");
}

#[test]
fn a_timed_wait_is_not_a_deadlock() {
    let src =
        "import threading\nl = threading.Lock()\nl.acquire()\nprint(l.acquire(timeout=0.05))\n";
    prints_under_every_policy(src, "False\n");
}

#[test]
fn daemon_threads_do_not_keep_the_run_alive() {
    let src = "import threading\nimport time\ndef forever():\n    while True:\n        time.sleep(0.01)\nt = threading.Thread(target=forever, daemon=True)\nt.start()\nprint('main done', t.daemon)\n";
    prints_under_every_policy(src, "main done True\n");
}

#[test]
fn an_exception_in_a_thread_is_reported_and_the_run_goes_on() {
    let src = "import threading\ndef f():\n    raise KeyError('k')\nt = threading.Thread(target=f, name='w')\nt.start()\nt.join()\nprint('after')\n";
    let r = run(Policy::CPython, src);
    assert_eq!(r.exit_code, 0);
    assert_eq!(r.stdout, "after\n");
    assert!(
        r.stderr
            .starts_with("Exception in thread w:\nTraceback (most recent call last):\n"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.ends_with("KeyError: 'k'\n"), "{}", r.stderr);
}

#[test]
fn a_recorded_run_shows_the_gil_passing_between_threads() {
    let src = "import threading\ndef work():\n    i = 0\n    while i < 200000:\n        i += 1\nts = []\nfor _ in range(2):\n    ts.append(threading.Thread(target=work))\nfor t in ts:\n    t.start()\nfor t in ts:\n    t.join()\nprint('done')\n";
    use gilvm::trace::{DropReason, EventKind};
    let mut config = Config::new(vec!["t.py".into()]);
    config.switch_interval = Duration::from_micros(100);
    config.record = true;
    let r = run_source_with("t.py", src, config);
    assert_eq!(r.stdout, "done\n");
    let starts: Vec<&str> = r
        .events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::ThreadStart { name } => Some(name.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(starts, ["MainThread", "Thread-1 (work)", "Thread-2 (work)"]);
    let count =
        |pred: &dyn Fn(&EventKind) -> bool| r.events.iter().filter(|e| pred(&e.kind)).count();
    assert_eq!(count(&|k| matches!(k, EventKind::ThreadExit)), 3);
    assert!(count(&|k| matches!(k, EventKind::Acquired)) >= 4);
    // Each thread blocks (main in join) and the GIL is handed over.
    assert!(count(&|k| matches!(k, EventKind::Blocked { .. })) >= 2);
    assert!(
        count(&|k| matches!(
            k,
            EventKind::Dropped {
                reason: DropReason::Exit
            }
        )) == 3
    );
    assert_eq!(
        count(&|k| matches!(k, EventKind::Output { text } if text == "done")),
        1
    );
    assert!(r.events.windows(2).all(|w| w[0].t_ns <= w[1].t_ns));
}

/// Six threads, each running a `Worker`'s bound method, update one shared instance:
/// through a lock, and without one. Each thread also writes attributes of
/// its own on the shared object, so attribute storage is hammered from
/// every thread at once under `--gil none`.
const SHARED_INSTANCE: &str = r#"
import threading
class Account:
    def __init__(self):
        self.locked = 0
        self.unlocked = 0
        self.lock = threading.Lock()
    def deposit(self):
        with self.lock:
            self.locked += 1
class Worker:
    def __init__(self, account, k):
        self.account = account
        self.k = k
    def run(self):
        for i in range(2000):
            self.account.deposit()
            self.account.unlocked += 1
            setattr(self.account, "last" + str(self.k), i)
a = Account()
ws = []
for k in range(6):
    ws.append(threading.Thread(target=Worker(a, k).run))
for w in ws:
    w.start()
for w in ws:
    w.join()
lasts = []
for k in range(6):
    lasts.append(getattr(a, "last" + str(k)))
print(a.locked, a.unlocked <= 12000, lasts)
"#;

#[test]
fn a_shared_instance_stays_consistent_under_every_policy() {
    prints_under_every_policy(
        SHARED_INSTANCE,
        "12000 True [1999, 1999, 1999, 1999, 1999, 1999]\n",
    );
}

/// `self.count += 1` is a load, an add and a store: under `legacy`, which
/// may switch between any two instructions, threads lose updates, as
/// CPython 2 did.
#[test]
fn unlocked_attribute_increments_lose_updates_under_legacy() {
    let src = r#"
import threading
class Counter:
    def __init__(self):
        self.count = 0
c = Counter()
def work():
    for _ in range(20000):
        c.count += 1
ts = []
for _ in range(4):
    ts.append(threading.Thread(target=work))
for t in ts:
    t.start()
for t in ts:
    t.join()
print(c.count < 80000)
"#;
    let mut config = Config::new(vec!["t.py".into()]);
    config.policy = Policy::Legacy;
    config.check_interval = 7;
    config.seed = Some(3);
    let r = run_source_with("t.py", src, config);
    assert_eq!(r.stdout, "True\n", "stderr: {}", r.stderr);
}

/// `class Worker(threading.Thread)` with its own `run()`: each worker sums
/// its slice into an attribute and bumps a shared, locked total; the main
/// thread reads the results after `join()`. Under every policy the sums are
/// exact and `current_thread()` inside `run()` is the worker itself.
#[test]
fn thread_subclasses_run_their_own_run_under_every_policy() {
    let src = r#"
import threading
class Total:
    def __init__(self):
        self.value = 0
        self.lock = threading.Lock()
class Summer(threading.Thread):
    def __init__(self, k, total):
        super().__init__(name="summer-" + str(k))
        self.k = k
        self.total = total
        self.result = None
        self.me = False
    def run(self):
        s = 0
        for i in range(self.k * 1000, (self.k + 1) * 1000):
            s += i
            if i % 100 == 0:
                with self.total.lock:
                    self.total.value += 1
        self.result = s
        self.me = threading.current_thread() is self
total = Total()
ws = []
for k in range(5):
    ws.append(Summer(k, total))
for w in ws:
    w.start()
for w in ws:
    w.join()
out = []
for w in ws:
    out.append((w.name, w.result, w.me, w.is_alive()))
print(out)
print(total.value)
"#;
    let mut expected = String::from("[");
    for k in 0..5i64 {
        let sum: i64 = (k * 1000..(k + 1) * 1000).sum();
        if k > 0 {
            expected.push_str(", ");
        }
        expected.push_str(&format!("('summer-{k}', {sum}, True, False)"));
    }
    expected.push_str("]\n50\n");
    prints_under_every_policy(src, &expected);
}

const SHARED_SET: &str = r#"
import threading
seen = set()
evens = set(range(0, 14000, 2))
def work(k):
    for i in range(2000):
        seen.add(k * 2000 + i)
        seen.add(i)
        evens.discard(k * 1000 + i)
    mine = set(range(k * 2000, k * 2000 + 2000))
    mine |= {k}
    return mine
ts = []
for k in range(6):
    ts.append(threading.Thread(target=work, args=(k,)))
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(seen), sum(seen), len(evens), min(evens))
"#;

/// A set's adds and discards each take its lock: under every policy,
/// `--gil none` included, none is lost and the table stays whole.
#[test]
fn set_updates_lose_nothing_under_every_policy() {
    prints_under_every_policy(SHARED_SET, "12000 71994000 3500 7000\n");
}

// Generators and threads: a suspended generator is a frame any thread can
// resume, one at a time. A resumption while another thread is inside the
// generator raises `ValueError: generator already executing`, as CPython
// does, whether the other thread holds the GIL or waits inside the body.

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
    prints_under_every_policy(
        SHARED_UNDER_LOCK,
        "generator total 7998000\n4000 7998000 True\n",
    );
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
    prints_under_every_policy(HANDED_ON, expected);
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
    prints_under_every_policy(
        CONCURRENT_RESUME,
        "main: generator already executing\nTrue\n[1] 2 False\n",
    );
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
    prints_under_every_policy(UNLOCKED_FREE_THREADED, "20000 True\n");
}

const FUTURE_NEVER_SET: &str = r#"
from concurrent.futures import Future, ThreadPoolExecutor
never = Future()
with ThreadPoolExecutor(max_workers=2) as pool:
    waiting = pool.submit(never.result)
    print("submitted")
    waiting.result()
"#;

#[test]
fn a_future_that_can_never_complete_is_reported() {
    for policy in Policy::ALL {
        let report = deadlocked(policy, FUTURE_NEVER_SET);
        // The main thread's line is the script's, with the library call
        // that waits named after it.
        assert!(
            report.contains("MainThread waits for a Condition notify(), at t.py:7 in <module> (inside Future.result)"),
            "{policy}: {report}"
        );
        assert!(
            report.contains("ThreadPoolExecutor-0_0 waits for a Condition notify()"),
            "{policy}: {report}"
        );
        assert_eq!(run(policy, FUTURE_NEVER_SET).stdout, "submitted\n");
    }
}

/// A pool never shut down: its workers are woken and joined at exit (a
/// false deadlock report before `threading._register_atexit`).
const POOL_LEFT_OPEN: &str = r#"
from concurrent.futures import ThreadPoolExecutor
pool = ThreadPoolExecutor(max_workers=3)
futures = [pool.submit(sum, range(i * 1000)) for i in range(20)]
print(sum(f.result() for f in futures[:10]))
"#;

#[test]
fn a_pool_left_open_exits_cleanly_under_every_policy() {
    prints_under_every_policy(POOL_LEFT_OPEN, "142477500\n");
}

/// A process waiting on a queue only the main thread could fill, while
/// the main thread waits for the process: a deadlock across interpreters.
const PROCESS_QUEUE_CYCLE: &str = r#"
import multiprocessing as mp
def consume(q):
    q.get()
if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=consume, args=(q,), name="Consumer")
    p.start()
    p.join()
"#;

#[test]
fn a_deadlock_across_interpreters_is_reported() {
    for policy in Policy::ALL {
        let report = deadlocked(policy, PROCESS_QUEUE_CYCLE);
        assert!(
            report.contains("MainThread waits for Consumer to finish"),
            "{policy}: {report}"
        );
        assert!(
            report.contains("Consumer waits for an item from an empty interpreter Queue"),
            "{policy}: {report}"
        );
    }
}

/// Two interpreters: a global changed in one is unchanged in the other,
/// under every policy.
const ISOLATED_GLOBALS: &str = r#"
from concurrent import interpreters
seen = []
def note(x):
    seen.append(x)
    return len(seen)
if __name__ == "__main__":
    a, b = interpreters.create(), interpreters.create()
    print(a.call(note, 1), a.call(note, 2), b.call(note, 3), len(seen))
"#;

#[test]
fn interpreters_keep_their_own_globals_under_every_policy() {
    prints_under_every_policy(ISOLATED_GLOBALS, "1 2 1 0\n");
}
