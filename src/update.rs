//! `pylings update`: brings the course built into this pylings into the current workspace.
//! New exercises are added; one the learner never edited is updated; one they edited is never
//! touched — the new version is written beside it (`NAME.py.new`, `NAME.new/`). Nothing is
//! ever deleted: removed exercises stay with their progress, renamed ones (info.toml's
//! `[renamed]`) take their progress along, and every course file that changes is backed up.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use colored::Colorize;

use crate::check::originals::embedded_hash;
use crate::embedded;
use crate::files;
use crate::info::{Course, INFO_FILE, SUPPORT_DIR};
use crate::manifest::Manifest;
use crate::state::{Change, State};

/// Course files that belong to the course, not the learner: replaced when they change.
const COURSE_FILES: &[&str] = &[INFO_FILE, "requirements.txt", "pytest.ini"];

#[derive(Debug, PartialEq, Eq)]
enum Step {
    /// A new exercise.
    Add {
        name: String,
        path: PathBuf,
    },
    /// The learner never edited it: the new version replaces it.
    Update {
        name: String,
        path: PathBuf,
    },
    /// The learner edited it: the new version goes beside it.
    Beside {
        name: String,
        path: PathBuf,
        new_path: PathBuf,
    },
    Renamed {
        old: String,
        new: String,
    },
    /// No longer in the course: the file and its progress stay.
    Removed {
        name: String,
        path: PathBuf,
    },
    /// A course file (info.toml, a chapter README, a helper) that changed.
    CourseFile {
        path: PathBuf,
    },
}

/// Where the new version of an edited exercise goes: `x.py.new`, or `x.new/` for a folder.
fn beside(path: &Path, folder: bool) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // `x.py.new` for a file and `x.new/` for a folder: either way the old name plus `.new`.
    let _ = folder;
    path.with_file_name(format!("{name}.new"))
}

fn plan(root: &Path, old: &Course, new: &Course, manifest: Option<&Manifest>) -> Vec<Step> {
    let mut steps = Vec::new();
    for ex in &new.exercises {
        let on_disk = root.join(&ex.path);
        let Some(built_in) = embedded_hash(ex) else {
            continue;
        };
        if std::fs::symlink_metadata(&on_disk).is_err() {
            steps.push(Step::Add {
                name: ex.name.clone(),
                path: ex.path.clone(),
            });
            continue;
        }
        let mine = files::content_hash(&on_disk);
        if mine.as_deref() == Some(built_in.as_str()) {
            continue;
        }
        let recorded = manifest.and_then(|m| m.exercises.get(&ex.name));
        match recorded {
            // Unedited since it was written: safe to replace.
            Some(recorded) if Some(recorded) == mine.as_ref() => steps.push(Step::Update {
                name: ex.name.clone(),
                path: ex.path.clone(),
            }),
            // Edited, but the course didn't change it: nothing to do.
            Some(recorded) if *recorded == built_in => {}
            // Edited (or unknown, without a manifest): never touched.
            _ => steps.push(Step::Beside {
                name: ex.name.clone(),
                path: ex.path.clone(),
                new_path: beside(&ex.path, ex.folder),
            }),
        }
    }
    for ex in &old.exercises {
        if new.index_of(&ex.name).is_some() {
            continue;
        }
        match new.renamed.get(&ex.name) {
            Some(to) => steps.push(Step::Renamed {
                old: ex.name.clone(),
                new: to.clone(),
            }),
            None => steps.push(Step::Removed {
                name: ex.name.clone(),
                path: ex.path.clone(),
            }),
        }
    }
    let mut course_files: Vec<String> = COURSE_FILES.iter().map(|f| f.to_string()).collect();
    course_files.extend(
        embedded::all()
            .iter()
            .map(|(path, _)| path.to_string())
            .filter(|p| {
                p.starts_with(&format!("{SUPPORT_DIR}/"))
                    || (p.starts_with("exercises/")
                        && p.ends_with("/README.md")
                        && p.matches('/').count() == 2)
            }),
    );
    for rel in course_files {
        let Some(bytes) = embedded::file(Path::new(&rel)) else {
            continue;
        };
        if std::fs::read(root.join(&rel)).ok().as_deref() != Some(bytes) {
            steps.push(Step::CourseFile {
                path: PathBuf::from(rel),
            });
        }
    }
    steps
}

fn describe(step: &Step) -> String {
    match step {
        Step::Add { name, path } => format!("{} {name} ({})", "new".green(), path.display()),
        Step::Update { name, path } => {
            format!(
                "{} {name} ({}): you hadn't edited it",
                "updated".cyan(),
                path.display()
            )
        }
        Step::Beside {
            name,
            path,
            new_path,
        } => format!(
            "{} {name}: you edited {}, so it stays as it is; the new version is {}",
            "kept".yellow(),
            path.display(),
            new_path.display()
        ),
        Step::Renamed { old, new } => format!(
            "{} {old} is now {new}: your file stays where it was, your progress moves to {new}",
            "renamed".cyan()
        ),
        Step::Removed { name, path } => format!(
            "{} {name} is no longer in the course: {} and your progress on it stay",
            "removed".dimmed(),
            path.display()
        ),
        Step::CourseFile { path } => format!("{} {}", "course file".dimmed(), path.display()),
    }
}

pub fn update(dry_run: bool, out: &mut impl Write) -> Result<u8> {
    let root = std::env::current_dir().context("failed to read the current folder")?;
    let Some(text) = embedded::file(Path::new(INFO_FILE)) else {
        bail!("this pylings was built without a course, so there is nothing to update from");
    };
    let old = Course::load(&root)?;
    let text = String::from_utf8_lossy(text);
    let new = Course::parse(&root, &text).context("the course built into pylings is broken")?;
    let manifest = Manifest::load(&root);
    let steps = plan(&root, &old, &new, manifest.as_ref());
    if steps.is_empty() {
        writeln!(
            out,
            "{} the workspace has the course of this pylings already.",
            "Up to date:".green().bold()
        )?;
        return Ok(0);
    }
    if manifest.is_none() {
        writeln!(
            out,
            "{} this workspace doesn't record which files you edited (it was made by an older \
             pylings), so every exercise that differs gets its new version beside it.",
            "Note:".yellow()
        )?;
    }
    for step in &steps {
        writeln!(out, "  {}", describe(step))?;
    }
    if dry_run {
        writeln!(
            out,
            "\n{}",
            "A dry run: nothing was changed. Run `pylings update` to apply it.".dimmed()
        )?;
        return Ok(0);
    }
    apply(&root, &new, &steps)?;
    let counts = |f: fn(&Step) -> bool| steps.iter().filter(|s| f(s)).count();
    writeln!(
        out,
        "\n{} {} new, {} updated, {} kept with a new version beside them, {} renamed, {} removed. \
         Your progress is kept.",
        "Updated:".green().bold(),
        counts(|s| matches!(s, Step::Add { .. })),
        counts(|s| matches!(s, Step::Update { .. })),
        counts(|s| matches!(s, Step::Beside { .. })),
        counts(|s| matches!(s, Step::Renamed { .. })),
        counts(|s| matches!(s, Step::Removed { .. })),
    )?;
    Ok(0)
}

fn apply(root: &Path, new: &Course, steps: &[Step]) -> Result<()> {
    let backups = State::dir(root)
        .join("backups")
        .join(format!("update-{}", crate::timestamp()));
    let back_up = |rel: &Path| -> Result<()> {
        let src = root.join(rel);
        if std::fs::symlink_metadata(&src).is_ok() {
            files::copy_tree(&src, &backups.join(rel))
                .with_context(|| format!("failed to back up `{}`", rel.display()))?;
        }
        Ok(())
    };
    let mut renames = Vec::new();
    for step in steps {
        match step {
            Step::Add { path, .. } => {
                embedded::write_to(path, &root.join(path))?;
            }
            Step::Update { path, .. } => {
                back_up(path)?;
                files::remove(&root.join(path))?;
                embedded::write_to(path, &root.join(path))?;
            }
            Step::Beside { path, new_path, .. } => {
                files::remove(&root.join(new_path))?;
                embedded::write_to(path, &root.join(new_path))?;
            }
            Step::CourseFile { path } => {
                back_up(path)?;
                embedded::write_to(path, &root.join(path))?;
            }
            Step::Renamed { old, new } => renames.push(Change::Rename {
                from: old.clone(),
                to: new.clone(),
            }),
            Step::Removed { .. } => {}
        }
    }
    let course = Course::load(root)?;
    if !renames.is_empty() {
        State::load(&course)?.apply(root, &renames)?;
    }
    let exercises: BTreeMap<String, String> = new
        .exercises
        .iter()
        .filter_map(|ex| Some((ex.name.clone(), embedded_hash(ex)?)))
        .collect();
    Manifest::new(crate::init::course_hash(), exercises).save(root)
}

/// `Some(note)` when the course built into pylings is newer than the one the workspace was
/// made with (known from its manifest; a course folder of its own has none).
pub fn newer_course_note(course: &Course) -> Option<String> {
    let manifest = Manifest::load(&course.root)?;
    (manifest.course != crate::init::course_hash()).then(|| {
        "a newer course is available: `pylings update` brings it in (your work is kept)".to_string()
    })
}
