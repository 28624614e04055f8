//! `--timeline`: snapshots of hand-made runs, drawn 80 columns wide.

mod trace_fixtures;

use gilvm::trace::timeline::{timeline, TimelineOptions};
use trace_fixtures::*;

fn draw(run: (Vec<gilvm::trace::Event>, gilvm::trace::RunInfo), ascii: bool) -> String {
    let opts = TimelineOptions {
        width: 80,
        ascii,
        color: false,
    };
    timeline(&run.0, &run.1, &opts)
}

#[test]
fn two_cpu_threads_alternate() {
    insta::assert_snapshot!("timeline_two_cpu", draw(two_cpu(), false));
}

#[test]
fn two_cpu_threads_alternate_ascii() {
    let text = draw(two_cpu(), true);
    assert!(text.is_ascii());
    insta::assert_snapshot!("timeline_two_cpu_ascii", text);
}

#[test]
fn convoy() {
    insta::assert_snapshot!("timeline_convoy", draw(trace_fixtures::convoy(), false));
}

#[test]
fn deadlock() {
    insta::assert_snapshot!("timeline_deadlock", draw(trace_fixtures::deadlock(), false));
}

#[test]
fn free_threaded_runs_overlap() {
    insta::assert_snapshot!("timeline_none", draw(free_threaded(), false));
}

#[test]
fn colour_adds_only_escape_codes() {
    let (events, info) = two_cpu();
    let plain = draw(two_cpu(), false);
    let opts = TimelineOptions {
        width: 80,
        ascii: false,
        color: true,
    };
    let coloured = timeline(&events, &info, &opts);
    assert!(coloured.contains("\x1b[32m█"));
    assert!(coloured.contains("\x1b[33m░"));
    assert!(coloured.contains("\x1b[34mJ"));
    let mut stripped = String::new();
    let mut rest = coloured.as_str();
    while let Some(at) = rest.find('\x1b') {
        stripped.push_str(&rest[..at]);
        let end = rest[at..].find('m').unwrap();
        rest = &rest[at + end + 1..];
    }
    stripped.push_str(rest);
    assert_eq!(stripped, plain);
}

#[test]
fn every_line_fits_the_width_and_names_are_cut_only_when_there_is_no_room() {
    let (mut events, info) = two_cpu();
    for e in &mut events {
        if let gilvm::trace::EventKind::ThreadStart { name } = &mut e.kind {
            if name == "cpu-1" {
                *name = "a-very-long-thread-name\u{1b}[2J".into();
            }
        }
    }
    for width in [20, 60, 80, 133] {
        let opts = TimelineOptions {
            width,
            ascii: false,
            color: false,
        };
        let text = timeline(&events, &info, &opts);
        // Names get a quarter of the width (at least 12 columns): cut on a
        // narrow timeline, whole on a wide one (issue 16).
        if width < 133 {
            let room = (width / 4).max(12);
            // The first two columns hold the thread's key ("1 ").
            let cut: String = "a-very-long-thread-name".chars().take(room - 3).collect();
            assert!(text.contains(&format!("{cut}…")), "{width}: {text}");
        } else {
            assert!(text.contains("a-very-long-thread-name"), "{width}: {text}");
            assert!(!text.contains('…'), "{width}: {text}");
        }
        assert!(!text.contains('\u{1b}'));
        for line in text.lines().skip(1).take(6) {
            assert!(line.chars().count() <= width.max(25), "{width}: {line}");
        }
    }
}

#[test]
fn wide_characters_in_names_keep_the_bars_aligned() {
    // CJK characters take two columns and emoji two: names are padded and
    // cut by display width, so every bar starts in the same column.
    let (mut events, info) = two_cpu();
    for e in &mut events {
        if let gilvm::trace::EventKind::ThreadStart { name } = &mut e.kind {
            if name == "cpu-1" {
                *name = "工作线程".into();
            } else if name == "cpu-2" {
                *name = "🧵 worker".into();
            }
        }
    }
    let opts = TimelineOptions {
        width: 80,
        ascii: false,
        color: false,
    };
    let text = timeline(&events, &info, &opts);
    let bar_columns: Vec<usize> = text
        .lines()
        .filter(|l| l.contains('│'))
        .map(|l| {
            let before = &l[..l.find('│').unwrap()];
            unicode_width::UnicodeWidthStr::width(before)
        })
        .collect();
    assert!(text.contains("1 工作线程"), "{text}");
    assert!(bar_columns.len() >= 4, "{text}");
    assert!(bar_columns.iter().all(|&c| c == bar_columns[0]), "{text}");
}

#[test]
fn the_lock_row_shows_one_holder_at_a_time_with_each_threads_key() {
    let (events, info) = two_cpu();
    let opts = TimelineOptions {
        width: 80,
        ascii: true,
        color: false,
    };
    let text = timeline(&events, &info, &opts);
    let lock = text
        .lines()
        .find(|l| l.starts_with("GIL held by"))
        .expect("a lock row");
    let cells: String = lock.split('|').nth(1).unwrap().to_string();
    // cpu-1 (key 1) and cpu-2 (key 2) take turns; MainThread (key 0)
    // waits in join meanwhile.
    assert!(cells.contains('1') && cells.contains('2'), "{lock}");
    assert!(
        cells.chars().all(|c| c == '1' || c == '2' || c == ' '),
        "{lock}"
    );
    assert!(text.contains("\n1 cpu-1 "), "{text}");
    assert!(text.lines().nth(1).unwrap().contains("GIL busy"), "{text}");
}

#[test]
fn colour_comes_as_ansi_sequences_and_only_when_asked() {
    let (events, info) = two_cpu();
    let mut opts = TimelineOptions {
        width: 80,
        ascii: false,
        color: true,
    };
    let coloured = timeline(&events, &info, &opts);
    assert!(coloured.contains("\u{1b}[32m"), "running is green");
    opts.color = false;
    assert!(!timeline(&events, &info, &opts).contains('\u{1b}'));
}
