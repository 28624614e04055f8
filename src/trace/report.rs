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

use super::states::{
    format_duration, format_tick, tick_step, InstantKind, Interval, State, Timeline,
};
use super::stats::Stats;
use super::{BlockKind, Event, Lane, RunInfo};

const WIDTH: f64 = 1200.0;
const LABEL_W: f64 = 190.0;
const RIGHT_PAD: f64 = 40.0;
const TOP: f64 = 64.0;
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

fn svg_of(tl: &Timeline) -> String {
    let plot_w = WIDTH - LABEL_W - RIGHT_PAD;
    let span = tl.end_ns.max(1) as f64;
    let x_of = |t: u64| LABEL_W + t as f64 / span * plot_w;
    let mut legend_svg = String::new();
    let top = TOP + legend(&mut legend_svg, tl);
    // With several interpreters, each one's rows come under a heading of
    // their own (a lock each): room for it above the group's first row.
    let several = tl.rows.iter().any(|r| r.lane.interpreter != 0);
    let mut ys = Vec::with_capacity(tl.rows.len());
    let mut headings = Vec::new();
    let mut y = top;
    for (i, row) in tl.rows.iter().enumerate() {
        if several && (i == 0 || tl.rows[i - 1].lane.interpreter != row.lane.interpreter) {
            headings.push((y, row.lane.interpreter));
            y += GROUP_H;
        }
        ys.push(y);
        y += LANE_H + LANE_GAP;
    }
    let lane_y = |i: usize| ys[i];
    let axis_y = y + 4.0;
    let height = axis_y + 44.0;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{height:.0}\" \
         viewBox=\"0 0 {WIDTH} {height:.0}\" {FONT} font-size=\"18\" role=\"img\">"
    );
    s.push_str("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    s.push_str(&legend_svg);
    for (y, interpreter) in headings {
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
    for (i, row) in tl.rows.iter().enumerate() {
        let y = lane_y(i);
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
            LABEL_W - 12.0,
            y + LANE_H / 2.0 + 6.0,
            escape(&short_name(&row.name)),
            row.lane.describe()
        );
        let _ = writeln!(
            s,
            "<rect x=\"{LABEL_W}\" y=\"{y:.1}\" width=\"{plot_w}\" height=\"{LANE_H}\" fill=\"#f0f0f0\"/>"
        );
        for group in pixel_groups(&row.intervals, plot_w / span) {
            let (first, last) = (group[0], group[group.len() - 1]);
            let x0 = x_of(first.start_ns);
            let w = (x_of(last.end_ns) - x0).max(0.5);
            let (fill, _) = colour(&dominant(&group).state);
            let _ = writeln!(
                s,
                "<rect x=\"{x0:.2}\" y=\"{y:.1}\" width=\"{w:.2}\" height=\"{LANE_H}\" \
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
                        y + LANE_H
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
    axis(&mut s, tl.end_ns, axis_y, plot_w);
    s.push_str("</svg>\n");
    s
}

fn at(t_ns: u64) -> String {
    format_duration(t_ns, false)
}

fn short_name(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    if chars.len() <= 14 {
        name.to_string()
    } else {
        chars[..13].iter().collect::<String>() + "…"
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
    let (mut x, mut y) = (20.0, 16.0);
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
    y - 16.0
}

fn axis(s: &mut String, end_ns: u64, y: f64, plot_w: f64) {
    let span = end_ns.max(1);
    let step = tick_step(span, 10);
    let _ = writeln!(
        s,
        "<g class=\"axis\">\n<line x1=\"{LABEL_W}\" y1=\"{y:.1}\" x2=\"{:.0}\" y2=\"{y:.1}\" \
         stroke=\"#000000\" stroke-width=\"2\"/>",
        LABEL_W + plot_w
    );
    let mut t = 0u64;
    while t <= span {
        let x = LABEL_W + t as f64 / span as f64 * plot_w;
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
    p.push_str("<table class=\"settings\">\n");
    for (k, v) in settings {
        let _ = writeln!(p, "<tr><th>{k}</th><td>{}</td></tr>", escape(&v));
    }
    p.push_str(
        "</table>\n<h2>Timeline</h2>\n<p>Hover a rectangle for details. \
                Black triangles: a thread asks the holder to drop the GIL.</p>\n",
    );
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

const CSS: &str = "body { font-family: system-ui, sans-serif; font-size: 22px; \
color: #000; background: #fff; margin: 2em; line-height: 1.4; }
h1 { font-size: 40px; } h2 { font-size: 30px; margin-top: 1.5em; }
code { font-size: 0.95em; }
svg { max-width: 100%; height: auto; border: 1px solid #000; }
table { border-collapse: collapse; margin: 0.5em 0; }
th, td { border: 1px solid #000; padding: 0.25em 0.7em; }
th { background: #e8e8e8; text-align: left; }
table.stats td { text-align: right; font-variant-numeric: tabular-nums; }
table.stats td:first-child { text-align: left; }
";
