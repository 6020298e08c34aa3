//! `.pylings/course.json`: the version of each exercise a workspace was made with (a hash of
//! its original files). It tells which originals built into pylings belong to this workspace,
//! and which exercises the learner has edited since.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::Result;
use serde::{Deserialize, Serialize};

use crate::files;
use crate::state::STATE_DIR;

const FILE: &str = "course.json";
const FORMAT: u32 = 1;

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Manifest {
    format_version: u32,
    /// The hash of the whole course it was made from.
    #[serde(default)]
    pub course: String,
    /// Each exercise's name and the hash of its original files.
    #[serde(default)]
    pub exercises: BTreeMap<String, String>,
}

impl Manifest {
    pub fn new(course: String, exercises: BTreeMap<String, String>) -> Manifest {
        Manifest {
            format_version: FORMAT,
            course,
            exercises,
        }
    }

    /// The workspace's manifest; `None` when it has none (a course checkout, or a workspace
    /// made before manifests) or it can't be read.
    pub fn load(root: &Path) -> Option<Manifest> {
        let bytes = std::fs::read(root.join(STATE_DIR).join(FILE)).ok()?;
        serde_json::from_slice::<Manifest>(&bytes)
            .ok()
            .filter(|m| m.format_version == FORMAT)
    }

    pub fn save(&self, root: &Path) -> Result<()> {
        let mut text = serde_json::to_vec_pretty(self)?;
        text.push(b'\n');
        files::write_atomic(&root.join(STATE_DIR).join(FILE), &text)
    }
}
