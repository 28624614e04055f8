//! `--report FILE.svg` / `FILE.html`: a self-contained picture of the run.
//!
//! [`svg`] draws one lane per thread (name at left), a rectangle per state
//! interval coloured from the Okabe–Ito palette (safe for colour-blind
//! viewers), each with a `<title>` tooltip (thread, state, start, duration,
//! why it ended, source lines), drop requests as black triangles, printed
//! lines as ticks, a legend and a time axis. [`html`] wraps it in a page
//! for a projector: the script, the run settings, the picture and the stats
//! table, inline CSS, nothing fetched from the network. All text from the
//! run (thread names, output, script path) is escaped.

use std::fmt::Write as _;

use super::lock_row;
use super::states::{
    format_duration, format_tick, tick_step, InstantKind, Interval, State, Timeline,
};
use super::stats::Stats;
use super::{BlockKind, Event, Lane, RunInfo};

const WIDTH: f64 = 1300.0;
/// The names column: at least this wide, wider for long names up to
/// `MAX_LABEL_W`.
const LABEL_W: f64 = 190.0;
const MAX_LABEL_W: f64 = 330.0;
/// The strip above the rows that names the run's phases.
const PHASE_H: f64 = 26.0;
const RIGHT_PAD: f64 = 40.0;
const TOP: f64 = 88.0;
const LANE_H: f64 = 36.0;
const LANE_GAP: f64 = 12.0;
/// The height of an interpreter's heading, above its rows.
const GROUP_H: f64 = 24.0;
const FONT: &str = "font-family=\"system-ui, sans-serif\"";

/// Fill colours (Okabe–Ito) and legend labels, in legend order.
const RUNNING: (&str, &str) = ("#009E73", "running");
const WAITING: (&str, &str) = ("#E69F00", "waiting for GIL");
const SLEEP: (&str, &str) = ("#56B4E9", "blocked: sleep");
/// Locks, conditions and semaphores (the tooltip tells which).
const SYNC: (&str, &str) = ("#CC79A7", "blocked: lock");
/// Join, queue, event and anything else (the tooltip tells which).
const OTHER: (&str, &str) = ("#0072B2", "blocked: join/queue/event");

fn colour(state: &State) -> (&'static str, &'static str) {
    match state {
        State::Running => RUNNING,
        State::WaitingForGil => WAITING,
        State::Blocked(BlockKind::Sleep, _) => SLEEP,
        State::Blocked(BlockKind::Lock | BlockKind::Condition | BlockKind::Semaphore, _) => SYNC,
        State::Blocked(..) | State::Exited => OTHER,
    }
}

/// Escapes text for XML/HTML content and attributes; control characters
/// other than tab and newline (not allowed in XML 1.0) become U+FFFD.
pub fn escape(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => s.push_str("&amp;"),
            '<' => s.push_str("&lt;"),
            '>' => s.push_str("&gt;"),
            '"' => s.push_str("&quot;"),
            '\'' => s.push_str("&#39;"),
            '\n' | '\t' => s.push(c),
            c if c.is_control() => s.push('\u{FFFD}'),
            c => s.push(c),
        }
    }
    s
}

/// The run as a standalone SVG document.
pub fn svg(events: &[Event], info: &RunInfo) -> String {
    svg_of(&Timeline::build(events, info))
}

/// One row of the picture, top to bottom.
enum Line {
    /// An interpreter's heading (only when there are several).
    Heading(u32),
    /// An interpreter's lock: who held it.
    Lock(u32),
    /// Under `--gil none`: the k-th thread running at once.
    Parallel(u32, usize),
    /// A thread's or task's row (an index into `Timeline::rows`).
    Row(usize),
}

/// The lines of the picture and their heights.
fn layout(tl: &Timeline, load: &[(u32, Vec<f64>)]) -> Vec<Line> {
    let several = tl.rows.iter().any(|r| r.lane.interpreter != 0);
    let mut lines = Vec::new();
    let mut group = None;
    for (i, row) in tl.rows.iter().enumerate() {
        let interp = row.lane.interpreter;
        if group != Some(interp) {
            group = Some(interp);
            if several {
                lines.push(Line::Heading(interp));
            }
            match load.iter().find(|(k, _)| *k == interp) {
                Some((_, cells)) => {
                    for k in 1..=lock_row::parallel_rows(cells) {
                        lines.push(Line::Parallel(interp, k));
                    }
                }
                None => lines.push(Line::Lock(interp)),
            }
        }
        lines.push(Line::Row(i));
    }
    lines
}

/// A thread's colour (by its key) in the lock row and its name's swatch:
/// Paul Tol's bright and muted qualitative schemes, distinct from the
/// state colours.
const HOLDER_COLOURS: [&str; 12] = [
    "#4477AA", "#EE6677", "#228833", "#CCBB44", "#66CCEE", "#AA3377", "#332288", "#117733",
    "#999933", "#882255", "#44AA99", "#DDCC77",
];

fn holder_colour(key: usize) -> &'static str {
    HOLDER_COLOURS[key % HOLDER_COLOURS.len()]
}

fn svg_of(tl: &Timeline) -> String {
    let keys = lock_row::thread_keys(tl);
    // Names whole where there is room: about 9 px a character at 16 px.
    let longest = tl
        .rows
        .iter()
        .map(|r| r.name.chars().count())
        .max()
        .unwrap_or(0);
    let label_w = (longest as f64 * 9.0 + 60.0).clamp(LABEL_W, MAX_LABEL_W);
    let name_chars = ((label_w - 60.0) / 9.0) as usize;
    let plot_w = WIDTH - label_w - RIGHT_PAD;
    let span = tl.end_ns.max(1) as f64;
    let x_of = |t: u64| label_w + t as f64 / span * plot_w;
    let cells = plot_w.round() as usize;
    let load: Vec<(u32, Vec<f64>)> = match tl.free_threaded {
        true => lock_row::interpreters(tl)
            .into_iter()
            .map(|i| (i, lock_row::parallel(tl, i, tl.end_ns, cells)))
            .collect(),
        false => Vec::new(),
    };
    let lines = layout(tl, &load);
    let rows = lines
        .iter()
        .filter(|l| !matches!(l, Line::Heading(_)))
        .count();
    // Many rows get thinner lanes, so a demo's page fits one screen.
    let (lane_h, gap) = if rows > 8 {
        (24.0, 6.0)
    } else {
        (LANE_H, LANE_GAP)
    };
    let mut legend_svg = String::new();
    let mut top = TOP + legend(&mut legend_svg, tl);
    let phases = lock_row::phases(tl);
    let show_phases = phases.len() > 1;
    if show_phases {
        top += PHASE_H;
    }
    let mut ys = Vec::with_capacity(lines.len());
    let mut y = top;
    for line in &lines {
        ys.push(y);
        y += match line {
            Line::Heading(_) => GROUP_H,
            _ => lane_h + gap,
        };
    }
    let axis_y = y + 4.0;
    let height = axis_y + 44.0;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{height:.0}\" \
         viewBox=\"0 0 {WIDTH} {height:.0}\" {FONT} font-size=\"16\" role=\"img\">"
    );
    s.push_str("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    let _ = writeln!(
        s,
        "<text class=\"caption\" x=\"20\" y=\"28\" font-size=\"20\" font-weight=\"bold\" \
         fill=\"#000000\">{}</text>",
        escape(&lock_row::caption(tl))
    );
    s.push_str(&legend_svg);
    if show_phases {
        let py = top - PHASE_H + 4.0;
        s.push_str("<g class=\"phases\">\n");
        for p in &phases {
            let (x0, x1) = (x_of(p.start_ns), x_of(p.end_ns));
            let _ = writeln!(
                s,
                "<path d=\"M{:.2} {:.1} v-6 H{:.2} v6\" fill=\"none\" stroke=\"#444444\"/>\
                 <text x=\"{:.2}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"15\" \
                 fill=\"#444444\">{}</text>",
                x0 + 2.0,
                py + 14.0,
                x1 - 2.0,
                (x0 + x1) / 2.0,
                py + 4.0,
                escape(&p.label())
            );
        }
        s.push_str("</g>\n");
    }
    for (line, &y) in lines.iter().zip(&ys) {
        match *line {
            Line::Heading(interpreter) => {
                let title = if interpreter == 0 {
                    "interpreter 0 (the script\u{2019}s), its GIL".to_string()
                } else {
                    format!("interpreter {interpreter}, its own GIL")
                };
                let _ = writeln!(
                    s,
                    "<g class=\"interpreter\" data-interpreter=\"{interpreter}\">\
                     <line x1=\"12\" y1=\"{:.1}\" x2=\"{:.0}\" y2=\"{:.1}\" stroke=\"#999999\"/>\
                     <text x=\"12\" y=\"{:.1}\" font-size=\"15\" fill=\"#444444\">{}</text></g>",
                    y + 2.0,
                    WIDTH - RIGHT_PAD,
                    y + 2.0,
                    y + GROUP_H - 6.0,
                    escape(&title)
                );
            }
            Line::Lock(interpreter) => {
                let holders = lock_row::holders(tl, interpreter, tl.end_ns, cells);
                let _ = writeln!(
                    s,
                    "<g class=\"lock\" data-interpreter=\"{interpreter}\">\n<text x=\"{:.0}\" \
                     y=\"{:.1}\" text-anchor=\"end\" font-weight=\"bold\" fill=\"#000000\">GIL held \
                     by<title>who held the GIL: each thread in its own colour</title></text>\n\
                     <rect x=\"{label_w}\" y=\"{y:.1}\" width=\"{plot_w}\" height=\"{lane_h}\" \
                     fill=\"#ffffff\" stroke=\"#999999\"/>",
                    label_w - 12.0,
                    y + lane_h / 2.0 + 6.0,
                );
                for (start, end, key) in runs(&holders) {
                    let Some(key) = key else { continue };
                    let row = keys.iter().position(|k| *k == Some(key)).unwrap_or(0);
                    let (t0, t1) = (
                        cell_time(start, cells, tl.end_ns),
                        cell_time(end, cells, tl.end_ns),
                    );
                    let _ = writeln!(
                        s,
                        "<rect x=\"{:.2}\" y=\"{y:.1}\" width=\"{:.2}\" height=\"{lane_h}\" \
                         fill=\"{}\"><title>GIL held by {}\nfrom {} to {}</title></rect>",
                        label_w + start as f64 * plot_w / cells as f64,
                        (end - start) as f64 * plot_w / cells as f64,
                        holder_colour(key),
                        escape(&tl.rows[row].name),
                        at(t0),
                        at(t1),
                    );
                }
                s.push_str("</g>\n");
            }
            Line::Parallel(interpreter, k) => {
                let cells_load = &load
                    .iter()
                    .find(|(i, _)| *i == interpreter)
                    .expect("load")
                    .1;
                let busy: Vec<Option<usize>> = cells_load
                    .iter()
                    .map(|&c| lock_row::parallel_busy(c, k).then_some(0))
                    .collect();
                let _ = writeln!(
                    s,
                    "<g class=\"lock\" data-interpreter=\"{interpreter}\">\n<text x=\"{:.0}\" \
                     y=\"{:.1}\" text-anchor=\"end\" font-weight=\"bold\" fill=\"#000000\">{}\
                     <title>no GIL: this row is busy while at least {k} threads run at once</title>\
                     </text>\n<rect x=\"{label_w}\" y=\"{y:.1}\" width=\"{plot_w}\" height=\"{lane_h}\" \
                     fill=\"#ffffff\" stroke=\"#999999\"/>",
                    label_w - 12.0,
                    y + lane_h / 2.0 + 6.0,
                    lock_row::parallel_label(k, false),
                );
                for (start, end, _) in runs(&busy).into_iter().filter(|r| r.2.is_some()) {
                    let _ = writeln!(
                        s,
                        "<rect x=\"{:.2}\" y=\"{y:.1}\" width=\"{:.2}\" height=\"{lane_h}\" \
                         fill=\"{}\"/>",
                        label_w + start as f64 * plot_w / cells as f64,
                        (end - start) as f64 * plot_w / cells as f64,
                        RUNNING.0,
                    );
                }
                s.push_str("</g>\n");
            }
            Line::Row(i) => {
                row_svg(
                    &mut s,
                    tl,
                    i,
                    keys[i],
                    y,
                    lane_h,
                    (label_w, name_chars, plot_w),
                    &x_of,
                );
            }
        }
    }
    axis(&mut s, tl.end_ns, axis_y, label_w, plot_w);
    s.push_str("</svg>\n");
    s
}

/// Runs of equal values: (first cell, end cell, value).
fn runs(cells: &[Option<usize>]) -> Vec<(usize, usize, Option<usize>)> {
    let mut out: Vec<(usize, usize, Option<usize>)> = Vec::new();
    for (i, &c) in cells.iter().enumerate() {
        match out.last_mut() {
            Some(last) if last.2 == c => last.1 = i + 1,
            _ => out.push((i, i + 1, c)),
        }
    }
    out
}

fn cell_time(cell: usize, cells: usize, end_ns: u64) -> u64 {
    (cell as u128 * end_ns as u128 / cells.max(1) as u128) as u64
}

/// A thread's (or task's) row: its name with its colour swatch, its
/// states, and its instants.
#[allow(clippy::too_many_arguments)]
fn row_svg(
    s: &mut String,
    tl: &Timeline,
    i: usize,
    key: Option<usize>,
    y: f64,
    lane_h: f64,
    (label_w, name_chars, plot_w): (f64, usize, f64),
    x_of: &dyn Fn(u64) -> f64,
) {
    let row = &tl.rows[i];
    let span = tl.end_ns.max(1) as f64;
    let name = escape(&row.name);
    // A task's row reads as part of its thread's: marked and in italics.
    let (mark, style) = match row.lane.task {
        Some(_) => ("\u{21b3} ", " font-style=\"italic\""),
        None => ("", ""),
    };
    let _ = writeln!(
        s,
        "<g class=\"lane\" data-thread=\"{}\">\n<text x=\"{:.0}\" y=\"{:.1}\" \
         text-anchor=\"end\" fill=\"#000000\"{style}>{mark}{}<title>{name} ({})</title></text>",
        row.thread,
        label_w - 12.0,
        y + lane_h / 2.0 + 6.0,
        escape(&short_name(&row.name, name_chars)),
        row.lane.describe()
    );
    if let Some(k) = key.filter(|_| !tl.free_threaded) {
        let _ = writeln!(
            s,
            "<rect class=\"swatch\" x=\"8\" y=\"{:.1}\" width=\"14\" height=\"14\" fill=\"{}\"/>",
            y + lane_h / 2.0 - 7.0,
            holder_colour(k)
        );
    }
    let _ = writeln!(
        s,
        "<rect x=\"{label_w}\" y=\"{y:.1}\" width=\"{plot_w}\" height=\"{lane_h}\" fill=\"#f0f0f0\"/>"
    );
    for group in pixel_groups(&row.intervals, plot_w / span) {
        let (first, last) = (group[0], group[group.len() - 1]);
        let x0 = x_of(first.start_ns);
        let w = (x_of(last.end_ns) - x0).max(0.5);
        let (fill, _) = colour(&dominant(&group).state);
        let _ = writeln!(
            s,
            "<rect x=\"{x0:.2}\" y=\"{y:.1}\" width=\"{w:.2}\" height=\"{lane_h}\" \
             fill=\"{fill}\"><title>{}</title></rect>",
            escape(&tooltip(&row.name, row.lane, &group))
        );
    }
    for inst in tl.instants.iter().filter(|i| i.lane == row.lane) {
        let x = x_of(inst.t_ns);
        let (shape, text) = match &inst.kind {
            InstantKind::DropRequest { holder } => {
                let whom = holder.map_or_else(|| "the holder".to_string(), |h| tl.name_of(h));
                (
                    format!("<path d=\"M{x:.2} {y:.1} l-6 -10 h12 z\" fill=\"#000000\">"),
                    format!("{}: asks {whom} to drop the GIL", row.name),
                )
            }
            InstantKind::Output { text } => (
                format!(
                    "<rect x=\"{:.2}\" y=\"{:.1}\" width=\"2\" height=\"8\" fill=\"#000000\">",
                    x - 1.0,
                    y + lane_h
                ),
                format!("{} printed: {text}", row.name),
            ),
        };
        let close = if shape.starts_with("<path") {
            "path"
        } else {
            "rect"
        };
        let _ = writeln!(
            s,
            "{shape}<title>{}\nat {}</title></{close}>",
            escape(&text),
            at(inst.t_ns)
        );
    }
    s.push_str("</g>\n");
}

fn at(t_ns: u64) -> String {
    format_duration(t_ns, false)
}

fn short_name(name: &str, max: usize) -> String {
    let chars: Vec<char> = name.chars().collect();
    if chars.len() <= max {
        name.to_string()
    } else {
        chars[..max.saturating_sub(1)].iter().collect::<String>() + "…"
    }
}

/// Why: a long run has far more state changes than pixels; consecutive
/// intervals that together span under a pixel are drawn as one rectangle
/// (in the colour of the state they spent most time in) so the file stays
/// small and every rectangle can still be hovered.
fn pixel_groups(intervals: &[Interval], px_per_ns: f64) -> Vec<Vec<&Interval>> {
    let mut groups: Vec<Vec<&Interval>> = Vec::new();
    for iv in intervals {
        if iv.state == State::Exited || iv.duration_ns() == 0 {
            continue;
        }
        match groups.last_mut() {
            Some(g) if (iv.end_ns - g[0].start_ns) as f64 * px_per_ns < 1.0 => g.push(iv),
            _ => groups.push(vec![iv]),
        }
    }
    groups
}

fn dominant<'a>(group: &[&'a Interval]) -> &'a Interval {
    let mut best = group[0];
    for iv in group {
        if iv.duration_ns() > best.duration_ns() {
            best = iv;
        }
    }
    best
}

fn tooltip(thread: &str, lane: Lane, group: &[&Interval]) -> String {
    let first = group[0];
    if group.len() > 1 {
        let sum = |f: fn(&State) -> bool| -> u64 {
            group
                .iter()
                .filter(|i| f(&i.state))
                .map(|i| i.duration_ns())
                .sum()
        };
        let end = group[group.len() - 1].end_ns;
        return format!(
            "{thread}: {} short states\nstart {}, duration {}\nrunning {}, waiting {}, blocked {}",
            group.len(),
            at(first.start_ns),
            at(end - first.start_ns),
            at(sum(|s| *s == State::Running)),
            at(sum(|s| *s == State::WaitingForGil)),
            at(sum(|s| matches!(s, State::Blocked(..)))),
        );
    }
    let mut t = format!(
        "{thread}: {}\nstart {}, duration {}",
        first.state.label_on(lane),
        at(first.start_ns),
        at(first.duration_ns())
    );
    if let State::Blocked(_, what) = &first.state {
        if !what.is_empty() {
            let _ = write!(t, "\nwaits for {what}");
        }
    }
    if let Some(reason) = first.dropped {
        let _ = write!(t, "\nended by: {}", reason.as_str());
    }
    if let Some(ran) = &first.ran {
        let lines: Vec<String> = ran.lines.iter().map(u32::to_string).collect();
        let _ = write!(
            t,
            "\n{} instructions on lines {}",
            ran.count,
            lines.join(", ")
        );
    }
    t
}

/// Draws the legend, wrapped to the picture's width; returns how much
/// taller than one row it is.
fn legend(s: &mut String, tl: &Timeline) -> f64 {
    let mut items = vec![RUNNING, WAITING];
    for c in [SLEEP, SYNC, OTHER] {
        let used = tl
            .rows
            .iter()
            .flat_map(|r| &r.intervals)
            .any(|iv| matches!(iv.state, State::Blocked(..)) && colour(&iv.state) == c);
        if used {
            items.push(c);
        }
    }
    let (mut x, mut y) = (20.0, 44.0);
    s.push_str("<g class=\"legend\">\n");
    for (fill, label) in items {
        let label = if tl.free_threaded && label == WAITING.1 {
            "waiting to run"
        } else {
            label
        };
        // About 10 px per character at 18 px.
        let w = 28.0 + label.chars().count() as f64 * 10.0;
        if x > 20.0 && x + w > WIDTH - 10.0 {
            (x, y) = (20.0, y + 30.0);
        }
        let _ = writeln!(
            s,
            "<rect x=\"{x:.0}\" y=\"{y:.0}\" width=\"22\" height=\"22\" fill=\"{fill}\"/>\
             <text x=\"{:.0}\" y=\"{:.0}\" fill=\"#000000\">{label}</text>",
            x + 28.0,
            y + 18.0
        );
        x += w + 24.0;
    }
    s.push_str("</g>\n");
    y - 44.0
}

fn axis(s: &mut String, end_ns: u64, y: f64, label_w: f64, plot_w: f64) {
    let span = end_ns.max(1);
    let step = tick_step(span, 10);
    let _ = writeln!(
        s,
        "<g class=\"axis\">\n<line x1=\"{label_w}\" y1=\"{y:.1}\" x2=\"{:.0}\" y2=\"{y:.1}\" \
         stroke=\"#000000\" stroke-width=\"2\"/>",
        label_w + plot_w
    );
    let mut t = 0u64;
    while t <= span {
        let x = label_w + t as f64 / span as f64 * plot_w;
        let _ = writeln!(
            s,
            "<line x1=\"{x:.2}\" y1=\"{y:.1}\" x2=\"{x:.2}\" y2=\"{:.1}\" stroke=\"#000000\" \
             stroke-width=\"2\"/><text x=\"{x:.2}\" y=\"{:.1}\" text-anchor=\"middle\" \
             font-size=\"16\" fill=\"#000000\">{}</text>",
            y + 8.0,
            y + 28.0,
            escape(&format_tick(t, step, false))
        );
        t = match t.checked_add(step) {
            Some(next) => next,
            None => break,
        };
    }
    s.push_str("</g>\n");
}

/// The run as a complete, self-contained HTML page.
pub fn html(events: &[Event], info: &RunInfo) -> String {
    let tl = Timeline::build(events, info);
    let stats = Stats::from_timeline(&tl);
    let script = escape(&info.script);
    let mut p = String::new();
    let _ = write!(
        p,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>gilvm: {script}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n\
         <h1>gilvm: <code>{script}</code></h1>\n"
    );
    let seed = info
        .seed
        .map_or_else(|| "none (real time)".to_string(), |s| s.to_string());
    let settings = [
        ("policy", info.policy.clone()),
        (
            "switch interval",
            format_duration(info.switch_interval_ns, false),
        ),
        (
            "check interval",
            format!("{} instructions", info.check_interval),
        ),
        ("seed", seed),
        (
            "run time",
            format!(
                "{}{}",
                format_duration(tl.end_ns, false),
                if info.interrupted {
                    " (interrupted by Ctrl-C: the run so far)"
                } else {
                    ""
                }
            ),
        ),
    ];
    // The settings on one line, so the picture starts high on the page.
    p.push_str("<table class=\"settings\"><tr>");
    for (k, v) in settings {
        let _ = write!(p, "<th>{k}</th><td>{}</td>", escape(&v));
    }
    p.push_str("</tr></table>\n");
    // The run's result in one line is the picture's own caption; beside
    // it, what the script itself printed last (a demo's own verdict, such
    // as its speed-up).
    let last_output = tl.instants.iter().rev().find_map(|i| match &i.kind {
        InstantKind::Output { text } if !text.trim().is_empty() => Some(text.trim()),
        _ => None,
    });
    if let Some(text) = last_output {
        let _ = writeln!(
            p,
            "<p class=\"printed\">The script printed last: <code>{}</code></p>",
            escape(text)
        );
    }
    let _ = writeln!(p, "<p class=\"hint\">{}</p>", hint(&tl));
    p.push_str(&svg_of(&tl));
    p.push_str("<h2>Statistics</h2>\n");
    html_table(&mut p, &stats.headers(), &stats.rows(false));
    if !stats.tasks.is_empty() {
        let headers = ["task", "steps", "running", "longest step"];
        html_table(&mut p, &headers, &stats.task_rows(false));
    }
    p.push_str("<table class=\"summary\">\n");
    for (k, v) in stats.summary(false) {
        let _ = writeln!(p, "<tr><th>{}</th><td>{}</td></tr>", escape(&k), escape(&v));
    }
    p.push_str("</table>\n</body>\n</html>\n");
    p
}

/// One run on a `compare` page.
pub struct Section<'a> {
    pub heading: String,
    pub events: &'a [Event],
    pub info: &'a RunInfo,
    /// What the script printed (the first lines are shown).
    pub output: &'a str,
}

/// The lines of a run's output a `compare` page shows.
const OUTPUT_LINES: usize = 6;

/// `compare --report`: one self-contained page with each policy's run
/// side by side: its summary, what the script printed, and its picture
/// (the lock row and caption on top).
pub fn compare_html(name: &str, sections: &[Section]) -> String {
    let script = escape(name);
    let mut p = String::new();
    let _ = write!(
        p,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>gilvm compare: {script}</title>\n<style>\n{CSS}{COMPARE_CSS}</style>\n</head>\n\
         <body>\n<h1>gilvm compare: <code>{script}</code></h1>\n\
         <p class=\"hint\">The same script under each GIL policy. In each picture the top row \
         shows who held the lock (or, with no GIL, how many threads ran at once).</p>\n\
         <div class=\"policies\">\n"
    );
    for sec in sections {
        let tl = Timeline::build(sec.events, sec.info);
        let _ = writeln!(
            p,
            "<section class=\"policy\" data-policy=\"{}\">\n<h2>{}</h2>",
            escape(&sec.info.policy),
            escape(&sec.heading)
        );
        let lines: Vec<&str> = sec.output.lines().collect();
        if !lines.is_empty() {
            let mut shown = lines[..lines.len().min(OUTPUT_LINES)].join("\n");
            if lines.len() > OUTPUT_LINES {
                let _ = write!(shown, "\n... {} more lines", lines.len() - OUTPUT_LINES);
            }
            let _ = writeln!(p, "<pre class=\"output\">{}</pre>", escape(&shown));
        }
        p.push_str(&svg_of(&tl));
        p.push_str("</section>\n");
    }
    p.push_str("</div>\n</body>\n</html>\n");
    p
}

const COMPARE_CSS: &str = "div.policies { display: grid; \
grid-template-columns: repeat(auto-fit, minmax(600px, 1fr)); gap: 0.5em 1.5em; }
section.policy h2 { font-size: 18px; margin: 0.6em 0 0.2em; }
pre.output { font-size: 15px; margin: 0.2em 0; background: #f4f4f4; padding: 0.2em 0.5em; }
";

/// How to read the picture, one sentence for its top rows.
fn hint(tl: &Timeline) -> &'static str {
    if tl.free_threaded {
        "No GIL: the rows at the top count the threads running at once (the operating system \
         may still share a core between them). Hover a rectangle for details."
    } else {
        "The GIL row shows who held the lock, each thread in the colour of the square by its \
         name. Hover a rectangle for details; black triangles: a thread asks the holder to drop \
         the GIL."
    }
}

/// A statistics table: a heading row, then one row per thread or task.
fn html_table<const N: usize>(p: &mut String, headers: &[&str; N], rows: &[[String; N]]) {
    p.push_str("<table class=\"stats\">\n<tr>");
    for h in headers {
        let _ = write!(p, "<th>{h}</th>");
    }
    p.push_str("</tr>\n");
    for row in rows {
        p.push_str("<tr>");
        for cell in row {
            let _ = write!(p, "<td>{}</td>", escape(cell));
        }
        p.push_str("</tr>\n");
    }
    p.push_str("</table>\n");
}

const CSS: &str = "body { font-family: system-ui, sans-serif; font-size: 20px; \
color: #000; background: #fff; margin: 1em 1.5em; line-height: 1.35; }
h1 { font-size: 30px; margin: 0.2em 0 0.4em; } h2 { font-size: 26px; margin-top: 1.2em; }
p { margin: 0.4em 0; }
table.settings th, table.settings td { white-space: nowrap; font-size: 16px; padding: 0.15em 0.5em; }
p.hint { font-size: 16px; color: #333; }
code { font-size: 0.95em; }
svg { max-width: 100%; height: auto; border: 1px solid #000; }
table { border-collapse: collapse; margin: 0.5em 0; }
th, td { border: 1px solid #000; padding: 0.25em 0.7em; }
th { background: #e8e8e8; text-align: left; }
table.stats td { text-align: right; font-variant-numeric: tabular-nums; }
table.stats td:first-child { text-align: left; }
";
