//! Programs some tests need besides warden, and hashes made once by them.
//!
//! `cargo test` must pass on a machine with only a Rust toolchain and
//! `sqlite3`. A test that needs another program (`htpasswd`, `strace`,
//! `jq`, ...) asks [`have`] first: when the program is missing the test
//! says so on stderr (where `cargo test` shows it, passing or not) and
//! returns early; with `WARDEN_TEST_REQUIRE_TOOLS=1`, as `.ci/run` sets
//! it, a missing program fails the test instead.
//!
//! The legacy hashes below were made once by the real tools, each with
//! the command beside it, so their tests run everywhere; other tests make
//! fresh hashes with the same tools at run time.

use std::io::Write;
use std::path::Path;

/// Whether `program` (a name looked up on PATH, or an absolute path) can
/// be run. When it cannot: prints why `test` is skipped and returns false,
/// or panics when `WARDEN_TEST_REQUIRE_TOOLS=1`.
pub fn have(program: &str, package: &str, test: &str) -> bool {
    if found(program) {
        return true;
    }
    let why = format!("{program} is not installed (Debian package {package})");
    if std::env::var_os("WARDEN_TEST_REQUIRE_TOOLS").is_some_and(|v| v == "1") {
        panic!("{test}: {why}, and WARDEN_TEST_REQUIRE_TOOLS=1 requires it");
    }
    // Straight to the process's stderr: the test harness captures
    // eprintln! of passing tests, and a skip must be seen.
    let _ = writeln!(std::io::stderr(), "skipped {test}: {why}");
    false
}

/// Whether the data file `path` (a zone of the tz database, say) is
/// there; when it is not, as [`have`] does for a program.
pub fn have_file(path: &str, package: &str, test: &str) -> bool {
    if Path::new(path).is_file() {
        return true;
    }
    let why = format!("{path} is not installed (Debian package {package})");
    if std::env::var_os("WARDEN_TEST_REQUIRE_TOOLS").is_some_and(|v| v == "1") {
        panic!("{test}: {why}, and WARDEN_TEST_REQUIRE_TOOLS=1 requires it");
    }
    let _ = writeln!(std::io::stderr(), "skipped {test}: {why}");
    false
}

/// Whether the tests run as root, which some need to give files to
/// another user; when not, says why `test` is skipped and returns false.
pub fn root(test: &str) -> bool {
    if nix::unistd::geteuid().is_root() {
        return true;
    }
    let _ = writeln!(
        std::io::stderr(),
        "skipped {test}: only root can give files to another user (uid 65534) here"
    );
    false
}

fn found(program: &str) -> bool {
    use std::os::unix::fs::PermissionsExt;
    let runnable = |path: &Path| {
        std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    };
    if program.contains('/') {
        return runnable(Path::new(program));
    }
    std::env::var_os("PATH")
        .map(|paths| std::env::split_paths(&paths).any(|dir| runnable(&dir.join(program))))
        .unwrap_or(false)
}

/// Hashes of `USER_PASSWORD` ("violet-harbor-lantern") and `PASSWORD`
/// ("tangerine-otter-bicycle"), made once with the commands given.
pub mod vectors {
    /// `htpasswd -nbB user violet-harbor-lantern` (bcrypt, htpasswd's cost 5)
    pub const HTPASSWD_BCRYPT: &str =
        "$2y$05$nqVkPGMfeg/W0x9dqztTJ.4ZKy2z/YXaSVOqfoas4WrmyabftGC.a";
    /// `mkpasswd -m bcrypt violet-harbor-lantern`
    pub const MKPASSWD_BCRYPT_2B: &str =
        "$2b$05$THK38eXOXlhy7tgzv3qD5emWt9Vme75/nMD6dwiMdIEWwzVpaLaX6";
    /// `mkpasswd -m bcrypt-a violet-harbor-lantern`
    pub const MKPASSWD_BCRYPT_2A: &str =
        "$2a$05$MK4iT0I0l/CgMkf6rqmI8eqXb4ud8ceWNlWAdsWKg9Nu5j2s8fNj6";
    /// `mkpasswd -m sha-512 violet-harbor-lantern`
    pub const MKPASSWD_SHA512: &str = "$6$nMiafgA.kPx0Ju/Q$0hHy569/s/hiRULY8TJMgDwn0zuPoaFs2H2HYsS4ThUYphTANGcqRra7EJzFtvLCikOlRpNQaYgRWrCs6DXUL0";
    /// `mkpasswd -m sha-256 violet-harbor-lantern`
    pub const MKPASSWD_SHA256: &str =
        "$5$2BjPrEqFLx2768Mr$d7cPxk1OMfx8cBzYC1jZTy.0EPoYzuUvaQUfLPtDrz6";
    /// `openssl passwd -6 violet-harbor-lantern`
    pub const OPENSSL_SHA512: &str = "$6$M1v/ZkqGInTUwTj.$8B5aSc/Yg/amqNdgeDsEbz2ay1T4Rmbx.Y7wMyRqFFMMvwQ1orydxm5m/FDmKe9B6xSk.08k9hvMhhmn8sG0k.";
    /// `openssl passwd -5 violet-harbor-lantern`
    pub const OPENSSL_SHA256: &str =
        "$5$qomvIvad/kvvngFM$gWQlyhX53HICF1jJtp178VWxiCmd2Y2YhZH56VDojnD";
    /// `openssl passwd -1 violet-harbor-lantern` (MD5-crypt, refused)
    pub const OPENSSL_MD5: &str = "$1$9YMFEhQu$/apuKRLR6x8Ye5Jo7z.Bx0";
    /// `htpasswd -c -b -B -C 5 site.htpasswd alice violet-harbor-lantern`,
    /// then `htpasswd -b -B site.htpasswd bob tangerine-otter-bicycle`
    pub const HTPASSWD_FILE: &str = "\
alice:$2y$05$AZAogu6p0UdXOUKP0O/fwe4m1RhBNt2U9DD4PPHXS6SU2FTS4QZKG
bob:$2y$05$Gew4ijNaA42WwKsxnl0E6e7y7sQNK0kXmUehWFK1ixyJmhuX0N8Cm
";
    /// `htpasswd -n -b -B -C 4 x violet-harbor-lantern`
    pub const HTPASSWD_LINE_COST_4: &str =
        "x:$2y$04$t86qSU7KJzegUaEnY3FXgOOk1RFFDHoq4pRBP7qmjpesEunwPIMqO";
    /// `htpasswd -n -b -m frank violet-harbor-lantern` (Apache MD5, refused)
    pub const HTPASSWD_LINE_MD5: &str = "frank:$apr1$aks49zdO$IHKhdnR523hEmhDOo8mG1.";
    /// `htpasswd -n -b -s gina violet-harbor-lantern` (SHA-1, refused)
    pub const HTPASSWD_LINE_SHA1: &str = "gina:{SHA}Qfm1jnv8W+UwukcWVgqfgnjnge4=";
    /// `echo -n violet-harbor-lantern | argon2 wardensalt-id -id -k 19456 -t 2 -p 1 -e`
    /// (what warden writes: argon2id 1.3 at OWASP's minimum)
    pub const ARGON2ID: &str =
        "$argon2id$v=19$m=19456,t=2,p=1$d2FyZGVuc2FsdC1pZA$MCZd+0zwUGrWbtIXXauvJgI644nStNZxfsm5oFiUSFA";
    /// `echo -n violet-harbor-lantern | argon2 wardensalt-i -i -k 19456 -t 2 -p 1 -e`
    pub const ARGON2I: &str =
        "$argon2i$v=19$m=19456,t=2,p=1$d2FyZGVuc2FsdC1p$6pkvjWjReEI0OhLd0qHh4oY7JwKgEkl8iEhHTnNssyU";
    /// `echo -n violet-harbor-lantern | argon2 wardensalt-d -d -k 19456 -t 2 -p 1 -e`
    pub const ARGON2D: &str =
        "$argon2d$v=19$m=19456,t=2,p=1$d2FyZGVuc2FsdC1k$pZbo2460UxmIvxdfcjYfJGPdWaOzDzI3mGIJSNrRmcY";
    /// `echo -n violet-harbor-lantern | argon2 wardensalt-v10 -id -k 19456 -t 2 -p 1 -v 10 -e`
    /// (argon2id of the older version 1.0)
    pub const ARGON2ID_V10: &str =
        "$argon2id$v=16$m=19456,t=2,p=1$d2FyZGVuc2FsdC12MTA$vrT9xOkkIvHekNXdZQY8p5R00BcSMLXPEVMl67wzumE";
    /// `echo -n violet-harbor-lantern | argon2 wardensalt-iv10 -i -k 19456 -t 2 -p 1 -v 10 -e`
    pub const ARGON2I_V10: &str =
        "$argon2i$v=16$m=19456,t=2,p=1$d2FyZGVuc2FsdC1pdjEw$XOXa1PtEkbLr5ZS09TxFNi1dBLoKNS/KsRHqIw9bFCU";
    /// `echo -n violet-harbor-lantern | argon2 wardensalt-dv10 -d -k 19456 -t 2 -p 1 -v 10 -e`
    pub const ARGON2D_V10: &str =
        "$argon2d$v=16$m=19456,t=2,p=1$d2FyZGVuc2FsdC1kdjEw$SASfh7bCCxIs+1DHblJFvk93v8oxGv/LuOKVe9q46Yw";
    /// `mkpasswd -m sha-512 -R 2000000 violet-harbor-lantern` (too costly)
    pub const MKPASSWD_SHA512_2M_ROUNDS: &str = "$6$rounds=2000000$rSOIYT6S1dSEUJcl$lyHRzXa1Cf8qQuQqSZ1RwGKJ1pHcZGGaxJebqriyk3oXgVnZxr.3Jc9l9KW/7t7Qy47wdDSRAuqCPxcqHGKbu/";

    /// `htpasswd -c -b site.htpasswd frank violet-harbor-lantern` (plain
    /// htpasswd: Apache MD5), `htpasswd -b -B site.htpasswd alice
    /// violet-harbor-lantern` (bcrypt), `htpasswd -b -s site.htpasswd gina
    /// violet-harbor-lantern` (SHA-1)
    pub const HTPASSWD_FILE_WEAK: &str = "\
frank:$apr1$2zvceaBP$UYuDeMyCV1jQioCCAUudM.
alice:$2y$05$fHbIVI6Tcuk/b4BIccLE2eCkLMJPfpU3Y2UsB1Fm3AF2pmz9KYXVy
gina:{SHA}Qfm1jnv8W+UwukcWVgqfgnjnge4=
";

    /// What `restic snapshots --json` printed (restic 0.14.0, as root) for
    /// a repository made with:
    ///
    /// ```sh
    /// export TZ=Europe/Paris RESTIC_PASSWORD=warden-test RESTIC_REPOSITORY=/tmp/warden-restic/repo
    /// cd /tmp/warden-restic && restic init && echo one > data/file
    /// for t in "2026-02-02 02:00:00" "2026-02-09 02:00:00" "2026-02-16 02:00:00" \
    ///     "2026-02-20 02:00:00" "2026-02-21 02:00:00" "2026-02-22 02:00:00" "2026-02-22 14:30:00"; do
    ///     restic backup --host web1 --time "$t" data
    /// done
    /// restic snapshots --json
    /// ```
    ///
    /// `restic forget --dry-run --keep-daily 3 --keep-weekly 2` keeps
    /// 05d6c94b, 2c9570f5, 00431790 and 55641c11 and removes e0efa2ee,
    /// 19254d43 and f1c363f8.
    pub const RESTIC_SNAPSHOTS: &str = r#"[{"time":"2026-02-02T02:00:00+01:00","tree":"02e2c0ede9890963d952d4e40bbb8dde3972682fea0edd82af9911b8477842b9","paths":["/tmp/warden-restic/data"],"hostname":"web1","username":"root","id":"e0efa2eedcbc413e9911a5ace22af7e67f6aa24d8ac40bdf1fde95557b54ead5","short_id":"e0efa2ee"},{"time":"2026-02-09T02:00:00+01:00","parent":"e0efa2eedcbc413e9911a5ace22af7e67f6aa24d8ac40bdf1fde95557b54ead5","tree":"02e2c0ede9890963d952d4e40bbb8dde3972682fea0edd82af9911b8477842b9","paths":["/tmp/warden-restic/data"],"hostname":"web1","username":"root","id":"05d6c94b89b627a0539e277a586f08a013f7eca85aca12f48b4e6f33d8bf774f","short_id":"05d6c94b"},{"time":"2026-02-16T02:00:00+01:00","parent":"05d6c94b89b627a0539e277a586f08a013f7eca85aca12f48b4e6f33d8bf774f","tree":"02e2c0ede9890963d952d4e40bbb8dde3972682fea0edd82af9911b8477842b9","paths":["/tmp/warden-restic/data"],"hostname":"web1","username":"root","id":"19254d43421cb8439bb52b690c460808d41a6a24d1d1d6df3cc121a49e976adc","short_id":"19254d43"},{"time":"2026-02-20T02:00:00+01:00","parent":"19254d43421cb8439bb52b690c460808d41a6a24d1d1d6df3cc121a49e976adc","tree":"02e2c0ede9890963d952d4e40bbb8dde3972682fea0edd82af9911b8477842b9","paths":["/tmp/warden-restic/data"],"hostname":"web1","username":"root","id":"2c9570f5e8e08c66d2ddecdb97af4520054e9b6c7919d0633f8d1ad6ec78fe32","short_id":"2c9570f5"},{"time":"2026-02-21T02:00:00+01:00","parent":"2c9570f5e8e08c66d2ddecdb97af4520054e9b6c7919d0633f8d1ad6ec78fe32","tree":"02e2c0ede9890963d952d4e40bbb8dde3972682fea0edd82af9911b8477842b9","paths":["/tmp/warden-restic/data"],"hostname":"web1","username":"root","id":"00431790b31daee3c595163f0896a7555c2fc13c0f9bb5c7acae6a0d9cf519f8","short_id":"00431790"},{"time":"2026-02-22T02:00:00+01:00","parent":"00431790b31daee3c595163f0896a7555c2fc13c0f9bb5c7acae6a0d9cf519f8","tree":"02e2c0ede9890963d952d4e40bbb8dde3972682fea0edd82af9911b8477842b9","paths":["/tmp/warden-restic/data"],"hostname":"web1","username":"root","id":"f1c363f848a257abfa69444ac4df391fa3cf779e443398507412bb50a95263cb","short_id":"f1c363f8"},{"time":"2026-02-22T14:30:00+01:00","parent":"f1c363f848a257abfa69444ac4df391fa3cf779e443398507412bb50a95263cb","tree":"02e2c0ede9890963d952d4e40bbb8dde3972682fea0edd82af9911b8477842b9","paths":["/tmp/warden-restic/data"],"hostname":"web1","username":"root","id":"55641c110fa5b0081e16be3daa849932d4db95a4160192661070b1bb88210756","short_id":"55641c11"}]"#;
}
