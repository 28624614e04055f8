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
    assert!(page.contains("<tr><th>policy</th><td>cpython</td></tr>"));
    assert!(page.contains("<tr><th>switch interval</th><td>5.00 ms</td></tr>"));
    assert!(page.contains("<tr><th>seed</th><td>7</td></tr>"));
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
