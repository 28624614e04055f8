//! Criterion benchmarks of the three stages of gilvm's pipeline, for each
//! script in the repository's `bench/`:
//! `parse/<script>` (source to AST), `compile/<script>` (AST to bytecode)
//! and `execute/<script>` (running the compiled module on a fresh
//! interpreter, output captured).
//!
//! Scripts that start threads run in deterministic mode with a fixed seed,
//! so every iteration follows the same schedule and prints the same thing.
//!
//! `cargo bench` runs everything (a few minutes); `cargo bench -- execute/fib`
//! runs one. Wall-time comparisons against CPython are `scripts/bench.py`'s
//! job; see docs/performance.md.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, SamplingMode};
use gilvm::diag::SourceFile;
use gilvm::gil::Policy;
use gilvm::vm::{Config, Interpreter, Output};

/// The seed of deterministic runs of threaded scripts.
const SEED: u64 = 1;

struct Script {
    /// The file name without `.py`: the benchmark's id.
    name: String,
    source: Arc<SourceFile>,
}

impl Script {
    fn threaded(&self) -> bool {
        self.source.text.contains("import threading")
    }

    /// A run's settings: deterministic with a fixed seed when the script
    /// starts threads, the CLI's defaults otherwise.
    fn config(&self) -> Config {
        let mut config = Config::new(vec![self.source.name.clone()]);
        config.policy = Policy::CPython;
        if self.threaded() {
            config.seed = Some(SEED);
        }
        config
    }
}

/// Every `*.py` in the repository's `bench/` (the standard workloads and
/// gilvm's own, such as the object-heavy `objects.py`), sorted; panics with
/// a clear message when the folder is missing or empty.
fn scripts() -> Vec<Script> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let scripts = scripts_in(&root.join("bench"), "bench");
    assert!(!scripts.is_empty(), "no .py scripts found in bench/");
    scripts
}

/// The `*.py` scripts of `dir`, sorted, named `shown/<file>` in messages.
fn scripts_in(dir: &Path, shown: &str) -> Vec<Script> {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| {
        panic!(
            "the benchmark scripts are expected in {} ({shown} beside the repository): {e}",
            dir.display()
        )
    });
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            let display = format!("{shown}/{name}.py");
            Script {
                name,
                source: Arc::new(SourceFile::new(&display, &text)),
            }
        })
        .collect()
}

/// Parse and compile take microseconds to milliseconds: short windows.
fn front_end(c: &mut Criterion) {
    let scripts = scripts();

    let mut group = c.benchmark_group("parse");
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(1));
    for s in &scripts {
        group.bench_function(&s.name, |b| {
            b.iter(|| gilvm::syntax::parse_module(&s.source.text).expect("parses"))
        });
    }
    group.finish();

    let mut group = c.benchmark_group("compile");
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(1));
    for s in &scripts {
        let module = gilvm::syntax::parse_module(&s.source.text).expect("parses");
        group.bench_function(&s.name, |b| {
            b.iter(|| gilvm::compile::compile_module(&module, &s.source).expect("compiles"))
        });
    }
    group.finish();
}

/// Compiling a generated table of N distinct constants: the time per
/// constant must stay flat as N doubles (it grew with N while the
/// compiler searched its constant list; issue 28).
fn data_tables(c: &mut Criterion) {
    let mut group = c.benchmark_group("compile_table");
    group.warm_up_time(Duration::from_millis(300));
    group.measurement_time(Duration::from_secs(1));
    group.sample_size(10);
    for n in [20_000, 40_000, 80_000] {
        let mut text = String::from("data = [\n");
        for i in 0..n {
            text.push_str(&format!("    {}.5,\n", i * 7));
        }
        text.push_str("]\n");
        let source = Arc::new(SourceFile::new("table.py", &text));
        let module = gilvm::syntax::parse_module(&source.text).expect("parses");
        group.throughput(criterion::Throughput::Elements(n));
        group.bench_function(format!("{n}_floats"), |b| {
            b.iter(|| gilvm::compile::compile_module(&module, &source).expect("compiles"))
        });
    }
    group.finish();
}

/// Each execution takes a fraction of a second: ten samples of one
/// iteration each (flat sampling), after a short warm-up.
fn execute(c: &mut Criterion) {
    let scripts = scripts();
    let mut group = c.benchmark_group("execute");
    group.sampling_mode(SamplingMode::Flat);
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(4));
    for s in &scripts {
        let code = gilvm::compile(&s.source).expect("compiles");
        let run = || {
            let interp = Interpreter::new(s.config(), Output::Capture(Vec::new()));
            let (status, stderr) = gilvm::run_code(&interp, code.clone());
            (status, stderr, interp.runtime.captured_stdout())
        };
        // A script that fails would time its failure: check it once first.
        let (status, stderr, _) = run();
        assert_eq!(
            status,
            0,
            "{} failed: {}",
            s.source.name,
            stderr.unwrap_or_default()
        );
        group.bench_function(&s.name, |b| b.iter(run));
    }
    group.finish();
}

criterion_group!(benches, front_end, data_tables, execute);
criterion_main!(benches);
