//! `warden role`

mod create;
mod delete;
mod edit;
mod grant;
mod list;
mod permissions;
mod revoke;
mod show;
mod switch;

use clap::{Args, Subcommand};

use super::Session;
use crate::error::Result;
use crate::model::{Permission, Role};
use crate::output::{Output, Row};

/// Manage roles and who holds them
///
/// Built-in roles: admin (everything), operator, reporter and viewer; they
/// cannot be changed or deleted. A user may hold several roles; only the
/// active one applies.
#[derive(Debug, Args)]
pub struct RoleArgs<C: Subcommand = RoleCommand> {
    #[command(subcommand)]
    pub command: C,
}

/// `RoleArgs` as the deferred tree holds it.
pub type Deferred = RoleArgs<DeferredCommand>;

super::subcommands! {
    pub enum RoleCommand, deferred DeferredCommand {
        List(list::RoleListArgs),
        Show(show::RoleShowArgs),
        Permissions(permissions::RolePermissionsArgs),
        Create(create::RoleCreateArgs),
        Edit(edit::RoleEditArgs),
        Delete(delete::RoleDeleteArgs),
        Grant(grant::RoleGrantArgs),
        Revoke(revoke::RoleRevokeArgs),
        Switch(switch::RoleSwitchArgs),
    }
}

pub fn run(args: &RoleArgs, session: &Session, out: &mut Output) -> Result<()> {
    match &args.command {
        RoleCommand::List(a) => list::run(a, session, out),
        RoleCommand::Show(a) => show::run(a, session, out),
        RoleCommand::Permissions(a) => permissions::run(a, out),
        RoleCommand::Create(a) => create::run(a, session, out),
        RoleCommand::Edit(a) => edit::run(a, session, out),
        RoleCommand::Delete(a) => delete::run(a, session, out),
        RoleCommand::Grant(a) => grant::run(a, session, out),
        RoleCommand::Revoke(a) => revoke::run(a, session, out),
        RoleCommand::Switch(a) => switch::run(a, session, out),
    }
}

impl Row for Role {
    fn cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            if self.builtin { "built-in" } else { "custom" }.into(),
            self.users.to_string(),
            self.permissions.len().to_string(),
            self.description.clone(),
        ]
    }
}

impl Row for Permission {
    fn cells(&self) -> Vec<String> {
        vec![
            self.name.to_string(),
            self.builtin_roles.join(","),
            self.description.to_string(),
        ]
    }
}

/// Prints one role: details for people, the object with `--json`.
fn print_role(out: &mut Output, role: &Role) -> Result<()> {
    if out.is_json() {
        return out.json(role);
    }
    out.fields(&[
        ("name", role.name.clone()),
        (
            "kind",
            if role.builtin { "built-in" } else { "custom" }.into(),
        ),
        ("description", role.description.clone()),
        ("users", role.users.to_string()),
        ("permissions", role.permissions.join(" ")),
    ])
}
