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

/// The layers, from the top. A module may import modules of its own
/// layer or below, never above; inside a layer no two modules may import
/// each other, even through others (a circle). A module is a file or
/// folder under `src/` (`ops`), or one of a folder's own rooms
/// (`ops/user`, `store/sql`); the folder's `mod.rs` is the folder itself.
const LAYERS: &[(&str, &[&str])] = &[
    ("the binary", &["main"]),
    (
        "the library's face",
        &["lib", "service", "unstable", "hot_paths"],
    ),
    ("the front end", &["cli", "cli/*", "output", "ui"]),
    ("the operations", &["ops", "ops/*"]),
    ("the permission decision", &["policy", "policy/*"]),
    ("names to keys", &["lookup"]),
    ("the store", &["store"]),
    ("the SQL of each concept", &["store/*"]),
    ("the dispatch over the engines", &["store/sql"]),
    ("the engines", &["store/sqlite", "store/pg"]),
    ("what the engines share", &["store/value", "store/strict"]),
    (
        "the leaves",
        &[
            "model",
            "password",
            "password/*",
            "authlog",
            "names",
            "time",
            "schedule",
            "retention",
            "catalog",
            "error",
            "text",
            "suggest",
            "props",
        ],
    ),
];

/// Pairs of the same layer that must not know each other at all.
const STRANGERS: &[(&str, &str, &str)] = &[(
    "store/sqlite",
    "store/pg",
    "an engine never leans on the other: what they share is in store/value",
)];

/// What the front end may name in the store directly; everything else it
/// reaches through `ops`.
const FRONT_END_MAY_NAME: &[(&str, &str)] = &[
    (
        "crate::store::{OpenOptions, Store}",
        "the handle every operation runs on: the front end opens it and hands it to ops",
    ),
    (
        "crate::store::Store",
        "the handle every operation runs on: the front end opens it and hands it to ops",
    ),
    (
        "crate::store::is_postgres_url",
        "which engine a location names, read while choosing the database",
    ),
    (
        "crate::store::password_file_from_env",
        "libpq's password file, from the environment the command line reads and the library never does",
    ),
    (
        "crate::store::strict::check_config",
        "the config file is held to the database's ownership rules (StrictModes), kept with the store's file checks",
    ),
];

/// The rank of a module: 0 for the top layer.
fn rank(module: &str) -> Option<usize> {
    let exact = LAYERS
        .iter()
        .position(|(_, members)| members.contains(&module));
    exact.or_else(|| {
        let (folder, _) = module.split_once('/')?;
        let pattern = format!("{folder}/*");
        LAYERS
            .iter()
            .position(|(_, members)| members.contains(&pattern.as_str()))
    })
}

/// The modules of a tree of sources: each folder with its rooms.
fn folders(files: &[(String, String)]) -> std::collections::BTreeMap<String, Vec<String>> {
    let mut folders: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for (path, _) in files {
        let parts: Vec<&str> = path.trim_start_matches("src/").split('/').collect();
        if parts.len() >= 2 {
            let room = parts[1].trim_end_matches(".rs");
            let rooms = folders.entry(parts[0].to_string()).or_default();
            if room != "mod" && !rooms.iter().any(|r| r == room) {
                rooms.push(room.to_string());
            }
        }
    }
    folders
}

/// A file's module path: `src/ops/user/login.rs` is `ops::user::login`,
/// `src/ops/user/mod.rs` is `ops::user`.
fn module_path(path: &str) -> Vec<String> {
    let mut parts: Vec<String> = path
        .trim_start_matches("src/")
        .trim_end_matches(".rs")
        .split('/')
        .map(str::to_string)
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// The module a path of modules falls in: a folder's room, or a top-level
/// module.
fn module_of(
    path: &[String],
    folders: &std::collections::BTreeMap<String, Vec<String>>,
) -> Option<String> {
    let top = path.first()?;
    match (folders.get(top), path.get(1)) {
        (Some(rooms), Some(room)) if rooms.contains(room) => Some(format!("{top}/{room}")),
        _ => Some(top.clone()),
    }
}

/// The first names of a path's next step: `a` in `a::b`, `a` and `b` in
/// `{a, b::c}`.
fn next_names(rest: &str) -> Vec<String> {
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    if let Some(group) = rest.strip_prefix('{') {
        let mut depth = 0;
        let mut names = Vec::new();
        let mut start = true;
        for (i, c) in group.char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => break,
                '}' => depth -= 1,
                ',' if depth == 0 => start = true,
                c if start && !c.is_whitespace() => {
                    names.push(ident(&group[i..]));
                    start = false;
                }
                _ => {}
            }
        }
        names
    } else {
        vec![ident(rest)]
    }
}

/// Every module a file names, with the line: through `crate::`,
/// `super::`, and, in a folder's `mod.rs`, its own rooms by name.
fn references(
    path: &str,
    text: &str,
    folders: &std::collections::BTreeMap<String, Vec<String>>,
) -> Vec<(usize, String)> {
    let own = module_path(path);
    let own_rooms: Vec<String> = if path.ends_with("/mod.rs") && own.len() == 1 {
        folders.get(&own[0]).cloned().unwrap_or_default()
    } else {
        Vec::new()
    };
    let mut found = Vec::new();
    for (n, line) in code(text) {
        if line.trim_start().starts_with("#[cfg(test)]") {
            break;
        }
        let mut targets: Vec<Vec<String>> = Vec::new();
        // `warden::unstable` is where `ops` and `store` are public; inside
        // the crate they are the same modules.
        let line = line.replace("crate::unstable::", "crate::");
        let line = line.as_str();
        for (at, _) in line.match_indices("crate::") {
            let rest = &line[at + "crate::".len()..];
            let first = next_names(rest);
            for name in first {
                let mut target = vec![name.clone()];
                if let Some(after) = rest.strip_prefix(&format!("{name}::")) {
                    target.extend(next_names(after).into_iter().take(1));
                }
                targets.push(target);
            }
        }
        for (at, _) in line.match_indices("super::") {
            // `super::super::` is counted once, from its last step.
            if line[..at].ends_with("super::") {
                continue;
            }
            let mut base = own.clone();
            let mut rest = &line[at..];
            while let Some(r) = rest.strip_prefix("super::") {
                base.pop();
                rest = r;
            }
            for name in next_names(rest) {
                let mut target = base.clone();
                target.push(name);
                targets.push(target);
            }
        }
        for room in &own_rooms {
            let word = format!("{room}::");
            let named = line.match_indices(&word).any(|(at, _)| {
                !line[..at].ends_with(|c: char| c.is_ascii_alphanumeric() || c == '_' || c == ':')
            });
            if named {
                targets.push(vec![own[0].clone(), room.clone()]);
            }
        }
        for target in targets {
            if let Some(module) = module_of(&target, folders) {
                found.push((n, module));
            }
        }
    }
    found
}

/// What breaks the layers in a tree of sources: imports that point up,
/// strangers that meet, the front end naming the store, and circles.
fn layer_violations(files: &[(String, String)]) -> Vec<String> {
    let folders = folders(files);
    let mut found = Vec::new();
    let mut edges: std::collections::BTreeMap<String, std::collections::BTreeSet<String>> =
        Default::default();
    for (path, text) in files {
        // Test code (`tests.rs`, the seeds of `testing.rs`) may reach
        // anywhere; it is compiled only for `cargo test`.
        if path.ends_with("/tests.rs") || path.ends_with("/testing.rs") {
            continue;
        }
        let Some(from) = module_of(&module_path(path), &folders) else {
            continue;
        };
        let Some(from_rank) = rank(&from) else {
            found.push(format!("{path}: {from} is in no layer: add it to LAYERS"));
            continue;
        };
        for (n, to) in references(path, text, &folders) {
            if to == from || (to == "lib" || to == "main") && from_rank <= 1 {
                continue;
            }
            // A folder naming its own rooms, or a room its folder, is
            // inside one module.
            // (The store is the exception: its rooms are layers of their own.)
            let same_folder = to.split('/').next() == from.split('/').next();
            let folder_and_room = !to.contains('/') || !from.contains('/');
            if same_folder && folder_and_room && from != "store" && to != "store" {
                continue;
            }
            let Some(to_rank) = rank(&to) else {
                continue;
            };
            if to_rank < from_rank {
                found.push(format!(
                    "{path}:{n}: {from} ({}) imports {to} ({}), a layer above it",
                    LAYERS[from_rank].0, LAYERS[to_rank].0
                ));
            }
            for (a, b, why) in STRANGERS {
                if (from == *a && to == *b) || (from == *b && to == *a) {
                    found.push(format!("{path}:{n}: {from} imports {to}: {why}"));
                }
            }
            edges.entry(from.clone()).or_default().insert(to);
        }
        if from == "cli" || from.starts_with("cli/") || from == "output" || from == "ui" {
            for (n, line) in code(text) {
                if line.trim_start().starts_with("#[cfg(test)]") {
                    break;
                }
                for (at, _) in line.match_indices("crate::store") {
                    let named = &line[at..];
                    if !FRONT_END_MAY_NAME.iter().any(|(p, _)| named.starts_with(p)) {
                        found.push(format!(
                            "{path}:{n}: the front end reaches into the store ({}); go through ops, or name it in FRONT_END_MAY_NAME with its reason",
                            line.trim()
                        ));
                    }
                }
            }
        }
    }
    // Circles: a module that reaches itself again through others.
    let mut circles = std::collections::BTreeSet::new();
    for start in edges.keys() {
        let mut stack = vec![(start.clone(), vec![start.clone()])];
        let mut seen = std::collections::BTreeSet::new();
        while let Some((at, trail)) = stack.pop() {
            for next in edges.get(&at).into_iter().flatten() {
                if next == start {
                    let mut circle = trail.clone();
                    let least = circle.iter().enumerate().min_by_key(|(_, m)| *m).unwrap().0;
                    circle.rotate_left(least);
                    circles.insert(circle.join(" -> "));
                } else if seen.insert(next.clone()) {
                    let mut trail = trail.clone();
                    trail.push(next.clone());
                    stack.push((next.clone(), trail));
                }
            }
        }
    }
    for circle in circles {
        found.push(format!("a circle: {circle}"));
    }
    found
}

#[test]
fn each_layer_imports_only_what_is_below_it_and_no_module_reaches_itself() {
    let found = layer_violations(&files());
    assert!(
        found.is_empty(),
        "the layers are broken:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_layer_check_finds_an_import_planted_upward_sideways_or_in_a_circle() {
    let files = files();
    let plant = |path: &str, line: &str| -> Vec<String> {
        let mut planted = files.clone();
        let file = planted
            .iter_mut()
            .find(|(p, _)| p == path)
            .unwrap_or_else(|| panic!("no {path}"));
        file.1 = format!("{line}\n{}", file.1);
        layer_violations(&planted)
    };
    for (path, line, expected) in [
        (
            "src/policy/mod.rs",
            "use crate::ops::access::user;",
            "policy (the permission decision) imports ops",
        ),
        (
            "src/store/sqlite/mod.rs",
            "use super::pg::Conn;",
            "store/sqlite imports store/pg",
        ),
        (
            "src/store/pg/mod.rs",
            "use super::sqlite::connect;",
            "store/pg imports store/sqlite",
        ),
        (
            "src/store/pg/mod.rs",
            "use super::sql::Db;",
            "store/pg (the engines) imports store/sql",
        ),
        (
            "src/store/users.rs",
            "use crate::policy::decide;",
            "store/users (the SQL of each concept) imports policy",
        ),
        (
            "src/cli/audit.rs",
            "use crate::store::events::for_each;",
            "the front end reaches into the store",
        ),
        (
            "src/time.rs",
            "use crate::model::User;",
            "a circle: model -> time",
        ),
        (
            "src/error.rs",
            "use crate::names::NameKind;",
            "a circle: error -> names",
        ),
    ] {
        let found = plant(path, line);
        assert!(
            found.iter().any(|f| f.contains(expected)),
            "planting {line:?} in {path} was not found as {expected:?}: {found:#?}"
        );
    }
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
