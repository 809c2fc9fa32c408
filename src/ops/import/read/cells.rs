//! Typed cells: text, true or false, whole numbers and lists, read alike
//! from a CSV cell (all text) and a JSON value (typed).

use super::*;
use crate::ops::fields::{expected, Found};

impl Found for Value {
    fn found(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "a list",
            Value::Object(_) => "an object",
        }
    }
}

/// A text value; empty and null are "none".
pub(super) fn text(value: &Value) -> Result<Option<String>> {
    match value {
        Value::Null => Ok(None),
        Value::String(s) if s.is_empty() => Ok(None),
        Value::String(s) => Ok(Some(s.clone())),
        other => Err(expected("a string", other)),
    }
}

pub(super) fn boolean(value: &Value, spelling: Spelling) -> Result<Option<bool>> {
    match (value, spelling) {
        (Value::Null, _) => Ok(None),
        (Value::Bool(b), _) => Ok(Some(*b)),
        (Value::String(s), Spelling::Text) => match s.trim().to_ascii_lowercase().as_str() {
            "" => Ok(None),
            "true" | "yes" | "1" => Ok(Some(true)),
            "false" | "no" | "0" => Ok(Some(false)),
            _ => Err(Error::usage(format!("\"{}\" is not true or false", s))
                .with_hint("write true or false (yes/no and 1/0 are read too)")),
        },
        (other, _) => Err(expected("true or false", other)),
    }
}

pub(super) fn integer(value: &Value, spelling: Spelling) -> Result<Option<i64>> {
    match (value, spelling) {
        (Value::Null, _) => Ok(None),
        (Value::Number(n), _) => n
            .as_i64()
            .map(Some)
            .ok_or_else(|| Error::usage(format!("{n} is not a whole number"))),
        (Value::String(s), Spelling::Text) if s.trim().is_empty() => Ok(None),
        (Value::String(s), Spelling::Text) => s
            .trim()
            .parse::<i64>()
            .map(Some)
            .map_err(|_| Error::usage(format!("\"{}\" is not a whole number", s))),
        (Value::String(s), Spelling::Typed) if s.is_empty() => Ok(None),
        (other, _) => Err(expected("a whole number", other)),
    }
}

/// A list: `;`-separated text, or an array of strings. Items are trimmed
/// and empty ones dropped; null and an empty cell are the empty list.
pub(super) fn list(value: &Value, spelling: Spelling) -> Result<Vec<String>> {
    let items: Vec<String> = match (value, spelling) {
        (Value::Null, _) => Vec::new(),
        (Value::String(s), Spelling::Text) => s.split(';').map(str::to_string).collect(),
        (Value::Array(items), _) => items
            .iter()
            .map(|v| match v {
                Value::String(s) => Ok(s.clone()),
                other => Err(expected("a list of strings", other)),
            })
            .collect::<Result<_>>()?,
        (other, _) => return Err(expected("a list of strings", other)),
    };
    Ok(items
        .into_iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect())
}
