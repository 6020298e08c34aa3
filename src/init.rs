//! `pylings init`: a new learner workspace from the course built into the binary.

use std::path::Path;

use anyhow::{Context, Result, bail};
use colored::Colorize;

use crate::embedded;

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

const VSCODE_SETTINGS_WINDOWS_NOTE: &str = "\
On Windows, VS Code finds the interpreter at `.venv\\Scripts\\python.exe`: pick it once with
\"Python: Select Interpreter\".";

pub fn init(dir: &Path) -> Result<u8> {
    if dir.exists() {
        bail!(
            "`{}` already exists, and pylings never writes over a folder: \
             choose another name (`pylings init my-pylings`), or `cd {}` and run `pylings` there \
             if it is your workspace",
            dir.display(),
            dir.display()
        );
    }
    let staging = dir.with_file_name(format!(
        ".{}.pylings-init",
        dir.file_name()
            .map_or("pylings".into(), |n| n.to_string_lossy())
    ));
    // Build the workspace beside its final place, then rename it in one step: an interrupted
    // init leaves no half-made workspace under the name the learner asked for.
    let result = write_workspace(&staging);
    if let Err(err) = result {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(err);
    }
    std::fs::rename(&staging, dir)
        .with_context(|| format!("failed to create `{}`", dir.display()))?;

    println!(
        "{} a new pylings workspace in `{}`.\n",
        "Made".green().bold(),
        dir.display()
    );
    println!("Next:");
    println!("  cd {}", dir.display());
    println!("  pylings setup    # makes .venv with Python's packages for the course (once)");
    println!("  pylings          # starts: edit the exercise it shows, save, read what it says");
    if cfg!(windows) {
        println!("\n{VSCODE_SETTINGS_WINDOWS_NOTE}");
    }
    Ok(0)
}

fn write_workspace(root: &Path) -> Result<()> {
    if root.exists() {
        std::fs::remove_dir_all(root)
            .with_context(|| format!("failed to clear `{}` from an earlier try", root.display()))?;
    }
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
    Ok(())
}
