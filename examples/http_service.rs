//! A small HTTP service that embeds warden: one `Warden` handle shared by
//! the server's worker threads, each request answered from its typed
//! decision. Built by `cargo test`; to try it:
//!
//!     warden init
//!     cargo run --example http_service -- ~/.local/share/warden/warden.db 127.0.0.1:8080
//!     curl -d 'user=admin&password=...' http://127.0.0.1:8080/login
//!     curl 'http://127.0.0.1:8080/can?user=admin&permission=accounts.read&account=root'
//!
//! Logins: `POST /login` with a form body (`user`, `password`), the client
//! address taken from the connection, never from a header. Questions:
//! `GET /can?user=..&permission=..[&account=..]`. The server here is
//! synchronous (tiny_http) and calls warden directly on its threads; an
//! async server calls it inside `spawn_blocking`, since a login spends
//! tens of milliseconds in argon2.

use std::io::Read;
use std::sync::Arc;

use tiny_http::{Header, Method, Request, Response, Server};
use warden::{Decision, Kind, Reason, Warden};

/// At most this many bytes of a login form are read.
const MAX_FORM: u64 = 4096;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(db), Some(listen)) = (args.next(), args.next()) else {
        eprintln!("usage: http_service DATABASE ADDRESS:PORT");
        std::process::exit(2);
    };
    let warden = Warden::builder(&db).actor("portal").open()?;
    for warning in warden.warnings() {
        eprintln!("warning: {warning}");
    }
    let server = Arc::new(Server::http(&listen).map_err(|e| e.to_string())?);
    let workers: Vec<_> = (0..4)
        .map(|_| {
            let (server, warden) = (Arc::clone(&server), warden.clone());
            std::thread::spawn(move || {
                while let Ok(mut request) = server.recv() {
                    let mut view = request_view(&request);
                    if view.method == Method::Post {
                        read_form(&mut request, &mut view);
                    }
                    let (status, body, retry) = handle(&warden, &view);
                    let mut response = Response::from_string(body).with_status_code(status);
                    if retry {
                        if let Ok(header) = Header::from_bytes(&b"Retry-After"[..], &b"1"[..]) {
                            response = response.with_header(header);
                        }
                    }
                    let _ = request.respond(response);
                }
            })
        })
        .collect();
    for worker in workers {
        let _ = worker.join();
    }
    Ok(())
}

/// What a handler needs of a request, read once.
struct View {
    method: Method,
    path: String,
    query: Vec<(String, String)>,
    form: Vec<(String, String)>,
    client: Option<std::net::IpAddr>,
}

fn request_view(request: &Request) -> View {
    let (path, query) = match request.url().split_once('?') {
        Some((path, query)) => (path.to_string(), pairs(query)),
        None => (request.url().to_string(), Vec::new()),
    };
    View {
        method: request.method().clone(),
        path,
        query,
        form: Vec::new(),
        client: request.remote_addr().map(|a| a.ip()),
    }
}

/// `key=value&...`, with `+` and `%XX` decoded.
fn pairs(text: &str) -> Vec<(String, String)> {
    text.split('&')
        .filter_map(|pair| pair.split_once('='))
        .map(|(k, v)| (decode(k), decode(v)))
        .collect()
}

fn decode(text: &str) -> String {
    let bytes = text.replace('+', " ").into_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn get<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// The answer to one request: status, body, and whether to ask the client
/// to retry shortly.
fn handle(warden: &Warden, view: &View) -> (u16, String, bool) {
    let answer = match (&view.method, view.path.as_str()) {
        (Method::Post, "/login") => {
            let (Some(user), Some(password)) =
                (get(&view.form, "user"), get(&view.form, "password"))
            else {
                return (400, "user and password are required\n".into(), false);
            };
            warden.verify(user, password, view.client).map(login_status)
        }
        (Method::Get, "/can") => {
            let (Some(user), Some(permission)) =
                (get(&view.query, "user"), get(&view.query, "permission"))
            else {
                return (400, "user and permission are required\n".into(), false);
            };
            warden
                .can(user, permission, get(&view.query, "account"))
                .map(question_status)
        }
        _ => return (404, "not found\n".into(), false),
    };
    match answer {
        Ok((status, decision)) => (status, format!("{}\n", decision.reason), false),
        // The lock stayed taken past the busy timeout: try again soon.
        Err(e) if e.kind == Kind::Busy => (503, "busy, try again\n".into(), true),
        Err(e) if e.kind == Kind::Usage => (400, format!("{}\n", e.message), false),
        Err(e) => {
            eprintln!("error: {e}");
            (500, "internal error\n".into(), false)
        }
    }
}

/// A login's status: who is refused learns only what a login prompt
/// would tell them.
fn login_status(decision: Decision) -> (u16, Decision) {
    let status = match decision.code {
        Reason::PasswordAccepted => 200,
        Reason::Locked { .. } => 429,
        Reason::BadCredentials => 401,
        // Disabled, expired, address not allowed, no active window, and
        // whatever later versions add.
        _ => 403,
    };
    (status, decision)
}

fn question_status(decision: Decision) -> (u16, Decision) {
    let status = match decision.code {
        _ if decision.allowed => 200,
        Reason::UnknownUser | Reason::UnknownAccount => 404,
        _ => 403,
    };
    (status, decision)
}

/// Reads a login form into the view, bounded.
fn read_form(request: &mut Request, view: &mut View) {
    let mut body = String::new();
    if request
        .as_reader()
        .take(MAX_FORM)
        .read_to_string(&mut body)
        .is_ok()
    {
        view.form = pairs(&body);
    }
}
