//! `pylings init`: a new learner workspace from the course built into the binary.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result, bail};
use colored::Colorize;

use crate::check::originals::embedded_hash;
use crate::embedded;
use crate::files;
use crate::info::Course;
use crate::manifest::Manifest;

const GITIGNORE: &str = "\
# pylings' own files: your progress, backups, the Python environment
.pylings/
.venv/
__pycache__/
";

/// VS Code: use the course's .venv, so the editor sees the same packages as the checks.
const VSCODE_SETTINGS: &str = r#"{
    "python.defaultInterpreterPath": "${workspaceFolder}/.venv/bin/python",
    "python.terminal.activateEnvironment": true,
    "python.testing.pytestEnabled": false,
    "files.exclude": {
        "**/__pycache__": true,
        ".pylings": true
    }
}
"#;

/// A CI service `init --ci` can add a workflow for.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Ci {
    /// GitHub Actions: `.github/workflows/pylings.yml`
    Github,
}

/// A GitHub Actions workflow that checks every exercise on each push and shows the results
/// as a test report.
pub const GITHUB_WORKFLOW: &str = r#"# Checks every pylings exercise on each push and shows the results as a test report.
name: pylings

on:
  push:
  pull_request:
  workflow_dispatch:

permissions:
  contents: read
  checks: write

jobs:
  verify:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - uses: actions/cache@v4
        with:
          path: ~/.cargo
          key: pylings-${{ runner.os }}
      - name: Install pylings
        run: cargo install pylings --locked
      - name: Install the course's packages
        run: pylings setup
      - name: Check every exercise
        run: pylings verify --junit pylings-report.xml
      - name: Show the results
        if: always()
        uses: mikepenz/action-junit-report@v5
        with:
          report_paths: pylings-report.xml
          check_name: pylings
          include_passed: true
"#;

const VSCODE_SETTINGS_WINDOWS_NOTE: &str = "\
On Windows, VS Code finds the interpreter at `.venv\\Scripts\\python.exe`: pick it once with
\"Python: Select Interpreter\".";

pub fn init(dir: &Path, ci: Option<Ci>, out: &mut impl Write) -> Result<u8> {
    // `exists()` follows symlinks: a dangling one would look free, and be written through.
    if std::fs::symlink_metadata(dir).is_ok() {
        bail!(
            "`{}` already exists, and pylings never writes over a folder: \
             choose another name (`pylings init my-pylings`), or `cd {}` and run `pylings` there \
             if it is your workspace",
            dir.display(),
            dir.display()
        );
    }
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let name = dir
        .file_name()
        .map_or("pylings".into(), |n| n.to_string_lossy().into_owned());
    // A fresh, private name beside the target: never an existing path or a symlink.
    let staging_dir = tempfile::Builder::new()
        .prefix(&format!(".{name}.pylings-init-"))
        .tempdir_in(&parent)
        .with_context(|| format!("failed to create a folder in `{}`", parent.display()))?;
    let staging = staging_dir.path().join(&name);
    // Build the workspace beside its final place, then rename it in one step: an interrupted
    // init leaves no half-made workspace under the name the learner asked for.
    // The staging folder goes when `staging_dir` drops, whatever happens below.
    write_workspace(&staging)?;
    if let Some(Ci::Github) = ci {
        let workflow = staging.join(".github/workflows/pylings.yml");
        files::write_atomic(&workflow, GITHUB_WORKFLOW.as_bytes())?;
    }
    if std::fs::symlink_metadata(dir).is_ok() {
        bail!(
            "`{}` appeared while the workspace was being made",
            dir.display()
        );
    }
    std::fs::rename(&staging, dir)
        .with_context(|| format!("failed to create `{}`", dir.display()))?;

    writeln!(
        out,
        "{} a new pylings workspace in `{}`.\n",
        "Made".green().bold(),
        dir.display()
    )?;
    writeln!(out, "Next:")?;
    writeln!(out, "  cd {}", dir.display())?;
    writeln!(
        out,
        "  pylings setup    # makes .venv with Python's packages for the course (once)"
    )?;
    writeln!(
        out,
        "  pylings          # starts: edit the exercise it shows, save, read what it says"
    )?;
    if cfg!(windows) {
        writeln!(out, "\n{VSCODE_SETTINGS_WINDOWS_NOTE}")?;
    }
    if ci.is_some() {
        writeln!(
            out,
            "\nCI: `.github/workflows/pylings.yml` runs `pylings verify` on every push and \
             shows the results as a test report."
        )?;
    }
    Ok(0)
}

fn write_workspace(root: &Path) -> Result<()> {
    std::fs::create_dir_all(root)
        .with_context(|| format!("failed to create `{}`", root.display()))?;
    let mut wrote_info = false;
    for (path, bytes) in embedded::all() {
        // Solutions are written one by one as the learner earns them.
        if path.starts_with("solutions/") {
            continue;
        }
        wrote_info |= *path == crate::info::INFO_FILE;
        let dest = root.join(path);
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("failed to create `{}`", parent.display()))?;
        }
        std::fs::write(&dest, bytes)
            .with_context(|| format!("failed to write `{}`", dest.display()))?;
    }
    if !wrote_info {
        bail!(
            "this pylings was built without a course, so there is nothing to make a workspace from"
        );
    }
    std::fs::write(root.join(".gitignore"), GITIGNORE).context("failed to write .gitignore")?;
    let vscode = root.join(".vscode");
    std::fs::create_dir_all(&vscode).context("failed to create .vscode")?;
    std::fs::write(vscode.join("settings.json"), VSCODE_SETTINGS)
        .context("failed to write .vscode/settings.json")?;
    write_manifest(root)
}

/// Records which version of each exercise the workspace starts with.
pub fn write_manifest(root: &Path) -> Result<()> {
    let course = Course::load(root)?;
    let exercises = course
        .exercises
        .iter()
        .filter_map(|ex| Some((ex.name.clone(), embedded_hash(ex)?)))
        .collect();
    Manifest::new(course_hash(), exercises).save(root)
}

/// The hash of the whole course built into pylings: its version.
pub fn course_hash() -> String {
    files::hash_files(
        embedded::all()
            .iter()
            .map(|(path, bytes)| (path.to_string(), bytes.to_vec()))
            .collect(),
    )
}
