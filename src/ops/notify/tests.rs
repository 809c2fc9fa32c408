use super::command::{first_line, ERROR_CHARS};
use super::message::{compose, Headers};
use super::*;

fn claimed(recipient: &str, subject: &str, body: &str) -> Claimed {
    Claimed {
        id: 7,
        recipient: recipient.into(),
        subject: subject.into(),
        body: body.into(),
        created_at: 1_772_366_400, // 2026-03-01T12:00:00Z
        times: Vec::new(),
    }
}

fn headers(from: Option<&str>) -> Headers<'_> {
    Headers {
        from,
        host: "mail.example".into(),
    }
}

#[test]
fn a_message_has_the_headers_a_blank_line_and_the_body() {
    let text = compose(
        &claimed("ana@example.com", "Hello", "line one\r\nline two"),
        &headers(Some("ops@example.com")),
    );
    assert_eq!(
        text.as_deref(),
        Ok("From: ops@example.com\n\
            To: ana@example.com\n\
            Subject: Hello\n\
            Date: Sun, 1 Mar 2026 12:00:00 +0000\n\
            Message-ID: <warden-7-1772366400@mail.example>\n\
            MIME-Version: 1.0\n\
            Content-Type: text/plain; charset=utf-8\n\
            Content-Transfer-Encoding: 8bit\n\
            Auto-Submitted: auto-generated\n\
            \n\
            line one\n\
            line two\n")
    );
    let without_from = compose(&claimed("ana@example.com", "Hello", "x\n"), &headers(None));
    assert!(without_from.is_ok_and(|t| t.starts_with("To: ")));
}

#[test]
fn times_become_utc_headers_and_an_unsafe_name_is_refused() {
    let mut message = claimed("ana@example.com", "Hello", "x\n");
    message.times = vec![("Ends-At".into(), 1_772_409_600)];
    let text = compose(&message, &headers(None)).unwrap_or_default();
    assert!(
        text.contains(
            "Auto-Submitted: auto-generated\nX-Warden-Ends-At: 2026-03-02T00:00:00Z\n\nx\n"
        ),
        "{text}"
    );
    for name in ["", "Ends At", "Ends-At\nBcc: eve@example.com", "Ends:At"] {
        message.times = vec![(name.into(), 1_772_409_600)];
        let err = compose(&message, &headers(None)).err();
        assert_eq!(
            err.as_deref(),
            Some("refused: a time header has an unsafe name"),
            "{name:?}"
        );
    }
}

#[test]
fn unsafe_headers_are_refused() {
    let cases = [
        (
            "ana@example.com\nBcc: eve@example.com",
            "Hello",
            "recipient contains a line break",
        ),
        (
            "ana@example.com",
            "Hello\r\nBcc: eve@example.com",
            "subject contains a line break",
        ),
        (
            "ana@example.com",
            "Hello\u{7}",
            "subject contains a control character",
        ),
        ("ana@example.com", "Grüße", "subject is not ASCII"),
        ("not an address", "Hello", "invalid e-mail address"),
    ];
    for (to, subject, why) in cases {
        let err = compose(&claimed(to, subject, "body\n"), &headers(None)).err();
        assert!(
            err.as_deref().is_some_and(|e| e.contains(why)),
            "{to:?} {subject:?}: {err:?}"
        );
    }
}

#[test]
fn stderr_is_reduced_to_one_escaped_clipped_line() {
    assert_eq!(first_line(b""), None);
    assert_eq!(
        first_line(b"\n  queue full\x1b[2J \nmore\n").as_deref(),
        Some("queue full\\u{001b}[2J")
    );
    let long = first_line("é".repeat(500).as_bytes()).unwrap_or_default();
    assert_eq!(long.chars().count(), ERROR_CHARS);
    assert!(long.ends_with("..."));
}
