//! Whole-process benchmarks of the account commands of the release binary
//! on a tree of 100,000 accounts, beside the sqlite3 command-line shell in
//! the same run.
//!
//!     cargo bench --bench accounts            # 100,000 accounts
//!     WARDEN_BENCH_ACCOUNTS=5000 cargo bench --bench accounts
//!
//! Needs `sqlite3` on PATH (Debian: apt-get install sqlite3). Prints the
//! shape of the tree and a Markdown table.
//!
//! The tree is deep and wide at once. For n accounts below the root
//! (figures for n = 100,000):
//!
//! ```text
//! root
//! ├── big                        everything not listed below (96,997 with itself)
//! │   ├── chain-0 … chain-9      ten chains 60 accounts deep; the last account
//! │   │                          of each holds n/100 leaves (1,000) at depth 62
//! │   ├── g000 … g099            100 groups of 10 teams; the remaining leaves
//! │   │                          are dealt round-robin to the 1,000 teams (~80 each)
//! │   └── wide                   n/20 direct children (5,000)
//! └── side-1 … side-3            n/100 leaves each (1,000)
//! ```
//!
//! Leaves are inserted round-robin over their parents, so ids do not follow
//! the tree order. Every account shares one real argon2id hash.
//!
//! Measured, medians of alternating runs:
//! - `account list --tree` (and `--json account list --tree` for reference)
//!   beside sqlite3 walking the tree depth-first, siblings by name, with a
//!   recursive CTE (`-json` with the account columns for the JSON list);
//!   and the peak memory of each list alone.
//! - `account disable big --recursive` on a fresh copy each run, beside one
//!   sqlite3 transaction that inserts the same audit events and updates the
//!   same rows with two recursive statements.
//! - `account purge` (cron form) on a fresh copy each run with every account
//!   below the root queued and due, beside one sqlite3 transaction that
//!   inserts the same audit events and deletes the rows in one statement.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use support::{children_peak_kib, paired, time, timed, CHILD_ENV, PASSWORD};

/// 2026-01-01T00:00:00Z: when every seeded account was created.
const CREATED: i64 = 1_767_225_600;
/// When every queued account becomes due: a week after creation.
const PURGE_AFTER: i64 = CREATED + 7 * 86_400;
/// The clock of every command: past `PURGE_AFTER`.
const NOW: &str = "2026-02-01T00:00:00Z";
const NOW_UNIX: i64 = 1_769_904_000;

/// Depth of each chain below `big`.
const CHAIN_DEPTH: usize = 60;
const CHAINS: usize = 10;
const GROUPS: usize = 100;
const TEAMS: usize = 10;

fn warden(db: &Path) -> Command {
    let mut cmd = support::warden(db);
    cmd.env("WARDEN_NOW", NOW);
    cmd
}

fn sqlite(args: &[&str]) -> Command {
    let mut cmd = Command::new("sqlite3");
    cmd.args(args);
    cmd
}

/// The accounts below the root as (name, index of the parent in this list,
/// or `None` for the root), parents before children.
fn shape(n: usize) -> Vec<(String, Option<usize>)> {
    assert!(n >= 2_000, "WARDEN_BENCH_ACCOUNTS must be at least 2000");
    let mut tree: Vec<(String, Option<usize>)> = Vec::with_capacity(n);
    let add = |tree: &mut Vec<(String, Option<usize>)>, name: String, parent| {
        tree.push((name, parent));
        tree.len() - 1
    };
    let big = add(&mut tree, "big".into(), None);
    let sides: Vec<usize> = (1..=3)
        .map(|i| add(&mut tree, format!("side-{i}"), None))
        .collect();
    let wide = add(&mut tree, "wide".into(), Some(big));
    let mut bottoms = Vec::new();
    for c in 0..CHAINS {
        let mut parent = add(&mut tree, format!("chain-{c}"), Some(big));
        for d in 2..=CHAIN_DEPTH {
            parent = add(&mut tree, format!("chain-{c}-{d:02}"), Some(parent));
        }
        bottoms.push(parent);
    }
    let mut teams = Vec::new();
    for g in 0..GROUPS {
        let group = add(&mut tree, format!("g{g:03}"), Some(big));
        for t in 0..TEAMS {
            teams.push(add(&mut tree, format!("g{g:03}-t{t}"), Some(group)));
        }
    }
    // Leaves, dealt round-robin so sibling ids are far apart.
    let (per_side, per_bottom, per_wide) = (n / 100, n / 100, n / 20);
    for i in 0..per_side {
        for (s, &side) in sides.iter().enumerate() {
            add(&mut tree, format!("side-{}-{i:05}", s + 1), Some(side));
        }
    }
    for i in 0..per_bottom {
        for (c, &bottom) in bottoms.iter().enumerate() {
            add(&mut tree, format!("chain-{c}-leaf-{i:05}"), Some(bottom));
        }
    }
    for i in 0..per_wide {
        add(&mut tree, format!("wide-{i:06}"), Some(wide));
    }
    let rest = n
        .checked_sub(tree.len())
        .expect("n too small for the shape");
    for i in 0..rest {
        let team = teams[i % teams.len()];
        let name = format!("{}-a{:04}", tree[team].0, i / teams.len());
        add(&mut tree, name, Some(team));
    }
    tree
}

/// Runs `warden init`, creates one account through warden to get a real
/// argon2id hash, then writes the tree directly with SQL in one
/// transaction (hashing 100,000 passwords would measure argon2, not
/// warden). Leaves the file checkpointed and closed.
fn seed(db: &Path, n: usize) {
    timed(
        warden(db).args(["init", "--password-stdin"]),
        &format!("{PASSWORD}\n"),
    );
    timed(
        warden(db).args(["account", "create", "probe", "--password-stdin"]),
        &format!("{PASSWORD}\n"),
    );
    let conn = rusqlite::Connection::open(db).expect("open");
    let (root, hash): (i64, String) = conn
        .query_row(
            "SELECT parent_id, password_hash FROM accounts WHERE name = 'probe'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("probe");
    assert!(hash.starts_with("$argon2id$"), "{hash}");
    conn.execute_batch("BEGIN; DELETE FROM accounts WHERE name = 'probe';")
        .expect("begin");
    {
        let mut insert = conn
            .prepare(
                "INSERT INTO accounts (name, parent_id, credits, password_hash, created_at, updated_at)
                 VALUES (?1, ?2, 100, ?3, ?4, ?4)",
            )
            .expect("prepare");
        let mut ids: Vec<i64> = Vec::with_capacity(n);
        for (name, parent) in shape(n) {
            let parent_id = parent.map_or(root, |p| ids[p]);
            insert
                .execute(rusqlite::params![name, parent_id, hash, CREATED])
                .expect("insert");
            ids.push(conn.last_insert_rowid());
        }
    }
    conn.execute_batch("COMMIT; PRAGMA wal_checkpoint(TRUNCATE);")
        .expect("commit");
}

/// What the seeded tree looks like, measured from the file.
fn describe(db: &Path) -> String {
    let conn = rusqlite::Connection::open(db).expect("open");
    let one = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).expect(sql) };
    let total = one("SELECT count(*) FROM accounts");
    let big = one(
        "WITH RECURSIVE t(id) AS (SELECT id FROM accounts WHERE name = 'big'
          UNION ALL SELECT c.id FROM accounts c JOIN t ON c.parent_id = t.id)
         SELECT count(*) FROM t",
    );
    let depth = one(
        "WITH RECURSIVE t(id, d) AS (SELECT id, 0 FROM accounts WHERE parent_id IS NULL
          UNION ALL SELECT c.id, t.d + 1 FROM accounts c JOIN t ON c.parent_id = t.id)
         SELECT max(d) FROM t",
    );
    let fanout = one("SELECT max(k) FROM (SELECT count(*) AS k FROM accounts GROUP BY parent_id)");
    let thousands = one(
        "SELECT count(*) FROM (SELECT parent_id FROM accounts GROUP BY parent_id HAVING count(*) >= 1000)",
    );
    format!(
        "{total} accounts (root included); `big` holds {big} of them; deepest account at depth {depth}; \
         widest account has {fanout} children; {thousands} accounts have 1000 children or more"
    )
}

/// Copies a closed, checkpointed database to `to`, without side files.
fn fresh(from: &Path, to: &Path) {
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(side(to, suffix));
    }
    std::fs::copy(from, to).expect("copy");
}

fn side(db: &Path, suffix: &str) -> PathBuf {
    let mut p = db.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

fn count(db: &Path, sql: &str) -> i64 {
    rusqlite::Connection::open(db)
        .and_then(|c| c.query_row(sql, [], |r| r.get(0)))
        .expect(sql)
}

fn child(role: &str) {
    let db = std::env::var("WARDEN_DB").expect("db");
    let args: &[&str] = match role {
        "tree" => &["account", "list", "--tree"],
        "json" => &["--json", "account", "list", "--tree"],
        other => panic!("unknown bench child {other}"),
    };
    timed(warden(Path::new(&db)).args(args), "");
    println!("{}", children_peak_kib());
}

fn peak_mib(role: &str, db: &Path) -> f64 {
    let out = Command::new(std::env::current_exe().expect("current exe"))
        .env(CHILD_ENV, role)
        .env("WARDEN_DB", db)
        .output()
        .expect("peak child");
    let kib: i64 = String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .expect("peak KiB");
    kib as f64 / 1024.0
}

/// The accounts below `big`, `big` included, as a recursive CTE named `t`.
const BIG_SUBTREE: &str = "WITH RECURSIVE t(id) AS (
    SELECT id FROM accounts WHERE name = 'big'
    UNION ALL SELECT c.id FROM accounts c JOIN t ON c.parent_id = t.id)";

fn main() {
    if let Ok(role) = std::env::var(CHILD_ENV) {
        return child(&role);
    }
    let n = support::size_from_env("WARDEN_BENCH_ACCOUNTS", 100_000);
    let dir = tempfile::tempdir().expect("temp dir");
    let seeded = dir.path().join("seeded.db");
    let queued = dir.path().join("queued.db");
    let run = dir.path().join("run.db");
    let started = Instant::now();
    seed(&seeded, n);
    eprintln!(
        "seeded {n} accounts in {:.1}s",
        started.elapsed().as_secs_f64()
    );
    println!("Tree: {}.\n", describe(&seeded));
    // Everything below the root queued and due.
    fresh(&seeded, &queued);
    rusqlite::Connection::open(&queued)
        .and_then(|c| {
            c.execute_batch(&format!(
                "UPDATE accounts SET state = 'pending-deletion', purge_after = {PURGE_AFTER}
                  WHERE parent_id IS NOT NULL;
                 PRAGMA wal_checkpoint(TRUNCATE);"
            ))
        })
        .expect("queue");
    let big = count(&seeded, &format!("{BIG_SUBTREE} SELECT count(*) FROM t"));
    let seeded_str = seeded.to_str().expect("utf-8 path");
    let run_str = run.to_str().expect("utf-8 path");

    // 1. account list --tree beside sqlite3 walking the tree depth-first.
    let walk = "WITH RECURSIVE t(id, name, depth) AS (
           SELECT id, name, 0 FROM accounts WHERE parent_id IS NULL
           UNION ALL
           SELECT c.id, c.name, t.depth + 1 FROM t JOIN accounts c ON c.parent_id = t.id
            ORDER BY 3 DESC, 2)
         SELECT printf('%*s%s', depth * 4, '', name) FROM t";
    // The same walk with each account's columns and path, for the JSON list.
    let walk_rows = "WITH RECURSIVE t(id, name, parent, path, state, credits, created_at, purge_after, depth) AS (
           SELECT id, name, NULL, name, state, credits, created_at, purge_after, 0
             FROM accounts WHERE parent_id IS NULL
           UNION ALL
           SELECT c.id, c.name, t.name, t.path || '/' || c.name, c.state, c.credits, c.created_at,
                  c.purge_after, t.depth + 1
             FROM t JOIN accounts c ON c.parent_id = t.id
            ORDER BY 9 DESC, 2)
         SELECT name, parent, path, state, credits, created_at, purge_after FROM t";
    let (tree, tree_sqlite) = paired(
        1,
        7,
        || timed(warden(&seeded).args(["account", "list", "--tree"]), ""),
        || timed(&mut sqlite(&[seeded_str, walk]), ""),
    );
    let (json, json_sqlite) = paired(
        1,
        5,
        || {
            timed(
                warden(&seeded).args(["--json", "account", "list", "--tree"]),
                "",
            )
        },
        || timed(&mut sqlite(&["-json", seeded_str, walk_rows]), ""),
    );
    let tree_peak = peak_mib("tree", &seeded);
    let json_peak = peak_mib("json", &seeded);

    // 2. account disable big --recursive, on a fresh copy each run.
    let disable_sql = format!(
        "PRAGMA foreign_keys = ON;
         BEGIN IMMEDIATE;
         {BIG_SUBTREE}
         INSERT INTO events (at, actor, action, target, details)
         SELECT {NOW_UNIX}, 'bench', 'account.disable', a.name, '{{\"recursive\":true}}'
           FROM t JOIN accounts a ON a.id = t.id WHERE a.state = 'enabled';
         {BIG_SUBTREE}
         UPDATE accounts SET state = 'disabled', updated_at = {NOW_UNIX}
          WHERE id IN (SELECT id FROM t) AND state = 'enabled';
         COMMIT;"
    );
    let disabled = "SELECT count(*) FROM accounts WHERE state = 'disabled'";
    let (disable, disable_sqlite) = paired(
        1,
        5,
        || {
            fresh(&seeded, &run);
            let d = timed(
                warden(&run).args(["account", "disable", "big", "--recursive"]),
                "",
            );
            assert_eq!(count(&run, disabled), big);
            d
        },
        || {
            fresh(&seeded, &run);
            let d = timed(&mut sqlite(&[run_str, &disable_sql]), "");
            assert_eq!(count(&run, disabled), big);
            d
        },
    );

    // 3. account purge (cron) with n accounts due, on a fresh copy each run.
    let purge_sql = format!(
        "PRAGMA foreign_keys = ON;
         BEGIN IMMEDIATE;
         INSERT INTO events (at, actor, action, target, details)
         SELECT {NOW_UNIX}, 'bench', 'account.purge', name, '{{}}' FROM accounts
          WHERE state = 'pending-deletion' AND purge_after <= {NOW_UNIX} ORDER BY name;
         DELETE FROM accounts WHERE state = 'pending-deletion' AND purge_after <= {NOW_UNIX};
         COMMIT;"
    );
    let left = "SELECT count(*) FROM accounts";
    let purged = "SELECT count(*) FROM events WHERE action = 'account.purge'";
    let (purge, purge_sqlite) = paired(
        1,
        5,
        || {
            fresh(&queued, &run);
            let d = timed(warden(&run).args(["account", "purge"]), "");
            assert_eq!((count(&run, left), count(&run, purged)), (1, n as i64));
            d
        },
        || {
            fresh(&queued, &run);
            let d = timed(&mut sqlite(&[run_str, &purge_sql]), "");
            assert_eq!((count(&run, left), count(&run, purged)), (1, n as i64));
            d
        },
    );

    let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64();
    println!("| benchmark ({n} accounts) | warden | peer | ratio | target |");
    println!("|---|---|---|---|---|");
    println!(
        "| `account list --tree` | {} | {} (`sqlite3 DB` walking the tree depth-first with a recursive CTE) | {:.2}x | < 2 s |",
        time(tree),
        time(tree_sqlite),
        ratio(tree, tree_sqlite)
    );
    println!(
        "| `--json account list --tree` (reference) | {} | {} (`sqlite3 -json`, the same walk with the columns and path) | {:.2}x | < 2 s |",
        time(json),
        time(json_sqlite),
        ratio(json, json_sqlite)
    );
    println!("| `account list --tree` peak memory | {tree_peak:.1} MiB | | | < 16 MiB |");
    println!("| `--json account list --tree` peak memory | {json_peak:.1} MiB | | | < 16 MiB |");
    println!(
        "| `account disable big --recursive` ({big} accounts) | {} | {} (`sqlite3`: one recursive `UPDATE` and its events, one transaction) | {:.2}x | < 2 s |",
        time(disable),
        time(disable_sqlite),
        ratio(disable, disable_sqlite)
    );
    println!(
        "| `account purge` ({n} due) | {} | {} (`sqlite3`: one `DELETE` and its events, one transaction) | {:.2}x | < 2 s |",
        time(purge),
        time(purge_sqlite),
        ratio(purge, purge_sqlite)
    );
}
