//! The examples of every command: the end of its `--help` and the EXAMPLES
//! section of its man page. Each is a command line as a script runs it
//! (no terminal: passwords from a file or standard input, `--yes` where a
//! terminal would be asked), on the names the README's tour uses; a test
//! parses every one against the command tree, so none can name a flag or
//! a value that does not exist.

/// One example: what it does, then the command line.
pub struct Example {
    pub says: &'static str,
    pub line: &'static str,
}

const fn ex(says: &'static str, line: &'static str) -> Example {
    Example { says, line }
}

/// Every command's examples, by its path below `warden` (`""` is warden
/// itself).
pub const EXAMPLES: &[(&str, &[Example])] = &[
    (
        "",
        &[
            ex(
                "Create the default database, asking for the admin's password twice on a terminal",
                "warden init",
            ),
            ex(
                "Work on another database, a file or a PostgreSQL server",
                "WARDEN_DB=postgresql://warden@db1.example.org/warden warden user list",
            ),
            ex(
                "Everything alice can reach, and why",
                "warden user access alice",
            ),
            ex(
                "The nightly cron job: expire windows, remind, purge, mail; silent unless something failed",
                "warden --quiet maintenance",
            ),
        ],
    ),
    (
        "init",
        &[
            ex(
                "Create the database in a script: root account acme, admin ops, password from a file",
                "warden init --root-account acme --admin ops --email ops@acme.example --password-file ops.pw",
            ),
            ex(
                "Seed in CI: an initialised database exits 4 and is left as it is",
                "printf '%s\\n' \"$PW\" | warden init --root-account acme --admin ops --password-stdin || [ $? = 4 ]",
            ),
            ex(
                "Create a database in another place than the default",
                "warden --db /srv/warden/warden.db init --root-account acme --admin ops --password-file ops.pw",
            ),
        ],
    ),
    (
        "user",
        &[
            ex(
                "Create alice, an operator, her password from a file",
                "warden user add alice --email alice@acme.example --role operator --password-file alice.pw",
            ),
            ex(
                "Who is locked out after failed logins",
                "warden user list --locked",
            ),
            ex(
                "Disable the people who left, named one a line in HR's list",
                "warden user disable - < examples/leavers.txt",
            ),
            ex(
                "Everything alice can reach, and why",
                "warden user access alice",
            ),
        ],
    ),
    (
        "user add",
        &[
            ex(
                "Create alice, an operator who may also act as viewer, her password from a file",
                "warden user add alice --email alice@acme.example --role operator --role viewer --password-file f",
            ),
            ex(
                "Seed a user in CI: nothing happens when bob exists",
                "warden user add bob --no-password --role viewer --if-not-exists",
            ),
            ex(
                "A contractor who may log in only from one network, for thirty days",
                "warden user add carol --allowed-ip 203.0.113.0/24 --expires +30d --password-file carol.pw",
            ),
        ],
    ),
    (
        "user list",
        &[
            ex(
                "Users locked out after failed logins, to unlock or look into",
                "warden user list --locked",
            ),
            ex(
                "Who stops being able to log in within a week",
                "warden user list --expiring 7d",
            ),
            ex(
                "The operators as CSV, for a spreadsheet",
                "warden user list --role operator --format csv > operators.csv",
            ),
            ex(
                "Only the names of the enabled users, for a script",
                "warden --json user list --enabled | jq -r '.[].username'",
            ),
        ],
    ),
    (
        "user import",
        &[
            ex(
                "Check HR's staff list and count what would change, writing nothing",
                "warden user import examples/staff.csv --dry-run",
            ),
            ex(
                "Load it: new people are created, existing ones updated; all rows or none",
                "warden user import examples/staff.csv --on-conflict update",
            ),
            ex(
                "Move users from Apache; those with $apr1$ hashes get no password until `user passwd`",
                "warden user import examples/legacy.htpasswd --weak-hashes no-password",
            ),
            ex(
                "Restore an export with its password hashes, leaving users who exist as they are",
                "warden user import users.jsonl --on-conflict skip",
            ),
        ],
    ),
    (
        "user export",
        &[
            ex(
                "Every user with their password hash, in a file only you can read",
                "(umask 077; warden user export --include-hashes > users.jsonl)",
            ),
            ex(
                "The viewers as CSV, in the columns `user import` reads",
                "warden user export --role viewer --format csv > viewers.csv",
            ),
            ex(
                "The disabled users as one JSON array",
                "warden user export --disabled --format json > disabled.json",
            ),
        ],
    ),
    (
        "user show",
        &[
            ex(
                "alice's profile, roles, state and last login",
                "warden user show alice",
            ),
            ex(
                "Her e-mail address alone, for a script",
                "warden --json user show alice | jq -r .email",
            ),
        ],
    ),
    (
        "user access",
        &[
            ex(
                "Everything alice can reach: roles, grants, stand-ins both ways",
                "warden user access alice",
            ),
            ex(
                "Every permission alice has on acme-eu, each with its reason",
                "warden user access alice --account acme-eu",
            ),
        ],
    ),
    (
        "user edit",
        &[
            ex(
                "Allow alice another network, cap her credits and drop her expiry",
                "warden user edit alice --add-allowed-ip 2001:db8::/32 --credit-limit 500 --expires never",
            ),
            ex(
                "Extend carol's contract to 90 days from now",
                "warden user edit carol --expires +90d",
            ),
            ex(
                "Make acme-us dave's home account and send him no more notifications",
                "warden user edit dave --account acme-us --no-notify",
            ),
            ex(
                "Clear a field: an empty value removes bob's e-mail address",
                "warden user edit bob --email=",
            ),
        ],
    ),
    (
        "user passwd",
        &[
            ex(
                "Reset alice's password from a file; this also lifts a lockout",
                "warden user passwd alice --password-file alice.pw",
            ),
            ex(
                "Set dave's first password from a secret, on standard input",
                "printf '%s\\n' \"$PW\" | warden user passwd dave --password-stdin",
            ),
        ],
    ),
    (
        "user disable",
        &[
            ex(
                "Stop carol logging in at once; backup-user windows she is part of end",
                "warden user disable carol",
            ),
            ex(
                "Disable everyone on HR's leavers list, all or nothing",
                "warden user disable - < examples/leavers.txt",
            ),
            ex(
                "Print only whom this run disabled (nobody when it runs again)",
                "warden --json user disable - < examples/leavers.txt | jq -r '.changed[]'",
            ),
        ],
    ),
    (
        "user enable",
        &[
            ex(
                "Let carol log in again",
                "warden user enable carol",
            ),
            ex(
                "Undo a leavers run: enable everyone on the list again",
                "warden user enable - < examples/leavers.txt",
            ),
        ],
    ),
    (
        "user unlock",
        &[
            ex(
                "Let bob in before his lockout ends",
                "warden user unlock bob",
            ),
            ex(
                "After a misconfigured client locked many out, unlock every locked user",
                "warden --json user list --locked | jq -r '.[].username' | xargs -rn1 warden user unlock",
            ),
        ],
    ),
    (
        "user delete",
        &[
            ex(
                "Delete dave for good; without a terminal to ask on, --yes confirms",
                "warden user delete dave --yes",
            ),
            ex(
                "Delete carol after giving the accounts she owns to alice",
                "warden user delete carol --transfer-to alice --yes",
            ),
            ex(
                "Delete carol and queue the accounts she owns for deletion",
                "warden user delete carol --delete-owned --yes",
            ),
        ],
    ),
    (
        "user events",
        &[
            ex(
                "alice's last 20 events: changes to her, her logins, what she did",
                "warden user events alice --limit 20",
            ),
            ex(
                "Her week as JSON Lines, one event a line",
                "warden user events alice --since 7d --format jsonl",
            ),
            ex(
                "What bob did yesterday, as himself and as a stand-in",
                "warden user events bob --since yesterday --until today",
            ),
        ],
    ),
    (
        "user verify",
        &[
            ex(
                "Check alice's login from an address: exit 0 allowed, 6 denied, with the reason",
                "printf '%s\\n' \"$PW\" | warden user verify alice --ip 203.0.113.7 --password-stdin",
            ),
            ex(
                "Check bob's login as alice's stand-in: his password, her open window",
                "warden user verify bob --as alice --password-file bob.pw",
            ),
            ex(
                "Try the PAM check by hand; pam_exec ends the password with a NUL, not a newline",
                "printf '%s\\0' \"$PW\" | PAM_TYPE=auth PAM_USER=alice PAM_RHOST=::1 warden user verify --pam",
            ),
        ],
    ),
    (
        "user can",
        &[
            ex(
                "May alice restore on acme-eu? Exit 0 yes, 6 no, with the reason",
                "warden user can alice backups.restore --account acme-eu",
            ),
            ex(
                "May bob restore there while he stands in for alice",
                "warden user can bob backups.restore --account acme-eu --as alice",
            ),
            ex(
                "The reason alone, for a script",
                "warden --json user can dave reports.read --account acme-eu | jq -r .reason",
            ),
        ],
    ),
    (
        "user charge",
        &[
            ex(
                "Charge alice 25 credits for a restore test, debited from her home account",
                "warden user charge alice 25 --reason \"restore test\"",
            ),
            ex(
                "Debit acme-us instead of her home account",
                "warden user charge alice 10 --reason \"extra restore\" --account acme-us",
            ),
        ],
    ),
    (
        "user stats",
        &[
            ex(
                "alice's roles, credit limit, credits spent and available",
                "warden user stats alice",
            ),
            ex(
                "The credits she can still spend, for a script",
                "warden --json user stats alice | jq .credits_available",
            ),
        ],
    ),
    (
        "role",
        &[
            ex(
                "The roles and how many users hold each",
                "warden role list",
            ),
            ex(
                "A custom role that reads the audit log and reports",
                "warden role create auditor --permission audit.read --permission reports.read",
            ),
            ex(
                "Give carol the auditor role",
                "warden role grant carol auditor",
            ),
            ex(
                "Make viewer alice's active role: only its permissions apply",
                "warden role switch alice viewer",
            ),
        ],
    ),
    (
        "role list",
        &[
            ex(
                "Every role, built-in or custom, with how many users hold it",
                "warden role list",
            ),
            ex(
                "Only the names of the custom roles",
                "warden --json role list | jq -r '.[] | select(.builtin | not) | .name'",
            ),
        ],
    ),
    (
        "role show",
        &[
            ex(
                "What an operator may do, and how many users are operators",
                "warden role show operator",
            ),
            ex(
                "The auditor role's permissions, one a line",
                "warden --json role show auditor | jq -r '.permissions[]'",
            ),
        ],
    ),
    (
        "role permissions",
        &[
            ex(
                "Every permission, what it allows and which built-in roles include it",
                "warden role permissions",
            ),
        ],
    ),
    (
        "role create",
        &[
            ex(
                "A role that reads the audit log and reports",
                "warden role create auditor --permission audit.read --permission reports.read",
            ),
            ex(
                "Seed it in CI: nothing happens when auditor exists",
                "warden role create auditor --permission audit.read --if-not-exists",
            ),
            ex(
                "With a description that `role list` shows",
                "warden role create auditor --permission audit.read --description \"Compliance review\"",
            ),
        ],
    ),
    (
        "role edit",
        &[
            ex(
                "Let auditors see backups too; everyone holding the role gets it at once",
                "warden role edit auditor --add-permission backups.read",
            ),
            ex(
                "Take reports away and say so in the description",
                "warden role edit auditor --remove-permission reports.read --description \"Audit log only\"",
            ),
        ],
    ),
    (
        "role delete",
        &[
            ex(
                "Delete auditor, which nobody holds; --yes confirms without a terminal",
                "warden role delete auditor --yes",
            ),
            ex(
                "Take it from its holders first (their next role becomes active), then delete it",
                "warden role delete auditor --force --yes",
            ),
        ],
    ),
    (
        "role grant",
        &[
            ex(
                "Make dave a reporter (active if it is his first role)",
                "warden role grant dave reporter",
            ),
            ex(
                "Give carol two roles at once",
                "warden role grant carol viewer auditor",
            ),
        ],
    ),
    (
        "role revoke",
        &[
            ex(
                "Take the viewer role from alice",
                "warden role revoke alice viewer",
            ),
            ex(
                "Take two at once; losing the active role makes the first remaining one active",
                "warden role revoke carol viewer auditor",
            ),
        ],
    ),
    (
        "role switch",
        &[
            ex(
                "Make viewer alice's active role: only the active role's permissions apply",
                "warden role switch alice viewer",
            ),
            ex(
                "Back to operator, then check what she can reach now",
                "warden role switch alice operator && warden user access alice",
            ),
        ],
    ),
    (
        "backup-user",
        &[
            ex(
                "Make bob alice's backup user, with her permissions except administration",
                "warden backup-user set alice bob",
            ),
            ex(
                "Let him act for her for two weeks from Monday",
                "warden backup-user enable alice --for 2w --from monday",
            ),
            ex(
                "Where it stands: assigned, scheduled, active, expired or revoked",
                "warden backup-user status alice",
            ),
            ex(
                "She is back early: end the window now",
                "warden backup-user revoke alice",
            ),
        ],
    ),
    (
        "backup-user set",
        &[
            ex(
                "Make bob alice's backup user, with her permissions except administration",
                "warden backup-user set alice bob",
            ),
            ex(
                "Let him only read and restore backups for her",
                "warden backup-user set alice bob --permission backups.read --permission backups.restore",
            ),
            ex(
                "Name carol instead; bob's window, if any, ends",
                "warden backup-user set alice carol",
            ),
        ],
    ),
    (
        "backup-user clear",
        &[
            ex(
                "alice has no backup user any more; any window ends now (safe to repeat)",
                "warden backup-user clear alice",
            ),
        ],
    ),
    (
        "backup-user enable",
        &[
            ex(
                "bob may act for alice for two weeks from Monday (midnight)",
                "warden backup-user enable alice --for 2w --from monday",
            ),
            ex(
                "From now until Friday begins (local midnight)",
                "warden backup-user enable alice --until friday",
            ),
            ex(
                "A planned holiday, by dates",
                "warden backup-user enable alice --from 2027-07-01 --until 2027-07-22",
            ),
        ],
    ),
    (
        "backup-user revoke",
        &[
            ex(
                "alice is back early: end bob's window now (safe to repeat)",
                "warden backup-user revoke alice",
            ),
        ],
    ),
    (
        "backup-user status",
        &[
            ex(
                "alice's backup user, the window's state, start, end and scope",
                "warden backup-user status alice",
            ),
            ex(
                "The state alone, for a script",
                "warden --json backup-user status alice | jq -r .state",
            ),
        ],
    ),
    (
        "backup-user list",
        &[
            ex(
                "Every designated backup user and the state of its window",
                "warden backup-user list",
            ),
            ex(
                "Only the windows open right now",
                "warden backup-user list --active",
            ),
        ],
    ),
    (
        "backup-user covering",
        &[
            ex(
                "Whom bob can act for right now",
                "warden backup-user covering bob",
            ),
        ],
    ),
    (
        "backup-user switch",
        &[
            ex(
                "bob starts acting for alice: exit 0 with the permissions in effect, 6 with the reason",
                "warden backup-user switch bob alice",
            ),
            ex(
                "In a login script, go on only when the switch is allowed",
                "warden --quiet backup-user switch bob alice || exit 1",
            ),
        ],
    ),
    (
        "account",
        &[
            ex(
                "Create acme-eu below acme, owned by alice, its password from a file",
                "warden account create acme-eu --parent acme --owner alice --password-file acme-eu.pw",
            ),
            ex(
                "The account tree with each account's state, strategy and owner",
                "warden account list --tree",
            ),
            ex(
                "Give carol read access to acme-eu and everything below it",
                "warden account grant acme-eu carol --access limited",
            ),
            ex(
                "Who can restore acme-eu's backups, and by which route",
                "warden account access acme-eu --permission backups.restore",
            ),
        ],
    ),
    (
        "account create",
        &[
            ex(
                "Create acme-eu below acme, owned by alice, its password from a file",
                "warden account create acme-eu --parent acme --owner alice --password-file acme-eu.pw",
            ),
            ex(
                "Below the current account, with 500 credits, the password on standard input",
                "printf '%s\\n' \"$PW\" | warden account create acme-us --credits 500 --password-stdin",
            ),
            ex(
                "Seed it in CI with its own strategy: nothing happens when acme-eu exists",
                "warden account create acme-eu --strategy nightly --if-not-exists --password-file acme-eu.pw",
            ),
        ],
    ),
    (
        "account use",
        &[
            ex(
                "New accounts go below acme-eu from now on (remembered for this actor)",
                "warden account use acme-eu",
            ),
            ex(
                "Back to the root account",
                "warden account use acme",
            ),
        ],
    ),
    (
        "account current",
        &[
            ex(
                "Where new accounts go",
                "warden account current",
            ),
        ],
    ),
    (
        "account list",
        &[
            ex(
                "The tree, with each account's state, strategy and owner",
                "warden account list --tree",
            ),
            ex(
                "The accounts alice owns",
                "warden account list --owner alice",
            ),
            ex(
                "acme-eu and everything below it",
                "warden account list --under acme-eu",
            ),
            ex(
                "The deletion queue, with the time each account is purged after",
                "warden account list --state pending-deletion",
            ),
        ],
    ),
    (
        "account show",
        &[
            ex(
                "acme-eu's path, effective state and strategy, owner and credits",
                "warden account show acme-eu",
            ),
            ex(
                "The strategy in effect, inherited or its own, for a script",
                "warden --json account show acme-eu | jq -r .effective_strategy",
            ),
        ],
    ),
    (
        "account disable",
        &[
            ex(
                "Stop acme-us's backups; its data stays",
                "warden account disable acme-us",
            ),
            ex(
                "Disable acme-eu and each account below it in its own right",
                "warden account disable --recursive acme-eu",
            ),
            ex(
                "How many accounts that took down, for a script",
                "warden --json account disable acme-eu | jq .effectively_disabled",
            ),
        ],
    ),
    (
        "account enable",
        &[
            ex(
                "Start acme-us's backups again",
                "warden account enable acme-us",
            ),
            ex(
                "Enable acme-eu and every account below it",
                "warden account enable --recursive acme-eu",
            ),
        ],
    ),
    (
        "account delete",
        &[
            ex(
                "Only a disabled account can be queued: disable acme-us, then queue it",
                "warden account disable acme-us && warden account delete acme-us --yes",
            ),
            ex(
                "Take acme-eu and everything below it down, then queue them all",
                "warden account disable --recursive acme-eu && warden account delete --recursive acme-eu --yes",
            ),
        ],
    ),
    (
        "account restore",
        &[
            ex(
                "Take acme-us out of the deletion queue within its grace period; it stays disabled",
                "warden account restore acme-us",
            ),
            ex(
                "Restore it and start its backups again",
                "warden account restore acme-us && warden account enable acme-us",
            ),
        ],
    ),
    (
        "account purge",
        &[
            ex(
                "What is due for removal, removing nothing",
                "warden account purge --dry-run",
            ),
            ex(
                "cron: remove what is due (maintenance does this too)",
                "warden --quiet account purge",
            ),
            ex(
                "Remove a queued account now, before its grace period ends",
                "warden account purge acme-us --now --yes",
            ),
        ],
    ),
    (
        "account passwd",
        &[
            ex(
                "Change acme-eu's password: the file's first line is the old one, its second the new",
                "warden account passwd acme-eu --password-file acme-eu.pw",
            ),
            ex(
                "The old and the new password on standard input, one a line",
                "printf '%s\\n' \"$OLD_PW\" \"$NEW_PW\" | warden account passwd acme-eu --password-stdin",
            ),
        ],
    ),
    (
        "account verify",
        &[
            ex(
                "Is the password in acme-eu.pw right? Exit 0 right, 6 wrong",
                "warden account verify acme-eu --password-file acme-eu.pw",
            ),
            ex(
                "Check the one in a secret, on standard input",
                "printf '%s\\n' \"$PW\" | warden account verify acme-eu --password-stdin",
            ),
        ],
    ),
    (
        "account grant",
        &[
            ex(
                "alice may also download and restore on acme and everything below it",
                "warden account grant acme alice --access full",
            ),
            ex(
                "carol may see acme-eu's accounts, backups and reports",
                "warden account grant acme-eu carol --access limited",
            ),
        ],
    ),
    (
        "account revoke",
        &[
            ex(
                "Take carol's grant on acme-eu away (safe to repeat; grants above it still apply)",
                "warden account revoke acme-eu carol",
            ),
        ],
    ),
    (
        "account access",
        &[
            ex(
                "Everyone who reaches acme-eu, by every route, and why",
                "warden account access acme-eu",
            ),
            ex(
                "Who can restore acme-eu's backups",
                "warden account access acme-eu --permission backups.restore",
            ),
            ex(
                "Just their names, each once (a user reached two ways has two routes)",
                "warden --json account access acme-eu --permission backups.restore | jq -r '.[].user' | sort -u",
            ),
        ],
    ),
    (
        "account credits",
        &[
            ex(
                "acme-eu's credit balance",
                "warden account credits acme-eu",
            ),
            ex(
                "Top it up by 500 credits",
                "warden account credits acme-eu --add 500",
            ),
            ex(
                "Take 50 back",
                "warden account credits acme-eu --add -50",
            ),
            ex(
                "Set the balance outright",
                "warden account credits acme-eu --set 1000",
            ),
        ],
    ),
    (
        "strategy",
        &[
            ex(
                "Nightly at two: keep 14 daily and 8 weekly snapshots",
                "warden strategy create nightly --schedule daily@02:00 --keep-daily 14 --keep-weekly 8",
            ),
            ex(
                "acme and every account below it without its own strategy follow it",
                "warden strategy apply nightly --to acme",
            ),
            ex(
                "The strategies with their schedules, rules and next runs",
                "warden strategy list",
            ),
            ex(
                "Which of restic's snapshots nightly would keep or drop, and why",
                "warden strategy preview nightly --snapshots examples/snapshots.json",
            ),
        ],
    ),
    (
        "strategy create",
        &[
            ex(
                "Nightly at two: keep 14 daily and 8 weekly snapshots",
                "warden strategy create nightly --schedule daily@02:00 --keep-daily 14 --keep-weekly 8",
            ),
            ex(
                "Weekdays at 19:30 in cron form: the last 10, and all of the last 30 days",
                "warden strategy create office --schedule \"30 19 * * mon-fri\" --keep-last 10 --keep-within 30d",
            ),
            ex(
                "Seed it in CI: nothing happens when nightly exists",
                "warden strategy create nightly --schedule daily@02:00 --keep-daily 14 --if-not-exists",
            ),
        ],
    ),
    (
        "strategy edit",
        &[
            ex(
                "Also keep a snapshot a year for 3 years; its accounts follow at once",
                "warden strategy edit nightly --keep-yearly 3",
            ),
            ex(
                "Drop the weekly rule: a count of 0 removes it",
                "warden strategy edit nightly --keep-weekly 0",
            ),
            ex(
                "Run office at eight instead, and say so",
                "warden strategy edit office --schedule \"0 20 * * mon-fri\" --description \"Weekdays at eight\"",
            ),
        ],
    ),
    (
        "strategy list",
        &[
            ex(
                "Every strategy with its schedule, keep rules and next run",
                "warden strategy list",
            ),
            ex(
                "Each one's next run in UTC, for a script",
                "warden --json strategy list | jq -r '.[] | \"\\(.name) \\(.next_runs[0])\"'",
            ),
        ],
    ),
    (
        "strategy show",
        &[
            ex(
                "nightly's rules, the accounts it is applied to and its next three runs",
                "warden strategy show nightly",
            ),
        ],
    ),
    (
        "strategy delete",
        &[
            ex(
                "Delete office, which no account uses; --yes confirms without a terminal",
                "warden strategy delete office --yes",
            ),
            ex(
                "Detach it from its accounts first (they inherit again), then delete it",
                "warden strategy delete office --force --yes",
            ),
        ],
    ),
    (
        "strategy apply",
        &[
            ex(
                "acme gets nightly; the accounts below it without their own inherit it",
                "warden strategy apply nightly --to acme",
            ),
            ex(
                "Two accounts at once, all or nothing",
                "warden strategy apply office --to acme-eu acme-us",
            ),
            ex(
                "acme and every account below it get nightly as their own",
                "warden strategy apply nightly --recursive --to acme",
            ),
        ],
    ),
    (
        "strategy detach",
        &[
            ex(
                "acme-eu inherits acme's strategy again",
                "warden strategy detach acme-eu",
            ),
            ex(
                "acme-eu and every account below it inherit again",
                "warden strategy detach --recursive acme-eu",
            ),
        ],
    ),
    (
        "strategy preview",
        &[
            ex(
                "Which snapshots nightly keeps or drops, and by which rule",
                "warden strategy preview nightly --snapshots examples/snapshots.json",
            ),
            ex(
                "Straight from restic, one host and path set at a time",
                "restic snapshots --host db1 --path /srv --json | warden strategy preview nightly --snapshots -",
            ),
            ex(
                "Then have restic forget what nightly drops",
                "warden strategy preview nightly --snapshots snaps.json --forget-ids | xargs -r restic forget",
            ),
        ],
    ),
    (
        "settings",
        &[
            ex(
                "Every setting with its value, default and meaning",
                "warden settings list",
            ),
            ex(
                "Keep deleted accounts restorable for three days",
                "warden settings set deletion.grace 3d",
            ),
            ex(
                "The bare value, for a script",
                "grace=$(warden settings get deletion.grace)",
            ),
        ],
    ),
    (
        "settings list",
        &[
            ex(
                "Every setting with its value, default and meaning",
                "warden settings list",
            ),
            ex(
                "Only the settings changed from their defaults",
                "warden --json settings list | jq -r '.[] | select(.is_set) | .key'",
            ),
        ],
    ),
    (
        "settings get",
        &[
            ex(
                "The grace period of deleted accounts",
                "warden settings get deletion.grace",
            ),
            ex(
                "The bare value, for a script",
                "grace=$(warden settings get deletion.grace)",
            ),
        ],
    ),
    (
        "settings set",
        &[
            ex(
                "Keep deleted accounts restorable for three days",
                "warden settings set deletion.grace 3d",
            ),
            ex(
                "Send notifications through the local mail server",
                "warden settings set notify.command \"/usr/sbin/sendmail -t\"",
            ),
            ex(
                "Lock a user after 10 failed logins in a row instead of 5",
                "warden settings set auth.lockout_threshold 10",
            ),
            ex(
                "Refuse passwords shorter than 14 characters",
                "warden settings set password.min_length 14",
            ),
        ],
    ),
    (
        "notify",
        &[
            ex(
                "What waits to go out, and why the last try failed",
                "warden notify list --pending",
            ),
            ex(
                "Deliver it now through notify.command",
                "warden notify send",
            ),
        ],
    ),
    (
        "notify list",
        &[
            ex(
                "What waits to go out, and why the last try failed",
                "warden notify list --pending",
            ),
            ex(
                "The whole outbox, sent or not, oldest first",
                "warden notify list",
            ),
            ex(
                "How many messages are waiting, for monitoring",
                "warden --json notify list --pending | jq length",
            ),
        ],
    ),
    (
        "notify send",
        &[
            ex(
                "Deliver what is pending; exit 1 when a message could not be sent",
                "warden notify send",
            ),
            ex(
                "cron, every few minutes: silent unless a message could not be sent",
                "warden --quiet notify send",
            ),
        ],
    ),
    (
        "audit",
        &[
            ex(
                "The latest 20 events",
                "warden audit --limit 20",
            ),
            ex(
                "Exactly yesterday",
                "warden audit --since yesterday --until today",
            ),
            ex(
                "Every settings change of the last week, as JSON Lines",
                "warden audit --action 'settings.*' --since 7d --format jsonl",
            ),
            ex(
                "What the maintenance timer did (--actor after audit filters)",
                "warden audit --actor warden-maintenance.service --since 7d",
            ),
        ],
    ),
    (
        "audit verify",
        &[
            ex(
                "Check the whole chain; exit 9 names the first event changed, removed or put in",
                "warden audit verify",
            ),
            ex(
                "Prove that the head mailed last week still stands (a log rewritten consistently fails)",
                "warden audit verify --head 5234:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            ),
            ex(
                "Prove the archive files and the database as one chain from the first event",
                "warden audit verify --archive /var/lib/warden/audit-archive",
            ),
        ],
    ),
    (
        "audit archive",
        &[
            ex(
                "Move the events older than a year into archive files",
                "warden audit archive --before 365d --to /var/lib/warden/audit-archive",
            ),
            ex(
                "Archive up to the start of this year, in files of 100000 events",
                "warden audit archive --before 2026-01-01 --to /srv/audit --per-file 100000",
            ),
            ex(
                "Read what happened long ago: the archived events about alice",
                "warden audit --archive /var/lib/warden/audit-archive --target alice --limit 20",
            ),
        ],
    ),
    (
        "audit head",
        &[
            ex(
                "Print the head to keep elsewhere",
                "warden audit head",
            ),
            ex(
                "Mail it every hour from cron, so the head leaves the machine",
                "warden audit head | mail -s 'warden audit head' audit@example.org",
            ),
        ],
    ),
    (
        "maintenance",
        &[
            ex(
                "The nightly cron job: silent unless something went wrong",
                "warden --quiet maintenance",
            ),
            ex(
                "What the next run would do, changing and sending nothing",
                "warden maintenance --dry-run",
            ),
        ],
    ),
    (
        "expiring",
        &[
            ex(
                "Users, backup-user windows and grace periods that end within 14 days",
                "warden expiring",
            ),
            ex(
                "Only what ends by this time tomorrow",
                "warden expiring --within 1d",
            ),
            ex(
                "The users whose logins end within a month, for a reminder script",
                "warden --json expiring --within 30d | jq -r '.[] | select(.kind == \"user\") | .name'",
            ),
        ],
    ),
    (
        "apply",
        &[
            ex(
                "The plan: what the file would change; exit 8 when changes are pending",
                "warden apply --dry-run examples/site.toml",
            ),
            ex(
                "Converge to it in one transaction; a second run changes nothing",
                "warden apply examples/site.toml",
            ),
            ex(
                "A CI review job: print the plan, fail only on an error",
                "warden apply --dry-run examples/site.toml || [ $? -eq 8 ]",
            ),
            ex(
                "The file on standard input; password_file paths are then relative to here",
                "warden apply - < examples/site.toml",
            ),
        ],
    ),
    (
        "db",
        &[
            ex(
                "Which database this shell reaches, what chose it, its size and rows",
                "warden db info",
            ),
            ex(
                "Integrity, foreign keys and warden's own invariants",
                "warden db check",
            ),
            ex(
                "A consistent, dated copy while others keep writing",
                "warden db backup /var/backups/warden/warden-$(date +%F).db",
            ),
        ],
    ),
    (
        "db info",
        &[
            ex(
                "Which database this shell reaches, what chose it, its schema, size and rows",
                "warden db info",
            ),
            ex(
                "The same for a copy",
                "warden --db /var/backups/warden/warden.db db info",
            ),
        ],
    ),
    (
        "db check",
        &[
            ex(
                "Integrity, foreign keys and warden's own invariants; exit 1 lists every problem",
                "warden db check",
            ),
            ex(
                "In CI: fail the job when any check fails",
                "warden --json db check | jq -e .ok",
            ),
            ex(
                "Once a month: every index against its table too (slow on a large log)",
                "warden --quiet db check --full",
            ),
        ],
    ),
    (
        "db backup",
        &[
            ex(
                "A consistent, dated copy while others keep writing",
                "warden db backup /var/backups/warden/warden-$(date +%F).db",
            ),
            ex(
                "cron: replace last night's copy atomically, then check the copy",
                "warden -q db backup --force /var/backups/w.db && warden -q --db /var/backups/w.db db check",
            ),
        ],
    ),
    (
        "completions",
        &[
            ex(
                "Complete commands and options in this bash (or from ~/.bashrc)",
                "source <(warden completions bash)",
            ),
            ex(
                "The zsh function, for a folder on $fpath",
                "warden completions zsh > _warden",
            ),
        ],
    ),
];

/// The examples of the command at `path` (`"user add"`), if it has any.
pub fn of(path: &str) -> &'static [Example] {
    EXAMPLES
        .iter()
        .find(|(p, _)| *p == path)
        .map_or(&[], |(_, examples)| examples)
}

/// The examples as the end of `--help` shows them.
pub fn help_text(examples: &[Example]) -> String {
    let mut text = String::from("Examples:\n");
    for example in examples {
        text.push_str(&format!("  # {}\n  {}\n", example.says, example.line));
    }
    text
}

/// The tree with each command's examples at the end of its long help
/// (`--help`), after what that help already ends with.
pub fn attach(cmd: clap::Command) -> clap::Command {
    fn walk(cmd: clap::Command, path: &str) -> clap::Command {
        let examples = of(path);
        let cmd = if examples.is_empty() {
            cmd
        } else {
            let before = cmd
                .get_after_long_help()
                .map(|h| format!("{h}\n"))
                .unwrap_or_default();
            cmd.after_long_help(format!("{before}{}", help_text(examples)))
        };
        let names: Vec<String> = cmd
            .get_subcommands()
            .map(|s| s.get_name().to_string())
            .collect();
        names.into_iter().fold(cmd, |cmd, name| {
            let sub = if path.is_empty() {
                name.clone()
            } else {
                format!("{path} {name}")
            };
            cmd.mut_subcommand(name, |s| walk(s, &sub))
        })
    }
    walk(cmd, "")
}
