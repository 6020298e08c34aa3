//! One check of one exercise with the learner's Python: the single function that `run`, watch
//! mode, `verify` and `dev check` all go through, so they can never disagree.
//!
//! A check stages a copy of the learner's exercise with the course's original tests
//! ([`stage`], [`originals`]), runs it — output mode as `python FILE`, test mode as pytest in
//! a fresh interpreter or a fork of a warm worker — and turns what came back into a
//! [`Verdict`] ([`output`], [`tests`]).

pub mod originals;
mod output;
mod stage;
mod tests;
pub mod verdict;

use std::collections::HashSet;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use anyhow::{Context, Result};

use crate::embedded;
use crate::info::{Course, Exercise, Mode, SUPPORT_DIR};
use crate::process::{self, Cancel, Limits};
use crate::python::Python;
pub use originals::Originals;
pub use verdict::{CheckResult, Verdict, normalize_output};

/// Bytes kept of each of stdout and stderr; past that the program is stopped.
pub const OUTPUT_CAP: usize = 512 * 1024;

const CHECK_SCRIPT: &str = include_str!("../python/pylings_check.py");
const WORKER_SCRIPT: &str = include_str!("../python/pylings_worker.py");
/// Lists the `requires` import names that can't be found, without importing them.
const FIND_MISSING: &str = "import importlib.util, sys\n\
    print(' '.join(m for m in sys.argv[1:] if importlib.util.find_spec(m) is None))";

/// How a [`Checker`] runs test checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Workers {
    /// A fresh interpreter for every check.
    Cold,
    /// Warm workers, at most this many at once (Unix; elsewhere checks run cold).
    Warm(usize),
}

/// How far a check goes once a test fails.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Depth {
    /// Every test, with the details of every failure: what a learner is shown.
    Full,
    /// Up to the first failing test, without its details: enough to know that a check fails
    /// (what `dev check` needs of the checks that must fail). A check that passes runs in
    /// full either way, so pass or fail is the same as with `Full`.
    FirstFailure,
}

/// The environment every check gets on top of pylings' own.
pub fn base_env() -> Vec<(OsString, Option<OsString>)> {
    let set = |k: &str, v: &str| (OsString::from(k), Some(OsString::from(v)));
    let unset = |k: &str| (OsString::from(k), None);
    vec![
        set("PYTHONDONTWRITEBYTECODE", "1"),
        set("PYTHONUTF8", "1"),
        set("PYTHONIOENCODING", "utf-8"),
        set("PYTHONUNBUFFERED", "1"),
        set("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1"),
        unset("PYTEST_ADDOPTS"),
        unset("PYTEST_PLUGINS"),
        unset("PYTHONSTARTUP"),
        unset("PYTHONINSPECT"),
        unset("PYLINGS_PYTHON"),
    ]
}

/// Checks exercises with one interpreter. Shared by the threads of `verify` and `dev check`.
pub struct Checker {
    python: Python,
    originals: Originals,
    /// Where the course's own helpers (`support/`) are, when they aren't built in.
    course_root: PathBuf,
    /// Read only where there are warm workers: elsewhere every check runs cold.
    #[cfg_attr(not(unix), allow(dead_code))]
    workers: Workers,
    /// What only test checks need, made by the first one: an output check starts no more
    /// than its program.
    test_support: Mutex<Option<Arc<TestSupport>>>,
    /// Packages already found importable, so `requires` is looked up once per package.
    present: Mutex<HashSet<String>>,
}

/// pylings' Python files, the course's helpers and the warm workers.
struct TestSupport {
    /// Holds pylings' Python files (and the course's helpers when they come from the built-in
    /// course) for the whole life of the checker.
    dir: tempfile::TempDir,
    course_support: Option<PathBuf>,
    #[cfg(unix)]
    pool: Option<Arc<process::worker::Pool>>,
}

impl Checker {
    pub fn new(
        python: Python,
        course: &Course,
        originals: Originals,
        workers: Workers,
    ) -> Result<Checker> {
        Ok(Checker {
            python,
            originals,
            course_root: course.root.clone(),
            workers,
            test_support: Mutex::new(None),
            present: Mutex::new(HashSet::new()),
        })
    }

    fn test_support(&self) -> Result<Arc<TestSupport>> {
        let mut slot = self.test_support.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(support) = slot.as_ref() {
            return Ok(Arc::clone(support));
        }
        let dir = process::scratch::tempdir("support-")?;
        for (name, text) in [
            ("pylings_check.py", CHECK_SCRIPT),
            ("pylings_worker.py", WORKER_SCRIPT),
            ("pytest.ini", "[pytest]\n"),
        ] {
            std::fs::write(dir.path().join(name), text)
                .context("failed to write pylings' Python support files")?;
        }
        let course_support = match &self.originals {
            Originals::Disk(root) => Some(root.join(SUPPORT_DIR)),
            Originals::Embedded { .. } => {
                // The course's helpers as built in: the learner's copy could be edited.
                let dest = dir.path().join("course");
                let files = embedded::dir(Path::new(SUPPORT_DIR));
                for (rel, bytes) in &files {
                    let path = dest.join(rel);
                    if let Some(parent) = path.parent() {
                        std::fs::create_dir_all(parent)?;
                    }
                    std::fs::write(&path, bytes)?;
                }
                (!files.is_empty()).then_some(dest)
            }
            Originals::Unavailable(_) => Some(self.course_root.join(SUPPORT_DIR)),
        }
        .filter(|p| p.is_dir());
        #[cfg(unix)]
        let pool =
            match self.workers {
                Workers::Warm(n) if self.python.pytest.is_some() => Some(
                    process::worker::Pool::new(&self.python.executable, dir.path(), base_env(), n),
                ),
                _ => None,
            };
        let support = Arc::new(TestSupport {
            dir,
            course_support,
            #[cfg(unix)]
            pool,
        });
        *slot = Some(Arc::clone(&support));
        Ok(support)
    }

    /// The interpreter this checker runs.
    pub fn python(&self) -> &Python {
        &self.python
    }

    /// Starts a warm worker now and imports `requires` in it, so the first check is warm.
    pub fn prewarm(&self, requires: &[String]) {
        #[cfg(unix)]
        if self.workers != Workers::Cold
            && let Ok(support) = self.test_support()
            && let Some(pool) = &support.pool
        {
            pool.prewarm(requires.to_vec());
        }
        #[cfg(not(unix))]
        let _ = requires;
    }

    /// Checks `ex` as it is at `learner` (the learner's file or folder, or a copy with a
    /// solution laid over it).
    pub fn check(&self, ex: &Exercise, learner: &Path, cancel: &Cancel) -> Result<CheckResult> {
        self.check_to(ex, learner, cancel, Depth::Full)
    }

    /// `check`, going only as deep as `depth` says.
    pub fn check_to(
        &self,
        ex: &Exercise,
        learner: &Path,
        cancel: &Cancel,
        depth: Depth,
    ) -> Result<CheckResult> {
        let missing = self.missing_packages(&ex.requires)?;
        if !missing.is_empty() {
            return Ok(CheckResult::new(ex, Verdict::MissingPackages(missing)));
        }
        // Output checks run the learner's program as it is: no tests to put back.
        let originals = match ex.mode {
            Mode::Test => self.originals.tests_for(ex),
            Mode::Output => originals::OriginalTests::Unknown(String::new()),
        };
        let staged = match stage::stage(ex, learner, &originals)? {
            Ok(staged) => staged,
            Err(refusal) => return Ok(CheckResult::new(ex, Verdict::Refused(refusal.0))),
        };
        let mut result = match ex.mode {
            Mode::Output => output::check(self, ex, &staged, cancel)?,
            Mode::Test => tests::check(self, ex, &staged, cancel, depth)?,
        };
        result.tests_changed = staged.tests_changed;
        result.notes.extend(staged.notes);
        process::scratch::dispose(staged.work);
        Ok(result)
    }

    fn limits(ex: &Exercise) -> Limits {
        Limits {
            timeout: ex.timeout,
            output_cap: OUTPUT_CAP,
            memory_mb: Some(ex.memory_mb),
        }
    }

    fn command(&self, cwd: &Path) -> std::process::Command {
        let mut cmd = self.python.command();
        cmd.current_dir(cwd);
        for (key, value) in base_env() {
            match value {
                Some(value) => cmd.env(key, value),
                None => cmd.env_remove(key),
            };
        }
        cmd
    }

    fn missing_packages(&self, requires: &[String]) -> Result<Vec<String>> {
        let wanted: Vec<String> = {
            let present = self.present.lock().unwrap_or_else(|e| e.into_inner());
            requires
                .iter()
                .filter(|r| !present.contains(*r))
                .cloned()
                .collect()
        };
        if wanted.is_empty() {
            return Ok(Vec::new());
        }
        let missing = match self.ask_worker_for_missing(&wanted) {
            Some(missing) => missing,
            None => {
                let mut cmd = self.command(&self.course_root);
                cmd.args(["-c", FIND_MISSING]).args(&wanted);
                let done = process::run_helper(cmd, std::time::Duration::from_secs(30))
                    .context("failed to ask Python which packages it has")?;
                String::from_utf8_lossy(&done.stdout)
                    .split_whitespace()
                    .map(str::to_string)
                    .collect()
            }
        };
        let mut present = self.present.lock().unwrap_or_else(|e| e.into_inner());
        for name in wanted {
            if !missing.contains(&name) {
                present.insert(name);
            }
        }
        Ok(missing)
    }

    #[cfg(unix)]
    fn ask_worker_for_missing(&self, modules: &[String]) -> Option<Vec<String>> {
        if self.workers == Workers::Cold {
            return None;
        }
        let support = self.test_support().ok()?;
        let pool = support.pool.as_ref().filter(|p| p.usable())?;
        pool.missing(modules).ok()
    }

    #[cfg(not(unix))]
    fn ask_worker_for_missing(&self, _modules: &[String]) -> Option<Vec<String>> {
        None
    }
}

/// Replaces the staged folder's path with `exercises/` in what the learner sees: absolute,
/// and as pytest writes it relative to the working directory beside it (`../ex/`).
fn show_paths(text: &str, staged: &stage::Staged) -> String {
    let sep = std::path::MAIN_SEPARATOR;
    let shown = format!("exercises{sep}");
    text.replace(&format!("{}{sep}", staged.ex_root.display()), &shown)
        .replace(&format!("..{sep}ex{sep}"), &shown)
}

/// A secret for one check: 128 random bits as hex, from the OS's random keys of std's hasher.
fn nonce() -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut out = String::new();
    for salt in 0..2u64 {
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        hasher.write_u64(salt);
        hasher.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos()),
        );
        out.push_str(&format!("{:016x}", hasher.finish()));
    }
    out
}
