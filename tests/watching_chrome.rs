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

/// Lanes beyond the main interpreter's threads: a second interpreter's
/// threads go to a process of their own, and a task's track gets its own
/// tid, sorted right after its thread's.
#[test]
fn lanes_of_tasks_and_interpreters_get_their_own_tracks() {
    let (mut evs, info) = two_cpu();
    for e in &mut evs {
        match e.lane.thread {
            // cpu-1's events as if they ran on task 0 of the main thread.
            2 => {
                e.lane.thread = 1;
                e.lane.task = Some(0);
            }
            // cpu-2 as thread 3 of interpreter 1.
            3 => e.lane.interpreter = 1,
            _ => {}
        }
    }
    let v = trace_of((evs, info));
    let names: Vec<(u64, u64, String)> = events(&v)
        .iter()
        .filter(|e| e["name"] == "thread_name")
        .map(|e| {
            let name = e["args"]["name"].as_str().unwrap().to_string();
            (e["pid"].as_u64().unwrap(), e["tid"].as_u64().unwrap(), name)
        })
        .collect();
    assert_eq!(
        names,
        vec![
            (1, 1, "MainThread".to_string()),
            (1, (1 << 16) | 1, "cpu-1".to_string()),
            (2, 3, "cpu-2".to_string()),
        ]
    );
    let sort: Vec<u64> = events(&v)
        .iter()
        .filter(|e| e["name"] == "thread_sort_index")
        .map(|e| e["args"]["sort_index"].as_u64().unwrap())
        .collect();
    assert_eq!(sort, vec![1, 2, 3]);
    let process_names: Vec<u64> = events(&v)
        .iter()
        .filter(|e| e["name"] == "process_name")
        .map(|e| e["pid"].as_u64().unwrap())
        .collect();
    assert_eq!(process_names, vec![1, 2]);
    // Every interval sits on a named track.
    for e in events(&v).iter().filter(|e| e["ph"] == "X") {
        let key = (e["pid"].as_u64().unwrap(), e["tid"].as_u64().unwrap());
        assert!(names.iter().any(|(p, t, _)| (*p, *t) == key), "{e}");
    }
}

#[test]
fn a_lane_describes_itself() {
    use gilvm::trace::Lane;
    let lane = |interpreter, thread, task| Lane {
        interpreter,
        thread,
        task,
    };
    assert_eq!(lane(0, 2, None).describe(), "thread 2");
    assert_eq!(lane(0, 1, Some(3)).describe(), "task 3 on thread 1");
    assert_eq!(
        lane(1, 2, Some(0)).describe(),
        "task 0 on thread 2 of interpreter 1"
    );
}
