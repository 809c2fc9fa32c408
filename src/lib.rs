//! warden: the people, roles, stand-ins and backup accounts of a backup
//! service, in one SQLite file.
//!
//! The layers point one way: [`cli`] (arguments and rendering) calls [`ops`]
//! (the rules, each in one transaction), which calls [`store`] (SQL). A
//! service embedding warden uses `ops` and `store` directly.

#![deny(clippy::unwrap_used, clippy::expect_used)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

pub mod cli;
pub mod error;
pub mod model;
pub mod names;
pub mod ops;
pub mod output;
pub mod password;
pub mod policy;
pub mod store;
pub mod time;
pub mod ui;

pub use error::{Error, Kind, Result};
