//! `--report`: the SVG picture and the HTML page.

mod trace_fixtures;

use gilvm::trace::report::{html, svg};
use gilvm::trace::EventKind;
use quick_xml::events::Event as Xml;
use quick_xml::Reader;
use trace_fixtures::*;

/// Parses the whole document; returns the names of all start/empty tags
/// and the text of every `<title>`.
fn parse(doc: &str) -> (Vec<String>, Vec<String>) {
    let mut reader = Reader::from_str(doc);
    reader.config_mut().check_end_names = true;
    let (mut tags, mut titles) = (Vec::new(), Vec::new());
    let mut depth = 0i32;
    let mut in_title = false;
    loop {
        match reader.read_event().expect("well-formed XML") {
            Xml::Start(e) => {
                depth += 1;
                let name = e.name().as_ref().to_string();
                in_title = name == "title";
                if in_title {
                    titles.push(String::new());
                }
                tags.push(name);
            }
            Xml::Empty(e) => tags.push(e.name().as_ref().to_string()),
            Xml::Text(t) if in_title => titles.last_mut().unwrap().push_str(&t.xml10_content()),
            Xml::GeneralRef(r) if in_title => {
                let c = match &*r {
                    "amp" => '&',
                    "lt" => '<',
                    "gt" => '>',
                    "quot" => '"',
                    _ => r.resolve_char_ref().unwrap().expect("known entity"),
                };
                titles.last_mut().unwrap().push(c);
            }
            Xml::End(_) => {
                depth -= 1;
                in_title = false;
            }
            Xml::Eof => break,
            _ => {}
        }
    }
    assert_eq!(depth, 0, "unclosed elements");
    (tags, titles)
}

#[test]
fn svg_is_well_formed_with_a_lane_per_thread() {
    for (events, info) in [two_cpu(), convoy(), deadlock(), free_threaded()] {
        let doc = svg(&events, &info);
        let (tags, titles) = parse(&doc);
        assert_eq!(tags[0], "svg");
        assert_eq!(doc.matches("<g class=\"lane\"").count(), 3);
        assert!(tags.iter().filter(|t| *t == "rect").count() > 6);
        assert!(titles.iter().any(|t| t.contains("running")));
    }
}

#[test]
fn tooltips_tell_the_details() {
    let (events, info) = two_cpu();
    let (_, titles) = parse(&svg(&events, &info));
    let first = titles
        .iter()
        .find(|t| t.starts_with("cpu-1: running"))
        .unwrap();
    assert_eq!(
        first,
        "cpu-1: running\nstart 250 µs, duration 5.02 ms\nended by: drop request\n\
         5000 instructions on lines 4, 5, 6"
    );
    assert!(titles
        .iter()
        .any(|t| t.starts_with("cpu-2: asks cpu-1 to drop the GIL")));
    assert!(titles
        .iter()
        .any(|t| t.starts_with("MainThread printed: done")));
}

#[test]
fn user_text_is_escaped() {
    let (mut events, info) = deadlock();
    for e in &mut events {
        match &mut e.kind {
            EventKind::ThreadStart { name } if name == "left" => {
                *name = "<script>alert('x')</script> & \u{1}".into()
            }
            EventKind::Output { text } => *text = "</title></svg><b>\"hi\"".into(),
            _ => {}
        }
    }
    let page = html(&events, &info);
    assert!(!page.contains("<script>"));
    assert!(!page.contains("<b>"));
    assert!(page.contains("&lt;script&gt;"));
    parse(&svg(&events, &info));
}

#[test]
fn html_page_has_settings_svg_and_table() {
    let (events, info) = convoy();
    let page = html(&events, &info);
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("<h1>gilvm: <code>convoy.py</code></h1>"));
    assert!(page.contains("<th>policy</th><td>cpython</td>"));
    assert!(page.contains("<th>switch interval</th><td>5.00 ms</td>"));
    assert!(page.contains("<th>seed</th><td>7</td>"));
    assert!(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(page.contains("<table class=\"stats\">"));
    assert!(page.contains("<td>io</td>"));
    assert!(page.contains("GIL utilisation"));
    // Self-contained: nothing fetched.
    for needle in ["http://", "https://", "<script", "<link", "@import", "url("] {
        let hits = page.matches(needle).count();
        let allowed = usize::from(needle == "http://"); // the SVG namespace
        assert_eq!(hits, allowed, "{needle}");
    }
    // The page is XHTML-clean enough to parse as XML too.
    parse(
        page.trim_start_matches("<!DOCTYPE html>\n")
            .replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\"/>")
            .as_str(),
    );
}

#[test]
fn small_svg_snapshot() {
    let (events, info) = deadlock();
    insta::assert_snapshot!("report_deadlock_svg", svg(&events, &info));
}

#[test]
fn the_picture_has_the_lock_row_a_caption_and_whole_names() {
    let (mut events, info) = two_cpu();
    for e in &mut events {
        if let EventKind::ThreadStart { name } = &mut e.kind {
            if name == "cpu-1" {
                *name = "ThreadPoolExecutor-0_1".into();
            }
        }
    }
    let doc = svg(&events, &info);
    let (_, titles) = parse(&doc);
    // The lock's own row, its rectangles named by the holder.
    assert_eq!(doc.matches("<g class=\"lock\"").count(), 1);
    assert!(titles
        .iter()
        .any(|t| t.starts_with("GIL held by ThreadPoolExecutor-0_1")));
    assert!(titles.iter().any(|t| t.starts_with("GIL held by cpu-2")));
    // A caption states the result in one line.
    assert!(doc.contains("<text class=\"caption\""));
    assert!(doc.contains("3 threads, 1.0 running at once on average, GIL busy 99%"));
    // A long name is shown whole when there is room, with a swatch in the
    // colour its lock-row rectangles have.
    assert!(doc.contains(">ThreadPoolExecutor-0_1<title>"));
    assert_eq!(doc.matches("class=\"swatch\"").count(), 3);
    // Without a GIL, rows count the threads running at once instead.
    let (events, info) = free_threaded();
    let doc = svg(&events, &info);
    assert!(doc.contains("running \u{d7}2"));
    assert!(!doc.contains("GIL held by"));
}

#[test]
fn the_compare_page_has_a_picture_and_the_output_of_each_policy() {
    use gilvm::trace::report::{compare_html, Section};
    let (events, info) = two_cpu();
    let (free, free_info) = free_threaded();
    let sections = [
        Section {
            heading: "--gil cpython: 3 switches".into(),
            events: &events,
            info: &info,
            output: "counter: 200000\n",
        },
        Section {
            heading: "--gil none: 2 running at once".into(),
            events: &free,
            info: &free_info,
            output: "counter: 131072\n",
        },
    ];
    let page = compare_html("race.py", &sections);
    assert_eq!(page.matches("<section class=\"policy\"").count(), 2);
    assert_eq!(page.matches("<svg ").count(), 2);
    assert!(page.contains("<pre class=\"output\">counter: 131072</pre>"));
    assert!(page.contains("GIL held by") && page.contains("running \u{d7}2"));
    parse(
        page.trim_start_matches("<!DOCTYPE html>\n")
            .replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\"/>")
            .as_str(),
    );
}
