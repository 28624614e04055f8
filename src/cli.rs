//! The command line: `gilvm run`, `gilvm dis`.

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;

use clap::{Parser, Subcommand};

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
        /// The script to run.
        file: PathBuf,
        /// Arguments for the script (they land in sys.argv).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Print the bytecode of every code object in a script.
    Dis {
        /// The script to disassemble.
        file: PathBuf,
    },
}

/// Runs the CLI; returns the process exit code.
pub fn main() -> i32 {
    let cli = Cli::parse();
    match cli.command {
        Command::Run { file, args } => run(&file, args),
        Command::Dis { file } => dis(&file),
    }
}

fn load(file: &PathBuf) -> Result<Arc<SourceFile>, i32> {
    match std::fs::read(file) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Ok(Arc::new(SourceFile::new(file.display().to_string(), text))),
            Err(e) => {
                eprintln!(
                    "{}: SyntaxError: the file is not valid UTF-8 (byte {})",
                    file.display(),
                    e.utf8_error().valid_up_to()
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

fn run(file: &PathBuf, args: Vec<String>) -> i32 {
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
    let interp = Interpreter::new(Config { argv }, Output::stdout());
    let (status, stderr) = crate::run_code(&interp, code);
    if let Some(text) = stderr {
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(text.as_bytes());
        let _ = err.flush();
    }
    status
}

fn dis(file: &PathBuf) -> i32 {
    let source = match load(file) {
        Ok(s) => s,
        Err(code) => return code,
    };
    match crate::compile(&source) {
        Ok(code) => {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(code.disassemble().as_bytes());
            let _ = out.flush();
            0
        }
        Err(d) => {
            eprint!("{}", d.render(&source));
            1
        }
    }
}
