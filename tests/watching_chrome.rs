//! `--trace`: Chrome trace event JSON, parsed back and checked.

mod trace_fixtures;

use gilvm::trace::chrome::{chrome_trace, write_chrome_trace};
use serde_json::Value;
use trace_fixtures::*;

fn trace_of(run: (Vec<gilvm::trace::Event>, gilvm::trace::RunInfo)) -> Value {
    let mut bytes = Vec::new();
    write_chrome_trace(&run.0, &run.1, &mut bytes).unwrap();
    serde_json::from_slice(&bytes).expect("valid JSON")
}

fn events(v: &Value) -> &Vec<Value> {
    v["traceEvents"].as_array().expect("traceEvents array")
}

#[test]
fn structure_is_what_viewers_expect() {
    for run in [two_cpu(), convoy(), deadlock(), free_threaded()] {
        let threads: Vec<u32> = {
            let mut t: Vec<u32> = run.0.iter().map(|e| e.thread()).collect();
            t.sort();
            t.dedup();
            t
        };
        let v = trace_of(run);
        assert_eq!(v["displayTimeUnit"], "ms");
        assert!(v["otherData"]["policy"].is_string());
        for e in events(&v) {
            for key in ["ph", "ts", "pid", "tid", "name"] {
                assert!(e.get(key).is_some(), "{key} missing in {e}");
            }
            assert_eq!(e["pid"], 1);
            assert!(e["tid"].is_u64());
            assert!(e["ts"].as_f64().unwrap() >= 0.0);
            match e["ph"].as_str().unwrap() {
                "X" => assert!(e["dur"].as_f64().unwrap() >= 0.0),
                "i" => assert_eq!(e["s"], "t"),
                "C" => assert!(e["args"]["waiting"].as_i64().unwrap() >= 0),
                "M" => {}
                other => panic!("unexpected phase {other}"),
            }
        }
        for t in threads {
            let named = events(&v)
                .iter()
                .any(|e| e["ph"] == "M" && e["name"] == "thread_name" && e["tid"] == t);
            assert!(named, "no thread_name for {t}");
        }
        let process = events(&v)
            .iter()
            .find(|e| e["name"] == "process_name")
            .unwrap();
        assert!(process["args"]["name"]
            .as_str()
            .unwrap()
            .starts_with("gilvm: "));
    }
}

#[test]
fn slices_carry_their_details() {
    let v = trace_of(two_cpu());
    let running = events(&v)
        .iter()
        .find(|e| e["ph"] == "X" && e["name"] == "running" && e["tid"] == 2)
        .unwrap();
    assert_eq!(running["ts"].as_f64(), Some(250.0));
    assert_eq!(running["args"]["dropped"], "drop request");
    assert_eq!(running["args"]["lines"], serde_json::json!([4, 5, 6]));
    let join = events(&v)
        .iter()
        .find(|e| e["name"] == "blocked: join")
        .unwrap();
    assert_eq!(join["args"]["waits for"], "cpu-1 to finish");
    let peak = events(&v)
        .iter()
        .filter(|e| e["ph"] == "C")
        .map(|e| e["args"]["waiting"].as_i64().unwrap())
        .max();
    assert_eq!(peak, Some(2));
}

#[test]
fn small_trace_snapshot() {
    let (events, info) = deadlock();
    let v = chrome_trace(&events[..13], &info);
    insta::assert_snapshot!(
        "chrome_deadlock_start",
        serde_json::to_string_pretty(&v).unwrap()
    );
}
