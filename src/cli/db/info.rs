//! `warden db info`

use clap::Args;

use crate::cli::Session;
use crate::error::Result;
use crate::ops;
use crate::output::Output;

/// Show the database's path (or server), what chose it, schema version, size and row counts
#[derive(Debug, Args)]
pub struct DbInfoArgs {}

pub fn run(_args: &DbInfoArgs, session: &Session, out: &mut Output) -> Result<()> {
    let mut store = session.open(out)?;
    let info = ops::db::info(&mut store)?;
    if out.is_json() {
        let mut doc = serde_json::to_value(&info)
            .map_err(|e| crate::error::Error::failure(format!("cannot encode the answer: {e}")))?;
        doc["source"] = session.db_source.key().into();
        doc["config_file"] = session
            .config_file
            .as_ref()
            .map(|f| f.display().to_string())
            .into();
        return out.json(&doc);
    }
    let mut fields = vec![
        ("path", info.path.clone()),
        ("chosen by", session.db_source.to_string()),
    ];
    if let Some(server) = &info.server {
        fields.push(("server", format!("PostgreSQL {server}")));
    }
    fields.push((
        "schema version",
        format!(
            "{} (this warden: {})",
            info.schema_version, info.supported_schema_version
        ),
    ));
    if info.server.is_some() {
        fields.push(("size", super::human_size(info.size_bytes)));
    } else {
        fields.extend([
            (
                "size",
                format!(
                    "{} (+ {} write-ahead log)",
                    super::human_size(info.size_bytes),
                    super::human_size(info.wal_bytes)
                ),
            ),
            (
                "pages",
                format!("{} of {} bytes", info.page_count, info.page_size),
            ),
            ("journal mode", info.journal_mode.clone()),
        ]);
    }
    fields.extend(info.counts.iter().map(|c| {
        let rows = match c.bytes {
            Some(bytes) => format!("{} ({})", c.rows, super::human_size(bytes)),
            None => c.rows.to_string(),
        };
        (c.table.as_str(), rows)
    }));
    out.fields(&fields)
}
