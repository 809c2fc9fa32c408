//! The architecture, checked on the source: the layers point one way, all
//! SQL is in `src/store/`, and the library below the front end never
//! reaches up into it.

use std::path::{Path, PathBuf};

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every source file under `src/`, as (path relative to the crate, text).
fn files() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    sources(&root.join("src"), &mut paths);
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let rel = p.strip_prefix(root).unwrap().to_string_lossy().into_owned();
            (rel, std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

/// The lines of `text` that are code, not comments.
fn code(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim_start().starts_with("//"))
        .map(|(i, l)| (i + 1, l))
}

#[test]
fn all_sql_text_is_in_the_store() {
    let statement = [
        "select ",
        "insert into",
        "insert or ",
        "update ",
        "delete from",
    ];
    let mut found = Vec::new();
    for (path, text) in files() {
        if path.starts_with("src/store/") {
            continue;
        }
        for (n, line) in code(&text) {
            // SQL lives in string literals: look inside the quotes only.
            for (i, part) in line.split('"').enumerate() {
                let lower = part.to_lowercase();
                let sql = i % 2 == 1
                    && statement.iter().any(|s| lower.starts_with(s))
                    && (lower.contains(" from ")
                        || lower.contains(" set ")
                        || lower.contains(" values")
                        || lower.starts_with("delete from")
                        || lower.starts_with("insert"));
                if sql {
                    found.push(format!("{path}:{n}: {}", line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "SQL outside src/store/:\n{}",
        found.join("\n")
    );
}

#[test]
fn each_layer_imports_only_what_is_below_it() {
    // (files, modules they must not name)
    let rules: &[(&str, &[&str])] = &[
        (
            "src/store/",
            &[
                "crate::policy",
                "crate::ops",
                "crate::cli",
                "crate::output",
                "crate::ui",
            ],
        ),
        ("src/ops/", &["crate::cli", "crate::output", "crate::ui"]),
        ("src/policy/", &["crate::cli", "crate::output", "crate::ui"]),
        (
            "src/password/",
            &["crate::cli", "crate::output", "crate::ui", "crate::ops"],
        ),
        ("src/catalog.rs", &["crate::"]),
        (
            "src/names.rs",
            &[
                "crate::ops",
                "crate::store",
                "crate::cli",
                "crate::output",
                "crate::policy",
            ],
        ),
        ("src/text.rs", &["crate::"]),
        (
            "src/time.rs",
            &[
                "crate::ops",
                "crate::store",
                "crate::cli",
                "crate::output",
                "crate::policy",
            ],
        ),
    ];
    let mut found = Vec::new();
    for (path, text) in files() {
        for (prefix, banned) in rules {
            if !path.starts_with(prefix) {
                continue;
            }
            for (n, line) in code(&text) {
                if line.trim_start().starts_with("#[cfg(test)]") {
                    break;
                }
                if let Some(b) = banned.iter().find(|b| line.contains(*b)) {
                    found.push(format!("{path}:{n}: names {b}: {}", line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "imports that point up:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_core_operations_import_no_sibling_operation() {
    // account, backup_user, role and strategy may use only the shared
    // leaves of ops; the cascades (user → account, user → backup_user)
    // point into them, never out of them.
    let leaves = [
        "lookup",
        "fields",
        "settings",
        "notify",
        "record",
        "Ctx",
        "AdminGuard",
        "testing",
        "tests",
    ];
    let siblings = [
        "access",
        "account",
        "apply",
        "audit",
        "backup_user",
        "db",
        "import",
        "init",
        "maintenance",
        "role",
        "strategy",
        "user",
    ];
    let mut found = Vec::new();
    for (path, text) in files() {
        let core = [
            "src/ops/account",
            "src/ops/backup_user",
            "src/ops/role.rs",
            "src/ops/strategy.rs",
        ]
        .iter()
        .find(|p| path.starts_with(*p));
        let Some(core) = core else { continue };
        let own = core.trim_start_matches("src/ops/").trim_end_matches(".rs");
        // In src/ops/x.rs and src/ops/x/mod.rs `super` is ops itself.
        let super_is_ops = path.matches('/').count() == 2 || path.ends_with("/mod.rs");
        for (n, line) in code(&text) {
            for sibling in siblings
                .iter()
                .filter(|s| **s != own && !leaves.contains(s))
            {
                let mut hit = line.contains(&format!("crate::ops::{sibling}::"))
                    || line.contains(&format!("crate::ops::{sibling};"));
                if super_is_ops {
                    hit |= line.contains(&format!("super::{sibling}::"))
                        || line.contains(&format!("super::{sibling};"));
                }
                if hit {
                    found.push(format!("{path}:{n}: uses ops::{sibling}: {}", line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "core operations leaning on siblings:\n{}",
        found.join("\n")
    );
}
