
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'warden' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'warden'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'warden' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the database with its root account and first admin user')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Manage users: profiles, passwords, states, logins and permissions')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Manage roles and who holds them')
            [CompletionResult]::new('backup-user', 'backup-user', [CompletionResultType]::ParameterValue, 'Manage backup users: stand-ins who may act for a user for a limited time')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Manage backup accounts: the tree, states, deletion, passwords, access and credits')
            [CompletionResult]::new('strategy', 'strategy', [CompletionResultType]::ParameterValue, 'Manage backup strategies: when backups run and which snapshots are kept')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Show and change warden''s settings')
            [CompletionResult]::new('notify', 'notify', [CompletionResultType]::ParameterValue, 'Show and send the notifications queued for users')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'List the audit log, newest first; verify its chain')
            [CompletionResult]::new('maintenance', 'maintenance', [CompletionResultType]::ParameterValue, 'Do the time-driven work: the one command for cron')
            [CompletionResult]::new('expiring', 'expiring', [CompletionResultType]::ParameterValue, 'List what ends soon: users'' expiry, backup-user windows, grace periods')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Converge settings, roles, strategies, accounts and users to a TOML file')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Inspect, check and back up the database file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'warden;init' {
            [CompletionResult]::new('--root-account', '--root-account', [CompletionResultType]::ParameterName, 'Name of the root account, the one account every other descends from')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Name of the first admin user')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'E-mail address of the first admin user')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;user' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a user')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users in name order')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create or update many users from a CSV, JSON Lines or htpasswd file')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write users as JSON Lines, JSON or CSV, in the fields `user import` reads')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user''s profile, roles, state and login history summary')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Show everything a user can reach, and why')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a user''s profile, networks, expiry, credit limit or notifications')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Set a new password for a user (a reset), clearing any lockout')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable users: they can no longer log in (idempotent)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable users again (idempotent)')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Clear a lockout after failed logins (idempotent)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user for good (asks to confirm)')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'Show a user''s history, newest first: changes to the user, logins, and what the user did')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a login: password, enabled, not expired, not locked, allowed network; exit 0 (allowed) or 6 (denied)')
            [CompletionResult]::new('can', 'can', [CompletionResultType]::ParameterValue, 'Decide whether a user may do something; exit 0 (allowed) or 6 (denied)')
            [CompletionResult]::new('charge', 'charge', [CompletionResultType]::ParameterValue, 'Spend credits for a user, debiting an account')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Show a user''s roles, credit limit, creation date, and credits spent and available')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'warden;user;add' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'E-mail address, used for notifications')
            [CompletionResult]::new('--first-name', '--first-name', [CompletionResultType]::ParameterName, 'Given name, shown in listings and notifications')
            [CompletionResult]::new('--last-name', '--last-name', [CompletionResultType]::ParameterName, 'Family name, shown in listings and notifications')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone number: digits, spaces and + - ( ) ')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'A role to hold (repeat for several; the first is active)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The user''s home account')
            [CompletionResult]::new('--allowed-ip', '--allowed-ip', [CompletionResultType]::ParameterName, 'A network the user may log in from (repeat; none means anywhere)')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'When the user stops being able to log in: 2027-01-01, "2027-01-01 18:00", tomorrow, friday, +90d (see TIMES in warden(1))')
            [CompletionResult]::new('--credit-limit', '--credit-limit', [CompletionResultType]::ParameterName, 'The most credits the user may spend')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--notify', '--notify', [CompletionResultType]::ParameterName, 'Send the user notifications (the default)')
            [CompletionResult]::new('--no-notify', '--no-notify', [CompletionResultType]::ParameterName, 'Send the user no notifications')
            [CompletionResult]::new('--welcome', '--welcome', [CompletionResultType]::ParameterName, 'Queue a welcome message to the user''s e-mail address')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'Succeed without changes when the user already exists')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('--no-password', '--no-password', [CompletionResultType]::ParameterName, 'Create the user without a password (cannot log in until `user passwd`)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;user;list' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only users holding this role')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only users whose home account is ACCOUNT')
            [CompletionResult]::new('--expiring', '--expiring', [CompletionResultType]::ParameterName, 'Only users who expire after now and within DURATION (7d, 2w)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (--json is the same as --format json)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Only enabled users')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Only disabled users')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Only users locked out after failed logins (until the lockout ends or `user unlock`)')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Only users whose expiry has passed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;user;import' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The file''s format [default: from its extension: .csv, .jsonl, .htpasswd; standard input needs it]')
            [CompletionResult]::new('--on-conflict', '--on-conflict', [CompletionResultType]::ParameterName, 'What to do with a user that already exists')
            [CompletionResult]::new('--weak-hashes', '--weak-hashes', [CompletionResultType]::ParameterName, 'What to do with a hash too weak to keep ($apr1$, {SHA}, $1$, DES crypt)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and count what would change, then write nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;user;export' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: jsonl; json: one array of the same records]')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only users holding this role')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--include-hashes', '--include-hashes', [CompletionResultType]::ParameterName, 'Include each user''s password hash, so an import restores their logins')
            [CompletionResult]::new('--enabled', '--enabled', [CompletionResultType]::ParameterName, 'Only enabled users')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Only disabled users')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;user;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;user;access' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Also decide every permission on this account, with the reason for each')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;user;edit' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'E-mail address, used for notifications')
            [CompletionResult]::new('--first-name', '--first-name', [CompletionResultType]::ParameterName, 'Given name, shown in listings and notifications')
            [CompletionResult]::new('--last-name', '--last-name', [CompletionResultType]::ParameterName, 'Family name, shown in listings and notifications')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone number: digits, spaces and + - ( ) ')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The user''s home account ('''' for none)')
            [CompletionResult]::new('--add-allowed-ip', '--add-allowed-ip', [CompletionResultType]::ParameterName, 'Allow logins from this network too (repeatable)')
            [CompletionResult]::new('--remove-allowed-ip', '--remove-allowed-ip', [CompletionResultType]::ParameterName, 'Stop allowing this network (repeatable; exit 3 if it is not there)')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'When the user stops being able to log in (2027-01-01, friday, +90d; see TIMES in warden(1)), or never')
            [CompletionResult]::new('--credit-limit', '--credit-limit', [CompletionResultType]::ParameterName, 'The most credits the user may spend, or none for no limit')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--clear-allowed-ips', '--clear-allowed-ips', [CompletionResultType]::ParameterName, 'Remove every allowed network: logins from anywhere')
            [CompletionResult]::new('--notify', '--notify', [CompletionResultType]::ParameterName, 'Send the user notifications')
            [CompletionResult]::new('--no-notify', '--no-notify', [CompletionResultType]::ParameterName, 'Send the user no notifications')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;user;passwd' {
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;user;disable' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;user;enable' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;user;unlock' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;user;delete' {
            [CompletionResult]::new('--transfer-to', '--transfer-to', [CompletionResultType]::ParameterName, 'Give the user''s accounts to this user first')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--delete-owned', '--delete-owned', [CompletionResultType]::ParameterName, 'Disable the user''s accounts (with the accounts below them) and queue them for deletion')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;user;events' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only events at or after WHEN: a time, today, yesterday, or a duration ago (24h, 7d)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only events before WHEN (same forms as --since)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N events (the newest)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (--json prints one JSON array instead)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;user;verify' {
            [CompletionResult]::new('--ip', '--ip', [CompletionResultType]::ParameterName, 'The address the login comes from; a user with allowed networks is refused without it')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Log in as DELEGATOR''s backup user: NAME''s own password, address and lock state are checked, then an active backup-user window from DELEGATOR')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--pam', '--pam', [CompletionResultType]::ParameterName, 'Check a login for PAM through pam_exec: the user from PAM_USER, the address from PAM_RHOST, the password from stdin as expose_authtok writes it; prints nothing (auth stack only)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;user;can' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account the permission is asked for')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Decide for NAME acting as DELEGATOR''s backup user: allowed only inside an active window, within its scope, and never users.manage, roles.manage or settings.manage')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;user;charge' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'What the credits pay for, kept in the audit log')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to debit instead of the user''s home account')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;user;stats' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;user;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a user')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users in name order')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create or update many users from a CSV, JSON Lines or htpasswd file')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write users as JSON Lines, JSON or CSV, in the fields `user import` reads')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user''s profile, roles, state and login history summary')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Show everything a user can reach, and why')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a user''s profile, networks, expiry, credit limit or notifications')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Set a new password for a user (a reset), clearing any lockout')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable users: they can no longer log in (idempotent)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable users again (idempotent)')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Clear a lockout after failed logins (idempotent)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user for good (asks to confirm)')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'Show a user''s history, newest first: changes to the user, logins, and what the user did')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a login: password, enabled, not expired, not locked, allowed network; exit 0 (allowed) or 6 (denied)')
            [CompletionResult]::new('can', 'can', [CompletionResultType]::ParameterValue, 'Decide whether a user may do something; exit 0 (allowed) or 6 (denied)')
            [CompletionResult]::new('charge', 'charge', [CompletionResultType]::ParameterValue, 'Spend credits for a user, debiting an account')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Show a user''s roles, credit limit, creation date, and credits spent and available')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'warden;user;help;add' {
            break
        }
        'warden;user;help;list' {
            break
        }
        'warden;user;help;import' {
            break
        }
        'warden;user;help;export' {
            break
        }
        'warden;user;help;show' {
            break
        }
        'warden;user;help;access' {
            break
        }
        'warden;user;help;edit' {
            break
        }
        'warden;user;help;passwd' {
            break
        }
        'warden;user;help;disable' {
            break
        }
        'warden;user;help;enable' {
            break
        }
        'warden;user;help;unlock' {
            break
        }
        'warden;user;help;delete' {
            break
        }
        'warden;user;help;events' {
            break
        }
        'warden;user;help;verify' {
            break
        }
        'warden;user;help;can' {
            break
        }
        'warden;user;help;charge' {
            break
        }
        'warden;user;help;stats' {
            break
        }
        'warden;user;help;help' {
            break
        }
        'warden;role' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the roles with how many users hold each')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a role''s permissions and how many users hold it')
            [CompletionResult]::new('permissions', 'permissions', [CompletionResultType]::ParameterValue, 'List the permission catalog and which built-in roles include each')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a custom role')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a custom role''s permissions or description')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a custom role (asks to confirm)')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give roles to a user; the first role a user gets becomes active')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take roles from a user; losing the active role makes the first remaining one active. Taking admin from the last admin is refused (exit 5)')
            [CompletionResult]::new('switch', 'switch', [CompletionResultType]::ParameterValue, 'Set a user''s active role (one the user holds)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'warden;role;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;role;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;role;permissions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;role;create' {
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'A permission of the role (repeat; see `warden role permissions`)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the role is for, shown by `role list` and `role show`')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'Succeed without changes when the role already exists')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;role;edit' {
            [CompletionResult]::new('--add-permission', '--add-permission', [CompletionResultType]::ParameterName, 'A permission to add (repeat for several; see `warden role permissions`)')
            [CompletionResult]::new('--remove-permission', '--remove-permission', [CompletionResultType]::ParameterName, 'A permission to remove (repeat for several)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'The new description')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;role;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Take the role from its holders and delete it')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;role;grant' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;role;revoke' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;role;switch' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;role;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the roles with how many users hold each')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a role''s permissions and how many users hold it')
            [CompletionResult]::new('permissions', 'permissions', [CompletionResultType]::ParameterValue, 'List the permission catalog and which built-in roles include each')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a custom role')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a custom role''s permissions or description')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a custom role (asks to confirm)')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give roles to a user; the first role a user gets becomes active')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take roles from a user; losing the active role makes the first remaining one active. Taking admin from the last admin is refused (exit 5)')
            [CompletionResult]::new('switch', 'switch', [CompletionResultType]::ParameterValue, 'Set a user''s active role (one the user holds)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'warden;role;help;list' {
            break
        }
        'warden;role;help;show' {
            break
        }
        'warden;role;help;permissions' {
            break
        }
        'warden;role;help;create' {
            break
        }
        'warden;role;help;edit' {
            break
        }
        'warden;role;help;delete' {
            break
        }
        'warden;role;help;grant' {
            break
        }
        'warden;role;help;revoke' {
            break
        }
        'warden;role;help;switch' {
            break
        }
        'warden;role;help;help' {
            break
        }
        'warden;backup-user' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Designate USER''s backup user, with the permissions it may use')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove USER''s backup user, ending any window at once')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Open a window in which USER''s backup user may act for them')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'End USER''s backup-user window now (scheduled or active)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show USER''s backup user, window state, start, end and scope')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every designated backup user with the state of its window')
            [CompletionResult]::new('covering', 'covering', [CompletionResultType]::ParameterValue, 'List the users BACKUP can act for right now (the "switch user" choice)')
            [CompletionResult]::new('switch', 'switch', [CompletionResultType]::ParameterValue, 'Switch BACKUP to acting for USER; exit 0 (allowed) or 6 (denied)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'warden;backup-user;set' {
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'A permission of the scope (repeatable); default: all of USER''s delegable permissions')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;backup-user;clear' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;backup-user;enable' {
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'How long the window lasts (8h, 3d, 2w, "1d 12h")')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'When the window ends: 2026-07-15, "2026-07-15 18:00" (local time), an RFC 3339 time, tomorrow, +2w, or a weekday, whose midnight ends it (saturday lets it run through Friday); see TIMES in warden(1)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'When the window starts, in the same forms as --until: monday (the next one, at midnight), +3d [default: now]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;backup-user;revoke' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;backup-user;status' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;backup-user;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--active', '--active', [CompletionResultType]::ParameterName, 'Only windows active now')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;backup-user;covering' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;backup-user;switch' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;backup-user;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Designate USER''s backup user, with the permissions it may use')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove USER''s backup user, ending any window at once')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Open a window in which USER''s backup user may act for them')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'End USER''s backup-user window now (scheduled or active)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show USER''s backup user, window state, start, end and scope')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every designated backup user with the state of its window')
            [CompletionResult]::new('covering', 'covering', [CompletionResultType]::ParameterValue, 'List the users BACKUP can act for right now (the "switch user" choice)')
            [CompletionResult]::new('switch', 'switch', [CompletionResultType]::ParameterValue, 'Switch BACKUP to acting for USER; exit 0 (allowed) or 6 (denied)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'warden;backup-user;help;set' {
            break
        }
        'warden;backup-user;help;clear' {
            break
        }
        'warden;backup-user;help;enable' {
            break
        }
        'warden;backup-user;help;revoke' {
            break
        }
        'warden;backup-user;help;status' {
            break
        }
        'warden;backup-user;help;list' {
            break
        }
        'warden;backup-user;help;covering' {
            break
        }
        'warden;backup-user;help;switch' {
            break
        }
        'warden;backup-user;help;help' {
            break
        }
        'warden;account' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a backup account below the current account (or --parent)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make an account the current one: new accounts are created below it')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'Print the current account (the root until `account use` says otherwise)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts in tree order, or draw the tree')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an account with its path, effective state and effective strategy')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable accounts: their backups stop, their data stays (idempotent)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable accounts again (idempotent)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Queue disabled accounts for deletion (asks to confirm)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Take a queued account (and those queued below it) out of the deletion queue; it comes back disabled')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Remove queued accounts whose grace period has passed (for cron)')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change an account password: the old one first, then the new one')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check an account password; exit 0 (right) or 6 (wrong)')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give a user access to an account and everything below it')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take away a user''s grant on an account (idempotent)')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'List every route by which users reach an account, and why')
            [CompletionResult]::new('credits', 'credits', [CompletionResultType]::ParameterValue, 'Show, add to or set an account''s credit balance')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'warden;account;create' {
            [CompletionResult]::new('--parent', '--parent', [CompletionResultType]::ParameterName, 'Create it below this account instead of the current one')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'The user who owns it')
            [CompletionResult]::new('--strategy', '--strategy', [CompletionResultType]::ParameterName, 'Its backup strategy (otherwise it inherits its parent''s)')
            [CompletionResult]::new('--credits', '--credits', [CompletionResultType]::ParameterName, 'Its starting credit balance')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'Succeed without changes when the account already exists')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;account;use' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;account;current' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;account;list' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only accounts in this state, as the STATE column shows it (disabled also when an account above is): enabled, disabled or pending-deletion')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Only accounts this user owns')
            [CompletionResult]::new('--under', '--under', [CompletionResultType]::ParameterName, 'Only this account and the accounts below it')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--tree', '--tree', [CompletionResultType]::ParameterName, 'Draw the hierarchy, with the state, strategy and owner beside it')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;account;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;account;disable' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Disable every account below them too')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;account;enable' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Enable every account below them too')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;account;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Queue the accounts below them too')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;account;restore' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;account;purge' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Purge the named accounts now')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be purged and change nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;account;passwd' {
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the old and the new password from the first two lines of FILE')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the old and the new password from the first two lines of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;account;verify' {
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;account;grant' {
            [CompletionResult]::new('--access', '--access', [CompletionResultType]::ParameterName, 'How much the grant allows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;account;revoke' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;account;access' {
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'Only the users allowed this permission on the account, with the route that allows it')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;account;credits' {
            [CompletionResult]::new('--add', '--add', [CompletionResultType]::ParameterName, 'Add N credits (negative to take some away)')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set the balance to N')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;account;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a backup account below the current account (or --parent)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make an account the current one: new accounts are created below it')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'Print the current account (the root until `account use` says otherwise)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts in tree order, or draw the tree')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an account with its path, effective state and effective strategy')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable accounts: their backups stop, their data stays (idempotent)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable accounts again (idempotent)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Queue disabled accounts for deletion (asks to confirm)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Take a queued account (and those queued below it) out of the deletion queue; it comes back disabled')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Remove queued accounts whose grace period has passed (for cron)')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change an account password: the old one first, then the new one')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check an account password; exit 0 (right) or 6 (wrong)')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give a user access to an account and everything below it')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take away a user''s grant on an account (idempotent)')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'List every route by which users reach an account, and why')
            [CompletionResult]::new('credits', 'credits', [CompletionResultType]::ParameterValue, 'Show, add to or set an account''s credit balance')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'warden;account;help;create' {
            break
        }
        'warden;account;help;use' {
            break
        }
        'warden;account;help;current' {
            break
        }
        'warden;account;help;list' {
            break
        }
        'warden;account;help;show' {
            break
        }
        'warden;account;help;disable' {
            break
        }
        'warden;account;help;enable' {
            break
        }
        'warden;account;help;delete' {
            break
        }
        'warden;account;help;restore' {
            break
        }
        'warden;account;help;purge' {
            break
        }
        'warden;account;help;passwd' {
            break
        }
        'warden;account;help;verify' {
            break
        }
        'warden;account;help;grant' {
            break
        }
        'warden;account;help;revoke' {
            break
        }
        'warden;account;help;access' {
            break
        }
        'warden;account;help;credits' {
            break
        }
        'warden;account;help;help' {
            break
        }
        'warden;strategy' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a strategy: a schedule and at least one keep rule')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a strategy''s schedule, keep rules or description')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the strategies with their schedules, rules and next runs')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a strategy with the accounts it is applied to and its next three scheduled runs')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a strategy (asks to confirm)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply a strategy to accounts (idempotent; all or nothing)')
            [CompletionResult]::new('detach', 'detach', [CompletionResultType]::ParameterValue, 'Take accounts'' own strategies away, so they inherit their nearest ancestor''s again (idempotent; all or nothing)')
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'Show which snapshots a strategy''s retention keeps or drops, and why')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'warden;strategy;create' {
            [CompletionResult]::new('--schedule', '--schedule', [CompletionResultType]::ParameterName, 'When backups run: a 5-field cron expression, a cron nickname (@hourly, @daily, @weekly, @monthly, @yearly), or hourly, daily[@HH:MM], weekly[@DAY[@HH:MM]], monthly[@HH:MM]')
            [CompletionResult]::new('--keep-last', '--keep-last', [CompletionResultType]::ParameterName, 'Keep the N newest snapshots')
            [CompletionResult]::new('--keep-hourly', '--keep-hourly', [CompletionResultType]::ParameterName, 'Keep the newest snapshot of each of the last N hours that have one')
            [CompletionResult]::new('--keep-daily', '--keep-daily', [CompletionResultType]::ParameterName, 'Keep the newest snapshot of each of the last N days that have one')
            [CompletionResult]::new('--keep-weekly', '--keep-weekly', [CompletionResultType]::ParameterName, 'Keep the newest snapshot of each of the last N weeks (Monday to Sunday) that have one')
            [CompletionResult]::new('--keep-monthly', '--keep-monthly', [CompletionResultType]::ParameterName, 'Keep the newest snapshot of each of the last N months that have one')
            [CompletionResult]::new('--keep-yearly', '--keep-yearly', [CompletionResultType]::ParameterName, 'Keep the newest snapshot of each of the last N years that have one')
            [CompletionResult]::new('--keep-within', '--keep-within', [CompletionResultType]::ParameterName, 'Keep every snapshot taken within DURATION of the newest one (30d, 1d 12h)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A description for people')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'Succeed without changes when the strategy already exists')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;strategy;edit' {
            [CompletionResult]::new('--schedule', '--schedule', [CompletionResultType]::ParameterName, 'A new schedule: a 5-field cron expression, a cron nickname (@hourly, @daily, @weekly, @monthly, @yearly), or hourly, daily[@HH:MM], weekly[@DAY[@HH:MM]], monthly[@HH:MM]')
            [CompletionResult]::new('--keep-last', '--keep-last', [CompletionResultType]::ParameterName, 'Keep the N newest snapshots')
            [CompletionResult]::new('--keep-hourly', '--keep-hourly', [CompletionResultType]::ParameterName, 'Keep the newest snapshot of each of the last N hours that have one')
            [CompletionResult]::new('--keep-daily', '--keep-daily', [CompletionResultType]::ParameterName, 'Keep the newest snapshot of each of the last N days that have one')
            [CompletionResult]::new('--keep-weekly', '--keep-weekly', [CompletionResultType]::ParameterName, 'Keep the newest snapshot of each of the last N weeks (Monday to Sunday) that have one')
            [CompletionResult]::new('--keep-monthly', '--keep-monthly', [CompletionResultType]::ParameterName, 'Keep the newest snapshot of each of the last N months that have one')
            [CompletionResult]::new('--keep-yearly', '--keep-yearly', [CompletionResultType]::ParameterName, 'Keep the newest snapshot of each of the last N years that have one')
            [CompletionResult]::new('--keep-within', '--keep-within', [CompletionResultType]::ParameterName, 'Keep every snapshot taken within DURATION of the newest one (30d, 1d 12h)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A description for people')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;strategy;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;strategy;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;strategy;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Detach the strategy from its accounts and delete it')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;strategy;apply' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The accounts; `-` reads more names from stdin, one per line')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Apply it to every account below them too')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;strategy;detach' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Detach the strategies of every account below them too')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;strategy;preview' {
            [CompletionResult]::new('--snapshots', '--snapshots', [CompletionResultType]::ParameterName, 'The file of snapshot times; - reads standard input')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--forget-ids', '--forget-ids', [CompletionResultType]::ParameterName, 'Print only the ids of the snapshots to drop, one a line, for `restic forget` (needs restic''s JSON)')
            [CompletionResult]::new('--allow-empty', '--allow-empty', [CompletionResultType]::ParameterName, 'Accept input with no snapshots (otherwise an error: the command that makes them may have failed)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;strategy;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a strategy: a schedule and at least one keep rule')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a strategy''s schedule, keep rules or description')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the strategies with their schedules, rules and next runs')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a strategy with the accounts it is applied to and its next three scheduled runs')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a strategy (asks to confirm)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply a strategy to accounts (idempotent; all or nothing)')
            [CompletionResult]::new('detach', 'detach', [CompletionResultType]::ParameterValue, 'Take accounts'' own strategies away, so they inherit their nearest ancestor''s again (idempotent; all or nothing)')
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'Show which snapshots a strategy''s retention keeps or drops, and why')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'warden;strategy;help;create' {
            break
        }
        'warden;strategy;help;edit' {
            break
        }
        'warden;strategy;help;list' {
            break
        }
        'warden;strategy;help;show' {
            break
        }
        'warden;strategy;help;delete' {
            break
        }
        'warden;strategy;help;apply' {
            break
        }
        'warden;strategy;help;detach' {
            break
        }
        'warden;strategy;help;preview' {
            break
        }
        'warden;strategy;help;help' {
            break
        }
        'warden;settings' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every setting with its value, default and meaning')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the value of one setting')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'warden;settings;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;settings;get' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;settings;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;settings;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every setting with its value, default and meaning')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the value of one setting')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'warden;settings;help;list' {
            break
        }
        'warden;settings;help;get' {
            break
        }
        'warden;settings;help;set' {
            break
        }
        'warden;settings;help;help' {
            break
        }
        'warden;notify' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the notification outbox, oldest first')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send the pending notifications through notify.command')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'warden;notify;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--pending', '--pending', [CompletionResultType]::ParameterName, 'Only the messages not sent yet')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;notify;send' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;notify;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the notification outbox, oldest first')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send the pending notifications through notify.command')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'warden;notify;help;list' {
            break
        }
        'warden;notify;help;send' {
            break
        }
        'warden;notify;help;help' {
            break
        }
        'warden;audit' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only events at or after WHEN: a time, today, yesterday, or a duration ago (24h, 7d)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only events before WHEN (same forms as --since), so --since yesterday --until today is yesterday')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Only events by exactly this actor; only this flag, given after `audit`, filters (never the global --actor or WARDEN_ACTOR)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Only events by exactly this actor; only this flag, given after `audit`, filters (never the global --actor or WARDEN_ACTOR)')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Only this action (settings.set), or with a trailing * every action that starts with the rest (settings.*, user.*); no other wildcard')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'Only events about exactly this target (a user, account, setting, ...); no wildcard')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N events (the newest)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (--json prints one JSON array instead)')
            [CompletionResult]::new('--archive', '--archive', [CompletionResultType]::ParameterName, 'List the events in these archive files (written by `audit archive`; a folder stands for the archive files in it) instead of the database, with the same filters; each file''s links are checked as it is read')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify the SHA-256 chain over every event; exit 9 when it is broken')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'Print the id and hash of the newest chained event, one line (ID:HASH)')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Move the events recorded before WHEN out of the database into compressed archive files')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'warden;audit;verify' {
            [CompletionResult]::new('--head', '--head', [CompletionResultType]::ParameterName, 'A head printed earlier by `warden audit head` (ID:HASH), kept outside this database')
            [CompletionResult]::new('--archive', '--archive', [CompletionResultType]::ParameterName, 'Also verify these archive files (all of them, written by `audit archive`; a folder stands for the archive files in it) as the chain before the database''s: each follows the one before it and matches what the database recorded of it')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;audit;head' {
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;audit;archive' {
            [CompletionResult]::new('--before', '--before', [CompletionResultType]::ParameterName, 'Archive the events recorded before WHEN: a time, today, yesterday, or a duration ago (90d, 1y)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The folder the files go to (it must exist)')
            [CompletionResult]::new('--per-file', '--per-file', [CompletionResultType]::ParameterName, 'At most N events a file')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;audit;help' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify the SHA-256 chain over every event; exit 9 when it is broken')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'Print the id and hash of the newest chained event, one line (ID:HASH)')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Move the events recorded before WHEN out of the database into compressed archive files')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'warden;audit;help;verify' {
            break
        }
        'warden;audit;help;head' {
            break
        }
        'warden;audit;help;archive' {
            break
        }
        'warden;audit;help;help' {
            break
        }
        'warden;maintenance' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be done, change nothing and send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;expiring' {
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'How far ahead to look (1d, 2w, "1d 12h")')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;apply' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and change nothing; exit 8 when changes are pending, 0 when none')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;db' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show the database''s path (or server), what chose it, schema version, size and row counts')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the database''s integrity and warden''s invariants')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the database to FILE')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'warden;db;info' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;db;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Run SQLite''s full integrity check (every index against its table too), not its quick check; slower on a large database')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;db;backup' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;db;help' {
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show the database''s path (or server), what chose it, schema version, size and row counts')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the database''s integrity and warden''s invariants')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the database to FILE')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'warden;db;help;info' {
            break
        }
        'warden;db;help;check' {
            break
        }
        'warden;db;help;backup' {
            break
        }
        'warden;db;help;help' {
            break
        }
        'warden;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as one JSON document, and errors as a JSON object on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'warden;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the database with its root account and first admin user')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Manage users: profiles, passwords, states, logins and permissions')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Manage roles and who holds them')
            [CompletionResult]::new('backup-user', 'backup-user', [CompletionResultType]::ParameterValue, 'Manage backup users: stand-ins who may act for a user for a limited time')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Manage backup accounts: the tree, states, deletion, passwords, access and credits')
            [CompletionResult]::new('strategy', 'strategy', [CompletionResultType]::ParameterValue, 'Manage backup strategies: when backups run and which snapshots are kept')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Show and change warden''s settings')
            [CompletionResult]::new('notify', 'notify', [CompletionResultType]::ParameterValue, 'Show and send the notifications queued for users')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'List the audit log, newest first; verify its chain')
            [CompletionResult]::new('maintenance', 'maintenance', [CompletionResultType]::ParameterValue, 'Do the time-driven work: the one command for cron')
            [CompletionResult]::new('expiring', 'expiring', [CompletionResultType]::ParameterValue, 'List what ends soon: users'' expiry, backup-user windows, grace periods')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Converge settings, roles, strategies, accounts and users to a TOML file')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Inspect, check and back up the database file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'warden;help;init' {
            break
        }
        'warden;help;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a user')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users in name order')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create or update many users from a CSV, JSON Lines or htpasswd file')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write users as JSON Lines, JSON or CSV, in the fields `user import` reads')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user''s profile, roles, state and login history summary')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Show everything a user can reach, and why')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a user''s profile, networks, expiry, credit limit or notifications')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Set a new password for a user (a reset), clearing any lockout')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable users: they can no longer log in (idempotent)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable users again (idempotent)')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Clear a lockout after failed logins (idempotent)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user for good (asks to confirm)')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'Show a user''s history, newest first: changes to the user, logins, and what the user did')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a login: password, enabled, not expired, not locked, allowed network; exit 0 (allowed) or 6 (denied)')
            [CompletionResult]::new('can', 'can', [CompletionResultType]::ParameterValue, 'Decide whether a user may do something; exit 0 (allowed) or 6 (denied)')
            [CompletionResult]::new('charge', 'charge', [CompletionResultType]::ParameterValue, 'Spend credits for a user, debiting an account')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Show a user''s roles, credit limit, creation date, and credits spent and available')
            break
        }
        'warden;help;user;add' {
            break
        }
        'warden;help;user;list' {
            break
        }
        'warden;help;user;import' {
            break
        }
        'warden;help;user;export' {
            break
        }
        'warden;help;user;show' {
            break
        }
        'warden;help;user;access' {
            break
        }
        'warden;help;user;edit' {
            break
        }
        'warden;help;user;passwd' {
            break
        }
        'warden;help;user;disable' {
            break
        }
        'warden;help;user;enable' {
            break
        }
        'warden;help;user;unlock' {
            break
        }
        'warden;help;user;delete' {
            break
        }
        'warden;help;user;events' {
            break
        }
        'warden;help;user;verify' {
            break
        }
        'warden;help;user;can' {
            break
        }
        'warden;help;user;charge' {
            break
        }
        'warden;help;user;stats' {
            break
        }
        'warden;help;role' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the roles with how many users hold each')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a role''s permissions and how many users hold it')
            [CompletionResult]::new('permissions', 'permissions', [CompletionResultType]::ParameterValue, 'List the permission catalog and which built-in roles include each')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a custom role')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a custom role''s permissions or description')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a custom role (asks to confirm)')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give roles to a user; the first role a user gets becomes active')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take roles from a user; losing the active role makes the first remaining one active. Taking admin from the last admin is refused (exit 5)')
            [CompletionResult]::new('switch', 'switch', [CompletionResultType]::ParameterValue, 'Set a user''s active role (one the user holds)')
            break
        }
        'warden;help;role;list' {
            break
        }
        'warden;help;role;show' {
            break
        }
        'warden;help;role;permissions' {
            break
        }
        'warden;help;role;create' {
            break
        }
        'warden;help;role;edit' {
            break
        }
        'warden;help;role;delete' {
            break
        }
        'warden;help;role;grant' {
            break
        }
        'warden;help;role;revoke' {
            break
        }
        'warden;help;role;switch' {
            break
        }
        'warden;help;backup-user' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Designate USER''s backup user, with the permissions it may use')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove USER''s backup user, ending any window at once')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Open a window in which USER''s backup user may act for them')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'End USER''s backup-user window now (scheduled or active)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show USER''s backup user, window state, start, end and scope')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every designated backup user with the state of its window')
            [CompletionResult]::new('covering', 'covering', [CompletionResultType]::ParameterValue, 'List the users BACKUP can act for right now (the "switch user" choice)')
            [CompletionResult]::new('switch', 'switch', [CompletionResultType]::ParameterValue, 'Switch BACKUP to acting for USER; exit 0 (allowed) or 6 (denied)')
            break
        }
        'warden;help;backup-user;set' {
            break
        }
        'warden;help;backup-user;clear' {
            break
        }
        'warden;help;backup-user;enable' {
            break
        }
        'warden;help;backup-user;revoke' {
            break
        }
        'warden;help;backup-user;status' {
            break
        }
        'warden;help;backup-user;list' {
            break
        }
        'warden;help;backup-user;covering' {
            break
        }
        'warden;help;backup-user;switch' {
            break
        }
        'warden;help;account' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a backup account below the current account (or --parent)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make an account the current one: new accounts are created below it')
            [CompletionResult]::new('current', 'current', [CompletionResultType]::ParameterValue, 'Print the current account (the root until `account use` says otherwise)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts in tree order, or draw the tree')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an account with its path, effective state and effective strategy')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable accounts: their backups stop, their data stays (idempotent)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable accounts again (idempotent)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Queue disabled accounts for deletion (asks to confirm)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Take a queued account (and those queued below it) out of the deletion queue; it comes back disabled')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Remove queued accounts whose grace period has passed (for cron)')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change an account password: the old one first, then the new one')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check an account password; exit 0 (right) or 6 (wrong)')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give a user access to an account and everything below it')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take away a user''s grant on an account (idempotent)')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'List every route by which users reach an account, and why')
            [CompletionResult]::new('credits', 'credits', [CompletionResultType]::ParameterValue, 'Show, add to or set an account''s credit balance')
            break
        }
        'warden;help;account;create' {
            break
        }
        'warden;help;account;use' {
            break
        }
        'warden;help;account;current' {
            break
        }
        'warden;help;account;list' {
            break
        }
        'warden;help;account;show' {
            break
        }
        'warden;help;account;disable' {
            break
        }
        'warden;help;account;enable' {
            break
        }
        'warden;help;account;delete' {
            break
        }
        'warden;help;account;restore' {
            break
        }
        'warden;help;account;purge' {
            break
        }
        'warden;help;account;passwd' {
            break
        }
        'warden;help;account;verify' {
            break
        }
        'warden;help;account;grant' {
            break
        }
        'warden;help;account;revoke' {
            break
        }
        'warden;help;account;access' {
            break
        }
        'warden;help;account;credits' {
            break
        }
        'warden;help;strategy' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a strategy: a schedule and at least one keep rule')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a strategy''s schedule, keep rules or description')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the strategies with their schedules, rules and next runs')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a strategy with the accounts it is applied to and its next three scheduled runs')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a strategy (asks to confirm)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply a strategy to accounts (idempotent; all or nothing)')
            [CompletionResult]::new('detach', 'detach', [CompletionResultType]::ParameterValue, 'Take accounts'' own strategies away, so they inherit their nearest ancestor''s again (idempotent; all or nothing)')
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'Show which snapshots a strategy''s retention keeps or drops, and why')
            break
        }
        'warden;help;strategy;create' {
            break
        }
        'warden;help;strategy;edit' {
            break
        }
        'warden;help;strategy;list' {
            break
        }
        'warden;help;strategy;show' {
            break
        }
        'warden;help;strategy;delete' {
            break
        }
        'warden;help;strategy;apply' {
            break
        }
        'warden;help;strategy;detach' {
            break
        }
        'warden;help;strategy;preview' {
            break
        }
        'warden;help;settings' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every setting with its value, default and meaning')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the value of one setting')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting')
            break
        }
        'warden;help;settings;list' {
            break
        }
        'warden;help;settings;get' {
            break
        }
        'warden;help;settings;set' {
            break
        }
        'warden;help;notify' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the notification outbox, oldest first')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send the pending notifications through notify.command')
            break
        }
        'warden;help;notify;list' {
            break
        }
        'warden;help;notify;send' {
            break
        }
        'warden;help;audit' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify the SHA-256 chain over every event; exit 9 when it is broken')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'Print the id and hash of the newest chained event, one line (ID:HASH)')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Move the events recorded before WHEN out of the database into compressed archive files')
            break
        }
        'warden;help;audit;verify' {
            break
        }
        'warden;help;audit;head' {
            break
        }
        'warden;help;audit;archive' {
            break
        }
        'warden;help;maintenance' {
            break
        }
        'warden;help;expiring' {
            break
        }
        'warden;help;apply' {
            break
        }
        'warden;help;db' {
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show the database''s path (or server), what chose it, schema version, size and row counts')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the database''s integrity and warden''s invariants')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the database to FILE')
            break
        }
        'warden;help;db;info' {
            break
        }
        'warden;help;db;check' {
            break
        }
        'warden;help;db;backup' {
            break
        }
        'warden;help;completions' {
            break
        }
        'warden;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
