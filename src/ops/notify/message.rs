//! The message itself: RFC 5322 headers, checked and never repaired, and
//! the body.

use super::*;

/// What every message of one run shares.
pub(super) struct Headers<'a> {
    pub(super) from: Option<&'a str>,
    /// For the Message-ID.
    pub(super) host: String,
}

/// This machine's host name for Message-IDs, or `localhost` when it has
/// none fit for a header.
pub(super) fn hostname() -> String {
    nix::unistd::gethostname()
        .ok()
        .and_then(|name| name.into_string().ok())
        .filter(|name| {
            !name.is_empty()
                && name.len() <= 253
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
        })
        .unwrap_or_else(|| "localhost".into())
}

/// Refuses a header value that could end the header early or smuggle in
/// another one (a planted `\nBcc: ...`).
fn check_header(what: &str, value: &str) -> std::result::Result<(), String> {
    if value.contains(['\r', '\n']) {
        return Err(format!("refused: the {what} contains a line break"));
    }
    if value.chars().any(char::is_control) {
        return Err(format!("refused: the {what} contains a control character"));
    }
    Ok(())
}

/// The RFC 5322 message for one notification, with LF line endings (what
/// sendmail reads on its standard input). Headers are checked, never
/// repaired: an unsafe message is refused whole.
pub(super) fn compose(message: &Claimed, header: &Headers) -> std::result::Result<String, String> {
    check_header("recipient", &message.recipient)?;
    crate::names::validate_email(&message.recipient)
        .map_err(|e| format!("refused: {}", e.message))?;
    check_header("subject", &message.subject)?;
    if !message.subject.is_ascii() {
        // Non-ASCII would need RFC 2047 encoded words; warden's own
        // subjects are ASCII, so anything else was planted.
        return Err("refused: the subject is not ASCII".into());
    }
    let created = crate::time::from_unix(message.created_at).map_err(|e| e.message)?;
    let mut text = String::with_capacity(message.body.len() + 512);
    if let Some(from) = header.from {
        check_header("sender", from)?;
        text.push_str(&format!("From: {from}\n"));
    }
    text.push_str(&format!("To: {}\n", message.recipient));
    text.push_str(&format!("Subject: {}\n", message.subject));
    text.push_str(&format!("Date: {}\n", created.to_rfc2822()));
    text.push_str(&format!(
        "Message-ID: <warden-{}-{}@{}>\n",
        message.id, message.created_at, header.host
    ));
    text.push_str("MIME-Version: 1.0\n");
    text.push_str("Content-Type: text/plain; charset=utf-8\n");
    text.push_str("Content-Transfer-Encoding: 8bit\n");
    text.push_str("Auto-Submitted: auto-generated\n");
    for (name, at) in &message.times {
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return Err("refused: a time header has an unsafe name".into());
        }
        let at = crate::time::from_unix(*at).map_err(|e| e.message)?;
        text.push_str(&format!("X-Warden-{name}: {}\n", crate::time::rfc3339(at)));
    }
    text.push('\n');
    let body = message.body.replace("\r\n", "\n").replace('\r', "\n");
    text.push_str(&body);
    if !body.ends_with('\n') {
        text.push('\n');
    }
    Ok(text)
}
