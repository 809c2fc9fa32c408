//! Plain text that knows no warden concept: one inert line from any
//! string, and a few names out of many. The renderer escapes everything it
//! prints with [`escape`]; below it, only the notifier uses it, to keep a
//! foreign program's error output as one stored line.

use std::fmt::Write as _;

/// Escapes control characters (and the Unicode direction overrides) so the
/// text prints as one inert line.
pub fn escape(text: &str) -> String {
    if !text.chars().any(needs_escape) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if needs_escape(c) => {
                let _ = write!(out, "\\u{{{:04x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

pub fn needs_escape(c: char) -> bool {
    // Controls, bidirectional overrides, and the zero-width characters
    // that make two different names print the same.
    c.is_control()
        || matches!(
            c,
            '\u{200b}'..='\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2060}'
                | '\u{2066}'..='\u{2069}'
                | '\u{feff}'
        )
}

/// Names for a status line: the first `max` joined by commas, then how
/// many more there are ("a, b, c and 17 more").
pub fn some_names<S: AsRef<str>>(names: &[S], max: usize) -> String {
    let shown: Vec<&str> = names.iter().take(max).map(AsRef::as_ref).collect();
    let mut text = shown.join(", ");
    if names.len() > max {
        text.push_str(&format!(" and {} more", names.len() - max));
    }
    text
}
