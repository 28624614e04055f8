//! `--timeline`: the run drawn in the terminal, one row per thread.
//!
//! Time runs left to right over `width` columns; each cell shows the state
//! the thread spent most of that slice of time in: `█` running (holding the
//! GIL), `░` waiting for the GIL, a letter for what a blocked thread waits
//! on (`z` sleep, `L` lock, `J` join, `Q` queue, `E` event, `C` condition,
//! `S` semaphore, `─` anything else), blank before it started and after it
//! exited. Above each interpreter's thread rows is its lock's own row
//! (`lock_row`): the key of the thread that held the GIL, so that one
//! glance shows it held by one thread at a time; under `--gil none`, rows
//! counting the threads that ran at once instead. A caption states the
//! result; a legend and a time scale follow.

use anstyle::{AnsiColor, Style};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::lock_row;
use super::states::{
    cell_overlaps, cell_start, format_duration, format_tick, sanitize, tick_step, State, Timeline,
};
use super::{BlockKind, Event, RunInfo};

/// Columns given to thread names (longer names are cut with `…`).
pub const LABEL_WIDTH: usize = 12;

/// How to draw the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimelineOptions {
    /// The whole line's width in columns (the terminal's width).
    pub width: usize,
    /// Only ASCII characters (`#` running, `.` waiting, `-` other blocks).
    pub ascii: bool,
    /// ANSI colours: running green, waiting yellow, blocked blue.
    pub color: bool,
}

impl Default for TimelineOptions {
    fn default() -> Self {
        TimelineOptions {
            width: 80,
            ascii: false,
            color: false,
        }
    }
}

/// What a cell shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cell {
    Running,
    Waiting,
    Blocked(BlockKind),
    Blank,
}

const BLOCK_KINDS: [BlockKind; 8] = [
    BlockKind::Sleep,
    BlockKind::Lock,
    BlockKind::Join,
    BlockKind::Queue,
    BlockKind::Event,
    BlockKind::Condition,
    BlockKind::Semaphore,
    BlockKind::Other,
];

/// Cells in tie-break order (on equal time the earlier wins); weights are
/// kept per index into this.
const CELLS: [Cell; 11] = [
    Cell::Running,
    Cell::Waiting,
    Cell::Blocked(BlockKind::Sleep),
    Cell::Blocked(BlockKind::Lock),
    Cell::Blocked(BlockKind::Join),
    Cell::Blocked(BlockKind::Queue),
    Cell::Blocked(BlockKind::Event),
    Cell::Blocked(BlockKind::Condition),
    Cell::Blocked(BlockKind::Semaphore),
    Cell::Blocked(BlockKind::Other),
    Cell::Blank,
];

fn cell_index(cell: Cell) -> usize {
    CELLS
        .iter()
        .position(|c| *c == cell)
        .unwrap_or(CELLS.len() - 1)
}

fn glyph(cell: Cell, ascii: bool) -> char {
    match cell {
        Cell::Running if ascii => '#',
        Cell::Running => '█',
        Cell::Waiting if ascii => '.',
        Cell::Waiting => '░',
        Cell::Blocked(kind) => match kind {
            BlockKind::Sleep => 'z',
            BlockKind::Lock => 'L',
            BlockKind::Join => 'J',
            BlockKind::Queue => 'Q',
            BlockKind::Event => 'E',
            BlockKind::Condition => 'C',
            BlockKind::Semaphore => 'S',
            BlockKind::Other if ascii => '-',
            BlockKind::Other => '─',
        },
        Cell::Blank => ' ',
    }
}

fn style(cell: Cell) -> Style {
    let colour = match cell {
        Cell::Running => AnsiColor::Green,
        Cell::Waiting => AnsiColor::Yellow,
        Cell::Blocked(_) => AnsiColor::Blue,
        Cell::Blank => return Style::new(),
    };
    Style::new().fg_color(Some(colour.into()))
}

/// Each thread's colour in the lock row and on its key, by key.
const THREAD_COLOURS: [AnsiColor; 12] = [
    AnsiColor::Cyan,
    AnsiColor::Magenta,
    AnsiColor::Blue,
    AnsiColor::Yellow,
    AnsiColor::Green,
    AnsiColor::Red,
    AnsiColor::BrightCyan,
    AnsiColor::BrightMagenta,
    AnsiColor::BrightBlue,
    AnsiColor::BrightYellow,
    AnsiColor::BrightGreen,
    AnsiColor::BrightRed,
];

fn thread_style(key: usize) -> Style {
    let colour = THREAD_COLOURS[key % THREAD_COLOURS.len()];
    Style::new().fg_color(Some(colour.into())).bold()
}

/// The timeline of a run as text, one line per `\n`.
pub fn timeline(events: &[Event], info: &RunInfo, opts: &TimelineOptions) -> String {
    render(&Timeline::build(events, info), info, opts)
}

/// Draws an already-built model (see [`timeline`]).
pub fn render(tl: &Timeline, info: &RunInfo, opts: &TimelineOptions) -> String {
    let label_w = label_width(tl, opts.width);
    let bar = opts.width.saturating_sub(label_w + 3).max(10);
    let span = tl.end_ns.max(1);
    let dash = if opts.ascii { "-" } else { "—" };
    let mut out = format!(
        "{} {dash} policy {}, {}{}\n",
        sanitize(&info.script),
        sanitize(&info.policy),
        format_duration(tl.end_ns, opts.ascii),
        if info.interrupted {
            ", interrupted by Ctrl-C"
        } else {
            ""
        }
    );
    out.push_str(&wrap(&lock_row::caption(tl), opts.width.max(20)));
    let (left, right) = if opts.ascii {
        ('|', '|')
    } else {
        ('│', '│')
    };
    let row_line = |out: &mut String, label: &str, painted: &str| {
        out.push_str(label);
        out.push(' ');
        out.push(left);
        out.push_str(painted);
        out.push(right);
        out.push('\n');
    };
    let keys = lock_row::thread_keys(tl);
    let mut used = [false; CELLS.len()];
    // With several interpreters, a line above each one's rows: each has
    // its own lock, so their rows may run at the same time.
    let several = tl.rows.iter().any(|r| r.lane.interpreter != 0);
    let mut group = None;
    for (row, key) in tl.rows.iter().zip(&keys) {
        if group != Some(row.lane.interpreter) {
            group = Some(row.lane.interpreter);
            if several {
                out.push_str(&group_line(row.lane.interpreter, label_w, bar, opts.ascii));
            }
            for (label, painted) in lock_lines(tl, row.lane.interpreter, bar, label_w, opts) {
                row_line(&mut out, &label, &painted);
            }
        }
        let cells = bucket_cells(&row.intervals, span, bar);
        for c in &cells {
            used[cell_index(*c)] = true;
        }
        // A thread's row starts with its key (its letter in the lock row);
        // a task's row sits under its thread's, indented.
        let name = match row.lane.task {
            Some(_) => format!("    {}", row.name),
            None => format!("  {}", row.name),
        };
        let mut text = label(&name, label_w, opts.ascii);
        if let Some(k) = key {
            let styled = paint_glyphs(&[(lock_row::key_char(*k), thread_style(*k))], opts.color);
            text = format!("{styled}{}", &text[1..]);
        }
        let glyphs: Vec<(char, Style)> = cells
            .iter()
            .map(|&c| (glyph(c, opts.ascii), style(c)))
            .collect();
        row_line(&mut out, &text, &paint_glyphs(&glyphs, opts.color));
    }
    out.push_str(&axis(tl.end_ns, label_w, bar, opts.ascii));
    let has_tasks = tl.rows.iter().any(|r| r.lane.task.is_some());
    out.push_str(&legend(&used, tl.free_threaded, has_tasks, opts));
    out
}

/// The lock's row for one interpreter (its label and painted cells): the
/// key of the thread holding its GIL in each cell. Without a GIL, one row
/// per thread running at once.
fn lock_lines(
    tl: &Timeline,
    interpreter: u32,
    bar: usize,
    label_w: usize,
    opts: &TimelineOptions,
) -> Vec<(String, String)> {
    let span = tl.end_ns.max(1);
    if tl.free_threaded {
        let load = lock_row::parallel(tl, interpreter, span, bar);
        let full = if opts.ascii { '#' } else { '█' };
        let busy = Style::new().fg_color(Some(AnsiColor::Green.into()));
        return (1..=lock_row::parallel_rows(&load))
            .map(|k| {
                let glyphs: Vec<(char, Style)> = load
                    .iter()
                    .map(|&c| match lock_row::parallel_busy(c, k) {
                        true => (full, busy),
                        false => (' ', Style::new()),
                    })
                    .collect();
                let name = lock_row::parallel_label(k, opts.ascii);
                (
                    label(&name, label_w, opts.ascii),
                    paint_glyphs(&glyphs, opts.color),
                )
            })
            .collect();
    }
    let glyphs: Vec<(char, Style)> = lock_row::holders(tl, interpreter, span, bar)
        .into_iter()
        .map(|h| match h {
            Some(k) => (lock_row::key_char(k), thread_style(k)),
            None => (' ', Style::new()),
        })
        .collect();
    vec![(
        label("GIL held by", label_w, opts.ascii),
        paint_glyphs(&glyphs, opts.color),
    )]
}

/// Why: a cell covers a slice of time in which a thread may have been in
/// several states; showing the one it spent the most time in keeps long
/// runs readable (slices much shorter than a cell disappear, as they must).
fn bucket_cells(intervals: &[super::states::Interval], span: u64, bar: usize) -> Vec<Cell> {
    let bounds = |i: usize| cell_start(i, span, bar);
    let mut weights = vec![[0u64; CELLS.len()]; bar];
    for iv in intervals {
        let cell = match &iv.state {
            State::Running => Cell::Running,
            State::WaitingForGil => Cell::Waiting,
            State::Blocked(kind, _) => Cell::Blocked(*kind),
            State::Exited => continue,
        };
        let k = cell_index(cell);
        for (b, overlap) in cell_overlaps(iv.start_ns, iv.end_ns, span, bar) {
            weights[b][k] += overlap;
        }
    }
    weights
        .iter()
        .enumerate()
        .map(|(b, w)| {
            let len = bounds(b + 1) - bounds(b);
            let mut best = (w[0], 0);
            for (k, &v) in w.iter().enumerate().skip(1) {
                if v > best.0 {
                    best = (v, k);
                }
            }
            let busy: u64 = w.iter().sum();
            // Blank only when the thread was mostly not alive in the cell.
            if best.0 == 0 || len.saturating_sub(busy) > best.0 {
                Cell::Blank
            } else {
                CELLS[best.1]
            }
        })
        .collect()
}

/// `── interpreter 1, its own GIL ──────` across the label and the bar.
fn group_line(interpreter: u32, label_w: usize, bar: usize, ascii: bool) -> String {
    let rule = if ascii { '-' } else { '─' };
    let title = if interpreter == 0 {
        " interpreter 0 (the script's), its GIL ".to_string()
    } else {
        format!(" interpreter {interpreter}, its own GIL ")
    };
    let width = label_w + 3 + bar;
    let mut line: String = std::iter::repeat_n(rule, 2).collect();
    line.push_str(&title);
    let used = line.chars().count();
    line.extend(std::iter::repeat_n(rule, width.saturating_sub(used)));
    line.push('\n');
    line
}

/// The width of the names column: the longest name (after its key, a
/// task's indented further),
/// at least `LABEL_WIDTH` and at most a quarter of the timeline, so that
/// names show whole when there is room and the bars keep most of it.
fn label_width(tl: &Timeline, width: usize) -> usize {
    let longest = tl
        .rows
        .iter()
        .map(|r| {
            let indent = if r.lane.task.is_some() { 4 } else { 2 };
            sanitize(&r.name).width() + indent
        })
        .max()
        .unwrap_or(0);
    longest.clamp(LABEL_WIDTH, LABEL_WIDTH.max(width / 4))
}

/// `name` padded or cut to `width` terminal columns: measured by display
/// width, so CJK characters (two columns) and emoji line up.
fn label(name: &str, width: usize, ascii: bool) -> String {
    let name = sanitize(name);
    let w = name.width();
    if w <= width {
        return format!("{name}{}", " ".repeat(width - w));
    }
    let mut cut = String::new();
    let mut used = 0;
    for c in name.chars() {
        let cw = c.width().unwrap_or(0);
        if used + cw > width - 1 {
            break;
        }
        cut.push(c);
        used += cw;
    }
    let pad = " ".repeat(width - 1 - used);
    format!("{cut}{}{pad}", if ascii { '~' } else { '…' })
}

/// `text` broken between words into lines of at most `width` columns.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line_w = 0;
    for word in text.split(' ') {
        let w = word.width();
        if line_w > 0 && line_w + 1 + w > width {
            out.push('\n');
            line_w = 0;
        } else if line_w > 0 {
            out.push(' ');
            line_w += 1;
        }
        out.push_str(word);
        line_w += w;
    }
    out.push('\n');
    out
}

/// Characters, each in its style when `color`: one escape sequence per
/// run of equal styles.
fn paint_glyphs(glyphs: &[(char, Style)], color: bool) -> String {
    let mut s = String::new();
    let mut open = Style::new();
    for &(c, st) in glyphs {
        if color && st != open {
            s.push_str(&format!("{}{}", open.render_reset(), st.render()));
            open = st;
        }
        s.push(c);
    }
    if color {
        s.push_str(&open.render_reset().to_string());
    }
    s
}

/// Two lines: tick marks under the bars, and their labels, with the total
/// run time at the right end.
fn axis(end_ns: u64, label_w: usize, bar: usize, ascii: bool) -> String {
    let span = end_ns.max(1);
    let step = tick_step(span, (bar / 10) as u64);
    let (line, tick, corner_l, corner_r) = if ascii {
        ('-', '+', '+', '+')
    } else {
        ('─', '┬', '├', '┤')
    };
    let mut marks = vec![line; bar];
    let mut labels = vec![' '; bar + 2];
    let total = format_duration(end_ns, ascii);
    let total_len = total.chars().count();
    let total_at = (bar + 2).saturating_sub(total_len);
    let mut free_from = 0;
    let mut t = 0u64;
    while t < span {
        let col = (t as u128 * bar as u128 / span as u128) as usize;
        // Time 0 is the left edge, marked by the corner itself.
        let at = if t == 0 { 0 } else { col + 1 };
        if t > 0 {
            marks[col.min(bar - 1)] = tick;
        }
        let text: Vec<char> = format_tick(t, step, ascii).chars().collect();
        if at >= free_from && at + text.len() < total_at {
            labels[at..at + text.len()].copy_from_slice(&text);
            free_from = at + text.len() + 2;
        }
        t = match t.checked_add(step) {
            Some(next) => next,
            None => break,
        };
    }
    for (i, c) in total.chars().enumerate() {
        if let Some(slot) = labels.get_mut(total_at + i) {
            *slot = c;
        }
    }
    let pad = " ".repeat(label_w + 1);
    let marks: String = marks.into_iter().collect();
    let labels: String = labels.into_iter().collect();
    format!(
        "{pad}{corner_l}{marks}{corner_r}\n{pad}{}\n",
        labels.trim_end()
    )
}

/// The legend, wrapped to the timeline's width.
fn legend(used: &[bool], free_threaded: bool, has_tasks: bool, opts: &TimelineOptions) -> String {
    let waiting = match (free_threaded, has_tasks) {
        (true, false) => "waiting to run",
        (false, false) => "waiting for GIL",
        (true, true) => "waiting to run (a task: ready)",
        (false, true) => "waiting for GIL (a task: ready)",
    };
    let mut items = vec![
        (Some(Cell::Running), "running"),
        (Some(Cell::Waiting), waiting),
    ];
    let blocked: Vec<BlockKind> = BLOCK_KINDS
        .into_iter()
        .filter(|k| used[cell_index(Cell::Blocked(*k))])
        .collect();
    if !blocked.is_empty() {
        items.push((None, "blocked:"));
    }
    for &kind in &blocked {
        items.push((Some(Cell::Blocked(kind)), kind.as_str()));
    }
    items.push((None, "blank: not alive"));
    items.push((
        None,
        if free_threaded && opts.ascii {
            "running xk: k threads ran at once"
        } else if free_threaded {
            "running \u{d7}k: k threads ran at once"
        } else {
            "GIL held by: the key (left of each name) of the thread holding it"
        },
    ));
    let width = opts.width.max(LABEL_WIDTH + 13);
    let mut out = String::new();
    let mut line_len = 0;
    for (cell, text) in items {
        let len = text.chars().count() + if cell.is_some() { 2 } else { 0 };
        if line_len > 0 && line_len + 2 + len > width {
            out.push('\n');
            line_len = 0;
        }
        if line_len > 0 {
            out.push_str("  ");
            line_len += 2;
        }
        if let Some(cell) = cell {
            out.push_str(&paint_glyphs(
                &[(glyph(cell, opts.ascii), style(cell))],
                opts.color,
            ));
            out.push(' ');
        }
        out.push_str(text);
        line_len += len;
    }
    out.push('\n');
    out
}
