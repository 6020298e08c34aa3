//! Finding the learner's Python (and pytest), and `pylings setup`, which makes the course's
//! `.venv` with `requirements.txt`.

use std::ffi::OsString;
use std::fmt;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use std::time::Duration;

use anyhow::{Context, Result, bail};
use serde::Deserialize;

use crate::process;

mod cache;

pub const MIN_VERSION: (u32, u32) = (3, 11);
pub const VENV_DIR: &str = ".venv";
pub const REQUIREMENTS: &str = "requirements.txt";

const NO_PYTHON: &str = "\
no Python found: pylings needs Python 3.11 or newer.
Tried: `--python`/`PYLINGS_PYTHON` (not set), an active virtual environment (none), the course's
`.venv` (none), and `python3`/`python` on PATH (not found).
Install Python from https://www.python.org/downloads/ (or your package manager, e.g.
`sudo apt install python3 python3-venv`), then run `pylings setup`.
If Python is installed somewhere else, point pylings at it: `pylings --python /path/to/python3 setup`.";

const PROBE: &str = r#"
import json, sys
try:
    from importlib.metadata import version
    pytest = version("pytest")
except Exception:
    pytest = None
import site
try:
    dirs = site.getsitepackages() + [site.getusersitepackages()]
except Exception:
    dirs = [p for p in sys.path if p.endswith("-packages")]
print(json.dumps({"executable": sys.executable, "version": list(sys.version_info[:3]),
                  "pytest": pytest, "site": dirs}))
"#;

/// Where the interpreter came from; part of every message about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Flag,
    EnvVar,
    VirtualEnv,
    CourseVenv,
    Path,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Source::Flag => "given with --python",
            Source::EnvVar => "from PYLINGS_PYTHON",
            Source::VirtualEnv => "the active virtual environment",
            Source::CourseVenv => "the course's .venv",
            Source::Path => "found on PATH",
        })
    }
}

#[derive(Debug, Clone)]
pub struct Python {
    /// The real interpreter (`sys.executable`), so later runs skip shims such as pyenv's.
    pub executable: PathBuf,
    pub version: (u32, u32, u32),
    pub pytest: Option<String>,
    pub source: Source,
}

#[derive(Deserialize)]
struct Probe {
    executable: String,
    version: Vec<u32>,
    pytest: Option<String>,
    /// Where its packages go: a change there (pytest installed) means asking again.
    #[serde(default)]
    site: Vec<String>,
}

impl Python {
    pub fn command(&self) -> Command {
        Command::new(&self.executable)
    }

    pub fn version_string(&self) -> String {
        let (a, b, c) = self.version;
        format!("{a}.{b}.{c}")
    }

    pub fn describe(&self) -> String {
        format!(
            "`{}` (Python {}, {})",
            self.executable.display(),
            self.version_string(),
            self.source
        )
    }

    /// An error unless pytest can be imported by this interpreter, with the fix that works for
    /// where the interpreter came from.
    pub fn require_pytest(&self) -> Result<()> {
        if self.pytest.is_some() {
            return Ok(());
        }
        let fix = match self.source {
            // `pylings setup` makes (or repairs) the course's .venv, which is used from then on.
            Source::CourseVenv | Source::Path => "pylings setup".to_string(),
            // A chosen interpreter or an active venv wins over .venv: install into it.
            Source::Flag | Source::EnvVar | Source::VirtualEnv => format!(
                "{} -m pip install -r {REQUIREMENTS}",
                shell_quote(&self.executable)
            ),
        };
        bail!(
            "pytest is not installed for {}.\n\
             Test exercises need it. Install it with:\n\n    {fix}\n\n\
             (`pylings setup` makes a `.venv` in the course with everything the course needs; \
             pylings uses it unless another Python is chosen or a virtual environment is active.)",
            self.describe()
        )
    }
}

fn shell_quote(path: &Path) -> String {
    let s = path.display().to_string();
    if s.contains(' ') {
        format!("\"{s}\"")
    } else {
        s
    }
}

/// How long an interpreter may take to say who it is (`PYLINGS_PROBE_TIMEOUT` seconds).
fn probe_timeout() -> Duration {
    let secs = std::env::var("PYLINGS_PROBE_TIMEOUT")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .filter(|s| (1..=600).contains(s))
        .unwrap_or(20);
    Duration::from_secs(secs)
}

/// Asks `program` who it is. `None` when it can't be started at all. Answers are cached in
/// the course's `.pylings/python.json`, keyed by the interpreter's file and its package
/// folders, so most commands start no Python just to find one.
fn probe(program: &Path, prefix_args: &[OsString], source: Source) -> Result<Option<Python>> {
    if let Ok(meta) = std::fs::metadata(program)
        && meta.is_dir()
    {
        bail!(
            "`{}` ({source}) is a folder, not a Python interpreter.\n\
             Give the interpreter itself, e.g. `{}`.",
            program.display(),
            venv_python(program).display()
        );
    }
    if prefix_args.is_empty()
        && let Some(found) = cache::lookup(program)
    {
        return Ok(Some(Python { source, ..found }));
    }
    let mut cmd = Command::new(program);
    cmd.args(prefix_args)
        .args(["-c", PROBE])
        .env("PYTHONDONTWRITEBYTECODE", "1");
    let done = match process::run_helper(cmd, probe_timeout()) {
        Ok(done) => done,
        Err(e)
            if e.root_cause()
                .downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::NotFound) =>
        {
            return Ok(None);
        }
        Err(e) => {
            return Err(e).with_context(|| format!("failed to run `{}`", program.display()));
        }
    };
    if done.end == process::End::TimedOut {
        bail!(
            "`{}` ({source}) did not answer within {} s: it hangs instead of running Python.\n\
             Point pylings at a working Python 3.11+ with `--python PATH`.",
            program.display(),
            probe_timeout().as_secs()
        );
    }
    let stdout = String::from_utf8_lossy(&done.stdout);
    let stderr = String::from_utf8_lossy(&done.stderr);
    let parsed: Option<Probe> = stdout
        .lines()
        .last()
        .and_then(|l| serde_json::from_str(l).ok());
    let Some(probe) = parsed else {
        let said = format!("{}\n{}", stdout.trim(), stderr.trim());
        let said = said.trim();
        let hint = if said.contains("SyntaxError") && said.contains("print") {
            " It looks like Python 2, which pylings can't use."
        } else if said.is_empty() {
            " It printed nothing."
        } else {
            ""
        };
        bail!(
            "`{}` ({source}) did not answer as a Python 3 interpreter.{hint}\n{}\n\
             Point pylings at a working Python 3.11+ with `--python PATH`.",
            program.display(),
            said.lines().take(5).collect::<Vec<_>>().join("\n")
        );
    };
    let v = |i: usize| probe.version.get(i).copied().unwrap_or(0);
    let python = Python {
        executable: PathBuf::from(&probe.executable),
        version: (v(0), v(1), v(2)),
        pytest: probe.pytest.clone(),
        source,
    };
    if prefix_args.is_empty() {
        cache::store(program, &python, &probe.site);
    }
    Ok(Some(python))
}

pub fn venv_python(venv: &Path) -> PathBuf {
    if cfg!(windows) {
        venv.join("Scripts").join("python.exe")
    } else {
        venv.join("bin").join("python")
    }
}

/// Finds the interpreter in the documented order. `skip_course_venv` is for `setup`, which
/// needs a Python to make the `.venv` with.
pub fn find(explicit: Option<&Path>, course_root: &Path, skip_course_venv: bool) -> Result<Python> {
    cache::set_dir(course_root.join(crate::state::STATE_DIR));
    // An empty `PYLINGS_PYTHON=` means "not set".
    let explicit = explicit.filter(|p| !p.as_os_str().is_empty());
    let python = find_any(explicit, course_root, skip_course_venv)?;
    let (major, minor, _) = python.version;
    if (major, minor) < MIN_VERSION {
        bail!(
            "{} is too old: pylings needs Python {}.{} or newer.\n\
             Install a newer Python from https://www.python.org/downloads/ and point pylings at it:\n\n    \
             pylings --python /path/to/python3.11 setup\n\n\
             (or set PYLINGS_PYTHON to its path).",
            python.describe(),
            MIN_VERSION.0,
            MIN_VERSION.1
        );
    }
    Ok(python)
}

fn find_any(explicit: Option<&Path>, course_root: &Path, skip_course_venv: bool) -> Result<Python> {
    if let Some(path) = explicit {
        let source = if std::env::var_os("PYLINGS_PYTHON").is_some_and(|v| Path::new(&v) == path) {
            Source::EnvVar
        } else {
            Source::Flag
        };
        let program = which::which(path).unwrap_or_else(|_| path.to_path_buf());
        return probe(&program, &[], source)?.with_context(|| {
            format!(
                "the Python {source}, `{}`, does not exist or can't be run.\n\
                 Give the path of a Python 3.11+ interpreter, e.g. `--python /usr/bin/python3`.",
                path.display()
            )
        });
    }
    if let Some(venv) = std::env::var_os("VIRTUAL_ENV").filter(|v| !v.is_empty()) {
        let program = venv_python(Path::new(&venv));
        if program.exists()
            && let Some(python) = probe(&program, &[], Source::VirtualEnv)?
        {
            return Ok(python);
        }
    }
    if !skip_course_venv {
        let program = venv_python(&course_root.join(VENV_DIR));
        if program.exists()
            && let Some(python) = probe(&program, &[], Source::CourseVenv)?
        {
            return Ok(python);
        }
    }
    for name in ["python3", "python"] {
        if let Ok(program) = which::which(name)
            && let Some(python) = probe(&program, &[], Source::Path)?
        {
            return Ok(python);
        }
    }
    if cfg!(windows)
        && let Ok(program) = which::which("py")
    {
        let args = [OsString::from("-3")];
        // The probe reports the real interpreter behind the launcher, used from then on.
        if let Some(python) = probe(&program, &args, Source::Path)? {
            return Ok(python);
        }
    }
    bail!(NO_PYTHON)
}

/// `pylings setup`: make `.venv` in the course (unless a working one is there) and install
/// `requirements.txt` into it, showing pip's progress. Safe to run again; concurrent runs wait
/// for each other.
pub fn setup(explicit: Option<&Path>, course_root: &Path, quiet: bool) -> Result<Python> {
    let venv = course_root.join(VENV_DIR);
    let state_dir = course_root.join(crate::state::STATE_DIR);
    std::fs::create_dir_all(&state_dir)
        .with_context(|| format!("failed to create `{}`", state_dir.display()))?;
    let lock_path = state_dir.join("setup.lock");
    let lock = File::create(&lock_path)
        .with_context(|| format!("failed to create `{}`", lock_path.display()))?;
    lock.lock()
        .with_context(|| format!("failed to lock `{}`", lock_path.display()))?;

    let say = |msg: String| {
        if !quiet {
            use std::io::Write;
            let _ = writeln!(std::io::stderr(), "{msg}");
        }
    };
    let venv_py = venv_python(&venv);
    let existing = if venv_py.exists() {
        probe(&venv_py, &[], Source::CourseVenv).ok().flatten()
    } else {
        None
    };
    if existing.is_none() {
        let base = find(explicit, course_root, true)?;
        say(format!("Creating `{}` with {}…", VENV_DIR, base.describe()));
        let mut cmd = base.command();
        cmd.args(["-m", "venv"]);
        if venv.exists() {
            // A broken .venv (moved, or its Python uninstalled): start it afresh.
            cmd.arg("--clear");
        }
        cmd.arg(&venv).current_dir(course_root);
        let output = cmd.output().context("failed to run `python -m venv`")?;
        if !output.status.success() {
            bail!(
                "`{} -m venv {VENV_DIR}` failed:\n{}\n\
                 On Debian and Ubuntu the venv module is a separate package: `sudo apt install python3-venv`.",
                base.executable.display(),
                String::from_utf8_lossy(&output.stderr).trim()
            );
        }
    } else {
        say(format!(
            "`{VENV_DIR}` is there already; checking its packages…"
        ));
    }

    let requirements = course_root.join(REQUIREMENTS);
    if requirements.is_file() {
        say(format!("Installing `{REQUIREMENTS}` into `{VENV_DIR}`…"));
        let mut cmd = Command::new(&venv_py);
        cmd.args(["-m", "pip", "install", "--disable-pip-version-check", "-r"])
            .arg(&requirements)
            .current_dir(course_root)
            .stdin(Stdio::null());
        if quiet {
            cmd.arg("-q").stdout(Stdio::null());
        }
        let status = cmd.status().context("failed to run pip")?;
        if !status.success() {
            bail!(
                "pip could not install `{REQUIREMENTS}` (see its messages above).\n\
                 Check your internet connection (or proxy settings) and run `pylings setup` again."
            );
        }
    }
    let python = probe(&venv_py, &[], Source::CourseVenv)?
        .with_context(|| format!("`{}` does not run after setup", venv_py.display()))?;
    drop(lock);
    say(format!(
        "Ready: {} with pytest {}.",
        python.describe(),
        python.pytest.as_deref().unwrap_or("(missing)")
    ));
    Ok(python)
}
