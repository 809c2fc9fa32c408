//! warden on PostgreSQL, beside the peers the figures are held to, in the
//! same run: `psql` for a lookup and the tree walk, a process that
//! connects and verifies one argon2 hash for `user verify`, `Warden::can`
//! on a warm connection (and on SQLite), and eight processes charging
//! credits in a loop on PostgreSQL and on SQLite.
//!
//!     cargo bench --bench postgres
//!     WARDEN_BENCH_USERS=5000 WARDEN_BENCH_ACCOUNTS=5000 cargo bench --bench postgres
//!
//! Starts a throwaway cluster of its own with `.ci/pg-cluster` (PostgreSQL's
//! server from Debian's `postgresql` package; `psql` on PATH), with
//! `fsync` and `synchronous_commit` on, as a production server has them.
//! Prints a Markdown table; benches/README.md records it.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

use support::{median, paired, time, timed, warden, CHILD_ENV, PASSWORD};

/// The cluster, stopped and removed when dropped.
struct Cluster {
    dir: PathBuf,
}

impl Cluster {
    fn script() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/pg-cluster")
    }

    fn start() -> Cluster {
        let dir = std::env::temp_dir().join(format!("warden-bench-{}", std::process::id()));
        let status = Command::new(Self::script())
            .arg("start")
            .arg(&dir)
            .stdout(std::process::Stdio::null())
            .status()
            .expect("run .ci/pg-cluster");
        assert!(status.success(), "the cluster did not start");
        Cluster { dir }
    }

    fn env(&self, key: &str) -> String {
        let text = std::fs::read_to_string(self.dir.join("env")).expect("env");
        text.lines()
            .find_map(|l| l.strip_prefix(&format!("{key}=")))
            .unwrap_or_else(|| panic!("{key} missing"))
            .to_string()
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = Command::new(Self::script())
            .arg("stop")
            .arg(&self.dir)
            .output();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The URL of `schema` on a server URL.
fn in_schema(server: &str, schema: &str) -> String {
    let sep = if server.contains('?') { '&' } else { '?' };
    format!("{server}{sep}options=-csearch_path%3D{schema}")
}

/// `n` users as the users bench has them (a role and a network each, the
/// admin's hash), written by the server itself.
fn seed_users(client: &mut postgres::Client, n: usize) {
    client
        .batch_execute(&format!(
            "BEGIN;
             INSERT INTO users (username, email, first_name, last_name, password_hash, account_id, created_at, updated_at)
                  SELECT 'user' || lpad(i::text, 6, '0'), 'user' || lpad(i::text, 6, '0') || '@example.com',
                         'First', 'Last', (SELECT password_hash FROM users WHERE username = 'admin'), 1,
                         1767225600, 1767225600
                    FROM generate_series(0, {n} - 1) AS i;
             INSERT INTO user_roles (user_id, role_id, position, active, assigned_at)
                  SELECT id, 2 + id % 3, 1, 1, 0 FROM users WHERE username LIKE 'user%';
             INSERT INTO user_allowed_ips (user_id, network)
                  SELECT id, '10.0.0.0/8' FROM users WHERE username LIKE 'user%';
             COMMIT; ANALYZE;"
        ))
        .expect("seed users");
}

/// About `n` accounts below the root: 100 groups of 10 teams, the leaves
/// spread over the teams, so the tree is both wide and three levels deep.
fn seed_accounts(client: &mut postgres::Client, n: usize) {
    let leaves = n.saturating_sub(1100).max(1);
    client
        .batch_execute(&format!(
            "BEGIN;
             INSERT INTO accounts (name, parent_id, created_at, updated_at)
                  SELECT 'g' || lpad(i::text, 3, '0'), 1, 0, 0 FROM generate_series(0, 99) AS i;
             INSERT INTO accounts (name, parent_id, created_at, updated_at)
                  SELECT 'g' || lpad((i / 10)::text, 3, '0') || '-t' || (i % 10),
                         (SELECT id FROM accounts WHERE name = 'g' || lpad((i / 10)::text, 3, '0')), 0, 0
                    FROM generate_series(0, 999) AS i;
             CREATE TEMP TABLE teams AS SELECT id, row_number() OVER (ORDER BY id) - 1 AS k
                    FROM accounts WHERE name LIKE 'g%-t%';
             INSERT INTO accounts (name, parent_id, created_at, updated_at)
                  SELECT 'leaf' || lpad(i::text, 6, '0'), t.id, 0, 0
                    FROM generate_series(0, {leaves} - 1) AS i JOIN teams t ON t.k = i % 1000;
             COMMIT; ANALYZE;"
        ))
        .expect("seed accounts");
}

/// The bench re-runs itself for processes of its own.
fn child(role: &str) {
    match role {
        // The floor under `user verify`: a process that connects and
        // verifies one argon2 hash.
        "connect-argon2" => {
            let url = std::env::var("WARDEN_BENCH_URL").expect("url");
            let hash = std::env::var("WARDEN_BENCH_HASH").expect("hash");
            let mut client = postgres::Client::connect(&url, postgres::NoTls).expect("connect");
            client.simple_query("SELECT 1").expect("select");
            assert!(warden::password::verify(PASSWORD, &hash));
        }
        // The floor under any command on PostgreSQL: a process that
        // connects and runs one trivial statement.
        "connect" => {
            let url = std::env::var("WARDEN_BENCH_URL").expect("url");
            let mut client = postgres::Client::connect(&url, postgres::NoTls).expect("connect");
            client.simple_query("SELECT 1").expect("select");
        }
        // A process that starts and ends: what the one above pays before
        // it connects.
        "nothing" => {}
        other => panic!("unknown bench child {other}"),
    }
}

/// `Warden::can` on a warm connection: the median of `runs` calls.
fn can_median(location: &str, runs: usize) -> Duration {
    let warden = warden::Warden::open(location).expect("open");
    for _ in 0..50 {
        warden.can("user000001", "backups.read", None).expect("can");
    }
    let samples = (0..runs)
        .map(|_| {
            let started = Instant::now();
            let decision = warden.can("user000001", "backups.read", None).expect("can");
            let took = started.elapsed();
            std::hint::black_box(decision);
            took
        })
        .collect();
    median(samples)
}

/// Eight processes at once, each charging one credit `each` times in a
/// loop; returns the charges per second of all of them together.
fn charge_throughput(db: &Path, each: usize) -> f64 {
    eight_processes(each, || {
        let mut command = warden(db);
        command.args(["user", "charge", "payer", "1", "--reason", "bench"]);
        command
    })
}

/// Eight processes at once, each only connecting to the server and
/// running `SELECT 1`, `each` times in a loop: what a process per command
/// can reach on PostgreSQL before warden does anything.
fn connect_throughput(url: &str, each: usize) -> f64 {
    child_throughput("connect", url, each)
}

/// Eight processes at once, each the bench itself starting and ending.
fn nothing_throughput(each: usize) -> f64 {
    child_throughput("nothing", "", each)
}

fn child_throughput(role: &str, url: &str, each: usize) -> f64 {
    eight_processes(each, || {
        let mut command = Command::new(std::env::current_exe().expect("exe"));
        command.env(CHILD_ENV, role).env("WARDEN_BENCH_URL", url);
        command
    })
}

/// Eight processes at once, each starting warden without opening any
/// database (`warden --version`), `each` times in a loop.
fn start_throughput(each: usize) -> f64 {
    eight_processes(each, || {
        let mut command = warden(Path::new("unused.db"));
        command.arg("--version");
        command
    })
}

/// Runs the command eight at a time, `each` times in each loop; returns
/// the runs per second of all eight together.
fn eight_processes(each: usize, command: impl Fn() -> Command + Sync) -> f64 {
    let barrier = Arc::new(Barrier::new(8));
    let started = Instant::now();
    std::thread::scope(|s| {
        for _ in 0..8 {
            let barrier = Arc::clone(&barrier);
            let command = &command;
            s.spawn(move || {
                barrier.wait();
                for _ in 0..each {
                    timed(&mut command(), "");
                }
            });
        }
    });
    (8 * each) as f64 / started.elapsed().as_secs_f64()
}

/// Eight threads of one process, each with a connection of its own kept
/// open (as services embedding warden hold them), charging one credit
/// `each` times; returns the charges per second of all of them together.
fn warm_charge_throughput(location: &str, each: usize) -> f64 {
    let barrier = Arc::new(Barrier::new(8));
    let started = Instant::now();
    std::thread::scope(|s| {
        for _ in 0..8 {
            let barrier = Arc::clone(&barrier);
            s.spawn(move || {
                let mut store =
                    warden::unstable::store::Store::open(Path::new(location), &Default::default())
                        .expect("open");
                let ctx = warden::unstable::ops::Ctx {
                    now: warden::time::now().expect("now"),
                    actor: "bench".into(),
                };
                barrier.wait();
                for _ in 0..each {
                    warden::unstable::ops::user::charge(
                        &mut store, &ctx, "payer", 1, "bench", None,
                    )
                    .expect("charge");
                }
            });
        }
    });
    (8 * each) as f64 / started.elapsed().as_secs_f64()
}

/// A database ready for the charge loop: a user who may charge an
/// account with more credits than the loop spends.
fn charge_setup(db: &Path) {
    timed(
        warden(db).args([
            "account",
            "create",
            "payee",
            "--parent",
            "root",
            "--credits",
            "1000000",
            "--password-stdin",
        ]),
        "copper-meadow-signal\n",
    );
    timed(
        warden(db).args([
            "user",
            "add",
            "payer",
            "--no-password",
            "--role",
            "operator",
            "--account",
            "payee",
        ]),
        "",
    );
}

fn main() {
    if let Ok(role) = std::env::var(CHILD_ENV) {
        return child(&role);
    }
    let users = support::size_from_env("WARDEN_BENCH_USERS", 100_000);
    let accounts = support::size_from_env("WARDEN_BENCH_ACCOUNTS", 100_000);
    let cluster = Cluster::start();
    let server = cluster.env("WARDEN_TEST_DB_URL");
    let tcp = cluster.env("WARDEN_TEST_DB_TCP_URL");
    let mut admin = postgres::Client::connect(&server, postgres::NoTls).expect("connect");
    // A production server syncs its log at every commit.
    for statement in [
        "ALTER SYSTEM SET fsync = on",
        "ALTER SYSTEM SET synchronous_commit = on",
        "SELECT pg_reload_conf()",
    ] {
        admin.batch_execute(statement).expect("fsync on");
    }
    admin
        .batch_execute("CREATE SCHEMA people; CREATE SCHEMA tree; CREATE SCHEMA charges;")
        .expect("schemas");
    let people = PathBuf::from(in_schema(&server, "people"));
    let tree = PathBuf::from(in_schema(&server, "tree"));
    let charges = PathBuf::from(in_schema(&server, "charges"));
    for db in [&people, &tree, &charges] {
        timed(
            warden(db).args(["init", "--password-stdin"]),
            &format!("{PASSWORD}\n"),
        );
    }
    let started = Instant::now();
    let mut client =
        postgres::Client::connect(people.to_str().unwrap(), postgres::NoTls).expect("connect");
    seed_users(&mut client, users);
    let mut client =
        postgres::Client::connect(tree.to_str().unwrap(), postgres::NoTls).expect("connect");
    seed_accounts(&mut client, accounts);
    eprintln!(
        "seeded {users} users and {accounts} accounts in {:.1}s",
        started.elapsed().as_secs_f64()
    );
    let name = format!("user{:06}", users / 2);
    let psql = |args: &[&str]| {
        let mut cmd = Command::new("psql");
        cmd.args(["-X", "-q", "-A", "-t"]).args(args);
        cmd
    };

    // 1. user show beside psql looking up the same row.
    let people_url = people.to_str().unwrap().to_string();
    let lookup = format!("SELECT * FROM users WHERE username = '{name}'");
    let (show, show_psql) = paired(
        2,
        60,
        || timed(warden(&people).args(["user", "show", &name]), ""),
        || timed(&mut psql(&[&people_url, "-c", &lookup]), ""),
    );

    // 2. The tree of all accounts beside psql walking it depth-first.
    let tree_url = tree.to_str().unwrap().to_string();
    let walk = "WITH RECURSIVE t(id, name, depth, sort) AS (
                    SELECT id, name, 0, ARRAY[name] FROM accounts WHERE parent_id IS NULL
                    UNION ALL
                    SELECT c.id, c.name, t.depth + 1, t.sort || c.name
                      FROM t JOIN accounts c ON c.parent_id = t.id)
                SELECT repeat('  ', depth) || name FROM t ORDER BY sort COLLATE \"C\"";
    let (tree_time, tree_psql) = paired(
        1,
        7,
        || timed(warden(&tree).args(["account", "list", "--tree"]), ""),
        || timed(&mut psql(&[&tree_url, "-c", walk]), ""),
    );

    // 3. user verify beside a process that connects and verifies one hash.
    let hash: String = client_row(
        &people_url,
        &format!("SELECT password_hash FROM users WHERE username = '{name}'"),
    );
    let (verify, floor) = paired(
        1,
        15,
        || {
            timed(
                warden(&people).args([
                    "user",
                    "verify",
                    &name,
                    "--ip",
                    "10.1.2.3",
                    "--password-stdin",
                ]),
                PASSWORD,
            )
        },
        || {
            timed(
                Command::new(std::env::current_exe().expect("exe"))
                    .env(CHILD_ENV, "connect-argon2")
                    .env("WARDEN_BENCH_URL", &people_url)
                    .env("WARDEN_BENCH_HASH", &hash),
                "",
            )
        },
    );

    // 4. Warden::can on a warm connection: over TCP, and on SQLite.
    let can_tcp = can_median(&in_schema(&tcp, "people"), 2000);
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("warden.db");
    timed(
        warden(&file).args(["init", "--password-stdin"]),
        &format!("{PASSWORD}\n"),
    );
    timed(
        warden(&file).args([
            "user",
            "add",
            "user000001",
            "--no-password",
            "--role",
            "viewer",
        ]),
        "",
    );
    let can_sqlite = can_median(file.to_str().unwrap(), 20_000);

    // 5. Eight processes charging at once, on PostgreSQL and on SQLite.
    let each = support::size_from_env("WARDEN_BENCH_CHARGES", 40);
    charge_setup(&charges);
    charge_setup(&file);
    let (mut pg_rates, mut sqlite_rates) = (Vec::new(), Vec::new());
    let (mut connect_rates, mut start_rates, mut nothing_rates) =
        (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..3 {
        pg_rates.push(charge_throughput(&charges, each));
        sqlite_rates.push(charge_throughput(&file, each));
        connect_rates.push(connect_throughput(&server, each));
        start_rates.push(start_throughput(each));
        nothing_rates.push(nothing_throughput(each));
    }
    for rates in [
        &mut pg_rates,
        &mut sqlite_rates,
        &mut connect_rates,
        &mut start_rates,
        &mut nothing_rates,
    ] {
        rates.sort_by(f64::total_cmp);
    }
    let (pg_rate, sqlite_rate) = (pg_rates[1], sqlite_rates[1]);
    let (connect_rate, start_rate) = (connect_rates[1], start_rates[1]);
    // Machine time per run, in ms: a charge on PostgreSQL needs at least
    // a warden start and a connection (the connecting process less the
    // start of a process that does nothing).
    let per = |rate: f64| 1000.0 / rate;
    let connection = per(connect_rate) - per(nothing_rates[1]);
    let ceiling = 1000.0 / (connection + per(start_rate));
    let warm_each = 10 * each;
    let warm_pg = warm_charge_throughput(charges.to_str().unwrap(), warm_each);
    let warm_sqlite = warm_charge_throughput(file.to_str().unwrap(), warm_each);
    let spent: i64 = client_row(
        charges.to_str().unwrap(),
        "SELECT 1000000 - credits FROM accounts WHERE name = 'payee'",
    );
    assert_eq!(
        spent,
        (3 * 8 * each + 8 * warm_each) as i64,
        "the balance is exact"
    );

    let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64();
    println!("| benchmark (PostgreSQL, {users} users, {accounts} accounts) | warden | peer | ratio | target |");
    println!("|---|---|---|---|---|");
    println!(
        "| `user show` | {} | {} (a fresh `psql` running the same select) | {:.2}x | <= 1.3x |",
        time(show),
        time(show_psql),
        ratio(show, show_psql)
    );
    println!(
        "| `account list --tree` | {} | {} (`psql` walking the tree depth-first) | {:.2}x | < 1 s |",
        time(tree_time),
        time(tree_psql),
        ratio(tree_time, tree_psql)
    );
    println!(
        "| `user verify` | {} | {} (a process that connects and verifies one argon2id hash) | {:.2}x | <= 1.3x |",
        time(verify),
        time(floor),
        ratio(verify, floor)
    );
    println!(
        "| `Warden::can`, warm connection | {:.1} µs over TCP | {:.2} µs on SQLite | | < 300 µs; <= 10 µs |",
        can_tcp.as_secs_f64() * 1e6,
        can_sqlite.as_secs_f64() * 1e6
    );
    println!(
        "| 8 processes running `user charge` | {pg_rate:.0}/s | {sqlite_rate:.0}/s (SQLite, same loop) | {:.2}x | >= 0.8x |",
        pg_rate / sqlite_rate
    );
    println!(
        "| 8 processes that only connect and run `SELECT 1` (no warden) | {connect_rate:.0}/s | {sqlite_rate:.0}/s (SQLite, `user charge`) | {:.2}x | |",
        connect_rate / sqlite_rate
    );
    println!("| 8 processes running `warden --version` (no database) | {start_rate:.0}/s | | | |");
    println!(
        "| ceiling for a process per command on PostgreSQL (a connection plus a warden start: {:.2} + {:.2} ms of this machine's time) | {ceiling:.0}/s | {sqlite_rate:.0}/s (SQLite, `user charge`) | {:.2}x | |",
        connection,
        per(start_rate),
        ceiling / sqlite_rate
    );
    println!(
        "| 8 warm connections charging (`ops::user::charge`) | {warm_pg:.0}/s | {warm_sqlite:.0}/s (SQLite, same loop) | {:.2}x | |",
        warm_pg / warm_sqlite
    );
    drop(cluster);
}

fn client_row<T>(url: &str, sql: &str) -> T
where
    T: for<'a> postgres::types::FromSql<'a>,
{
    let mut client = postgres::Client::connect(url, postgres::NoTls).expect("connect");
    client.query_one(sql, &[]).expect("row").get(0)
}
