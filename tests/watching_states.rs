//! The interval model every watching view draws from.

mod trace_fixtures;

use gilvm::trace::states::{format_duration, InstantKind, State, Timeline};
use gilvm::trace::{BlockKind, DropReason, Event, EventKind};
use proptest::prelude::*;
use trace_fixtures::*;

fn states_of(tl: &Timeline, thread: u32) -> Vec<(String, u64, u64)> {
    let row = tl.rows.iter().find(|r| r.thread == thread).unwrap();
    row.intervals
        .iter()
        .map(|i| (i.state.label(), i.start_ns / US, i.end_ns / US))
        .collect()
}

#[test]
fn cpu_thread_alternates_running_and_waiting() {
    let (events, info) = two_cpu();
    let tl = Timeline::build(&events, &info);
    assert_eq!(
        tl.rows.iter().map(|r| r.thread).collect::<Vec<_>>(),
        [1, 2, 3]
    );
    let cpu1 = states_of(&tl, 2);
    let expect = [
        ("waiting for GIL", 100, 250),
        ("running", 250, 5270),
        ("waiting for GIL", 5270, 10350),
        ("running", 10350, 15370),
    ];
    for (got, want) in cpu1.iter().zip(expect) {
        assert_eq!((got.0.as_str(), got.1, got.2), want);
    }
    assert_eq!(cpu1.last().unwrap().0, "exited");
    let row = &tl.rows[1];
    assert_eq!(row.intervals[1].dropped, Some(DropReason::Requested));
    let ran = row.intervals[1].ran.as_ref().unwrap();
    assert_eq!((ran.count, ran.lines.clone()), (5000, vec![4, 5, 6]));
    assert_eq!(
        tl.rows[0].intervals[1].state,
        State::Blocked(BlockKind::Join, "cpu-1 to finish".into())
    );
}

#[test]
fn a_run_cut_short_closes_everything_at_its_end() {
    let (events, info) = deadlock();
    let tl = Timeline::build(&events, &info);
    for row in &tl.rows {
        let last = row.intervals.last().unwrap();
        assert_eq!(last.end_ns, info.end_ns, "{}", row.name);
        assert!(matches!(last.state, State::Blocked(..)), "{}", row.name);
    }
    let left = tl.rows[1].intervals.last().unwrap();
    assert_eq!(
        left.state,
        State::Blocked(BlockKind::Lock, "Lock held by right".into())
    );
    let printed: Vec<_> = tl
        .instants
        .iter()
        .filter_map(|i| match &i.kind {
            InstantKind::Output { text } => Some((i.lane.thread, text.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(printed, [(2, "left has A"), (3, "right has B")]);
}

#[test]
fn unsorted_and_malformed_lists_still_make_sense() {
    let ev = |t, thread, kind| Event::on_thread(t, thread, kind);
    let events = vec![
        ev(50, 4, EventKind::Acquired), // never started
        ev(10, 4, EventKind::Woke),     // before it, out of order
        ev(
            60,
            5,
            EventKind::Dropped {
                reason: DropReason::Requested,
            },
        ),
        ev(70, 5, EventKind::ThreadExit),
        ev(80, 5, EventKind::ThreadExit),
        ev(
            90,
            6,
            EventKind::Blocked {
                kind: BlockKind::Queue,
                what: "q.get()".into(),
            },
        ),
        ev(
            95,
            6,
            EventKind::Ran {
                count: 3,
                lines: vec![1],
            },
        ),
        ev(
            200,
            7,
            EventKind::ThreadStart {
                name: "late".into(),
            },
        ), // after end_ns
    ];
    let tl = Timeline::build(&events, &info("x.py", "cpython", 100));
    assert_eq!(tl.end_ns, 200);
    assert_eq!(states_of(&tl, 4).len(), 2);
    assert_eq!(tl.rows[0].name, "thread 4");
    assert_eq!(tl.rows[0].intervals[1].state, State::Running);
    assert_eq!(tl.rows[0].intervals[1].end_ns, 200);
    assert_eq!(tl.rows[1].intervals.last().unwrap().state, State::Exited);
    assert_eq!(
        tl.rows[2].intervals[0].state,
        State::Blocked(BlockKind::Queue, "q.get()".into())
    );
    let empty = Timeline::build(&[], &info("x.py", "cpython", 0));
    assert!(empty.rows.is_empty());
}

#[test]
fn durations_read_well() {
    let cases = [
        (0, "0"),
        (850, "850 ns"),
        (850_000, "850 µs"),
        (12_340_000, "12.3 ms"),
        (1_200_000_000, "1.20 s"),
        (999_999, "1.00 ms"),
        (5 * MS, "5.00 ms"),
        (125 * 1_000_000_000, "125 s"),
    ];
    for (ns, want) in cases {
        assert_eq!(format_duration(ns, false), want);
    }
    assert_eq!(format_duration(850_000, true), "850 us");
}

fn any_event() -> impl Strategy<Value = Event> {
    let kind = prop_oneof![
        Just(EventKind::ThreadStart { name: "t".into() }),
        Just(EventKind::ThreadExit),
        Just(EventKind::WantGil),
        Just(EventKind::Acquired),
        Just(EventKind::Dropped {
            reason: DropReason::Requested
        }),
        Just(EventKind::Dropped {
            reason: DropReason::Blocking
        }),
        Just(EventKind::Dropped {
            reason: DropReason::Exit
        }),
        Just(EventKind::DropRequest { holder: Some(1) }),
        Just(EventKind::Blocked {
            kind: BlockKind::Lock,
            what: "l".into()
        }),
        Just(EventKind::Woke),
        Just(EventKind::Output {
            text: "\u{1b}[2J<b>".into()
        }),
        Just(EventKind::Ran {
            count: 1,
            lines: vec![1, 2]
        }),
    ];
    (0u64..1000, 1u32..4, kind)
        .prop_map(|(t_ns, thread, kind)| Event::on_thread(t_ns, thread, kind))
}

proptest! {
    #[test]
    fn any_list_gives_ordered_disjoint_intervals(
        events in proptest::collection::vec(any_event(), 0..40),
        end in 0u64..1200,
    ) {
        let info = info("p.py", "cpython", end);
        let tl = Timeline::build(&events, &info);
        for row in &tl.rows {
            let mut at = 0;
            for iv in &row.intervals {
                prop_assert!(iv.start_ns >= at && iv.end_ns >= iv.start_ns);
                prop_assert!(iv.end_ns <= tl.end_ns);
                at = iv.end_ns;
            }
        }
        // And no view panics on it.
        let _ = gilvm::trace::timeline::timeline(&events, &info, &Default::default());
        let _ = gilvm::trace::stats::stats(&events, &info, &Default::default());
        let _ = gilvm::trace::chrome::chrome_trace(&events, &info);
        let _ = gilvm::trace::report::html(&events, &info);
    }
}

#[test]
fn the_collector_returns_events_in_time_order() {
    let (tx, rx) = crossbeam_channel::unbounded();
    let collector = gilvm::trace::Collector::spawn(rx);
    let senders: Vec<_> = (1..=2u32)
        .map(|thread| {
            let tx = tx.clone();
            std::thread::spawn(move || {
                for t in (0..50u64).rev() {
                    let kind = EventKind::Output {
                        text: format!("{thread}"),
                    };
                    tx.send(Event::on_thread(t * 10 + u64::from(thread), thread, kind))
                        .unwrap();
                }
            })
        })
        .collect();
    drop(tx);
    for s in senders {
        s.join().unwrap();
    }
    let events = collector.finish();
    assert_eq!(events.len(), 100);
    assert!(events.windows(2).all(|w| w[0].t_ns <= w[1].t_ns));
}

#[test]
fn blocked_before_dropped_keeps_what_it_waits_for() {
    let ev = |t, kind| Event::on_thread(t, 1, kind);
    let events = vec![
        ev(0, EventKind::ThreadStart { name: "m".into() }),
        ev(0, EventKind::Acquired),
        ev(
            10,
            EventKind::Blocked {
                kind: BlockKind::Event,
                what: "e.wait()".into(),
            },
        ),
        ev(
            10,
            EventKind::Dropped {
                reason: DropReason::Blocking,
            },
        ),
        ev(30, EventKind::Woke),
        ev(
            40,
            EventKind::Dropped {
                reason: DropReason::Requested,
            },
        ),
    ];
    let tl = Timeline::build(&events, &info("x.py", "cpython", 50));
    // running, blocked: event, waiting (not split by the late drop)
    assert_eq!(tl.rows[0].intervals.len(), 3);
    let row = &tl.rows[0];
    assert_eq!(
        row.intervals[1].state,
        State::Blocked(BlockKind::Event, "e.wait()".into())
    );
    assert_eq!(
        (row.intervals[2].start_ns, row.intervals[2].end_ns),
        (30, 50)
    );
}

/// Rows are keyed by lane, not by thread: a task's lane is a row of its
/// own, listed right after its thread's row (what asyncio tasks will use).
#[test]
fn a_task_lane_is_a_row_of_its_own_after_its_thread() {
    let (_, info) = two_cpu();
    let start = |t, thread, name: &str| {
        Event::on_thread(
            t,
            thread,
            EventKind::ThreadStart {
                name: name.to_string(),
            },
        )
    };
    let mut task = start(5, 1, "Task-1");
    task.lane.task = Some(1);
    let mut task_runs = Event::on_thread(6, 1, EventKind::Acquired);
    task_runs.lane.task = Some(1);
    let events = vec![
        start(0, 1, "MainThread"),
        start(0, 2, "Thread-1"),
        Event::on_thread(1, 1, EventKind::Acquired),
        task,
        task_runs,
    ];
    let tl = Timeline::build(&events, &info);
    let rows: Vec<(&str, u32, Option<u32>)> = tl
        .rows
        .iter()
        .map(|r| (r.name.as_str(), r.thread, r.lane.task))
        .collect();
    assert_eq!(
        rows,
        [
            ("MainThread", 1, None),
            ("Task-1", 1, Some(1)),
            ("Thread-1", 2, None)
        ]
    );
    let task_row = &tl.rows[1];
    assert_eq!(task_row.intervals[1].state, State::Running);
}
