//! warden: the people, roles, stand-ins and backup accounts of a backup
//! service, in one SQLite file or, shared by several hosts, in PostgreSQL.
//!
//! The layers point one way: `cli` (arguments), `output` and `ui`
//! (rendering and prompts) call [`ops`] (the rules, each in one
//! transaction), which calls [`store`] (SQL). Below them, leaf modules
//! import nothing of warden's upper layers: [`catalog`], [`names`],
//! [`text`], [`time`], [`error`]. The front end sits behind the default
//! cargo feature `cli`; a service embedding warden can build without it
//! (`default-features = false`) and hold a [`Warden`]: one handle shared by
//! its threads, over a small pool of connections, answering with a
//! [`Decision`] whose [`Reason`] is typed, reading no environment
//! variable, and never waiting for the system log ([`Syslog`]).

#![deny(clippy::unwrap_used, clippy::expect_used)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

pub mod authlog;
pub mod catalog;
#[cfg(feature = "cli")]
pub mod cli;
pub mod error;
#[cfg(test)]
mod hot_paths;
pub mod lookup;
pub mod model;
pub mod names;
pub mod ops;
#[cfg(feature = "cli")]
pub mod output;
pub mod password;
pub mod policy;
#[cfg(test)]
mod props;
pub mod retention;
pub mod schedule;
pub mod store;
pub mod suggest;
pub mod text;
pub mod time;
#[cfg(feature = "cli")]
pub mod ui;

mod service;

pub use authlog::Syslog;
pub use error::{Error, Kind, Result};
pub use model::{Decision, Reason};
pub use service::{Builder, Clock, FixedClock, SystemClock, Warden, DEFAULT_POOL_SIZE};
