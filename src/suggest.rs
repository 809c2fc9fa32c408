//! "Did you mean ...?" for a mistyped field, key, section or setting, as
//! clap suggests for a mistyped flag. A leaf: it knows no warden concept.

/// The known word closest to `input`, when one is close enough to be the
/// word that was meant: the same word in other case, or one that `strsim`
/// rates as similar as clap's own threshold does (Jaro above 0.7).
pub fn nearest<'a>(input: &str, known: &[&'a str]) -> Option<&'a str> {
    if let Some(same) = known.iter().find(|k| k.eq_ignore_ascii_case(input)) {
        return Some(same);
    }
    let lower = input.to_ascii_lowercase();
    known
        .iter()
        .map(|k| (strsim::jaro(&lower, k), *k))
        .filter(|(score, _)| *score > 0.7)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
}

/// A hint that names the nearest known word first, when there is one,
/// then `rest` (the list of every known word).
pub fn hint(input: &str, known: &[&str], rest: &str) -> String {
    match nearest(input, known) {
        Some(word) => format!("did you mean \"{word}\"? {rest}"),
        None => rest.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIELDS: &[&str] = &["username", "email", "roles", "active_role", "allowed_ips"];

    #[test]
    fn close_words_are_suggested_and_far_ones_are_not() {
        assert_eq!(nearest("role", FIELDS), Some("roles"));
        assert_eq!(nearest("user_name", FIELDS), Some("username"));
        assert_eq!(nearest("Email", FIELDS), Some("email"));
        assert_eq!(nearest("allowed_ip", FIELDS), Some("allowed_ips"));
        assert_eq!(nearest("colour", FIELDS), None);
        assert_eq!(nearest("", FIELDS), None);
        assert_eq!(
            hint("role", FIELDS, "the fields are ..."),
            "did you mean \"roles\"? the fields are ..."
        );
        assert_eq!(
            hint("zzz", FIELDS, "the fields are ..."),
            "the fields are ..."
        );
    }
}
