//! Embeds the course (info.toml, requirements.txt, exercises/, solutions/) in the binary, for
//! `pylings init` and `pylings reset`.
//!
//! In a git checkout the committed version (HEAD) is embedded, not the files on disk: a learner
//! who works in the repository itself edits `exercises/`, and `reset` must still restore the
//! original, however often they rebuild. Outside git (or with PYLINGS_EMBED_FROM_DISK=1) the
//! files on disk are embedded.

use std::env;
use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const TOPS: &[&str] = &[
    "info.toml",
    "requirements.txt",
    "pytest.ini",
    "exercises",
    "solutions",
    "support",
];

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let out = PathBuf::from(env::var("OUT_DIR").expect("set by cargo"));
    println!("cargo:rerun-if-env-changed=PYLINGS_EMBED_FROM_DISK");
    println!("cargo:rerun-if-changed=build.rs");

    let from_disk = env::var_os("PYLINGS_EMBED_FROM_DISK").is_some_and(|v| v != "0");
    let files = match (!from_disk).then(|| from_git(&root)).flatten() {
        Some(files) => files,
        None => {
            for top in TOPS {
                println!("cargo:rerun-if-changed={top}");
            }
            from_disk_files(&root)
        }
    };

    let snapshot = out.join("course");
    let mut list = String::from("pub static FILES: &[(&str, &[u8])] = &[\n");
    for (path, bytes) in &files {
        let dest = snapshot.join(path);
        // Only rewrite what changed, so an unchanged course doesn't rebuild the crate.
        if fs::read(&dest).ok().as_deref() != Some(bytes.as_slice()) {
            fs::create_dir_all(dest.parent().expect("a file has a parent")).expect("create dir");
            fs::write(&dest, bytes).expect("write snapshot");
        }
        list.push_str(&format!("    ({path:?}, include_bytes!({:?})),\n", dest));
    }
    list.push_str("];\n");
    let generated = out.join("embedded_files.rs");
    if fs::read_to_string(&generated).ok().as_deref() != Some(list.as_str()) {
        fs::write(generated, list).expect("write embedded_files.rs");
    }
}

fn git(root: &Path, args: &[&str]) -> Option<Vec<u8>> {
    let output = Command::new("git")
        .args(args)
        .current_dir(root)
        .stderr(Stdio::null())
        .output()
        .ok()?;
    output.status.success().then_some(output.stdout)
}

fn from_git(root: &Path) -> Option<Vec<(String, Vec<u8>)>> {
    let git_dir = String::from_utf8(git(root, &["rev-parse", "--absolute-git-dir"])?).ok()?;
    let git_dir = PathBuf::from(git_dir.trim());
    // Rebuild when HEAD moves: a commit, a checkout, a pull.
    println!("cargo:rerun-if-changed={}", git_dir.join("HEAD").display());
    println!(
        "cargo:rerun-if-changed={}",
        git_dir.join("packed-refs").display()
    );
    if let Some(head_ref) = git(root, &["symbolic-ref", "-q", "HEAD"]) {
        let head_ref = String::from_utf8_lossy(&head_ref).trim().to_string();
        println!(
            "cargo:rerun-if-changed={}",
            git_dir.join(head_ref).display()
        );
    }

    let mut args = vec!["ls-tree", "-r", "-z", "HEAD", "--"];
    args.extend(TOPS);
    let listing = git(root, &args)?;
    let mut entries = Vec::new();
    for entry in listing.split(|&b| b == 0).filter(|e| !e.is_empty()) {
        let entry = String::from_utf8(entry.to_vec()).ok()?;
        let (meta, path) = entry.split_once('\t')?;
        let mut meta = meta.split(' ');
        let (_mode, kind, oid) = (meta.next()?, meta.next()?, meta.next()?);
        if kind == "blob" {
            entries.push((path.to_string(), oid.to_string()));
        }
    }
    if !entries.iter().any(|(p, _)| p == "info.toml") {
        return None;
    }

    let mut child = Command::new("git")
        .args(["cat-file", "--batch"])
        .current_dir(root)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .ok()?;
    let mut stdin = child.stdin.take()?;
    let oids: String = entries.iter().map(|(_, oid)| format!("{oid}\n")).collect();
    let writer = std::thread::spawn(move || stdin.write_all(oids.as_bytes()));
    let mut reader = BufReader::new(child.stdout.take()?);
    let mut files = Vec::with_capacity(entries.len());
    for (path, _) in entries {
        let mut header = String::new();
        reader.read_line(&mut header).ok()?;
        let size: usize = header.trim_end().rsplit(' ').next()?.parse().ok()?;
        let mut bytes = vec![0; size + 1];
        reader.read_exact(&mut bytes).ok()?;
        bytes.pop();
        files.push((path, bytes));
    }
    writer.join().ok()?.ok()?;
    child.wait().ok()?;
    Some(files)
}

fn from_disk_files(root: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    for top in TOPS {
        collect(root, Path::new(top), &mut files);
    }
    files
}

fn collect(root: &Path, rel: &Path, files: &mut Vec<(String, Vec<u8>)>) {
    let path = root.join(rel);
    let name = rel.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if name.starts_with('.') || name == "__pycache__" || name.ends_with(".pyc") {
        return;
    }
    if path.is_dir() {
        let mut children: Vec<_> = fs::read_dir(&path)
            .expect("read course dir")
            .filter_map(|e| e.ok())
            .map(|e| e.file_name())
            .collect();
        children.sort();
        for child in children {
            collect(root, &rel.join(child), files);
        }
    } else if path.is_file() {
        let key = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        files.push((key, fs::read(&path).expect("read course file")));
    }
}
