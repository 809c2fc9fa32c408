//! The notification outbox: messages queued for users in the transaction
//! of the change that caused them. Only users with notifications on and an
//! e-mail address get one; no message ever carries a secret.
//!
//! Sending pipes each pending message, one at a time, to the
//! sendmail-compatible command in `notify.command`. The command runs
//! outside any transaction: a message is claimed in one short write, the
//! command runs, and the outcome is written in another, so a slow mail
//! server never holds the database lock, and two senders running at once
//! never deliver the same message. A run that dies between delivery and
//! the second write leaves a claim that lapses: the message is sent again
//! later (at least once, never lost).

use std::io::{self, Read, Write};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use crate::store::Db;
use serde::Serialize;

use super::settings::Settings;
use super::Ctx;
use crate::error::{Error, Result};
use crate::model::Notification;
use crate::store::notifications::{self, Claimed};
use crate::store::Store;
use crate::text::escape;
use crate::time::format_duration;

mod command;
mod message;
mod queue;
mod send;
#[cfg(test)]
mod tests;

pub use command::*;
pub use queue::*;
pub use send::*;
