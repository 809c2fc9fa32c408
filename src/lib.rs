//! warden: the people, roles, stand-ins and backup accounts of a backup
//! service, in one SQLite file or, shared by several hosts, in PostgreSQL.
//!
//! The layers point one way: `cli` (arguments), `output` and `ui`
//! (rendering and prompts) call [`ops`] (the rules, each in one
//! transaction), which calls [`store`] (SQL). Below them, leaf modules
//! import nothing of warden's upper layers: [`catalog`], [`names`],
//! [`text`], [`time`], [`error`]. The front end sits behind the default
//! cargo feature `cli`; a service embedding warden can build without it
//! (`default-features = false`) and use [`Warden`], `ops` and `store`.

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

pub use error::{Error, Kind, Result};

use std::net::IpAddr;
use std::path::Path;

use model::Decision;
use ops::Ctx;
use store::{OpenOptions, Store};

/// An open warden database, for a service that embeds warden to check
/// logins and permissions with exactly the rules of the command line.
///
/// ```
/// use warden::Warden;
/// # let dir = tempfile::tempdir()?;
/// # let path = dir.path().join("warden.db");
/// # let ctx = warden::ops::Ctx { now: warden::time::now()?, actor: "doc".into() };
/// # let request = warden::ops::init::InitRequest { root_account: "root".into(), admin: "admin".into(), email: None };
/// # let secret = warden::password::Secret::new("tangerine-otter-bicycle".into());
/// # warden::ops::init::run(&path, &Default::default(), &ctx, &request, &secret)?;
/// let mut warden = Warden::open(&path)?.acting_as("portal");
///
/// let login = warden.verify("admin", "tangerine-otter-bicycle", "203.0.113.7".parse().ok())?;
/// assert!(login.allowed, "{}", login.reason);
///
/// let decision = warden.can("admin", "accounts.manage", None)?;
/// assert!(decision.allowed);
/// assert_eq!(decision.reason, "active role admin grants accounts.manage");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct Warden {
    store: Store,
    actor: String,
}

impl Warden {
    /// Opens an initialised database (applying pending migrations), waiting
    /// up to five seconds for another process's lock: a SQLite file, or a
    /// PostgreSQL schema named by a `postgresql://` URL (the connection is
    /// kept for every later call).
    pub fn open(path: impl AsRef<Path>) -> Result<Warden> {
        Self::open_with(path, &OpenOptions::default())
    }

    pub fn open_with(path: impl AsRef<Path>, options: &OpenOptions) -> Result<Warden> {
        Ok(Warden {
            store: Store::open(path.as_ref(), options)?,
            actor: "service".into(),
        })
    }

    /// Names the caller in the audit log (default: `service`).
    pub fn acting_as(mut self, actor: impl Into<String>) -> Warden {
        self.actor = actor.into();
        self
    }

    fn ctx(&self) -> Result<Ctx> {
        Ok(Ctx {
            now: time::now()?,
            actor: self.actor.clone(),
        })
    }

    /// Checks a login as `warden user verify` does: the answer says whether
    /// it is allowed and why; failures count toward the lockout and every
    /// attempt is audited. Pass the client's address whenever it is known:
    /// a user with allowed networks is refused when `ip` is `None`.
    pub fn verify(&mut self, user: &str, password: &str, ip: Option<IpAddr>) -> Result<Decision> {
        let ctx = self.ctx()?;
        ops::user::verify(
            &mut self.store,
            &ctx,
            user,
            password,
            ip.map(|i| i.to_canonical()),
            None,
        )
    }

    /// Checks the login of `backup` acting for `user` (`warden user verify
    /// BACKUP --as USER`): the backup user's own password, address and lock
    /// state, then an active backup-user window from `user`.
    pub fn verify_as(
        &mut self,
        backup: &str,
        user: &str,
        password: &str,
        ip: Option<IpAddr>,
    ) -> Result<Decision> {
        let ctx = self.ctx()?;
        ops::user::verify(
            &mut self.store,
            &ctx,
            backup,
            password,
            ip.map(|i| i.to_canonical()),
            Some(user),
        )
    }

    /// Decides whether `user` may use `permission` (on `account`, when
    /// given), as `warden user can` does.
    pub fn can(&mut self, user: &str, permission: &str, account: Option<&str>) -> Result<Decision> {
        let ctx = self.ctx()?;
        ops::user::can(&mut self.store, &ctx, user, permission, account, None)
    }

    /// Decides whether `backup`, acting for `user`, may use `permission`
    /// (`warden user can BACKUP PERMISSION --as USER`): only inside an
    /// active window, within its scope, never an admin permission.
    pub fn can_as(
        &mut self,
        backup: &str,
        user: &str,
        permission: &str,
        account: Option<&str>,
    ) -> Result<Decision> {
        let ctx = self.ctx()?;
        ops::user::can(
            &mut self.store,
            &ctx,
            backup,
            permission,
            account,
            Some(user),
        )
    }

    /// Everything `user` can reach and why (`warden user access`): roles,
    /// grants, backup-user relations, and with `account` the decision on
    /// every permission there.
    pub fn access(&mut self, user: &str, account: Option<&str>) -> Result<model::UserAccess> {
        let ctx = self.ctx()?;
        ops::access::of_user(&mut self.store, &ctx, user, account)
    }
}
