//! From a `postgres://` location to an open connection: the URL read by the
//! `postgres` crate, a password refused when the URL carries one and
//! looked up in the password file instead, TLS through rustls, the URL as
//! it may be shown (without secrets), and as libpq's programs should be
//! given it (verifying the server as warden does).

use std::fs;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;

use postgres::config::{Host, SslMode};
use postgres::Config;

use crate::error::Error;

/// Whether a database location names a PostgreSQL server.
pub fn is_url(location: &str) -> bool {
    location.starts_with("postgres://") || location.starts_with("postgresql://")
}

/// A URL without its password (in the user part or a `password=`
/// parameter), safe for messages and `db info`. The user part runs to the
/// first `@`, as the `postgres` crate reads it, so a password holding `/`
/// or `?` is masked too; parameter names are compared decoded.
pub fn redact(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let rest = match rest.split_once('@') {
        Some((userinfo, after)) => match userinfo.split_once(':') {
            Some((user, _)) => format!("{user}:***@{after}"),
            None => rest.to_string(),
        },
        None => rest.to_string(),
    };
    let (path, query) = match rest.split_once('?') {
        Some((path, query)) => (path, Some(query)),
        None => (rest.as_str(), None),
    };
    let Some(query) = query else {
        return format!("{scheme}://{path}");
    };
    let query: Vec<String> = query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((key, _)) if percent_decode(key) == "password" => format!("{key}=***"),
            _ => pair.to_string(),
        })
        .collect();
    format!("{scheme}://{path}?{}", query.join("&"))
}

/// The parameters warden reads itself and keeps from the `postgres`
/// crate, which refuses names it does not know.
struct Own {
    /// A file of extra certificate authorities to trust for TLS.
    root_cert: Option<PathBuf>,
    /// This client's certificate and private key, for servers that
    /// authenticate by certificate.
    client_cert: Option<PathBuf>,
    client_key: Option<PathBuf>,
    /// Whether the URL chose `sslmode` itself.
    ssl_mode_given: bool,
}

/// Takes warden's own parameters out of the query string.
fn split_own(url: &str) -> (String, Own) {
    let mut own = Own {
        root_cert: None,
        client_cert: None,
        client_key: None,
        ssl_mode_given: false,
    };
    let Some((base, query)) = url.split_once('?') else {
        return (url.to_string(), own);
    };
    let mut kept = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        // Keys compared as the crate and libpq read them: decoded.
        match percent_decode(key).as_str() {
            "sslrootcert" => own.root_cert = Some(PathBuf::from(percent_decode(value))),
            "sslcert" => own.client_cert = Some(PathBuf::from(percent_decode(value))),
            "sslkey" => own.client_key = Some(PathBuf::from(percent_decode(value))),
            "sslmode" => {
                own.ssl_mode_given = true;
                // libpq's stronger modes: with rustls, TLS always verifies
                // the certificate and the host name, so `require` here is
                // libpq's verify-full (and more than verify-ca).
                match percent_decode(value).as_str() {
                    "verify-full" | "verify-ca" => kept.push("sslmode=require"),
                    _ => kept.push(pair),
                }
            }
            _ => kept.push(pair),
        }
    }
    if kept.is_empty() {
        (base.to_string(), own)
    } else {
        (format!("{base}?{}", kept.join("&")), own)
    }
}

fn percent_decode(text: &str) -> String {
    percent_encoding::percent_decode_str(text)
        .decode_utf8_lossy()
        .into_owned()
}

fn is_loopback(host: &Host) -> bool {
    match host {
        Host::Unix(_) => true,
        Host::Tcp(name) => {
            name == "localhost"
                || name
                    .trim_matches(['[', ']'])
                    .parse::<std::net::IpAddr>()
                    .is_ok_and(|ip| ip.is_loopback())
        }
    }
}

/// Whether every host of a URL is on this machine (and the URL reads).
pub fn is_local(url: &str) -> bool {
    let (crate_url, _) = split_own(url);
    Config::from_str(&crate_url).is_ok_and(|config| local(&config))
}

/// Whether the crate connects only on this machine: every host, and
/// every `hostaddr` (where it really connects when one is given).
fn local(config: &Config) -> bool {
    config.get_hosts().iter().all(is_loopback)
        && config.get_hostaddrs().iter().all(|ip| ip.is_loopback())
}

/// The URL as libpq's programs (`pg_dump`) should be given it: asking for
/// at least what warden enforces. Whenever warden uses TLS (off this
/// machine unless the URL says `sslmode=disable` or `prefer`, which it
/// chose knowingly; on this machine when the URL asks for it), it
/// verifies the server's certificate and host name, so libpq is asked
/// for `sslmode=verify-full` with the same roots: the URL's
/// `sslrootcert`, else the system's bundle that warden trusted. Anything
/// else in the URL (`sslcert`, `sslkey`, hosts, options) is kept.
pub fn for_libpq(url: &str) -> String {
    for_libpq_with(url, system_roots().as_deref())
}

fn for_libpq_with(url: &str, system_roots: Option<&Path>) -> String {
    let (base, query) = url.split_once('?').unwrap_or((url, ""));
    let pairs: Vec<&str> = query.split('&').filter(|p| !p.is_empty()).collect();
    let key = |pair: &str| percent_decode(pair.split_once('=').map_or(pair, |(key, _)| key));
    let mode = pairs
        .iter()
        .find(|pair| key(pair) == "sslmode")
        .map(|pair| percent_decode(pair.split_once('=').map_or("", |(_, value)| value)));
    // Where warden went without TLS (or only if offered), so may libpq.
    if matches!(mode.as_deref(), Some("disable" | "prefer")) || (mode.is_none() && is_local(url)) {
        return url.to_string();
    }
    let mut kept: Vec<String> = pairs
        .iter()
        .map(|pair| match key(pair).as_str() {
            "sslmode" => "sslmode=verify-full".to_string(),
            _ => pair.to_string(),
        })
        .collect();
    if mode.is_none() {
        kept.push("sslmode=verify-full".to_string());
    }
    if !pairs.iter().any(|pair| key(pair) == "sslrootcert") {
        if let Some(file) = system_roots {
            kept.push(format!("sslrootcert={}", encode(&file.to_string_lossy())));
        }
    }
    format!("{base}?{}", kept.join("&"))
}

/// The file of certificate authorities the system trusts, as warden reads
/// them (`SSL_CERT_FILE`, else the distribution's bundle): named in full
/// for libpq, whose `sslrootcert=system` pg_dump 15 does not understand.
fn system_roots() -> Option<PathBuf> {
    if let Some(file) = std::env::var_os("SSL_CERT_FILE").filter(|f| !f.is_empty()) {
        return Some(PathBuf::from(file));
    }
    [
        // Debian, Ubuntu, Alpine
        "/etc/ssl/certs/ca-certificates.crt",
        // RHEL, Fedora
        "/etc/pki/tls/certs/ca-bundle.crt",
        "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
        // openSUSE
        "/etc/ssl/ca-bundle.pem",
    ]
    .iter()
    .map(PathBuf::from)
    .find(|file| file.is_file())
}

/// A value for a URL's query string.
fn encode(text: &str) -> String {
    const KEEP: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'/')
        .remove(b'.')
        .remove(b'-')
        .remove(b'_')
        .remove(b'~');
    percent_encoding::utf8_percent_encode(text, KEEP).to_string()
}

/// A connection target, read and checked, not yet connected.
pub struct Target {
    config: Config,
    own: Own,
    /// The URL as it may be shown.
    pub shown: String,
}

/// Reads a `postgres://` URL. A password in it is a usage error (exit 2),
/// as a password on the command line is.
pub fn parse(url: &str) -> Result<Target, Error> {
    let shown = redact(url);
    let (crate_url, own) = split_own(url);
    let mut config = Config::from_str(&crate_url).map_err(|e| {
        Error::usage(format!("cannot read the database URL {shown}: {e}")).with_hint(
            "the form is postgresql://USER@HOST:PORT/DATABASE?sslmode=require (see man warden-postgres)",
        )
    })?;
    if config.get_password().is_some() {
        // Not even the redacted URL: the password's own characters could
        // be read as something else.
        return Err(Error::usage(
            "the database URL holds a password, which other users could read in the process list and shell history",
        )
        .with_hint("remove it from the URL and put it in ~/.pgpass (mode 0600) or the file PGPASSFILE names"));
    }
    // No host is the local socket, as with libpq; but with hostaddr alone
    // the connection goes there, and TLS verifies that address.
    if config.get_hosts().is_empty() && config.get_hostaddrs().is_empty() {
        config.host_path("/var/run/postgresql");
    }
    if config.get_user().is_none() {
        if let Some(user) = nix::unistd::User::from_uid(nix::unistd::getuid())
            .ok()
            .flatten()
        {
            config.user(&user.name);
        }
    }
    if !own.ssl_mode_given {
        // A server on this machine is reached without TLS; any other
        // must offer it, or the password would cross the network bare.
        config.ssl_mode(if local(&config) {
            SslMode::Disable
        } else {
            SslMode::Require
        });
    }
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(super::connect::DEFAULT_TIMEOUT);
    }
    config.application_name("warden");
    Ok(Target { config, own, shown })
}

impl Target {
    /// Looks the password up in `password_file` (libpq's format), when
    /// one is given, then connects to the first host that answers (see
    /// [`super::connect`]).
    pub fn connect(
        mut self,
        password_file: Option<&Path>,
    ) -> Result<(postgres::Client, String), Error> {
        if let Some(file) = password_file {
            if let Some(password) = password_for(&self.config, file)? {
                self.config.password(password);
            }
        }
        let tls = self.tls()?;
        let client = super::connect::first_answering(&self.config, &tls, &self.shown)?;
        Ok((client, self.shown))
    }

    fn tls(&self) -> Result<tokio_postgres_rustls_improved::MakeRustlsConnect, Error> {
        let mut roots = rustls::RootCertStore::empty();
        if self.config.get_ssl_mode() != SslMode::Disable {
            let found = rustls_native_certs::load_native_certs();
            roots.add_parsable_certificates(found.certs);
            if let Some(file) = &self.own.root_cert {
                use rustls::pki_types::pem::PemObject;
                let certs = rustls::pki_types::CertificateDer::pem_file_iter(file)
                    .and_then(|certs| certs.collect::<Result<Vec<_>, _>>())
                    .map_err(|e| {
                        Error::usage(format!(
                            "cannot read the certificates in {}: {e}",
                            file.display()
                        ))
                    })?;
                roots.add_parsable_certificates(certs);
            }
        }
        let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
        let builder = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| Error::failure(format!("cannot set up TLS: {e}")))?
            .with_root_certificates(roots);
        let config = match (&self.own.client_cert, &self.own.client_key) {
            (None, None) => builder.with_no_client_auth(),
            (Some(cert), Some(key)) => {
                let (chain, key) = client_identity(cert, key)?;
                builder
                    .with_client_auth_cert(chain, key)
                    .map_err(|e| Error::usage(format!("cannot use the client certificate: {e}")))?
            }
            _ => {
                return Err(Error::usage(
                    "sslcert and sslkey go together: give both, or neither",
                ))
            }
        };
        Ok(tokio_postgres_rustls_improved::MakeRustlsConnect::new(
            config,
        ))
    }
}

/// This client's certificate chain and private key (PEM files). A key that
/// group or others can read is refused, as libpq refuses it.
fn client_identity(
    cert: &Path,
    key: &Path,
) -> Result<
    (
        Vec<rustls::pki_types::CertificateDer<'static>>,
        rustls::pki_types::PrivateKeyDer<'static>,
    ),
    Error,
> {
    use rustls::pki_types::pem::PemObject;
    let mode = fs::metadata(key)
        .map_err(|e| Error::io(format!("cannot read {}", key.display()), &e))?
        .mode();
    if mode & 0o077 != 0 {
        return Err(Error::failure(format!(
            "the private key {} can be read by group or others (mode {:04o}): refusing to use it",
            key.display(),
            mode & 0o777
        ))
        .with_hint(format!("run `chmod 600 {}`", key.display())));
    }
    let chain = rustls::pki_types::CertificateDer::pem_file_iter(cert)
        .and_then(|certs| certs.collect::<Result<Vec<_>, _>>())
        .map_err(|e| {
            Error::usage(format!(
                "cannot read the certificate {}: {e}",
                cert.display()
            ))
        })?;
    let key = rustls::pki_types::PrivateKeyDer::from_pem_file(key).map_err(|e| {
        Error::usage(format!(
            "cannot read the private key {}: {e}",
            key.display()
        ))
    })?;
    Ok((chain, key))
}

/// The password file libpq would read: `PGPASSFILE`, else `~/.pgpass`.
/// The command line's choice; the library uses the file it is given.
pub fn password_file_from_env() -> Option<PathBuf> {
    match std::env::var_os("PGPASSFILE") {
        Some(file) if !file.is_empty() => Some(PathBuf::from(file)),
        _ => std::env::var_os("HOME").map(|home| Path::new(&home).join(".pgpass")),
    }
}

/// The password for the first host the file has one for. A password file
/// that others can read is refused rather than used: the passwords in it
/// may already be known.
fn password_for(config: &Config, file: &Path) -> Result<Option<String>, Error> {
    let meta = match fs::metadata(file) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::io(format!("cannot read {}", file.display()), &e)),
    };
    if meta.mode() & 0o077 != 0 {
        return Err(Error::failure(format!(
            "the password file {} can be read by group or others (mode {:04o}): refusing to use it",
            file.display(),
            meta.mode() & 0o777
        ))
        .with_hint(format!("run `chmod 600 {}`", file.display())));
    }
    if !meta.is_file() {
        return Err(Error::failure(format!(
            "the password file {} is not a regular file",
            file.display()
        )));
    }
    let text = fs::read_to_string(file)
        .map_err(|e| Error::io(format!("cannot read {}", file.display()), &e))?;
    let user = config.get_user().unwrap_or_default();
    let database = config.get_dbname().unwrap_or(user);
    let ports = config.get_ports();
    let hostaddrs = config.get_hostaddrs();
    // The crate sends one password to whichever host answers: use the
    // file only when it gives every host the same one, so that no host
    // receives another's password.
    let mut found: Option<Option<String>> = None;
    for (i, host) in config.get_hosts().iter().enumerate() {
        let port = ports
            .get(i)
            .or_else(|| ports.first())
            .copied()
            .unwrap_or(5432);
        let host = match (host, hostaddrs.get(i)) {
            // libpq's rule: a socket connection matches "localhost".
            (Host::Unix(_), None) => "localhost".to_string(),
            (Host::Unix(_), Some(ip)) => ip.to_string(),
            (Host::Tcp(name), _) => name.clone(),
        };
        let password = lookup(&text, &host, port, database, user);
        match &found {
            None => found = Some(password),
            Some(first) if *first == password => {}
            Some(_) => {
                return Err(Error::failure(format!(
                    "the password file {} gives the hosts of the database URL different passwords (or some none), and one password goes to whichever host answers",
                    file.display()
                ))
                .with_hint("give every host of the URL the same password, or one line for all of them with * as the host"))
            }
        }
    }
    Ok(found.flatten())
}

/// Finds the first line of a password file that matches, in libpq's
/// format: `host:port:database:user:password`, `*` matching anything,
/// `\:` and `\\` escaped.
pub fn lookup(text: &str, host: &str, port: u16, database: &str, user: &str) -> Option<String> {
    let port = port.to_string();
    for line in text.lines() {
        if line.trim_start().starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let fields = split_fields(line);
        let [h, p, d, u, password] = fields.as_slice() else {
            continue;
        };
        let matches = |field: &String, value: &str| field == "*" || field == value;
        if matches(h, host) && matches(p, &port) && matches(d, database) && matches(u, user) {
            return Some(password.clone());
        }
    }
    None
}

fn split_fields(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let (Some(next), Some(field)) = (chars.next(), fields.last_mut()) {
                    field.push(next);
                }
            }
            ':' if fields.len() < 5 => fields.push(String::new()),
            c => {
                if let Some(field) = fields.last_mut() {
                    field.push(c);
                }
            }
        }
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redaction_removes_every_password() {
        assert_eq!(
            redact("postgres://ann:s3cret@db1,db2:5433/warden?sslmode=require"),
            "postgres://ann:***@db1,db2:5433/warden?sslmode=require"
        );
        assert_eq!(
            redact("postgresql://ann@db/w?password=s3cret&sslmode=disable"),
            "postgresql://ann@db/w?password=***&sslmode=disable"
        );
        // The crate reads the user part up to the first `@`.
        assert_eq!(
            redact("postgres://ann:pa/ss@db/w"),
            "postgres://ann:***@db/w"
        );
        assert_eq!(
            redact("postgres://ann:pa?ss@db/w"),
            "postgres://ann:***@db/w"
        );
        assert_eq!(
            redact("postgres://ann@db/w?pass%77ord=s3cret"),
            "postgres://ann@db/w?pass%77ord=***"
        );
        assert_eq!(redact("postgresql:///w"), "postgresql:///w");
    }

    #[test]
    fn a_password_in_the_url_is_a_usage_error_that_does_not_echo_it() {
        for url in [
            "postgres://ann:s3cret@db/warden",
            "postgresql://ann@db/warden?password=s3cret",
            "postgres://ann:s3/cret@db/warden",
            "postgres://ann:s3?cret@db/warden",
        ] {
            let err = parse(url).err().map(|e| (e.kind, e.message));
            let (kind, message) = err.unwrap_or((crate::error::Kind::Failure, String::new()));
            assert_eq!(kind, crate::error::Kind::Usage, "{url}");
            assert!(!message.contains("s3cret"), "{message}");
        }
    }

    #[test]
    fn tls_is_required_off_this_machine_unless_the_url_says() {
        let mode = |url: &str| parse(url).map(|t| t.config.get_ssl_mode()).ok();
        assert_eq!(
            mode("postgres://ann@db.example.org/w"),
            Some(SslMode::Require)
        );
        assert_eq!(mode("postgres://ann@127.0.0.1/w"), Some(SslMode::Disable));
        assert_eq!(mode("postgres://ann@localhost/w"), Some(SslMode::Disable));
        assert_eq!(mode("postgres://ann@%2Ftmp%2Fs/w"), Some(SslMode::Disable));
        // Where the crate really connects decides.
        assert_eq!(
            mode("postgresql:///w?hostaddr=203.0.113.5"),
            Some(SslMode::Require)
        );
        assert_eq!(
            mode("postgres://ann@localhost/w?hostaddr=203.0.113.5"),
            Some(SslMode::Require)
        );
        assert_eq!(
            mode("postgres://ann@db.example.org/w?sslmode=disable"),
            Some(SslMode::Disable)
        );
        assert_eq!(
            mode("postgres://ann@db.example.org/w?sslrootcert=/etc/ca.pem&sslmode=prefer"),
            Some(SslMode::Prefer)
        );
    }

    #[test]
    fn libpq_spellings_of_verified_tls_read_as_require() {
        let mode = |url: &str| parse(url).map(|t| t.config.get_ssl_mode()).ok();
        for url in [
            "postgres://ann@db.example.org/w?sslmode=verify-full",
            "postgres://ann@db.example.org/w?sslmode=verify-ca&sslrootcert=/etc/ca.pem",
            "postgres://ann@db1,db2/w?target_session_attrs=read-write&sslmode=verify-full",
        ] {
            assert_eq!(mode(url), Some(SslMode::Require), "{url}");
        }
        // The root file stays warden's, and the rest reaches the crate.
        let target = parse(
            "postgres://ann@db/w?sslmode=verify-full&sslrootcert=/etc/ca.pem&connect_timeout=3",
        );
        let target = target.ok();
        assert_eq!(
            target.as_ref().and_then(|t| t.own.root_cert.clone()),
            Some(PathBuf::from("/etc/ca.pem"))
        );
        assert_eq!(
            target.and_then(|t| t.config.get_connect_timeout().copied()),
            Some(std::time::Duration::from_secs(3))
        );
        let err = parse("postgres://ann@db/w?sslmode=verify-everything").err();
        assert_eq!(err.map(|e| e.kind), Some(crate::error::Kind::Usage));
        assert!(is_local("postgres://ann@localhost/w?sslmode=verify-full"));
    }

    #[test]
    fn pg_dump_is_asked_to_verify_the_server_as_warden_does() {
        let bundle = Path::new("/etc/ssl/certs/ca-certificates.crt");
        let libpq = |url: &str| for_libpq_with(url, Some(bundle));
        let system = "sslrootcert=/etc/ssl/certs/ca-certificates.crt";
        // require, verify-ca and no sslmode off this machine: verify-full,
        // against the system's roots when the URL names none.
        assert_eq!(
            libpq("postgresql://warden@db1:5432,db2:5432/warden?target_session_attrs=read-write&sslmode=require"),
            format!("postgresql://warden@db1:5432,db2:5432/warden?target_session_attrs=read-write&sslmode=verify-full&{system}")
        );
        assert_eq!(
            libpq("postgresql://warden@db/warden"),
            format!("postgresql://warden@db/warden?sslmode=verify-full&{system}")
        );
        assert_eq!(
            libpq("postgresql://warden@db/warden?sslmode=verify-ca&sslrootcert=/etc/warden/ca.pem"),
            "postgresql://warden@db/warden?sslmode=verify-full&sslrootcert=/etc/warden/ca.pem"
        );
        assert_eq!(
            libpq(
                "postgresql://warden@db/warden?sslmode=verify-full&sslrootcert=/etc/warden/ca.pem"
            ),
            "postgresql://warden@db/warden?sslmode=verify-full&sslrootcert=/etc/warden/ca.pem"
        );
        // The client certificate and key stay.
        assert_eq!(
            libpq("postgresql://warden@db/warden?sslmode=require&sslcert=/etc/warden/c.pem&sslkey=/etc/warden/c.key"),
            format!("postgresql://warden@db/warden?sslmode=verify-full&sslcert=/etc/warden/c.pem&sslkey=/etc/warden/c.key&{system}")
        );
        // A name that is not this machine's, reached at a loopback address.
        assert_eq!(
            libpq("postgresql://warden@db.example.org/warden?hostaddr=127.0.0.1"),
            format!("postgresql://warden@db.example.org/warden?hostaddr=127.0.0.1&sslmode=verify-full&{system}")
        );
        // A bundle path is encoded for the query string.
        assert_eq!(
            for_libpq_with(
                "postgresql://w@db/w",
                Some(Path::new("/opt/my certs/ca&more.pem"))
            ),
            "postgresql://w@db/w?sslmode=verify-full&sslrootcert=/opt/my%20certs/ca%26more.pem"
        );
        // Without a bundle, libpq's own default root file (verify-full
        // still refuses what it cannot verify).
        assert_eq!(
            for_libpq_with("postgresql://w@db/w?sslmode=require", None),
            "postgresql://w@db/w?sslmode=verify-full"
        );
        // On this machine, asked for TLS: warden verified it, so libpq is
        // asked to, or a local user who takes the port while the server
        // restarts would be sent the password.
        assert_eq!(
            libpq("postgresql://warden@localhost:5432/warden?sslmode=require"),
            format!("postgresql://warden@localhost:5432/warden?sslmode=verify-full&{system}")
        );
        // A key spelt with escapes is the key libpq reads.
        assert_eq!(
            libpq("postgresql://warden@db/warden?ssl%6Dode=require"),
            format!("postgresql://warden@db/warden?sslmode=verify-full&{system}")
        );
        // As today: sslmode=disable (and prefer, chosen knowingly), and
        // servers on this machine, where warden goes without TLS.
        for same in [
            "postgresql://warden@db/warden?sslmode=disable",
            "postgresql://warden@db/warden?ssl%6Dode=disable",
            "postgresql://warden@db/warden?sslmode=prefer",
            "postgresql:///warden",
            "postgresql://warden@%2Fvar%2Frun%2Fpostgresql/warden",
            "postgresql://warden@127.0.0.1,[::1]/warden",
        ] {
            assert_eq!(libpq(same), same);
        }
    }

    #[test]
    fn an_escaped_sslmode_is_read_as_the_crate_and_libpq_read_it() {
        let mode = |url: &str| parse(url).map(|t| t.config.get_ssl_mode()).ok();
        assert_eq!(
            mode("postgres://ann@db.example.org/w?ssl%6Dode=disable"),
            Some(SslMode::Disable)
        );
        assert_eq!(
            mode("postgres://ann@db.example.org/w?ssl%6Dode=verify-full"),
            Some(SslMode::Require)
        );
    }

    #[test]
    fn hostaddr_alone_goes_over_tcp_with_tls_verified_against_the_address() {
        let target = parse("postgresql://warden@/warden?hostaddr=10.0.0.5").ok();
        let config = target.map(|t| t.config);
        assert_eq!(config.as_ref().map(|c| c.get_hosts().len()), Some(0));
        assert_eq!(config.map(|c| c.get_ssl_mode()), Some(SslMode::Require));
    }

    #[test]
    fn the_password_file_matches_as_libpq_does() {
        let file = "# comment\n\
                    other:5432:*:ann:wrong\n\
                    db1:5432:warden:ann:pa\\:ss\n\
                    *:*:*:*:fallback\n";
        assert_eq!(
            lookup(file, "db1", 5432, "warden", "ann").as_deref(),
            Some("pa:ss")
        );
        assert_eq!(
            lookup(file, "db2", 5432, "warden", "ann").as_deref(),
            Some("fallback")
        );
        assert_eq!(
            lookup("db1:5432:warden:ann\n", "db1", 5432, "warden", "ann"),
            None
        );
    }
}
