//! The command line: `gilvm run`, `dis`, `explore`, `compare`, and the
//! shell's helpers `completions` and `man`.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Arc;

use std::time::Duration;

use clap::{Parser, Subcommand};

use crate::gil::Policy;

use crate::diag::SourceFile;
use crate::vm::{Config, Interpreter, Output};

#[derive(Parser, Debug)]
#[command(
    name = "gilvm",
    version,
    about = "A Python-subset interpreter whose threads share one global interpreter lock",
    long_about = "gilvm runs a subset of Python 3 on real OS threads that must hold one \
global interpreter lock to execute bytecode, so you can watch how a GIL serialises a \
multi-threaded program."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Run a script.
    Run {
        #[command(flatten)]
        gil: GilOptions,
        #[command(flatten)]
        watch: WatchOptions,
        #[command(flatten)]
        limits: LimitOptions,
        /// The script to run.
        file: PathBuf,
        /// Arguments for the script (they land in sys.argv).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Run a script under many seeds in deterministic mode and group the
    /// runs by outcome (stdout and exit status), each with the command that
    /// replays it.
    Explore {
        /// How many seeds to try (0, 1, 2, ...).
        #[arg(long, default_value_t = 100)]
        runs: u64,
        /// The GIL policy to explore.
        #[arg(long = "gil", value_name = "POLICY", default_value = "cpython")]
        policy: Policy,
        /// The switch interval (as for `run`).
        #[arg(long, value_name = "DURATION", default_value = "5ms", value_parser = parse_duration)]
        switch_interval: Duration,
        /// Instructions between switches under --gil legacy.
        #[arg(long, value_name = "N", default_value_t = 100)]
        check_interval: u32,
        /// Then find the schedule with the fewest switches that reaches an
        /// outcome the script does not call acceptable (or, without
        /// `# outcome:` lines, any other than the run without preemptions)
        /// and show the lost update in it, instruction by instruction.
        #[arg(long)]
        explain: bool,
        /// The script to explore.
        file: PathBuf,
        /// Arguments for the script.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Run a script under every GIL policy and show one timeline and a
    /// line of statistics for each.
    Compare {
        #[command(flatten)]
        gil: GilOptions,
        /// Timeline width in columns (default: $COLUMNS, else the terminal's
        /// width, else 100).
        #[arg(long, value_name = "N")]
        width: Option<usize>,
        /// Colour: auto, always or never.
        #[arg(long, value_name = "WHEN", default_value = "auto")]
        color: ColorChoice,
        /// Plain ASCII.
        #[arg(long)]
        ascii: bool,
        /// Also write the comparison as one self-contained HTML page: each
        /// policy's summary, output and picture.
        #[arg(long, value_name = "FILE.html")]
        report: Option<PathBuf>,
        /// The script to compare.
        file: PathBuf,
        /// Arguments for the script.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Print the bytecode of every code object in a script.
    Dis {
        /// Show the superinstructions that runs which do not count
        /// instructions execute (every policy but legacy, outside
        /// deterministic mode).
        #[arg(long)]
        fused: bool,
        /// Mark where the GIL can change hands under this policy (default
        /// cpython: calls and backward jumps; legacy and none: anywhere).
        #[arg(long = "gil", value_name = "POLICY", default_value = "cpython")]
        policy: Policy,
        /// The script to disassemble.
        file: PathBuf,
    },
    /// Print a completion script for your shell, e.g.
    /// `gilvm completions bash > ~/.local/share/bash-completion/completions/gilvm`.
    Completions {
        /// bash, zsh, fish, elvish or powershell.
        shell: clap_complete::Shell,
    },
    /// Print gilvm's manual page (roff), e.g.
    /// `gilvm man > ~/.local/share/man/man1/gilvm.1`, then `man gilvm`.
    Man,
}

/// What to show about the run (all of it goes to stderr or to files, so
/// the script's own output stays clean on stdout).
#[derive(clap::Args, Debug, Clone)]
pub struct WatchOptions {
    /// After the run, draw which thread held the GIL over time, one row per
    /// thread, on stderr.
    #[arg(long)]
    pub timeline: bool,
    /// After the run, print per-thread GIL statistics on stderr.
    #[arg(long)]
    pub stats: bool,
    /// Write the statistics of --stats as JSON (per thread, per lock, per
    /// task), for plotting or comparing runs.
    #[arg(long, value_name = "FILE.json")]
    pub stats_json: Option<PathBuf>,
    /// Write a Chrome trace event JSON file (open it in Perfetto or
    /// chrome://tracing); gzip-compressed when FILE ends in .gz.
    #[arg(long, value_name = "FILE.json")]
    pub trace: Option<PathBuf>,
    /// Write a self-contained HTML report (or an SVG picture if FILE ends
    /// in .svg) of the timeline and statistics.
    #[arg(long, value_name = "FILE.html")]
    pub report: Option<PathBuf>,
    /// Timeline width in columns (default: $COLUMNS, else the terminal's
    /// width, else 100).
    #[arg(long, value_name = "N")]
    pub width: Option<usize>,
    /// Colour in the timeline: auto (on a terminal, unless NO_COLOR is
    /// set), always or never.
    #[arg(long, value_name = "WHEN", default_value = "auto")]
    pub color: ColorChoice,
    /// Plain ASCII in the timeline and statistics.
    #[arg(long)]
    pub ascii: bool,
}

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// `--color auto`: on a terminal, unless `NO_COLOR` is set to something
/// (no-color.org: set to an empty string, it does not count).
fn auto_colour(no_color: Option<&std::ffi::OsStr>, terminal: bool) -> bool {
    no_color.is_none_or(|v| v.is_empty()) && terminal
}

impl WatchOptions {
    fn records(&self) -> bool {
        self.timeline
            || self.stats
            || self.stats_json.is_some()
            || self.trace.is_some()
            || self.report.is_some()
    }

    fn color(&self) -> bool {
        use std::io::IsTerminal;
        self.color_on(std::io::stderr().is_terminal())
    }

    /// Whether to colour output going to a stream that is (or is not) a
    /// terminal.
    fn color_on(&self, terminal: bool) -> bool {
        match self.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => auto_colour(std::env::var_os("NO_COLOR").as_deref(), terminal),
        }
    }

    fn width(&self) -> usize {
        self.width
            .or_else(|| std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()))
            .or_else(terminal_width)
            .unwrap_or(100)
            .clamp(40, 1000)
    }

    /// Renders every view asked for; returns an error message for a file
    /// that could not be written.
    fn render(
        &self,
        events: &[crate::trace::Event],
        info: &crate::trace::RunInfo,
        err: &mut impl Write,
    ) -> Result<(), String> {
        use crate::trace::{chrome, report, stats, timeline};
        if self.timeline {
            let opts = timeline::TimelineOptions {
                width: self.width(),
                ascii: self.ascii,
                color: self.color(),
            };
            let _ = err.write_all(timeline::timeline(events, info, &opts).as_bytes());
        }
        if self.stats {
            let opts = stats::StatsOptions { ascii: self.ascii };
            let _ = err.write_all(stats::stats(events, info, &opts).as_bytes());
        }
        if let Some(path) = &self.stats_json {
            let json = stats::Stats::compute(events, info).to_json(info);
            std::fs::write(path, format!("{json:#}\n"))
                .map_err(|e| format!("gilvm: can't write {}: {e}", path.display()))?;
        }
        if let Some(path) = &self.trace {
            let file = std::fs::File::create(path)
                .map_err(|e| format!("gilvm: can't write {}: {e}", path.display()))?;
            let cant = |e: std::io::Error| format!("gilvm: can't write {}: {e}", path.display());
            let gzip = path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("gz"));
            if gzip {
                // Perfetto opens gzip-compressed traces as they are; a long
                // run's trace shrinks about tenfold.
                let mut gz = flate2::write::GzEncoder::new(
                    std::io::BufWriter::new(file),
                    flate2::Compression::default(),
                );
                chrome::write_chrome_trace(events, info, &mut gz).map_err(cant)?;
                gz.finish().and_then(|mut w| w.flush()).map_err(cant)?;
            } else {
                chrome::write_chrome_trace(events, info, std::io::BufWriter::new(file))
                    .map_err(cant)?;
            }
        }
        if let Some(path) = &self.report {
            let svg = path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("svg"));
            let text = if svg {
                report::svg(events, info)
            } else {
                report::html(events, info)
            };
            std::fs::write(path, text)
                .map_err(|e| format!("gilvm: can't write {}: {e}", path.display()))?;
        }
        Ok(())
    }
}

/// How threads share the interpreter.
#[derive(clap::Args, Debug, Clone)]
pub struct GilOptions {
    /// The GIL policy: cpython (CPython 3.2+, the default), legacy (CPython
    /// 2), fifo (a fair lock), ruby (MRI's GVL) or none (free-threading).
    #[arg(long = "gil", value_name = "POLICY")]
    pub policy: Option<Policy>,
    /// How long a thread waits for the GIL before asking the holder to drop
    /// it (cpython, fifo), like sys.setswitchinterval. E.g. 5ms, 500us.
    #[arg(long, value_name = "DURATION", default_value = "5ms", value_parser = parse_duration)]
    pub switch_interval: Duration,
    /// Instructions between switches under --gil legacy.
    #[arg(long, value_name = "N", default_value_t = 100, value_parser = clap::value_parser!(u32).range(1..))]
    pub check_interval: u32,
    /// Deterministic mode: one thread runs at a time, on a virtual clock,
    /// and every scheduling choice comes from this seed. The same script,
    /// policy and seed give the same interleaving and output everywhere.
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
    /// Deterministic mode with seed 0.
    #[arg(long, conflicts_with = "seed")]
    pub deterministic: bool,
    /// Print the schedule to stderr: each time slice's virtual time, thread,
    /// instructions and source lines, and why it ended (implies
    /// --deterministic when no seed is given).
    #[arg(long)]
    pub interleaving: bool,
    /// Virtual nanoseconds one instruction takes in deterministic mode.
    #[arg(long, value_name = "NS", default_value_t = crate::gil::DEFAULT_INSTR_COST_NS,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub instr_cost: u64,
    /// Deterministic mode with these switches and no others: POINT:THREAD,...
    /// (at the POINT-th check interval, counting from 1, hand the GIL to
    /// thread THREAD). `gilvm explore --explain` prints such schedules.
    #[arg(long, value_name = "PLAN", value_parser = parse_plan)]
    pub schedule: Option<crate::gil::baton::Plan>,
}

fn parse_plan(text: &str) -> Result<crate::gil::baton::Plan, String> {
    crate::gil::baton::Plan::parse(text)
}

impl GilOptions {
    pub fn apply(&self, config: &mut Config) {
        config.policy = self.policy.unwrap_or(Policy::CPython);
        config.switch_interval = self.switch_interval;
        config.check_interval = self.check_interval;
        config.seed = self
            .seed
            .or((self.deterministic || self.interleaving || self.schedule.is_some()).then_some(0));
        config.schedule = self.schedule.clone();
        config.record = self.interleaving;
        config.instr_cost_ns = self.instr_cost;
    }
}

/// Limits that stop a runaway script.
#[derive(clap::Args, Debug, Clone)]
pub struct LimitOptions {
    /// The memory the script may use (e.g. 512M, 2G; default: three
    /// quarters of the machine's memory). An allocation past it raises
    /// MemoryError.
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    pub max_memory: Option<usize>,
    /// Stop the run after N instructions, all threads together (exit
    /// status 124, the views written).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub max_steps: Option<u64>,
    /// Stop the run after this long (virtual time in deterministic mode;
    /// exit status 124, the views written). E.g. 10s, 2min.
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub timeout: Option<Duration>,
}

impl LimitOptions {
    fn apply(&self, config: &mut Config) {
        if let Some(bytes) = self.max_memory {
            crate::vm::memory::set_limit(bytes);
        }
        config.max_steps = self.max_steps;
        config.timeout = self.timeout;
    }
}

/// A size in bytes: a number with an optional K, M, G or T suffix (powers
/// of 1024; `KB`, `KiB` and `k` are the same).
fn parse_size(s: &str) -> Result<usize, String> {
    let t = s.trim();
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (number, unit) = t.split_at(digits);
    let number: usize = number
        .parse()
        .map_err(|_| format!("'{s}' is not a size (try e.g. 512M or 2G)"))?;
    let shift = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        "t" | "tb" | "tib" => 40,
        _ => return Err(format!("unknown unit in '{s}' (try e.g. 512M or 2G)")),
    };
    let bytes = number
        .checked_mul(1usize << shift)
        .ok_or_else(|| format!("'{s}' is too large"))?;
    if bytes == 0 {
        return Err("the size must be greater than zero".into());
    }
    Ok(bytes)
}

fn parse_duration(s: &str) -> Result<Duration, String> {
    let d = humantime::parse_duration(s).map_err(|e| format!("{e} (try e.g. 5ms or 500us)"))?;
    if d.is_zero() {
        return Err("the interval must be greater than zero".into());
    }
    Ok(d)
}

/// Runs the CLI; returns the process exit code.
pub fn main() -> i32 {
    crate::vm::crash::install_hook();
    let cli = Cli::parse();
    match cli.command {
        Command::Run {
            gil,
            watch,
            limits,
            file,
            args,
        } => run(&file, args, &gil, &watch, &limits),
        Command::Dis {
            fused,
            policy,
            file,
        } => dis(&file, fused, policy),
        Command::Completions { shell } => {
            use clap::CommandFactory;
            let mut out = std::io::stdout().lock();
            clap_complete::generate(shell, &mut Cli::command(), "gilvm", &mut out);
            0
        }
        Command::Man => {
            use clap::CommandFactory;
            let page = clap_mangen::Man::new(Cli::command());
            let mut buf = Vec::new();
            match page.render(&mut buf) {
                Ok(()) => {
                    let mut out = std::io::stdout().lock();
                    let _ = out.write_all(&buf);
                    let _ = out.flush();
                    0
                }
                Err(e) => {
                    eprintln!("gilvm man: {e}");
                    1
                }
            }
        }
        Command::Compare {
            gil,
            width,
            color,
            ascii,
            report,
            file,
            args,
        } => {
            if let Some(policy) = gil.policy {
                // Accepted and ignored, it would mislead: refuse it.
                eprintln!(
                    "gilvm compare: --gil {policy} has no effect: compare runs the script \
                     under every policy (use `gilvm run --gil {policy}` for one)"
                );
                return 2;
            }
            let watch = WatchOptions {
                timeline: true,
                stats: false,
                stats_json: None,
                trace: None,
                report: None,
                width,
                color,
                ascii,
            };
            let source = match load(&file) {
                Ok(s) => s,
                Err(code) => return code,
            };
            let mut argv = vec![file.display().to_string()];
            argv.extend(args);
            let mut config = Config::new(argv);
            gil.apply(&mut config);
            let opts = crate::trace::timeline::TimelineOptions {
                width: watch.width(),
                ascii,
                color: watch.color_on(std::io::stdout().is_terminal()),
            };
            crate::compare::compare_cli(
                &file.display().to_string(),
                &source.text,
                &config,
                &opts,
                report.as_deref(),
            )
        }
        Command::Explore {
            runs,
            explain,
            policy,
            switch_interval,
            check_interval,
            file,
            args,
        } => {
            let options = crate::explore::ExploreOptions {
                runs,
                explain,
                policy,
                switch_interval,
                check_interval,
                args,
            };
            match load(&file) {
                Ok(source) => {
                    crate::explore::explore_cli(&file.display().to_string(), &source.text, &options)
                }
                Err(code) => code,
            }
        }
    }
}

/// The located error for a source file that is not UTF-8: where the first
/// bad byte is (line, and column in characters, as gilvm's other
/// diagnostics count), in CPython's words.
fn not_utf8(name: &str, bytes: &[u8], error: std::str::Utf8Error) -> String {
    let at = error.valid_up_to();
    let valid = String::from_utf8_lossy(&bytes[..at]);
    let line = valid.matches('\n').count() + 1;
    let column = valid.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    format!(
        "{name}:{line}:{column}: SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' \
         in file {name} on line {line}, but no encoding declared; \
         see https://peps.python.org/pep-0263/ for details",
        bytes[at]
    )
}

fn load(file: &PathBuf) -> Result<Arc<SourceFile>, i32> {
    match std::fs::read(file) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Ok(Arc::new(SourceFile::new(file.display().to_string(), text))),
            Err(e) => {
                eprintln!(
                    "{}",
                    not_utf8(&file.display().to_string(), e.as_bytes(), e.utf8_error())
                );
                Err(1)
            }
        },
        Err(e) => {
            eprintln!("gilvm: can't open file '{}': {}", file.display(), e);
            Err(2)
        }
    }
}

fn run(
    file: &PathBuf,
    args: Vec<String>,
    gil: &GilOptions,
    watch: &WatchOptions,
    limits: &LimitOptions,
) -> i32 {
    let source = match load(file) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let code = match crate::compile(&source) {
        Ok(c) => c,
        Err(d) => {
            eprint!("{}", d.render(&source));
            return 1;
        }
    };
    let mut argv = vec![file.display().to_string()];
    argv.extend(args);
    let mut config = Config::new(argv);
    gil.apply(&mut config);
    limits.apply(&mut config);
    config.record |= watch.records();
    let info_config = config.clone();
    let interp = Interpreter::new(config, Output::stdout());
    crate::vm::interrupt::install(&interp);
    let (status, stderr) = crate::run_code(&interp, code);
    let mut err = std::io::stderr().lock();
    if let Some(text) = stderr {
        let _ = err.write_all(text.as_bytes());
    }
    let mut status = status;
    if let Some(r) = &interp.runtime.recorder {
        let mut info =
            crate::run_info(&file.display().to_string(), &info_config, interp.clock_ns());
        info.interrupted = interp
            .runtime
            .interrupted
            .load(std::sync::atomic::Ordering::Acquire);
        let events = r.finish();
        if gil.interleaving {
            let log = crate::trace::interleaving::render(&events, &info);
            let _ = err.write_all(log.as_bytes());
        }
        if let Err(msg) = watch.render(&events, &info, &mut err) {
            let _ = writeln!(err, "{msg}");
            status = status.max(1);
        }
    }
    let _ = err.flush();
    status
}

/// What `dis` says, above the listing, of where `policy` may switch.
fn switch_legend(policy: Policy) -> String {
    let anywhere = policy.rules().counts_instructions() || !policy.rules().has_lock();
    if anywhere {
        if policy.rules().has_lock() {
            format!(
                "# --gil {policy}: a switch may come after any instruction (every \
                 --check-interval instructions), so `x += 1` can be split.\n\n"
            )
        } else {
            format!(
                "# --gil {policy}: no GIL; threads run at once, so any two \
                 instructions of different threads may interleave.\n\n"
            )
        }
    } else {
        format!(
            "# --gil {policy}: a thread gives up the GIL only at a switch point (a call or a \
             backward jump, marked below);\n# the instructions between two of them run \
             without another thread in between. `>>` marks a jump target.\n\n"
        )
    }
}

fn dis(file: &PathBuf, fused: bool, policy: Policy) -> i32 {
    let source = match load(file) {
        Ok(s) => s,
        Err(code) => return code,
    };
    match crate::compile(&source) {
        Ok(code) => {
            let code = if fused {
                crate::bytecode::superinstructions::fuse(&code)
            } else {
                code
            };
            let anywhere = policy.rules().counts_instructions() || !policy.rules().has_lock();
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(switch_legend(policy).as_bytes());
            let _ = out.write_all(code.disassemble_marked(anywhere).as_bytes());
            let _ = out.flush();
            0
        }
        Err(d) => {
            eprint!("{}", d.render(&source));
            1
        }
    }
}

/// The terminal's width in columns, when stderr (where the timeline goes)
/// or stdout is one.
fn terminal_width() -> Option<usize> {
    let size = terminal_size::terminal_size_of(std::io::stderr())
        .or_else(|| terminal_size::terminal_size_of(std::io::stdout()));
    size.map(|(terminal_size::Width(w), _)| w as usize)
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_empty_no_color_does_not_turn_colour_off() {
        use std::ffi::OsStr;
        assert!(super::auto_colour(None, true));
        assert!(super::auto_colour(Some(OsStr::new("")), true));
        assert!(!super::auto_colour(Some(OsStr::new("1")), true));
        assert!(!super::auto_colour(None, false));
    }

    use super::parse_size;

    #[test]
    fn sizes_parse_with_binary_units() {
        assert_eq!(parse_size("512"), Ok(512));
        assert_eq!(parse_size("4k"), Ok(4096));
        assert_eq!(parse_size("512M"), Ok(512 << 20));
        assert_eq!(parse_size("2GiB"), Ok(2 << 30));
        assert!(parse_size("0").is_err());
        assert!(parse_size("12 parsecs").is_err());
        assert!(parse_size("M").is_err());
        assert!(parse_size("99999999999T").is_err());
    }
}
