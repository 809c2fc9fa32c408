//! End-to-end tests of the `warden` binary. One test binary with modules,
//! so the whole suite links once.

mod access;
mod accounts;
mod apply;
mod backup_users;
mod common;
mod complete;
mod config;
mod db;
mod export;
mod faults;
mod generated;
mod hashes;
mod help;
mod hostile;
mod import;
mod init;
mod layers;
mod listing;
mod load;
mod logins;
mod maintenance;
mod notify;
mod output;
mod pam;
mod postgres;
mod roles;
mod scripts;
mod security;
mod settings;
mod store;
mod strategies;
mod syslog;
mod tools;
mod tour;
mod users;
