//! `warden init`: a new database with its root account and first admin.

use secrecy::ExposeSecret;
use std::path::Path;

use super::settings::Settings;
use super::Ctx;
use crate::catalog::ADMIN_ROLE;
use crate::error::Result;
use crate::model::InitReport;
use crate::names::{validate, validate_email, NameKind};
use crate::password::{self, Secret};
use crate::store::{self, migrations, OpenOptions, Store};

/// What `init` is asked to create.
pub struct InitRequest {
    pub root_account: String,
    pub admin: String,
    pub email: Option<String>,
}

impl InitRequest {
    /// Checks the names and e-mail before anything is asked or created.
    pub fn validate(&self) -> Result<()> {
        validate(NameKind::Account, &self.root_account)?;
        validate(NameKind::User, &self.admin)?;
        if let Some(email) = &self.email {
            validate_email(email)?;
        }
        Ok(())
    }

    /// The password policy of a fresh database, for the admin's password.
    pub fn check_password(&self, secret: &str) -> Result<()> {
        let inputs: Vec<&str> = [Some(self.admin.as_str()), self.email.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        let defaults = Settings::defaults()?;
        password::check_user_policy(
            secret,
            defaults.password_min_length,
            defaults.password_min_score,
            &inputs,
        )
    }
}

/// Fails early, before any prompt, when the path already holds a warden
/// database (exit 4) or something that is not one (exit 1).
pub fn precheck(path: &Path, opts: &OpenOptions) -> Result<()> {
    Store::check_uninitialised(path, opts)
}

/// Creates the database: schema, built-in roles, root account and admin, in
/// one transaction. If anything fails, a file created here is removed again.
pub fn run(
    path: &Path,
    opts: &OpenOptions,
    ctx: &Ctx,
    req: &InitRequest,
    secret: &Secret,
) -> Result<(InitReport, Vec<String>)> {
    req.validate()?;
    req.check_password(secret.expose_secret())?;
    // Hash before taking the write lock: argon2 is the slow part.
    let hash = password::hash(secret.expose_secret(), Settings::defaults()?.hash)?;
    let (mut store, created) = Store::create(path, opts)?;
    let result = store.write(|tx| {
        if !store::is_blank(tx)? {
            // Another `init` finished between our check and our lock.
            return Err(store::already_initialised(path));
        }
        migrations::upgrade(tx)?;
        seed(tx, ctx, req, &hash)?;
        Ok(InitReport {
            database: path.display().to_string(),
            schema_version: migrations::SCHEMA_VERSION,
            root_account: req.root_account.clone(),
            admin: req.admin.clone(),
        })
    });
    match result {
        Ok(report) => Ok((report, store.take_warnings())),
        Err(e) => {
            drop(store);
            if created {
                store::remove_if_unused(path, &e);
            }
            Err(e)
        }
    }
}

/// Fills a database that has the schema and nothing else, in the caller's
/// transaction: the built-in roles, the root account, and the first admin
/// with `hash` as their password hash, each creation audited.
pub(crate) fn seed(tx: &crate::store::Db, ctx: &Ctx, req: &InitRequest, hash: &str) -> Result<()> {
    let now = ctx.now_unix();
    store::roles::seed_builtins(tx, now)?;
    let root = store::accounts::insert_root(tx, &req.root_account, now)?;
    let admin = store::users::insert(
        tx,
        &store::users::NewUser {
            username: &req.admin,
            email: req.email.as_deref(),
            password_hash: Some(hash),
            account_id: Some(root),
            now,
        },
    )?;
    let admin_role = store::roles::id_by_name(tx, ADMIN_ROLE)?.ok_or_else(|| {
        crate::error::Error::failure("the built-in admin role is missing after seeding")
    })?;
    store::users::assign_role(tx, admin, admin_role, true, now)?;
    super::record(
        tx,
        ctx,
        "db.init",
        "",
        serde_json::json!({ "schema_version": migrations::SCHEMA_VERSION }),
    )?;
    super::record(
        tx,
        ctx,
        "account.create",
        &req.root_account,
        serde_json::json!({ "root": true }),
    )?;
    super::record(
        tx,
        ctx,
        "user.create",
        &req.admin,
        serde_json::json!({ "roles": [ADMIN_ROLE], "account": req.root_account }),
    )?;
    Ok(())
}
