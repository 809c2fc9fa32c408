//! Connecting to the first host of a URL that answers, each host given
//! `connect_timeout` for the whole attempt.
//!
//! The `postgres` crate's `connect_timeout` bounds only the TCP connect: a
//! host that accepts and then says nothing (a paused VM, a SIGSTOPped
//! postmaster, a hostile first host) would keep a command waiting for ever,
//! and the next host would never be tried. So, as libpq does, every host
//! name or address is given `connect_timeout` for everything — TCP, TLS,
//! start-up, authentication, the `target_session_attrs` check — and then
//! the next one is tried.
//!
//! Each attempt is a single-host connection made on a short-lived thread
//! and waited for with a deadline: the crate runs its own runtime inside
//! `connect` and offers no other way to bound it. An attempt given up on
//! cannot be cancelled from outside, so its thread stays blocked until the
//! host answers or closes the connection (or TCP keepalive gives up on a
//! host that is gone), then ends and drops whatever it got. A command
//! exits anyway. A long-running service keeps at most one parked thread
//! per place (host, address and port): while one waits there, a new
//! attempt at the same place counts as not answered without starting
//! another, however often the service reconnects.

use std::collections::hash_map::RandomState;
use std::collections::BTreeMap;
use std::hash::{BuildHasher, Hasher};
use std::net::{IpAddr, SocketAddr, ToSocketAddrs};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc, Mutex, MutexGuard};
use std::time::Duration;

use postgres::config::{Host, LoadBalanceHosts, SslMode};
use postgres::error::SqlState;
use postgres::{Client, Config};
use tokio_postgres_rustls_improved::MakeRustlsConnect;

use crate::error::{io_reason, Error, Kind};

/// libpq's and the crate's wait when the URL sets none.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// One place to connect to: a socket folder, or a host name with one of
/// its addresses (the name stays, for TLS verification).
#[derive(Debug, Clone, PartialEq)]
struct Attempt {
    host: Host,
    addr: Option<IpAddr>,
    port: u16,
}

impl Attempt {
    /// How messages name it.
    fn label(&self) -> String {
        match (&self.host, self.addr) {
            (Host::Unix(dir), None) => dir
                .join(format!(".s.PGSQL.{}", self.port))
                .display()
                .to_string(),
            (Host::Tcp(name), Some(ip)) if name.parse::<IpAddr>().ok() != Some(ip) => {
                format!("{name}:{} at {ip}", self.port)
            }
            (_, Some(ip)) => SocketAddr::new(ip, self.port).to_string(),
            (Host::Tcp(name), None) => format!("{name}:{}", self.port),
        }
    }
}

/// The places where an attempt was given up on and its thread still
/// waits, by label, with how many such threads wait there.
static WAITING: Mutex<BTreeMap<String, usize>> = Mutex::new(BTreeMap::new());

fn waiting() -> MutexGuard<'static, BTreeMap<String, usize>> {
    // A set of labels cannot be left half-changed: a poisoned lock is fine.
    WAITING
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Why an attempt failed, as far as the next step goes.
enum Failed {
    /// The host did not answer, or not as asked: timed out, refused,
    /// reset, unreachable, no socket, starting up or full, or read-only
    /// under `target_session_attrs=read-write`. The next host may; when
    /// none does, running the command again later may work (exit 7).
    NoAnswer(String),
    /// Something to set right: a certificate that does not verify, a name
    /// that does not resolve, a server without TLS. The next host is still
    /// tried; when none answers, it is exit 1.
    Setup(String),
}

/// Connects to the first host (or address) of `config` that answers. A
/// server that answers with a refusal (a login it rejects, a database it
/// does not have) ends the search there, as libpq stops after a failed
/// authentication: its error is the answer.
pub fn first_answering(
    config: &Config,
    tls: &MakeRustlsConnect,
    shown: &str,
) -> Result<Client, Error> {
    let timeout = config
        .get_connect_timeout()
        .copied()
        .unwrap_or(DEFAULT_TIMEOUT);
    let random = config.get_load_balance_hosts() == LoadBalanceHosts::Random;
    let mut failures: Vec<(String, Failed)> = Vec::new();
    for host in hosts(config, shown)? {
        let attempts = match addresses(&host, timeout, random)? {
            Ok(attempts) => attempts,
            Err(failed) => {
                failures.push((host.label(), failed));
                continue;
            }
        };
        for attempt in attempts {
            let label = attempt.label();
            if waiting().contains_key(&label) {
                failures.push((
                    label,
                    Failed::NoAnswer("an earlier attempt there still waits for an answer".into()),
                ));
                continue;
            }
            let one = single(config, &attempt);
            let tls = tls.clone();
            // Without TLS (a socket, or sslmode=disable) there is no
            // server name to verify, and none to give the TLS connector.
            let plain = one.get_ssl_mode() == SslMode::Disable;
            let connect = move || match plain {
                true => one.connect(postgres::NoTls),
                false => one.connect(tls),
            };
            match within(timeout, Some(label), connect)? {
                Some(Ok(client)) => return Ok(client),
                Some(Err(e)) => match classify(&e) {
                    Ok(failed) => failures.push((attempt.label(), failed)),
                    Err(answer) => return Err(answer),
                },
                None => failures.push((
                    attempt.label(),
                    Failed::NoAnswer(format!(
                        "no answer within {}",
                        humantime::format_duration(timeout)
                    )),
                )),
            }
        }
    }
    Err(none_answered(shown, &failures, timeout))
}

/// The hosts in the order to try them: as the URL gives them, or shuffled
/// under `load_balance_hosts=random`. Each host is paired with its port
/// (one port for all, or one each) and its `hostaddr`, as libpq pairs them.
fn hosts(config: &Config, shown: &str) -> Result<Vec<Attempt>, Error> {
    let names = config.get_hosts();
    let addrs = config.get_hostaddrs();
    let ports = config.get_ports();
    let count = names.len().max(addrs.len());
    let invalid = |what: String| {
        Error::usage(format!("cannot read the database URL {shown}: {what}")).with_hint(
            "give one port for all hosts, or one for each, and as many hostaddr values as hosts",
        )
    };
    if !names.is_empty() && !addrs.is_empty() && names.len() != addrs.len() {
        return Err(invalid(format!(
            "{} hosts but {} hostaddr values",
            names.len(),
            addrs.len()
        )));
    }
    if ports.len() > 1 && ports.len() != count {
        return Err(invalid(format!("{count} hosts but {} ports", ports.len())));
    }
    let mut hosts: Vec<Attempt> = (0..count)
        .map(|i| {
            let addr = addrs.get(i).copied();
            Attempt {
                host: names.get(i).cloned().unwrap_or_else(|| {
                    Host::Tcp(addr.map(|ip| ip.to_string()).unwrap_or_default())
                }),
                addr,
                port: ports.get(i).or(ports.first()).copied().unwrap_or(5432),
            }
        })
        .collect();
    if config.get_load_balance_hosts() == LoadBalanceHosts::Random {
        shuffle(&mut hosts);
    }
    Ok(hosts)
}

/// A host's attempts: a socket or an address given in the URL as it is;
/// a name, each of its addresses (libpq gives each address the whole
/// timeout). Looking the name up is bounded by the timeout too: a name
/// server that does not answer is a host that does not answer.
fn addresses(
    host: &Attempt,
    timeout: Duration,
    random: bool,
) -> Result<Result<Vec<Attempt>, Failed>, Error> {
    let name = match (&host.host, host.addr) {
        (Host::Tcp(name), None) => name.clone(),
        _ => return Ok(Ok(vec![host.clone()])),
    };
    if let Ok(ip) = name.parse::<IpAddr>() {
        return Ok(Ok(vec![Attempt {
            addr: Some(ip),
            ..host.clone()
        }]));
    }
    let port = host.port;
    let looked_up = {
        let name = name.clone();
        within(timeout, None, move || {
            (name.as_str(), port)
                .to_socket_addrs()
                .map(|found| found.map(|a| a.ip()).collect::<Vec<_>>())
        })?
    };
    let mut ips: Vec<IpAddr> = Vec::new();
    match looked_up {
        None => {
            return Ok(Err(Failed::NoAnswer(format!(
                "no answer from the name server within {}",
                humantime::format_duration(timeout)
            ))))
        }
        Some(Err(e)) => {
            return Ok(Err(Failed::Setup(format!(
                "cannot resolve the name: {}",
                io_reason(&e)
            ))))
        }
        Some(Ok(found)) => {
            for ip in found {
                if !ips.contains(&ip) {
                    ips.push(ip);
                }
            }
        }
    }
    if ips.is_empty() {
        return Ok(Err(Failed::Setup("the name has no address".to_string())));
    }
    if random {
        shuffle(&mut ips);
    }
    Ok(Ok(ips
        .into_iter()
        .map(|ip| Attempt {
            addr: Some(ip),
            ..host.clone()
        })
        .collect()))
}

/// A configuration for one attempt: everything `config` says, for one
/// host, address and port.
fn single(config: &Config, attempt: &Attempt) -> Config {
    let mut one = Config::new();
    if let Some(user) = config.get_user() {
        one.user(user);
    }
    if let Some(password) = config.get_password() {
        one.password(password);
    }
    if let Some(dbname) = config.get_dbname() {
        one.dbname(dbname);
    }
    if let Some(options) = config.get_options() {
        one.options(options);
    }
    if let Some(name) = config.get_application_name() {
        one.application_name(name);
    }
    one.ssl_mode(config.get_ssl_mode())
        .ssl_negotiation(config.get_ssl_negotiation())
        .keepalives(config.get_keepalives())
        .keepalives_idle(config.get_keepalives_idle())
        .target_session_attrs(config.get_target_session_attrs())
        .channel_binding(config.get_channel_binding())
        .load_balance_hosts(config.get_load_balance_hosts());
    if let Some(timeout) = config.get_connect_timeout() {
        one.connect_timeout(*timeout);
    }
    if let Some(timeout) = config.get_tcp_user_timeout() {
        one.tcp_user_timeout(*timeout);
    }
    if let Some(interval) = config.get_keepalives_interval() {
        one.keepalives_interval(interval);
    }
    if let Some(retries) = config.get_keepalives_retries() {
        one.keepalives_retries(retries);
    }
    match &attempt.host {
        Host::Tcp(name) => one.host(name),
        // libpq ignores sslmode on a Unix socket: the server offers no
        // TLS there, and the kernel already says who is at the other end.
        // A socket folder paired with a hostaddr goes to that address over
        // TCP, with no name to verify TLS against: its sslmode stays, so
        // TLS fails closed instead of the password crossing bare.
        Host::Unix(dir) if attempt.addr.is_none() => one.host_path(dir).ssl_mode(SslMode::Disable),
        Host::Unix(dir) => one.host_path(dir),
    };
    if let Some(ip) = attempt.addr {
        one.hostaddr(ip);
    }
    one.port(attempt.port);
    one
}

/// Runs `work` on a thread of its own and waits for it at most `timeout`:
/// `None` when it did not finish in time (the thread is left to finish on
/// its own; see the module's comment). A `place` given up on is marked as
/// waited on until that thread ends.
fn within<T: Send + 'static>(
    timeout: Duration,
    place: Option<String>,
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<Option<T>, Error> {
    // Room for the answer, so a late one never blocks its thread.
    let (sender, receiver) = mpsc::sync_channel(1);
    // Whether the attempt has ended, and whether it was given up on; both
    // change only under the lock of the waiting places, so a place is
    // marked exactly while an attempt given up on still runs there (many
    // attempts at once at a place that answers are never in the way).
    let state = Arc::new((AtomicBool::new(false), AtomicBool::new(false)));
    let worker = Arc::clone(&state);
    let ended = place.clone();
    std::thread::Builder::new()
        .name("warden-pg-connect".to_string())
        .spawn(move || {
            let answer = work();
            let (finished, abandoned) = &*worker;
            let mut waiting = waiting();
            finished.store(true, Ordering::SeqCst);
            if let Some(label) = ended.filter(|_| abandoned.load(Ordering::SeqCst)) {
                if let Some(count) = waiting.get_mut(&label) {
                    *count -= 1;
                    if *count == 0 {
                        waiting.remove(&label);
                    }
                }
            }
            drop(waiting);
            let _ = sender.send(answer);
        })
        .map_err(|e| Error::failure(format!("cannot start a thread to connect: {e}")))?;
    match receiver.recv_timeout(timeout) {
        Ok(answer) => Ok(Some(answer)),
        Err(mpsc::RecvTimeoutError::Timeout) => {
            let (finished, abandoned) = &*state;
            let mut waiting = waiting();
            if let Some(label) = place.filter(|_| !finished.load(Ordering::SeqCst)) {
                abandoned.store(true, Ordering::SeqCst);
                *waiting.entry(label).or_insert(0) += 1;
            }
            Ok(None)
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => Err(Error::failure(
            "the connection attempt stopped without an answer",
        )),
    }
}

/// Whether a failed attempt lets the next host be tried (and how to
/// report it), or is the server's final answer.
fn classify(err: &postgres::Error) -> Result<Failed, Error> {
    if let Some(db) = err.as_db_error() {
        let code = db.code();
        // Starting up, shutting down, in recovery without hot standby, or
        // out of connection slots: up, but not taking this connection.
        if *code == SqlState::CANNOT_CONNECT_NOW
            || *code == SqlState::TOO_MANY_CONNECTIONS
            || *code == SqlState::ADMIN_SHUTDOWN
            || *code == SqlState::CRASH_SHUTDOWN
        {
            return Ok(Failed::NoAnswer(db.message().to_string()));
        }
        return Err(super::explain(err));
    }
    if err.is_closed() {
        return Ok(Failed::NoAnswer("closed the connection".to_string()));
    }
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        if let Some(io) = cause.downcast_ref::<std::io::Error>() {
            use std::io::ErrorKind as K;
            let gone = matches!(
                io.kind(),
                K::ConnectionRefused
                    | K::ConnectionReset
                    | K::ConnectionAborted
                    | K::NotConnected
                    | K::BrokenPipe
                    | K::UnexpectedEof
                    | K::TimedOut
                    | K::HostUnreachable
                    | K::NetworkUnreachable
                    | K::NetworkDown
                    | K::AddrNotAvailable
                    // A socket file that is not there: no server runs.
                    | K::NotFound
            );
            // The crate's words when the session is not the kind
            // target_session_attrs asks for (a standby, or a primary).
            let wrong_kind = io.kind() == K::PermissionDenied
                && io.get_ref().is_some()
                && matches!(
                    io.to_string().as_str(),
                    "database does not allow writes" | "database is not read only"
                );
            if gone || wrong_kind {
                return Ok(Failed::NoAnswer(lower_first(&io_reason(io))));
            }
            break;
        }
        source = cause.source();
    }
    // The crate's message is general ("error performing TLS handshake");
    // the reason is in its sources.
    let mut reason = err.to_string();
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        reason.push_str(&format!(": {cause}"));
        source = cause.source();
    }
    Ok(Failed::Setup(reason))
}

/// The one-line error when no attempt gave a connection: every host and
/// address tried, with its reason. Exit 7 when none answered (running the
/// command again may work), exit 1 when something must be set right.
fn none_answered(shown: &str, failures: &[(String, Failed)], timeout: Duration) -> Error {
    let tried: Vec<String> = failures
        .iter()
        .map(|(label, failed)| match failed {
            Failed::NoAnswer(reason) | Failed::Setup(reason) => format!("{label}: {reason}"),
        })
        .collect();
    let message = if tried.is_empty() {
        format!("cannot connect to {shown}: it names no host")
    } else {
        format!("cannot connect to {shown}: {}", tried.join("; "))
    };
    let to_set_right = failures
        .iter()
        .any(|(_, failed)| matches!(failed, Failed::Setup(_)));
    if to_set_right || failures.is_empty() {
        return Error::failure(message)
            .with_hint("check that the server runs and the URL names it (host, port, database)");
    }
    let read_only = failures.iter().all(|(_, failed)| {
        matches!(failed, Failed::NoAnswer(reason) if reason == "database does not allow writes")
    });
    let hint = if read_only {
        "every host is read-only (a standby): promote one, or name the primary in the URL"
            .to_string()
    } else {
        format!(
            "check that the server runs and the URL names it (host, port, database), then run the command again; \
             each host and address is given connect_timeout (here {}) to answer",
            humantime::format_duration(timeout)
        )
    };
    Error::new(Kind::Busy, message).with_hint(hint)
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Shuffles `items` (Fisher–Yates), with the standard library's random
/// hash keys as the source: enough to spread connections over hosts.
fn shuffle<T>(items: &mut [T]) {
    let state = RandomState::new();
    for i in (1..items.len()).rev() {
        let mut hasher = state.build_hasher();
        hasher.write_usize(i);
        let bound = u64::try_from(i + 1).unwrap_or(u64::MAX);
        let j = usize::try_from(hasher.finish() % bound).unwrap_or(0);
        items.swap(i, j);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn config(url: &str) -> Config {
        Config::from_str(url).unwrap()
    }

    #[test]
    fn each_host_is_paired_with_its_port_and_address_as_libpq_pairs_them() {
        let url = "postgresql://ann@db1:5433,%2Frun%2Fpg,db2/w";
        let found = hosts(&config(url), url).unwrap();
        assert_eq!(
            found,
            [
                Attempt {
                    host: Host::Tcp("db1".into()),
                    addr: None,
                    port: 5433
                },
                Attempt {
                    host: Host::Unix("/run/pg".into()),
                    addr: None,
                    port: 5432
                },
                Attempt {
                    host: Host::Tcp("db2".into()),
                    addr: None,
                    port: 5432
                },
            ]
        );
        let mut two = config("postgresql://ann@/w");
        two.host("db1")
            .host("db2")
            .hostaddr("10.0.0.1".parse().unwrap())
            .hostaddr("10.0.0.2".parse().unwrap())
            .port(6000);
        let found = hosts(&two, "").unwrap();
        assert_eq!(found[1].addr, Some("10.0.0.2".parse().unwrap()));
        assert_eq!(found[1].port, 6000);
        assert_eq!(found[1].label(), "db2:6000 at 10.0.0.2");
        // Counts that do not pair are a usage error.
        two.hostaddr("10.0.0.3".parse().unwrap());
        assert_eq!(hosts(&two, "").err().map(|e| e.kind), Some(Kind::Usage));
    }

    #[test]
    fn an_attempt_keeps_everything_but_the_other_hosts() {
        let url =
            "postgresql://ann@db1:5433,db2:5434/w?options=-csearch_path%3Ds&application_name=x\
                   &sslmode=require&connect_timeout=3&keepalives_idle=60&tcp_user_timeout=5\
                   &target_session_attrs=read-write&channel_binding=require&sslnegotiation=direct";
        let mut all = config(url);
        all.password("secret")
            .keepalives_interval(Duration::from_secs(7));
        all.keepalives_retries(4);
        let attempt = Attempt {
            host: Host::Tcp("db2".into()),
            addr: Some("10.0.0.2".parse().unwrap()),
            port: 5434,
        };
        let one = single(&all, &attempt);
        let mut expected = config(
            "postgresql://ann@db2:5434/w?options=-csearch_path%3Ds&application_name=x\
             &sslmode=require&connect_timeout=3&keepalives_idle=60&tcp_user_timeout=5\
             &target_session_attrs=read-write&channel_binding=require&sslnegotiation=direct\
             &hostaddr=10.0.0.2",
        );
        expected
            .password("secret")
            .keepalives_interval(Duration::from_secs(7));
        expected.keepalives_retries(4);
        assert_eq!(format!("{one:?}"), format!("{expected:?}"));
        assert_eq!(one.get_password(), Some(&b"secret"[..]));
        assert_eq!(
            one.get_ssl_negotiation(),
            postgres::config::SslNegotiation::Direct
        );
    }

    #[test]
    fn a_socket_goes_without_tls_but_a_socket_folder_sent_to_an_address_keeps_its_sslmode() {
        let all = config("postgresql://ann@%2Frun%2Fpg/w?sslmode=require");
        let socket = Attempt {
            host: Host::Unix("/run/pg".into()),
            addr: None,
            port: 5432,
        };
        assert_eq!(single(&all, &socket).get_ssl_mode(), SslMode::Disable);
        // The crate connects to the address over TCP: no plain text there.
        let sent = Attempt {
            addr: Some("10.0.0.5".parse().unwrap()),
            ..socket
        };
        assert_eq!(single(&all, &sent).get_ssl_mode(), SslMode::Require);
        // hostaddr alone: the address is the host, verified as such.
        let alone = config("postgresql://ann@/w?hostaddr=10.0.0.5&sslmode=require");
        let hosts = hosts(&alone, "x").unwrap();
        assert_eq!(hosts.len(), 1);
        assert_eq!(hosts[0].host, Host::Tcp("10.0.0.5".into()));
        assert_eq!(single(&alone, &hosts[0]).get_ssl_mode(), SslMode::Require);
    }

    #[test]
    fn a_name_is_tried_at_each_address_and_an_address_as_it_is() {
        let socket = Attempt {
            host: Host::Unix("/run/pg".into()),
            addr: None,
            port: 5432,
        };
        let to = Duration::from_secs(5);
        assert_eq!(
            addresses(&socket, to, false).ok().and_then(|a| a.ok()),
            Some(vec![socket.clone()])
        );
        let literal = Attempt {
            host: Host::Tcp("::1".into()),
            addr: None,
            port: 5432,
        };
        let tried = addresses(&literal, to, false).ok().and_then(|a| a.ok());
        assert_eq!(
            tried.as_ref().map(|a| a[0].label()),
            Some("[::1]:5432".into())
        );
        let local = Attempt {
            host: Host::Tcp("localhost".into()),
            addr: None,
            port: 5432,
        };
        let tried = addresses(&local, to, false)
            .ok()
            .and_then(|a| a.ok())
            .unwrap_or_default();
        assert!(!tried.is_empty());
        assert!(tried
            .iter()
            .all(|a| a.host == local.host && a.addr.is_some_and(|ip| ip.is_loopback())));
    }

    #[test]
    fn the_shuffle_keeps_every_item() {
        let mut items: Vec<u32> = (0..20).collect();
        shuffle(&mut items);
        let mut sorted = items.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..20).collect::<Vec<_>>());
    }

    #[test]
    fn no_answer_is_busy_and_a_setup_fault_is_a_failure() {
        let to = Duration::from_secs(2);
        let stalled = (
            "127.0.0.1:1".to_string(),
            Failed::NoAnswer("no answer within 2s".into()),
        );
        let refused = (
            "/run/pg/.s.PGSQL.5432".to_string(),
            Failed::NoAnswer("connection refused".into()),
        );
        let err = none_answered("postgresql://x", &[stalled, refused], to);
        assert_eq!(err.kind, Kind::Busy);
        assert_eq!(
            err.message,
            "cannot connect to postgresql://x: 127.0.0.1:1: no answer within 2s; /run/pg/.s.PGSQL.5432: connection refused"
        );
        let bad = (
            "db:5432 at 10.0.0.1".to_string(),
            Failed::Setup("error performing TLS handshake: invalid peer certificate".into()),
        );
        let stalled = (
            "127.0.0.1:1".to_string(),
            Failed::NoAnswer("no answer within 2s".into()),
        );
        assert_eq!(none_answered("u", &[stalled, bad], to).kind, Kind::Failure);
        let standby = (
            "a:1".to_string(),
            Failed::NoAnswer("database does not allow writes".into()),
        );
        let err = none_answered("u", &[standby], to);
        assert_eq!(err.kind, Kind::Busy);
        assert!(err.hint.unwrap_or_default().contains("read-only"));
    }
}
