//! End-to-end tests of the `warden` binary. One test binary with modules,
//! so the whole suite links once.

mod accounts;
mod common;
mod db;
mod generated;
mod init;
mod logins;
mod notify;
mod output;
mod roles;
mod settings;
mod store;
mod strategies;
mod users;
