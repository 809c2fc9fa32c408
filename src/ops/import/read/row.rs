//! A row's fields, each checked by its own rule, and the rules between them.

use super::cells::{boolean, integer, list, text};
use super::*;

impl UserRow {
    /// Builds and checks a row from named values. Unknown fields, a missing
    /// username and every field-level rule are errors naming the field.
    /// `hashes_checked`: the hashes are checked elsewhere: these very bytes
    /// were read before and each hash in them was checked then, or the
    /// caller checks them (on every core) as the rows come (see
    /// [`super::ImportFile`]); checking a hash is most of the cost of
    /// reading a row.
    pub fn from_fields<'a>(
        line: u64,
        fields: impl IntoIterator<Item = (&'a str, &'a Value)>,
        spelling: Spelling,
        now: DateTime<Utc>,
        weak: Option<WeakHashes>,
        hashes_checked: bool,
    ) -> Result<UserRow> {
        let mut row = UserRow {
            line,
            ..UserRow::default()
        };
        let mut username = None;
        for (name, value) in fields {
            let fail = |e: Error| field_error(name, e);
            match name {
                "username" => username = text(value).map_err(fail)?,
                "email" | "first_name" | "last_name" | "phone" => {
                    let v = text(value).map_err(fail)?;
                    // The field alone, checked as the profile's rules say.
                    let mut one = Profile::<Option<&str>>::default();
                    if let Some(slot) = one.field_mut(name) {
                        *slot = v.as_deref();
                    }
                    check_profile(one).map_err(fail)?;
                    if let Some(slot) = row.profile.field_mut(name) {
                        *slot = Some(v);
                    }
                }
                "roles" => {
                    let mut roles: Vec<String> = Vec::new();
                    for role in list(value, spelling).map_err(fail)? {
                        validate(NameKind::Role, &role).map_err(fail)?;
                        if !roles.contains(&role) {
                            roles.push(role);
                        }
                    }
                    row.roles = Some(roles);
                }
                "active_role" => {
                    let v = text(value).map_err(fail)?;
                    if let Some(v) = &v {
                        validate(NameKind::Role, v).map_err(fail)?;
                    }
                    row.active_role = Some(v);
                }
                "account" => {
                    let v = text(value).map_err(fail)?;
                    if let Some(v) = &v {
                        validate(NameKind::Account, v).map_err(fail)?;
                    }
                    row.account = Some(v);
                }
                "enabled" => row.enabled = boolean(value, spelling).map_err(fail)?,
                "notify" => row.notify = boolean(value, spelling).map_err(fail)?,
                "password" => {
                    if let Some(secret) = text(value).map_err(fail)? {
                        row.password = Some(Secret::from(secret));
                    }
                }
                "password_hash" => {
                    if let Some(hash) = text(value).map_err(fail)? {
                        match (password::weak_family(&hash), weak) {
                            (Some(family), Some(WeakHashes::NoPassword)) => {
                                row.weak_hash = Some(family);
                            }
                            (Some(_), Some(WeakHashes::Fail)) => {
                                let err = password::check_imported_hash(&hash)
                                    .err()
                                    .unwrap_or_else(|| Error::usage("a weak hash"));
                                return Err(fail(weak_hint(err)));
                            }
                            _ => {
                                if !hashes_checked {
                                    password::check_imported_hash(&hash).map_err(fail)?;
                                }
                                row.password_hash = Some(hash);
                            }
                        }
                    }
                }
                "allowed_ips" => {
                    let mut nets = list(value, spelling)
                        .map_err(fail)?
                        .iter()
                        .map(|n| parse_network(n).map(|n| n.to_string()))
                        .collect::<Result<Vec<_>>>()
                        .map_err(fail)?;
                    nets.sort();
                    nets.dedup();
                    row.allowed_ips = Some(nets);
                }
                "expires" => {
                    row.expires = Some(match text(value).map_err(fail)? {
                        None => None,
                        Some(t) if t.trim().eq_ignore_ascii_case("never") => None,
                        Some(t) => Some(crate::time::parse_when(&t, now).map_err(fail)?),
                    })
                }
                "credit_limit" => {
                    let limit = integer(value, spelling).map_err(fail)?;
                    if let Some(l) = limit {
                        check_credit_limit(l).map_err(fail)?;
                    }
                    row.credit_limit = Some(limit);
                }
                other => return Err(unknown_field(other)),
            }
        }
        row.username = username.ok_or_else(|| {
            Error::usage("the username is missing").with_hint("every row needs a username")
        })?;
        validate(NameKind::User, &row.username).map_err(|e| field_error("username", e))?;
        row.check()?;
        Ok(row)
    }

    /// Rules between fields.
    fn check(&self) -> Result<()> {
        if self.password.is_some() && (self.password_hash.is_some() || self.weak_hash.is_some()) {
            return Err(Error::usage("both password and password_hash are given")
                .with_hint("give one of them: a plain password to hash, or a hash to keep"));
        }
        if let Some(secret) = &self.password {
            let secret = secret.expose_secret();
            if secret.len() > password::MAX_BYTES || secret.contains('\0') {
                return Err(field_error(
                    "password",
                    Error::usage(format!(
                        "the password is longer than {} bytes or contains a NUL",
                        password::MAX_BYTES
                    )),
                ));
            }
        }
        if let (Some(roles), Some(Some(active))) = (&self.roles, &self.active_role) {
            if !roles.contains(active) {
                return Err(field_error(
                    "active_role",
                    Error::usage(format!(
                        "the active role \"{active}\" is not among the roles given"
                    ))
                    .with_hint("add it to roles, or leave active_role empty"),
                ));
            }
        }
        Ok(())
    }
}
