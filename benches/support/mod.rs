//! What the benchmarks share: running the release binary, timing it
//! against a peer in alternation, and reading children's peak memory.

#![allow(dead_code)] // each bench uses its own part of this

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

pub const PASSWORD: &str = "tangerine-otter-bicycle";
pub const BIN: &str = env!("CARGO_BIN_EXE_warden");

/// The bench re-runs itself to measure one command in a process of its
/// own; this variable names the child's role.
pub const CHILD_ENV: &str = "WARDEN_BENCH_CHILD";

/// warden on `db`, with colour off and a fixed actor.
pub fn warden(db: &Path) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.env("WARDEN_DB", db)
        .env("NO_COLOR", "1")
        .env("WARDEN_ACTOR", "bench");
    cmd
}

/// Runs a command to completion with stdout discarded; returns the wall
/// time, or panics with its stderr when it fails.
pub fn timed(cmd: &mut Command, stdin: &str) -> Duration {
    let started = Instant::now();
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    {
        use std::io::Write;
        let _ = child
            .stdin
            .take()
            .expect("stdin")
            .write_all(stdin.as_bytes());
    }
    let out = child.wait_with_output().expect("wait");
    let elapsed = started.elapsed();
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    elapsed
}

pub fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

/// Times two commands alternately, so drift in the machine's load falls on
/// both sides alike; returns both medians. `warm` untimed rounds first.
pub fn paired(
    warm: usize,
    runs: usize,
    mut a: impl FnMut() -> Duration,
    mut b: impl FnMut() -> Duration,
) -> (Duration, Duration) {
    for _ in 0..warm {
        a();
        b();
    }
    let (mut xs, mut ys) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        xs.push(a());
        ys.push(b());
    }
    (median(xs), median(ys))
}

/// Peak resident memory (KiB) of the largest child waited for so far.
pub fn children_peak_kib() -> i64 {
    use nix::sys::resource::{getrusage, UsageWho};
    getrusage(UsageWho::RUSAGE_CHILDREN).map_or(0, |usage| usage.max_rss())
}

/// A duration for the tables: milliseconds, or seconds from one second.
pub fn time(d: Duration) -> String {
    if d >= Duration::from_secs(1) {
        format!("{:.2} s", d.as_secs_f64())
    } else {
        format!("{:.1} ms", d.as_secs_f64() * 1000.0)
    }
}
