//! pylings: small, broken Python exercises to fix, checked with the learner's own Python.

mod check;
mod commands;
mod dev;
mod diff;
mod doctor;
mod embedded;
mod files;
mod info;
mod init;
mod junit;
mod manifest;
mod parallel;
mod process;
mod python;
mod report;
mod session;
mod state;
mod update;
mod watch;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};

/// Exit code for a check that ran and failed.
pub const EXIT_FAILED: u8 = 1;
/// Exit code for everything else that went wrong (no Python, a broken course, bad usage).
pub const EXIT_ERROR: u8 = 2;

#[derive(Parser)]
#[command(
    name = "pylings",
    version,
    about = "Small exercises to get you used to reading and writing Python",
    long_about = "Small exercises to get you used to reading and writing Python.\n\n\
        Without a command, pylings starts watch mode: it shows the current exercise, checks it \
        again every time you save it, and answers single keys (n next, h hint, l list, c check \
        all, r reset, q quit).",
    after_help = "Start with `pylings init`, then `cd pylings`, `pylings setup` and `pylings`."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// The Python interpreter to use (default: an active virtual environment, the course's
    /// .venv, then python3 on PATH)
    #[arg(long, global = true, env = "PYLINGS_PYTHON", value_name = "PATH")]
    python: Option<PathBuf>,
    /// Check against the original tests of the course in DIR (for teachers grading a
    /// workspace with a pristine copy of the course)
    #[arg(long, global = true, value_name = "DIR")]
    originals: Option<PathBuf>,
    /// Run every test check in a fresh Python instead of a warm worker (also
    /// PYLINGS_NO_WORKER=1)
    #[arg(long, global = true)]
    no_worker: bool,
    /// When to use colours
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// Watch mode: don't watch the files; check again when you press Enter
    #[arg(long)]
    manual_run: bool,
    /// Watch mode: watch the files by polling instead of file events (for network drives and
    /// other places where events don't arrive)
    #[arg(long, conflicts_with = "manual_run")]
    poll: bool,
    /// Watch mode: open each exercise that becomes current with this command (its path is
    /// appended), e.g. `--edit-cmd "code"`
    #[arg(long, value_name = "CMD")]
    edit_cmd: Option<String>,
}

#[derive(Subcommand)]
enum Command {
    /// Check the current exercise, or the one named
    Run {
        /// The exercise (see `pylings list`)
        #[arg(add = ArgValueCompleter::new(complete_exercise))]
        name: Option<String>,
        /// Print the result as one JSON document
        #[arg(long)]
        json: bool,
    },
    /// Show the next hint of the current exercise, or of the one named
    Hint {
        #[arg(add = ArgValueCompleter::new(complete_exercise))]
        name: Option<String>,
    },
    /// Put an exercise back as it was (your version is saved under .pylings/backups first)
    Reset {
        #[arg(add = ArgValueCompleter::new(complete_exercise))]
        name: String,
    },
    /// List the exercises: chapter, done or pending, kind of practice, path
    List {
        /// Only this kind of practice
        #[arg(long, value_enum)]
        practice: Option<PracticeArg>,
    },
    /// Show each chapter's progress and the milestones reached
    Progress,
    /// Check every exercise, in parallel, and update your progress
    Verify {
        /// Print the results as one JSON document
        #[arg(long)]
        json: bool,
        /// Also write the results as JUnit XML (for CI: GitHub Actions, GitLab, Jenkins)
        #[arg(long, value_name = "FILE")]
        junit: Option<PathBuf>,
    },
    /// Make a new workspace with the course built into pylings
    Init {
        /// Where to make it
        #[arg(default_value = "pylings")]
        dir: PathBuf,
        /// Also add a CI workflow that runs `pylings verify` on every push
        #[arg(long, value_enum, value_name = "SERVICE")]
        ci: Option<init::Ci>,
    },
    /// Bring the course built into this pylings into the workspace (your work is kept)
    Update {
        /// Only list what would change
        #[arg(long)]
        dry_run: bool,
    },
    /// Check that everything pylings needs works, and say how to fix what doesn't
    Doctor,
    /// Print a shell completion script (`pylings completions bash >> ~/.bashrc`)
    Completions {
        #[arg(value_enum)]
        shell: Shell,
    },
    /// Make the course's .venv and install requirements.txt into it (safe to run again)
    Setup,
    /// Tools for course authors
    Dev {
        #[command(subcommand)]
        command: DevCommand,
    },
}

#[derive(Subcommand)]
enum DevCommand {
    /// Check a course: its file, its files, and that every exercise fails as shipped and every
    /// solution and variant does what it should
    Check {
        /// The course folder
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// Check only these exercises (the file checks still cover the whole course)
        #[arg(long = "only", value_name = "NAME")]
        only: Vec<String>,
        /// Run every check both in a warm worker and in a fresh Python, and report any
        /// difference in their verdicts
        #[arg(long)]
        parity: bool,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Shell {
    Bash,
    Zsh,
    Fish,
    Powershell,
    Elvish,
}

/// The environment variable through which a shell asks pylings for completions.
const COMPLETE_VAR: &str = "PYLINGS_COMPLETE";

/// Exercise names of the course in the current folder, for shell completion.
fn complete_exercise(current: &std::ffi::OsStr) -> Vec<CompletionCandidate> {
    let Some(current) = current.to_str() else {
        return Vec::new();
    };
    let Ok(root) = std::env::current_dir() else {
        return Vec::new();
    };
    let Ok(course) = info::Course::load(&root) else {
        return Vec::new();
    };
    course
        .exercises
        .iter()
        .filter(|e| e.name.starts_with(current))
        .map(|e| CompletionCandidate::new(&e.name).help(Some(e.path.display().to_string().into())))
        .collect()
}

fn completions(shell: Shell, out: &mut impl Write) -> anyhow::Result<u8> {
    use clap_complete::env::EnvCompleter;
    let completer: &dyn EnvCompleter = match shell {
        Shell::Bash => &clap_complete::env::Bash,
        Shell::Zsh => &clap_complete::env::Zsh,
        Shell::Fish => &clap_complete::env::Fish,
        Shell::Powershell => &clap_complete::env::Powershell,
        Shell::Elvish => &clap_complete::env::Elvish,
    };
    // The script asks `pylings` itself for candidates, so it knows the workspace's exercises.
    completer.write_registration(COMPLETE_VAR, "pylings", "pylings", "pylings", out)?;
    Ok(0)
}

#[derive(Clone, Copy, ValueEnum)]
enum PracticeArg {
    Fix,
    Complete,
    Predict,
    Read,
    Refactor,
    WriteTests,
    Quiz,
    Project,
}

impl From<PracticeArg> for info::Practice {
    fn from(arg: PracticeArg) -> Self {
        match arg {
            PracticeArg::Fix => info::Practice::Fix,
            PracticeArg::Complete => info::Practice::Complete,
            PracticeArg::Predict => info::Practice::Predict,
            PracticeArg::Read => info::Practice::Read,
            PracticeArg::Refactor => info::Practice::Refactor,
            PracticeArg::WriteTests => info::Practice::WriteTests,
            PracticeArg::Quiz => info::Practice::Quiz,
            PracticeArg::Project => info::Practice::Project,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

fn set_colors(choice: ColorChoice) {
    let on = match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    };
    colored::control::set_override(on);
}

/// A UTC time stamp for backup names: `20261125-093012-123`.
pub fn timestamp() -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let secs = now.as_secs();
    let (days, rem) = (secs / 86_400, secs % 86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}{month:02}{day:02}-{:02}{:02}{:02}-{:03}",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        now.subsec_millis()
    )
}

/// On SIGINT, SIGTERM or SIGHUP: stop the learner's programs (they run in process groups of
/// their own, so the signal doesn't reach them), give the terminal back, remove pylings'
/// temporary files, and exit.
#[cfg(unix)]
fn stop_children_on_signals() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
        return;
    };
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            process::stop_all();
            watch::restore_terminal();
            process::scratch::remove_all();
            std::process::exit(128 + signal);
        }
    });
}

#[cfg(not(unix))]
fn stop_children_on_signals() {}

/// On Linux, processes a check abandons (even outside its process group) are handed to
/// pylings instead of init, so that none outlives its check.
fn become_subreaper() {
    #[cfg(target_os = "linux")]
    // SAFETY: prctl with constant arguments changes only this process's attributes.
    unsafe {
        libc::prctl(libc::PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
    }
}

/// A panic gives the terminal back before its message is printed.
fn restore_terminal_on_panic() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        watch::restore_terminal();
        default(info);
    }));
}

/// Was this error a write to a closed pipe (`pylings list | head -1`)?
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn main() -> ExitCode {
    #[cfg(unix)]
    {
        let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
        if args.get(1).is_some_and(|a| a == process::supervise::ARG) {
            process::supervise::main(&args[2..]);
        }
        process::supervise::enable();
    }
    // `PYLINGS_PYTHON=` (empty) means "not set"; clap would call it a missing value.
    if std::env::var_os("PYLINGS_PYTHON").is_some_and(|v| v.is_empty()) {
        // SAFETY: no other thread runs yet, so nothing reads the environment meanwhile.
        unsafe { std::env::remove_var("PYLINGS_PYTHON") };
    }
    clap_complete::CompleteEnv::with_factory(Cli::command)
        .var(COMPLETE_VAR)
        .complete();
    let cli = Cli::parse();
    become_subreaper();
    stop_children_on_signals();
    restore_terminal_on_panic();
    set_colors(cli.color);
    let options = session::Options {
        python: cli.python.clone().filter(|p| !p.as_os_str().is_empty()),
        originals: cli.originals.clone(),
        no_worker: cli.no_worker,
    };
    let python = options.python.as_deref();
    let mut out = std::io::stdout().lock();
    let result = match cli.command {
        None => {
            drop(out);
            watch::run(&options, cli.manual_run, cli.poll, cli.edit_cmd.as_deref())
        }
        Some(Command::Run { name, json }) => {
            commands::run(&options, name.as_deref(), json, &mut out)
        }
        Some(Command::Hint { name }) => commands::hint(&options, name.as_deref(), &mut out),
        Some(Command::Reset { name }) => commands::reset(&options, &name, &mut out),
        Some(Command::List { practice }) => {
            commands::list(&options, practice.map(Into::into), &mut out)
        }
        Some(Command::Progress) => commands::progress(&options, &mut out),
        Some(Command::Verify { json, junit }) => {
            commands::verify(&options, json, junit.as_deref(), &mut out)
        }
        Some(Command::Init { dir, ci }) => init::init(&dir, ci, &mut out),
        Some(Command::Update { dry_run }) => update::update(dry_run, &mut out),
        Some(Command::Doctor) => doctor::doctor(python, &mut out),
        Some(Command::Completions { shell }) => completions(shell, &mut out),
        Some(Command::Setup) => commands::setup(python, &mut out),
        Some(Command::Dev {
            command: DevCommand::Check { dir, only, parity },
        }) => {
            let modes = dev::Modes {
                no_worker: cli.no_worker,
                parity,
            };
            dev::check(python, &dir, &only, modes, &mut out)
        }
    };
    if process::stopping() {
        // A signal arrived: its handler is cleaning up and ends pylings with the signal's
        // exit code. Nothing more happens here.
        loop {
            std::thread::park();
        }
    }
    process::sweep_orphans();
    process::scratch::remove_all();
    match result {
        Ok(code) => ExitCode::from(code),
        // The reader went away (`pylings list | head -1`): nothing more to say, like ripgrep.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            use colored::Colorize;
            let _ = writeln!(std::io::stderr(), "{} {err:#}", "error:".red().bold());
            ExitCode::from(EXIT_ERROR)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamp_has_a_fixed_shape() {
        let t = timestamp();
        assert_eq!(t.len(), "20261125-093012-123".len(), "{t}");
        assert!(t.starts_with("20"), "{t}");
    }
}
