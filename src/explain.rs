//! `gilvm explore --explain`: from "the count is wrong" to the two lines
//! and the switch that lost the update.
//!
//! 1. **The outcome to explain.** With `# outcome:` lines (see `outcomes`),
//!    any outcome that is not `acceptable`; without them, any output that
//!    differs from the run without preemptions (the plan with no switches,
//!    where each thread runs until it blocks or ends, and the thread that
//!    became ready last goes next).
//! 2. **The fewest switches.** Schedules (`gil::baton::Plan`) with 1, then
//!    2, then 3 switches are tried in a fixed order (earliest points and
//!    lowest thread numbers first), spread over the machine's cores; the
//!    first in that order that reaches such an outcome is kept, so the
//!    answer is the same on every machine. Each switch is a preemption
//!    point the policy itself allows (a check interval under `legacy`), so
//!    the schedule is one the policy could really take.
//! 3. **The lost update.** The schedule is replayed with every instruction
//!    logged (`Config::log_steps`). A thread that loaded a global, was
//!    switched out before storing it back while another thread stored it,
//!    and then stored its stale value is a lost update: the two threads
//!    are printed side by side, instruction by instruction around the
//!    switches, with their source lines.

use std::sync::atomic::{AtomicUsize, Ordering};

use crate::explore::ExploreOptions;
use crate::gil::baton::Plan;
use crate::gil::ThreadNum;
use crate::outcomes::{classify, Rule, Verdict};
use crate::vm::runtime::LoggedStep;
use crate::vm::Config;
use crate::RunResult;

/// The most switches `explain` tries.
pub const MAX_SWITCHES: usize = 3;
/// The most schedules `explain` runs before it gives up.
pub const MAX_RUNS: usize = 20_000;

/// A schedule that reaches the outcome to explain, and its replay.
pub struct Found {
    pub plan: Plan,
    /// The replay, with every instruction logged.
    pub run: RunResult,
    /// How many schedules were run to find it.
    pub tried: usize,
}

/// What `explain` could not do.
#[derive(Debug, PartialEq, Eq)]
pub enum NotFound {
    /// Every schedule tried printed what the plain run prints.
    NoOtherOutcome { tried: usize },
}

fn config_for(name: &str, opts: &ExploreOptions, plan: Plan, log: bool) -> Config {
    let mut argv = vec![name.to_string()];
    argv.extend(opts.args.iter().cloned());
    let mut config = Config::new(argv);
    config.policy = opts.policy;
    config.switch_interval = opts.switch_interval;
    config.check_interval = opts.check_interval;
    config.seed = Some(0);
    config.schedule = Some(plan);
    config.record = log;
    config.log_steps = log;
    config
}

fn run_plan(name: &str, source: &str, opts: &ExploreOptions, plan: Plan, log: bool) -> RunResult {
    crate::run_source_with(name, source, config_for(name, opts, plan, log))
}

/// The schedules with `k` switches over `points` points and `threads`, in
/// the order they are tried: earliest points first, then lowest threads;
/// consecutive switches go to different threads.
fn plans(k: usize, points: u64, threads: &[ThreadNum]) -> Vec<Plan> {
    let mut out = Vec::new();
    let mut current: Vec<(u64, ThreadNum)> = Vec::new();
    fn grow(
        k: usize,
        from: u64,
        points: u64,
        threads: &[ThreadNum],
        current: &mut Vec<(u64, ThreadNum)>,
        out: &mut Vec<Plan>,
    ) {
        if current.len() == k {
            out.push(Plan {
                switches: current.clone(),
            });
            return;
        }
        for at in from..=points {
            for &t in threads {
                if current.last().is_some_and(|last| last.1 == t) {
                    continue;
                }
                current.push((at, t));
                grow(k, at + 1, points, threads, current, out);
                current.pop();
                if out.len() > MAX_RUNS {
                    return;
                }
            }
        }
    }
    grow(k, 1, points, threads, &mut current, &mut out);
    out
}

/// The first plan (in `plans` order) whose run `hits`, running them on
/// the machine's cores; `None` if none does.
fn first_hit(
    name: &str,
    source: &str,
    opts: &ExploreOptions,
    candidates: &[Plan],
    hits: &(dyn Fn(&RunResult) -> bool + Sync),
) -> Option<usize> {
    let next = AtomicUsize::new(0);
    let best = AtomicUsize::new(usize::MAX);
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= candidates.len() || i > best.load(Ordering::Acquire) {
                    break;
                }
                let r = run_plan(name, source, opts, candidates[i].clone(), false);
                if hits(&r) {
                    best.fetch_min(i, Ordering::AcqRel);
                }
            });
        }
    });
    let b = best.load(Ordering::Acquire);
    (b != usize::MAX).then_some(b)
}

/// Finds the schedule with the fewest switches that reaches an outcome
/// worth explaining (see the module's doc).
pub fn find(
    name: &str,
    source: &str,
    opts: &ExploreOptions,
    rules: &[Rule],
) -> Result<Found, NotFound> {
    let mut base = config_for(name, opts, Plan::default(), false);
    base.record = true;
    let baseline = crate::run_source_with(name, source, base);
    let plain = baseline.stdout.clone();
    let plain_exit = baseline.exit_code;
    let hits = |r: &RunResult| -> bool {
        match classify(rules, &r.stdout) {
            Some(v) => v != Verdict::Acceptable,
            None => r.stdout != plain || r.exit_code != plain_exit,
        }
    };
    let replay = |plan: Plan, tried: usize| Found {
        run: run_plan(name, source, opts, plan.clone(), true),
        plan,
        tried,
    };
    if !rules.is_empty() && hits(&baseline) {
        return Ok(replay(Plan::default(), 1));
    }
    let mut threads: Vec<ThreadNum> = baseline.events.iter().map(|e| e.thread()).collect();
    threads.sort_unstable();
    threads.dedup();
    let mut tried = 1;
    for k in 1..=MAX_SWITCHES {
        let candidates = plans(k, baseline.points, &threads);
        let budget = MAX_RUNS.saturating_sub(tried);
        let candidates = &candidates[..candidates.len().min(budget)];
        if candidates.is_empty() {
            break;
        }
        match first_hit(name, source, opts, candidates, &hits) {
            Some(i) => return Ok(replay(candidates[i].clone(), tried + i + 1)),
            None => tried += candidates.len(),
        }
    }
    Err(NotFound::NoOtherOutcome { tried })
}

/// A lost update in a logged run: `victim` loaded `name` at step `load`,
/// `other` stored it `lost` times while `victim` was switched out, and
/// `victim` stored its stale value at step `store`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LostUpdate {
    pub name: String,
    pub victim: ThreadNum,
    pub other: ThreadNum,
    pub load: usize,
    pub store: usize,
    pub lost: usize,
}

/// The variable an instruction reads or writes, for the kinds of shared
/// state a race loses: a global (or module-level) name.
fn target<'a>(text: &'a str, op: &str) -> Option<&'a str> {
    text.strip_prefix(op)?.strip_prefix(' ')
}

/// The first lost update in `steps` (see `LostUpdate`).
pub fn lost_update(steps: &[LoggedStep]) -> Option<LostUpdate> {
    for (load, step) in steps.iter().enumerate() {
        let Some(name) = target(&step.text, "LOAD_GLOBAL") else {
            continue;
        };
        let victim = step.thread;
        // The victim's own next store of the name.
        let Some(store) = steps[load + 1..]
            .iter()
            .position(|s| s.thread == victim && target(&s.text, "STORE_GLOBAL") == Some(name))
            .map(|k| k + load + 1)
        else {
            continue;
        };
        // A load before it (by the victim) starts a new read: skip this one.
        if steps[load + 1..store]
            .iter()
            .any(|s| s.thread == victim && target(&s.text, "LOAD_GLOBAL") == Some(name))
        {
            continue;
        }
        let stores: Vec<&LoggedStep> = steps[load + 1..store]
            .iter()
            .filter(|s| s.thread != victim && target(&s.text, "STORE_GLOBAL") == Some(name))
            .collect();
        if let Some(first) = stores.first() {
            return Some(LostUpdate {
                name: name.to_string(),
                victim,
                other: first.thread,
                load,
                store,
                lost: stores.len(),
            });
        }
    }
    None
}

/// How many steps of context to show before a switch and after a resume.
const CONTEXT: usize = 3;
/// Width of each column of the side-by-side view.
const COLUMN: usize = 38;

fn cell(step: &LoggedStep) -> String {
    if step.line == 0 {
        format!("   . {}", step.text)
    } else {
        format!("{:>4} {}", step.line, step.text)
    }
}

/// The side-by-side view of a lost update: the victim's column on the
/// left, the other thread's on the right, around each switch.
pub fn side_by_side(
    steps: &[LoggedStep],
    lost: &LostUpdate,
    name_of: &dyn Fn(ThreadNum) -> String,
    source_line: &dyn Fn(u32) -> String,
) -> String {
    let mut out = String::new();
    let left = name_of(lost.victim);
    let right = name_of(lost.other);
    out.push_str(&format!("  {left:<COLUMN$}  meanwhile\n"));
    let rule = |out: &mut String, text: &str| {
        out.push_str(&format!(
            "  {:-<1$}\n",
            format!("-- {text} "),
            2 * COLUMN + 2
        ));
    };
    // The victim before the switch: from a few steps before its load.
    let first_away = steps[lost.load + 1..lost.store]
        .iter()
        .position(|s| s.thread != lost.victim)
        .map_or(lost.store, |k| k + lost.load + 1);
    let from = steps[..=lost.load]
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, s)| s.thread == lost.victim)
        .nth(CONTEXT)
        .map_or(lost.load, |(i, _)| i);
    for s in steps[from..first_away]
        .iter()
        .filter(|s| s.thread == lost.victim)
    {
        out.push_str(&format!("  {}\n", cell(s)));
    }
    rule(
        &mut out,
        &format!(
            "switch: {left} is preempted holding the value of {} it read",
            lost.name
        ),
    );
    // The other threads while the victim is away (the right column for
    // the one that stored the name; others are summed up).
    let back = steps[first_away..=lost.store]
        .iter()
        .position(|s| s.thread == lost.victim)
        .map_or(lost.store, |k| k + first_away);
    let away: Vec<&LoggedStep> = steps[first_away..back]
        .iter()
        .filter(|s| s.thread != lost.victim)
        .collect();
    // Show the first and the last update of the name made meanwhile, each
    // from its load to its store, and count what lies between.
    let is = |s: &LoggedStep, op: &str| target(&s.text, op) == Some(lost.name.as_str());
    let update_ending = |store: usize| {
        let t = away[store].thread;
        let load = away[..store]
            .iter()
            .rposition(|s| s.thread == t && is(s, "LOAD_GLOBAL"))
            .unwrap_or(store);
        (load, store)
    };
    let first_store = away.iter().position(|s| is(s, "STORE_GLOBAL"));
    let last_store = away.iter().rposition(|s| is(s, "STORE_GLOBAL"));
    let show = |out: &mut String, range: (usize, usize)| {
        for s in &away[range.0..=range.1] {
            if s.thread == away[range.1].thread {
                out.push_str(&format!(
                    "  {:COLUMN$}  {:<27} {}\n",
                    "",
                    cell(s),
                    name_of(s.thread)
                ));
            }
        }
    };
    if let (Some(first), Some(last)) = (first_store, last_store) {
        let a = update_ending(first);
        show(&mut out, a);
        if last != first {
            let b = update_ending(last);
            let between = b.0.saturating_sub(a.1 + 1);
            let writes = away[a.1 + 1..b.0]
                .iter()
                .filter(|s| is(s, "STORE_GLOBAL"))
                .count();
            out.push_str(&format!(
                "  {:COLUMN$}     ... {between} instructions, {writes} more writes of {} ...\n",
                "", lost.name
            ));
            show(&mut out, b);
        }
    }
    rule(&mut out, &format!("switch: back to {left}"));
    let resumed: Vec<&LoggedStep> = steps[back..=lost.store]
        .iter()
        .filter(|s| s.thread == lost.victim)
        .collect();
    let skip = resumed.len().saturating_sub(CONTEXT + 1);
    if skip > 0 {
        out.push_str(&format!("  ... {skip} more instructions ...\n"));
    }
    for s in &resumed[skip..] {
        out.push_str(&format!("  {}\n", cell(s)));
    }
    let line = steps[lost.store].line;
    let text = source_line(line);
    let mut writers: Vec<ThreadNum> = away
        .iter()
        .filter(|s| target(&s.text, "STORE_GLOBAL") == Some(lost.name.as_str()))
        .map(|s| s.thread)
        .collect();
    writers.dedup();
    writers.sort_unstable();
    writers.dedup();
    let names: Vec<String> = writers.iter().map(|&t| name_of(t)).collect();
    let who = match names.len() {
        0 | 1 => right.clone(),
        n => format!("{} and {}", names[..n - 1].join(", "), names[n - 1]),
    };
    let story = format!(
        "`{text}` (line {line}) is a read-modify-write: {left} read {name}, was switched \
         out before writing it back, {who} wrote {name} {n} time{s} meanwhile, and {left} \
         then stored what it had computed from its stale read: {n} update{s} lost.\n",
        name = lost.name,
        n = lost.lost,
        s = if lost.lost == 1 { "" } else { "s" },
    );
    out.push('\n');
    out.push_str(&wrap(&story, 2 * COLUMN + 4));
    out
}

/// `text` in lines of at most `width` columns, broken at spaces.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for word in text.split(' ') {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            out.push_str(&line);
            out.push('\n');
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    out.push_str(&line);
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(thread: ThreadNum, text: &str) -> LoggedStep {
        LoggedStep {
            thread,
            line: 7,
            text: text.to_string(),
        }
    }

    #[test]
    fn a_stale_store_is_a_lost_update() {
        let steps = vec![
            step(2, "LOAD_GLOBAL counter"),
            step(2, "LOAD_CONST 1"),
            step(3, "LOAD_GLOBAL counter"),
            step(3, "LOAD_CONST 1"),
            step(3, "BINARY_OP +"),
            step(3, "STORE_GLOBAL counter"),
            step(2, "BINARY_OP +"),
            step(2, "STORE_GLOBAL counter"),
        ];
        let lost = lost_update(&steps).expect("a lost update");
        assert_eq!(
            lost,
            LostUpdate {
                name: "counter".into(),
                victim: 2,
                other: 3,
                load: 0,
                store: 7,
                lost: 1,
            }
        );
        // Taking turns whole loses nothing.
        let fine = vec![
            step(2, "LOAD_GLOBAL counter"),
            step(2, "STORE_GLOBAL counter"),
            step(3, "LOAD_GLOBAL counter"),
            step(3, "STORE_GLOBAL counter"),
        ];
        assert_eq!(lost_update(&fine), None);
    }

    #[test]
    fn plans_come_earliest_first_and_never_repeat_a_thread() {
        let ps = plans(2, 3, &[1, 2]);
        assert_eq!(ps[0].to_string(), "1:1,2:2");
        assert!(ps.iter().all(|p| p.switches[0].1 != p.switches[1].1));
        assert!(ps.iter().all(|p| p.switches[0].0 < p.switches[1].0));
        assert_eq!(plans(1, 2, &[1, 2, 3]).len(), 6);
    }
}
