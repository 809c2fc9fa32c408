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
//!
//! # Embedding
//!
//! The heart of an HTTP handler: the status of a login, from its typed
//! reason, on a handle shared by the server's threads. A whole server is
//! `examples/http_service.rs` (built by `cargo test`); an async server
//! calls warden inside `spawn_blocking`, since a login spends tens of
//! milliseconds in argon2.
//!
//! ```no_run
//! use std::net::IpAddr;
//! use warden::{Kind, Reason, Warden};
//!
//! fn login_status(warden: &Warden, user: &str, password: &str, client: IpAddr) -> u16 {
//!     match warden.verify(user, password, Some(client)) {
//!         Ok(decision) => match decision.code {
//!             Reason::PasswordAccepted => 200,
//!             Reason::Locked { .. } => 429,
//!             Reason::BadCredentials => 401,
//!             _ => 403, // disabled, expired, address not allowed, ...
//!         },
//!         // Another process held the lock past the busy timeout.
//!         Err(e) if e.kind == Kind::Busy => 503,
//!         Err(_) => 500,
//!     }
//! }
//!
//! let warden = Warden::builder("/var/lib/warden/warden.db").actor("portal").open()?;
//! let client: IpAddr = "203.0.113.7".parse()?;
//! std::thread::scope(|threads| {
//!     for _ in 0..4 {
//!         threads.spawn(|| login_status(&warden, "alice", "tangerine-otter-bicycle", client));
//!     }
//! });
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#![deny(clippy::unwrap_used, clippy::expect_used)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]
#![warn(missing_docs)]

// The modules below are warden's own, for its command line and its tests:
// hidden from the documentation, with no promise of stability. What a
// service needs is re-exported here.
#[doc(hidden)]
pub mod authlog;
#[doc(hidden)]
pub mod catalog;
#[doc(hidden)]
#[cfg(feature = "cli")]
pub mod cli;
pub mod error;
#[cfg(test)]
mod hot_paths;
#[doc(hidden)]
pub mod lookup;
#[doc(hidden)]
pub mod model;
#[doc(hidden)]
pub mod names;
#[doc(hidden)]
#[cfg(feature = "cli")]
pub mod output;
#[doc(hidden)]
pub mod password;
#[doc(hidden)]
pub mod policy;
#[cfg(test)]
mod props;
#[doc(hidden)]
pub mod retention;
#[doc(hidden)]
pub mod schedule;
#[doc(hidden)]
pub mod suggest;
#[doc(hidden)]
pub mod text;
#[doc(hidden)]
pub mod time;
#[doc(hidden)]
#[cfg(feature = "cli")]
pub mod ui;
#[doc(hidden)]
pub mod unstable;

pub(crate) use unstable::{ops, store};

mod service;

pub use authlog::{Event as LoginEvent, Syslog};
pub use catalog::{AccessLevel, NameKind};
pub use error::{Error, Kind, Remedy, Result};
pub use model::{
    AccountDecisions, AccountState, BackupUser, BackupUserState, Decision, GrantAccess,
    PermissionDecision, Reason, Relation, RoleAccess, UserAccess,
};
pub use service::{Builder, Clock, FixedClock, SystemClock, Warden, DEFAULT_POOL_SIZE};
