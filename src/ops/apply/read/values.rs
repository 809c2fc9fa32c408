//! Typed TOML values: a string, a whole number, true or false, a list of
//! strings, each refused with what was found instead.

use super::*;

impl Found for Value {
    fn found(&self) -> &'static str {
        match self {
            Value::String(_) => "a string",
            Value::Integer(_) => "an integer",
            Value::Float(_) => "a decimal number",
            Value::Boolean(_) => "true or false",
            Value::Datetime(_) => "a date",
            Value::Array(_) => "a list",
            Value::Table(_) => "a table",
        }
    }
}

pub(super) fn string(value: &Value) -> Result<String> {
    match value {
        Value::String(s) => Ok(s.clone()),
        other => Err(expected("a string", other)),
    }
}

pub(super) fn integer(value: &Value) -> Result<i64> {
    match value {
        Value::Integer(n) => Ok(*n),
        other => Err(expected("a whole number", other)),
    }
}

pub(super) fn boolean(value: &Value) -> Result<bool> {
    match value {
        Value::Boolean(b) => Ok(*b),
        other => Err(expected("true or false", other)),
    }
}

pub(super) fn strings(value: &Value) -> Result<Vec<String>> {
    match value {
        Value::Array(items) => items.iter().map(string).collect(),
        other => Err(expected("a list of strings", other)),
    }
}

/// A TOML value as JSON, for the import rules. TOML dates become their
/// text, which the WHEN parser reads.
pub(super) fn to_json(value: &Value) -> Json {
    match value {
        Value::String(s) => Json::String(s.clone()),
        Value::Integer(n) => Json::from(*n),
        Value::Float(f) => serde_json::Number::from_f64(*f)
            .map(Json::Number)
            .unwrap_or_else(|| Json::String(f.to_string())),
        Value::Boolean(b) => Json::Bool(*b),
        Value::Datetime(d) => Json::String(d.to_string()),
        Value::Array(items) => Json::Array(items.iter().map(to_json).collect()),
        Value::Table(t) => Json::Object(t.iter().map(|(k, v)| (k.clone(), to_json(v))).collect()),
    }
}
