//! Watch mode (placeholder until the loop lands).
use anyhow::Result;
use std::path::Path;

pub fn run(python: Option<&Path>, _manual: bool, _edit: Option<&str>) -> Result<u8> {
    crate::commands::run(python, None, false)
}
