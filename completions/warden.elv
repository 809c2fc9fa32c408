
use builtin;
use str;

set edit:completion:arg-completer[warden] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'warden'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'warden'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the database with its root account and first admin user'
            cand user 'Manage users: profiles, passwords, states, logins and permissions'
            cand role 'Manage roles and who holds them'
            cand backup-user 'Manage backup users: stand-ins who may act for a user for a limited time'
            cand account 'Manage backup accounts: the tree, states, deletion, passwords, access and credits'
            cand strategy 'Manage backup strategies: when backups run and which snapshots are kept'
            cand settings 'Show and change warden''s settings'
            cand notify 'Show and send the notifications queued for users'
            cand audit 'List the audit log, newest first; verify its chain'
            cand maintenance 'Do the time-driven work: the one command for cron'
            cand expiring 'List what ends soon: users'' expiry, backup-user windows, grace periods'
            cand apply 'Converge settings, roles, strategies, accounts and users to a TOML file'
            cand db 'Inspect, check and back up the database file'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'warden;init'= {
            cand --root-account 'Name of the root account, the one account every other descends from'
            cand --admin 'Name of the first admin user'
            cand --email 'E-mail address of the first admin user'
            cand --password-file 'Read the password from the first line of FILE'
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;user'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Create a user'
            cand list 'List users in name order'
            cand import 'Create or update many users from a CSV, JSON Lines or htpasswd file'
            cand export 'Write users as JSON Lines, JSON or CSV, in the fields `user import` reads'
            cand show 'Show one user''s profile, roles, state and login history summary'
            cand access 'Show everything a user can reach, and why'
            cand edit 'Change a user''s profile, networks, expiry, credit limit or notifications'
            cand passwd 'Set a new password for a user (a reset), clearing any lockout'
            cand disable 'Disable users: they can no longer log in (idempotent)'
            cand enable 'Enable users again (idempotent)'
            cand unlock 'Clear a lockout after failed logins (idempotent)'
            cand delete 'Delete a user for good (asks to confirm)'
            cand events 'Show a user''s history, newest first: changes to the user, logins, and what the user did'
            cand verify 'Check a login: password, enabled, not expired, not locked, allowed network; exit 0 (allowed) or 6 (denied)'
            cand can 'Decide whether a user may do something; exit 0 (allowed) or 6 (denied)'
            cand charge 'Spend credits for a user, debiting an account'
            cand stats 'Show a user''s roles, credit limit, creation date, and credits spent and available'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'warden;user;add'= {
            cand --email 'E-mail address, used for notifications'
            cand --first-name 'Given name, shown in listings and notifications'
            cand --last-name 'Family name, shown in listings and notifications'
            cand --phone 'Phone number: digits, spaces and + - ( ) '
            cand --role 'A role to hold (repeat for several; the first is active)'
            cand --account 'The user''s home account'
            cand --allowed-ip 'A network the user may log in from (repeat; none means anywhere)'
            cand --expires 'When the user stops being able to log in: 2027-01-01, "2027-01-01 18:00", tomorrow, friday, +90d (see TIMES in warden(1))'
            cand --credit-limit 'The most credits the user may spend'
            cand --password-file 'Read the password from the first line of FILE'
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --notify 'Send the user notifications (the default)'
            cand --no-notify 'Send the user no notifications'
            cand --welcome 'Queue a welcome message to the user''s e-mail address'
            cand --if-not-exists 'Succeed without changes when the user already exists'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand --no-password 'Create the user without a password (cannot log in until `user passwd`)'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;user;list'= {
            cand --role 'Only users holding this role'
            cand --account 'Only users whose home account is ACCOUNT'
            cand --expiring 'Only users who expire after now and within DURATION (7d, 2w)'
            cand --format 'Output format (--json is the same as --format json)'
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --enabled 'Only enabled users'
            cand --disabled 'Only disabled users'
            cand --locked 'Only users locked out after failed logins (until the lockout ends or `user unlock`)'
            cand --expired 'Only users whose expiry has passed'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;user;import'= {
            cand --format 'The file''s format [default: from its extension: .csv, .jsonl, .htpasswd; standard input needs it]'
            cand --on-conflict 'What to do with a user that already exists'
            cand --weak-hashes 'What to do with a hash too weak to keep ($apr1$, {SHA}, $1$, DES crypt)'
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --dry-run 'Check everything and count what would change, then write nothing'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;user;export'= {
            cand --format 'Output format [default: jsonl; json: one array of the same records]'
            cand --role 'Only users holding this role'
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --include-hashes 'Include each user''s password hash, so an import restores their logins'
            cand --enabled 'Only enabled users'
            cand --disabled 'Only disabled users'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;user;show'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;user;access'= {
            cand --account 'Also decide every permission on this account, with the reason for each'
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;user;edit'= {
            cand --email 'E-mail address, used for notifications'
            cand --first-name 'Given name, shown in listings and notifications'
            cand --last-name 'Family name, shown in listings and notifications'
            cand --phone 'Phone number: digits, spaces and + - ( ) '
            cand --account 'The user''s home account ('''' for none)'
            cand --add-allowed-ip 'Allow logins from this network too (repeatable)'
            cand --remove-allowed-ip 'Stop allowing this network (repeatable; exit 3 if it is not there)'
            cand --expires 'When the user stops being able to log in (2027-01-01, friday, +90d; see TIMES in warden(1)), or never'
            cand --credit-limit 'The most credits the user may spend, or none for no limit'
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --clear-allowed-ips 'Remove every allowed network: logins from anywhere'
            cand --notify 'Send the user notifications'
            cand --no-notify 'Send the user no notifications'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;user;passwd'= {
            cand --password-file 'Read the password from the first line of FILE'
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;user;disable'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;user;enable'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;user;unlock'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;user;delete'= {
            cand --transfer-to 'Give the user''s accounts to this user first'
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --delete-owned 'Disable the user''s accounts (with the accounts below them) and queue them for deletion'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;user;events'= {
            cand --since 'Only events at or after WHEN: a time, today, yesterday, or a duration ago (24h, 7d)'
            cand --until 'Only events before WHEN (same forms as --since)'
            cand --limit 'At most N events (the newest)'
            cand --format 'Output format (--json prints one JSON array instead)'
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;user;verify'= {
            cand --ip 'The address the login comes from; a user with allowed networks is refused without it'
            cand --as 'Log in as DELEGATOR''s backup user: NAME''s own password, address and lock state are checked, then an active backup-user window from DELEGATOR'
            cand --password-file 'Read the password from the first line of FILE'
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --pam 'Check a login for PAM through pam_exec: the user from PAM_USER, the address from PAM_RHOST, the password from stdin as expose_authtok writes it; prints nothing (auth stack only)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;user;can'= {
            cand --account 'The account the permission is asked for'
            cand --as 'Decide for NAME acting as DELEGATOR''s backup user: allowed only inside an active window, within its scope, and never users.manage, roles.manage or settings.manage'
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;user;charge'= {
            cand --reason 'What the credits pay for, kept in the audit log'
            cand --account 'The account to debit instead of the user''s home account'
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;user;stats'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;user;help'= {
            cand add 'Create a user'
            cand list 'List users in name order'
            cand import 'Create or update many users from a CSV, JSON Lines or htpasswd file'
            cand export 'Write users as JSON Lines, JSON or CSV, in the fields `user import` reads'
            cand show 'Show one user''s profile, roles, state and login history summary'
            cand access 'Show everything a user can reach, and why'
            cand edit 'Change a user''s profile, networks, expiry, credit limit or notifications'
            cand passwd 'Set a new password for a user (a reset), clearing any lockout'
            cand disable 'Disable users: they can no longer log in (idempotent)'
            cand enable 'Enable users again (idempotent)'
            cand unlock 'Clear a lockout after failed logins (idempotent)'
            cand delete 'Delete a user for good (asks to confirm)'
            cand events 'Show a user''s history, newest first: changes to the user, logins, and what the user did'
            cand verify 'Check a login: password, enabled, not expired, not locked, allowed network; exit 0 (allowed) or 6 (denied)'
            cand can 'Decide whether a user may do something; exit 0 (allowed) or 6 (denied)'
            cand charge 'Spend credits for a user, debiting an account'
            cand stats 'Show a user''s roles, credit limit, creation date, and credits spent and available'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'warden;user;help;add'= {
        }
        &'warden;user;help;list'= {
        }
        &'warden;user;help;import'= {
        }
        &'warden;user;help;export'= {
        }
        &'warden;user;help;show'= {
        }
        &'warden;user;help;access'= {
        }
        &'warden;user;help;edit'= {
        }
        &'warden;user;help;passwd'= {
        }
        &'warden;user;help;disable'= {
        }
        &'warden;user;help;enable'= {
        }
        &'warden;user;help;unlock'= {
        }
        &'warden;user;help;delete'= {
        }
        &'warden;user;help;events'= {
        }
        &'warden;user;help;verify'= {
        }
        &'warden;user;help;can'= {
        }
        &'warden;user;help;charge'= {
        }
        &'warden;user;help;stats'= {
        }
        &'warden;user;help;help'= {
        }
        &'warden;role'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the roles with how many users hold each'
            cand show 'Show a role''s permissions and how many users hold it'
            cand permissions 'List the permission catalog and which built-in roles include each'
            cand create 'Create a custom role'
            cand edit 'Change a custom role''s permissions or description'
            cand delete 'Delete a custom role (asks to confirm)'
            cand grant 'Give roles to a user; the first role a user gets becomes active'
            cand revoke 'Take roles from a user; losing the active role makes the first remaining one active. Taking admin from the last admin is refused (exit 5)'
            cand switch 'Set a user''s active role (one the user holds)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'warden;role;list'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;role;show'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;role;permissions'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;role;create'= {
            cand --permission 'A permission of the role (repeat; see `warden role permissions`)'
            cand --description 'What the role is for, shown by `role list` and `role show`'
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --if-not-exists 'Succeed without changes when the role already exists'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;role;edit'= {
            cand --add-permission 'A permission to add (repeat for several; see `warden role permissions`)'
            cand --remove-permission 'A permission to remove (repeat for several)'
            cand --description 'The new description'
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;role;delete'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --force 'Take the role from its holders and delete it'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;role;grant'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;role;revoke'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;role;switch'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;role;help'= {
            cand list 'List the roles with how many users hold each'
            cand show 'Show a role''s permissions and how many users hold it'
            cand permissions 'List the permission catalog and which built-in roles include each'
            cand create 'Create a custom role'
            cand edit 'Change a custom role''s permissions or description'
            cand delete 'Delete a custom role (asks to confirm)'
            cand grant 'Give roles to a user; the first role a user gets becomes active'
            cand revoke 'Take roles from a user; losing the active role makes the first remaining one active. Taking admin from the last admin is refused (exit 5)'
            cand switch 'Set a user''s active role (one the user holds)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'warden;role;help;list'= {
        }
        &'warden;role;help;show'= {
        }
        &'warden;role;help;permissions'= {
        }
        &'warden;role;help;create'= {
        }
        &'warden;role;help;edit'= {
        }
        &'warden;role;help;delete'= {
        }
        &'warden;role;help;grant'= {
        }
        &'warden;role;help;revoke'= {
        }
        &'warden;role;help;switch'= {
        }
        &'warden;role;help;help'= {
        }
        &'warden;backup-user'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Designate USER''s backup user, with the permissions it may use'
            cand clear 'Remove USER''s backup user, ending any window at once'
            cand enable 'Open a window in which USER''s backup user may act for them'
            cand revoke 'End USER''s backup-user window now (scheduled or active)'
            cand status 'Show USER''s backup user, window state, start, end and scope'
            cand list 'List every designated backup user with the state of its window'
            cand covering 'List the users BACKUP can act for right now (the "switch user" choice)'
            cand switch 'Switch BACKUP to acting for USER; exit 0 (allowed) or 6 (denied)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'warden;backup-user;set'= {
            cand --permission 'A permission of the scope (repeatable); default: all of USER''s delegable permissions'
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;backup-user;clear'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;backup-user;enable'= {
            cand --for 'How long the window lasts (8h, 3d, 2w, "1d 12h")'
            cand --until 'When the window ends: 2026-07-15, "2026-07-15 18:00" (local time), an RFC 3339 time, tomorrow, +2w, or a weekday, whose midnight ends it (saturday lets it run through Friday); see TIMES in warden(1)'
            cand --from 'When the window starts, in the same forms as --until: monday (the next one, at midnight), +3d [default: now]'
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;backup-user;revoke'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;backup-user;status'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;backup-user;list'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --active 'Only windows active now'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;backup-user;covering'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;backup-user;switch'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;backup-user;help'= {
            cand set 'Designate USER''s backup user, with the permissions it may use'
            cand clear 'Remove USER''s backup user, ending any window at once'
            cand enable 'Open a window in which USER''s backup user may act for them'
            cand revoke 'End USER''s backup-user window now (scheduled or active)'
            cand status 'Show USER''s backup user, window state, start, end and scope'
            cand list 'List every designated backup user with the state of its window'
            cand covering 'List the users BACKUP can act for right now (the "switch user" choice)'
            cand switch 'Switch BACKUP to acting for USER; exit 0 (allowed) or 6 (denied)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'warden;backup-user;help;set'= {
        }
        &'warden;backup-user;help;clear'= {
        }
        &'warden;backup-user;help;enable'= {
        }
        &'warden;backup-user;help;revoke'= {
        }
        &'warden;backup-user;help;status'= {
        }
        &'warden;backup-user;help;list'= {
        }
        &'warden;backup-user;help;covering'= {
        }
        &'warden;backup-user;help;switch'= {
        }
        &'warden;backup-user;help;help'= {
        }
        &'warden;account'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a backup account below the current account (or --parent)'
            cand use 'Make an account the current one: new accounts are created below it'
            cand current 'Print the current account (the root until `account use` says otherwise)'
            cand list 'List accounts in tree order, or draw the tree'
            cand show 'Show an account with its path, effective state and effective strategy'
            cand disable 'Disable accounts: their backups stop, their data stays (idempotent)'
            cand enable 'Enable accounts again (idempotent)'
            cand delete 'Queue disabled accounts for deletion (asks to confirm)'
            cand restore 'Take a queued account (and those queued below it) out of the deletion queue; it comes back disabled'
            cand purge 'Remove queued accounts whose grace period has passed (for cron)'
            cand passwd 'Change an account password: the old one first, then the new one'
            cand verify 'Check an account password; exit 0 (right) or 6 (wrong)'
            cand grant 'Give a user access to an account and everything below it'
            cand revoke 'Take away a user''s grant on an account (idempotent)'
            cand access 'List every route by which users reach an account, and why'
            cand credits 'Show, add to or set an account''s credit balance'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'warden;account;create'= {
            cand --parent 'Create it below this account instead of the current one'
            cand --owner 'The user who owns it'
            cand --strategy 'Its backup strategy (otherwise it inherits its parent''s)'
            cand --credits 'Its starting credit balance'
            cand --password-file 'Read the password from the first line of FILE'
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --if-not-exists 'Succeed without changes when the account already exists'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;account;use'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;account;current'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;account;list'= {
            cand --state 'Only accounts in this state, as the STATE column shows it (disabled also when an account above is): enabled, disabled or pending-deletion'
            cand --owner 'Only accounts this user owns'
            cand --under 'Only this account and the accounts below it'
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --tree 'Draw the hierarchy, with the state, strategy and owner beside it'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;account;show'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;account;disable'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --recursive 'Disable every account below them too'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;account;enable'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --recursive 'Enable every account below them too'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;account;delete'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --recursive 'Queue the accounts below them too'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;account;restore'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;account;purge'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --now 'Purge the named accounts now'
            cand --dry-run 'Show what would be purged and change nothing'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;account;passwd'= {
            cand --password-file 'Read the old and the new password from the first two lines of FILE'
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --password-stdin 'Read the old and the new password from the first two lines of stdin'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;account;verify'= {
            cand --password-file 'Read the password from the first line of FILE'
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;account;grant'= {
            cand --access 'How much the grant allows'
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;account;revoke'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;account;access'= {
            cand --permission 'Only the users allowed this permission on the account, with the route that allows it'
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;account;credits'= {
            cand --add 'Add N credits (negative to take some away)'
            cand --set 'Set the balance to N'
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;account;help'= {
            cand create 'Create a backup account below the current account (or --parent)'
            cand use 'Make an account the current one: new accounts are created below it'
            cand current 'Print the current account (the root until `account use` says otherwise)'
            cand list 'List accounts in tree order, or draw the tree'
            cand show 'Show an account with its path, effective state and effective strategy'
            cand disable 'Disable accounts: their backups stop, their data stays (idempotent)'
            cand enable 'Enable accounts again (idempotent)'
            cand delete 'Queue disabled accounts for deletion (asks to confirm)'
            cand restore 'Take a queued account (and those queued below it) out of the deletion queue; it comes back disabled'
            cand purge 'Remove queued accounts whose grace period has passed (for cron)'
            cand passwd 'Change an account password: the old one first, then the new one'
            cand verify 'Check an account password; exit 0 (right) or 6 (wrong)'
            cand grant 'Give a user access to an account and everything below it'
            cand revoke 'Take away a user''s grant on an account (idempotent)'
            cand access 'List every route by which users reach an account, and why'
            cand credits 'Show, add to or set an account''s credit balance'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'warden;account;help;create'= {
        }
        &'warden;account;help;use'= {
        }
        &'warden;account;help;current'= {
        }
        &'warden;account;help;list'= {
        }
        &'warden;account;help;show'= {
        }
        &'warden;account;help;disable'= {
        }
        &'warden;account;help;enable'= {
        }
        &'warden;account;help;delete'= {
        }
        &'warden;account;help;restore'= {
        }
        &'warden;account;help;purge'= {
        }
        &'warden;account;help;passwd'= {
        }
        &'warden;account;help;verify'= {
        }
        &'warden;account;help;grant'= {
        }
        &'warden;account;help;revoke'= {
        }
        &'warden;account;help;access'= {
        }
        &'warden;account;help;credits'= {
        }
        &'warden;account;help;help'= {
        }
        &'warden;strategy'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a strategy: a schedule and at least one keep rule'
            cand edit 'Change a strategy''s schedule, keep rules or description'
            cand list 'List the strategies with their schedules, rules and next runs'
            cand show 'Show a strategy with the accounts it is applied to and its next three scheduled runs'
            cand delete 'Delete a strategy (asks to confirm)'
            cand apply 'Apply a strategy to accounts (idempotent; all or nothing)'
            cand detach 'Take accounts'' own strategies away, so they inherit their nearest ancestor''s again (idempotent; all or nothing)'
            cand preview 'Show which snapshots a strategy''s retention keeps or drops, and why'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'warden;strategy;create'= {
            cand --schedule 'When backups run: a 5-field cron expression, a cron nickname (@hourly, @daily, @weekly, @monthly, @yearly), or hourly, daily[@HH:MM], weekly[@DAY[@HH:MM]], monthly[@HH:MM]'
            cand --keep-last 'Keep the N newest snapshots'
            cand --keep-hourly 'Keep the newest snapshot of each of the last N hours that have one'
            cand --keep-daily 'Keep the newest snapshot of each of the last N days that have one'
            cand --keep-weekly 'Keep the newest snapshot of each of the last N weeks (Monday to Sunday) that have one'
            cand --keep-monthly 'Keep the newest snapshot of each of the last N months that have one'
            cand --keep-yearly 'Keep the newest snapshot of each of the last N years that have one'
            cand --keep-within 'Keep every snapshot taken within DURATION of the newest one (30d, 1d 12h)'
            cand --description 'A description for people'
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --if-not-exists 'Succeed without changes when the strategy already exists'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;strategy;edit'= {
            cand --schedule 'A new schedule: a 5-field cron expression, a cron nickname (@hourly, @daily, @weekly, @monthly, @yearly), or hourly, daily[@HH:MM], weekly[@DAY[@HH:MM]], monthly[@HH:MM]'
            cand --keep-last 'Keep the N newest snapshots'
            cand --keep-hourly 'Keep the newest snapshot of each of the last N hours that have one'
            cand --keep-daily 'Keep the newest snapshot of each of the last N days that have one'
            cand --keep-weekly 'Keep the newest snapshot of each of the last N weeks (Monday to Sunday) that have one'
            cand --keep-monthly 'Keep the newest snapshot of each of the last N months that have one'
            cand --keep-yearly 'Keep the newest snapshot of each of the last N years that have one'
            cand --keep-within 'Keep every snapshot taken within DURATION of the newest one (30d, 1d 12h)'
            cand --description 'A description for people'
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;strategy;list'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;strategy;show'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;strategy;delete'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --force 'Detach the strategy from its accounts and delete it'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;strategy;apply'= {
            cand --to 'The accounts; `-` reads more names from stdin, one per line'
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --recursive 'Apply it to every account below them too'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;strategy;detach'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --recursive 'Detach the strategies of every account below them too'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;strategy;preview'= {
            cand --snapshots 'The file of snapshot times; - reads standard input'
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --forget-ids 'Print only the ids of the snapshots to drop, one a line, for `restic forget` (needs restic''s JSON)'
            cand --allow-empty 'Accept input with no snapshots (otherwise an error: the command that makes them may have failed)'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;strategy;help'= {
            cand create 'Create a strategy: a schedule and at least one keep rule'
            cand edit 'Change a strategy''s schedule, keep rules or description'
            cand list 'List the strategies with their schedules, rules and next runs'
            cand show 'Show a strategy with the accounts it is applied to and its next three scheduled runs'
            cand delete 'Delete a strategy (asks to confirm)'
            cand apply 'Apply a strategy to accounts (idempotent; all or nothing)'
            cand detach 'Take accounts'' own strategies away, so they inherit their nearest ancestor''s again (idempotent; all or nothing)'
            cand preview 'Show which snapshots a strategy''s retention keeps or drops, and why'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'warden;strategy;help;create'= {
        }
        &'warden;strategy;help;edit'= {
        }
        &'warden;strategy;help;list'= {
        }
        &'warden;strategy;help;show'= {
        }
        &'warden;strategy;help;delete'= {
        }
        &'warden;strategy;help;apply'= {
        }
        &'warden;strategy;help;detach'= {
        }
        &'warden;strategy;help;preview'= {
        }
        &'warden;strategy;help;help'= {
        }
        &'warden;settings'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List every setting with its value, default and meaning'
            cand get 'Print the value of one setting'
            cand set 'Change a setting'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'warden;settings;list'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;settings;get'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;settings;set'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;settings;help'= {
            cand list 'List every setting with its value, default and meaning'
            cand get 'Print the value of one setting'
            cand set 'Change a setting'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'warden;settings;help;list'= {
        }
        &'warden;settings;help;get'= {
        }
        &'warden;settings;help;set'= {
        }
        &'warden;settings;help;help'= {
        }
        &'warden;notify'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the notification outbox, oldest first'
            cand send 'Send the pending notifications through notify.command'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'warden;notify;list'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --pending 'Only the messages not sent yet'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;notify;send'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;notify;help'= {
            cand list 'List the notification outbox, oldest first'
            cand send 'Send the pending notifications through notify.command'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'warden;notify;help;list'= {
        }
        &'warden;notify;help;send'= {
        }
        &'warden;notify;help;help'= {
        }
        &'warden;audit'= {
            cand --since 'Only events at or after WHEN: a time, today, yesterday, or a duration ago (24h, 7d)'
            cand --until 'Only events before WHEN (same forms as --since), so --since yesterday --until today is yesterday'
            cand --actor 'Only events by exactly this actor; only this flag, given after `audit`, filters (never the global --actor or WARDEN_ACTOR)'
            cand --by 'Only events by exactly this actor; only this flag, given after `audit`, filters (never the global --actor or WARDEN_ACTOR)'
            cand --action 'Only this action (settings.set), or with a trailing * every action that starts with the rest (settings.*, user.*); no other wildcard'
            cand --target 'Only events about exactly this target (a user, account, setting, ...); no wildcard'
            cand --limit 'At most N events (the newest)'
            cand --format 'Output format (--json prints one JSON array instead)'
            cand --archive 'List the events in these archive files (written by `audit archive`; a folder stands for the archive files in it) instead of the database, with the same filters; each file''s links are checked as it is read'
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand verify 'Verify the SHA-256 chain over every event; exit 9 when it is broken'
            cand head 'Print the id and hash of the newest chained event, one line (ID:HASH)'
            cand archive 'Move the events recorded before WHEN out of the database into compressed archive files'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'warden;audit;verify'= {
            cand --head 'A head printed earlier by `warden audit head` (ID:HASH), kept outside this database'
            cand --archive 'Also verify these archive files (all of them, written by `audit archive`; a folder stands for the archive files in it) as the chain before the database''s: each follows the one before it and matches what the database recorded of it'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;audit;head'= {
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;audit;archive'= {
            cand --before 'Archive the events recorded before WHEN: a time, today, yesterday, or a duration ago (90d, 1y)'
            cand --to 'The folder the files go to (it must exist)'
            cand --per-file 'At most N events a file'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;audit;help'= {
            cand verify 'Verify the SHA-256 chain over every event; exit 9 when it is broken'
            cand head 'Print the id and hash of the newest chained event, one line (ID:HASH)'
            cand archive 'Move the events recorded before WHEN out of the database into compressed archive files'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'warden;audit;help;verify'= {
        }
        &'warden;audit;help;head'= {
        }
        &'warden;audit;help;archive'= {
        }
        &'warden;audit;help;help'= {
        }
        &'warden;maintenance'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --dry-run 'Show what would be done, change nothing and send nothing'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;expiring'= {
            cand --within 'How far ahead to look (1d, 2w, "1d 12h")'
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;apply'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --dry-run 'Print the plan and change nothing; exit 8 when changes are pending, 0 when none'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;db'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand info 'Show the database''s path (or server), what chose it, schema version, size and row counts'
            cand check 'Check the database''s integrity and warden''s invariants'
            cand backup 'Write a consistent copy of the database to FILE'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'warden;db;info'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;db;check'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --full 'Run SQLite''s full integrity check (every index against its table too), not its quick check; slower on a large database'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;db;backup'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --force 'Replace FILE if it exists'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;db;help'= {
            cand info 'Show the database''s path (or server), what chose it, schema version, size and row counts'
            cand check 'Check the database''s integrity and warden''s invariants'
            cand backup 'Write a consistent copy of the database to FILE'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'warden;db;help;info'= {
        }
        &'warden;db;help;check'= {
        }
        &'warden;db;help;backup'= {
        }
        &'warden;db;help;help'= {
        }
        &'warden;completions'= {
            cand --db 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: db in the config file, else $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7 [default: busy_timeout in the config file, else 5s]'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand --quiet 'Print nothing when the command succeeds (for cron); a failure, a denial (exit 6) or pending changes (exit 8) show their output; warnings always appear; data for programs (--json, --format, user export, completions, --forget-ids) is still printed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;help'= {
            cand init 'Create the database with its root account and first admin user'
            cand user 'Manage users: profiles, passwords, states, logins and permissions'
            cand role 'Manage roles and who holds them'
            cand backup-user 'Manage backup users: stand-ins who may act for a user for a limited time'
            cand account 'Manage backup accounts: the tree, states, deletion, passwords, access and credits'
            cand strategy 'Manage backup strategies: when backups run and which snapshots are kept'
            cand settings 'Show and change warden''s settings'
            cand notify 'Show and send the notifications queued for users'
            cand audit 'List the audit log, newest first; verify its chain'
            cand maintenance 'Do the time-driven work: the one command for cron'
            cand expiring 'List what ends soon: users'' expiry, backup-user windows, grace periods'
            cand apply 'Converge settings, roles, strategies, accounts and users to a TOML file'
            cand db 'Inspect, check and back up the database file'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'warden;help;init'= {
        }
        &'warden;help;user'= {
            cand add 'Create a user'
            cand list 'List users in name order'
            cand import 'Create or update many users from a CSV, JSON Lines or htpasswd file'
            cand export 'Write users as JSON Lines, JSON or CSV, in the fields `user import` reads'
            cand show 'Show one user''s profile, roles, state and login history summary'
            cand access 'Show everything a user can reach, and why'
            cand edit 'Change a user''s profile, networks, expiry, credit limit or notifications'
            cand passwd 'Set a new password for a user (a reset), clearing any lockout'
            cand disable 'Disable users: they can no longer log in (idempotent)'
            cand enable 'Enable users again (idempotent)'
            cand unlock 'Clear a lockout after failed logins (idempotent)'
            cand delete 'Delete a user for good (asks to confirm)'
            cand events 'Show a user''s history, newest first: changes to the user, logins, and what the user did'
            cand verify 'Check a login: password, enabled, not expired, not locked, allowed network; exit 0 (allowed) or 6 (denied)'
            cand can 'Decide whether a user may do something; exit 0 (allowed) or 6 (denied)'
            cand charge 'Spend credits for a user, debiting an account'
            cand stats 'Show a user''s roles, credit limit, creation date, and credits spent and available'
        }
        &'warden;help;user;add'= {
        }
        &'warden;help;user;list'= {
        }
        &'warden;help;user;import'= {
        }
        &'warden;help;user;export'= {
        }
        &'warden;help;user;show'= {
        }
        &'warden;help;user;access'= {
        }
        &'warden;help;user;edit'= {
        }
        &'warden;help;user;passwd'= {
        }
        &'warden;help;user;disable'= {
        }
        &'warden;help;user;enable'= {
        }
        &'warden;help;user;unlock'= {
        }
        &'warden;help;user;delete'= {
        }
        &'warden;help;user;events'= {
        }
        &'warden;help;user;verify'= {
        }
        &'warden;help;user;can'= {
        }
        &'warden;help;user;charge'= {
        }
        &'warden;help;user;stats'= {
        }
        &'warden;help;role'= {
            cand list 'List the roles with how many users hold each'
            cand show 'Show a role''s permissions and how many users hold it'
            cand permissions 'List the permission catalog and which built-in roles include each'
            cand create 'Create a custom role'
            cand edit 'Change a custom role''s permissions or description'
            cand delete 'Delete a custom role (asks to confirm)'
            cand grant 'Give roles to a user; the first role a user gets becomes active'
            cand revoke 'Take roles from a user; losing the active role makes the first remaining one active. Taking admin from the last admin is refused (exit 5)'
            cand switch 'Set a user''s active role (one the user holds)'
        }
        &'warden;help;role;list'= {
        }
        &'warden;help;role;show'= {
        }
        &'warden;help;role;permissions'= {
        }
        &'warden;help;role;create'= {
        }
        &'warden;help;role;edit'= {
        }
        &'warden;help;role;delete'= {
        }
        &'warden;help;role;grant'= {
        }
        &'warden;help;role;revoke'= {
        }
        &'warden;help;role;switch'= {
        }
        &'warden;help;backup-user'= {
            cand set 'Designate USER''s backup user, with the permissions it may use'
            cand clear 'Remove USER''s backup user, ending any window at once'
            cand enable 'Open a window in which USER''s backup user may act for them'
            cand revoke 'End USER''s backup-user window now (scheduled or active)'
            cand status 'Show USER''s backup user, window state, start, end and scope'
            cand list 'List every designated backup user with the state of its window'
            cand covering 'List the users BACKUP can act for right now (the "switch user" choice)'
            cand switch 'Switch BACKUP to acting for USER; exit 0 (allowed) or 6 (denied)'
        }
        &'warden;help;backup-user;set'= {
        }
        &'warden;help;backup-user;clear'= {
        }
        &'warden;help;backup-user;enable'= {
        }
        &'warden;help;backup-user;revoke'= {
        }
        &'warden;help;backup-user;status'= {
        }
        &'warden;help;backup-user;list'= {
        }
        &'warden;help;backup-user;covering'= {
        }
        &'warden;help;backup-user;switch'= {
        }
        &'warden;help;account'= {
            cand create 'Create a backup account below the current account (or --parent)'
            cand use 'Make an account the current one: new accounts are created below it'
            cand current 'Print the current account (the root until `account use` says otherwise)'
            cand list 'List accounts in tree order, or draw the tree'
            cand show 'Show an account with its path, effective state and effective strategy'
            cand disable 'Disable accounts: their backups stop, their data stays (idempotent)'
            cand enable 'Enable accounts again (idempotent)'
            cand delete 'Queue disabled accounts for deletion (asks to confirm)'
            cand restore 'Take a queued account (and those queued below it) out of the deletion queue; it comes back disabled'
            cand purge 'Remove queued accounts whose grace period has passed (for cron)'
            cand passwd 'Change an account password: the old one first, then the new one'
            cand verify 'Check an account password; exit 0 (right) or 6 (wrong)'
            cand grant 'Give a user access to an account and everything below it'
            cand revoke 'Take away a user''s grant on an account (idempotent)'
            cand access 'List every route by which users reach an account, and why'
            cand credits 'Show, add to or set an account''s credit balance'
        }
        &'warden;help;account;create'= {
        }
        &'warden;help;account;use'= {
        }
        &'warden;help;account;current'= {
        }
        &'warden;help;account;list'= {
        }
        &'warden;help;account;show'= {
        }
        &'warden;help;account;disable'= {
        }
        &'warden;help;account;enable'= {
        }
        &'warden;help;account;delete'= {
        }
        &'warden;help;account;restore'= {
        }
        &'warden;help;account;purge'= {
        }
        &'warden;help;account;passwd'= {
        }
        &'warden;help;account;verify'= {
        }
        &'warden;help;account;grant'= {
        }
        &'warden;help;account;revoke'= {
        }
        &'warden;help;account;access'= {
        }
        &'warden;help;account;credits'= {
        }
        &'warden;help;strategy'= {
            cand create 'Create a strategy: a schedule and at least one keep rule'
            cand edit 'Change a strategy''s schedule, keep rules or description'
            cand list 'List the strategies with their schedules, rules and next runs'
            cand show 'Show a strategy with the accounts it is applied to and its next three scheduled runs'
            cand delete 'Delete a strategy (asks to confirm)'
            cand apply 'Apply a strategy to accounts (idempotent; all or nothing)'
            cand detach 'Take accounts'' own strategies away, so they inherit their nearest ancestor''s again (idempotent; all or nothing)'
            cand preview 'Show which snapshots a strategy''s retention keeps or drops, and why'
        }
        &'warden;help;strategy;create'= {
        }
        &'warden;help;strategy;edit'= {
        }
        &'warden;help;strategy;list'= {
        }
        &'warden;help;strategy;show'= {
        }
        &'warden;help;strategy;delete'= {
        }
        &'warden;help;strategy;apply'= {
        }
        &'warden;help;strategy;detach'= {
        }
        &'warden;help;strategy;preview'= {
        }
        &'warden;help;settings'= {
            cand list 'List every setting with its value, default and meaning'
            cand get 'Print the value of one setting'
            cand set 'Change a setting'
        }
        &'warden;help;settings;list'= {
        }
        &'warden;help;settings;get'= {
        }
        &'warden;help;settings;set'= {
        }
        &'warden;help;notify'= {
            cand list 'List the notification outbox, oldest first'
            cand send 'Send the pending notifications through notify.command'
        }
        &'warden;help;notify;list'= {
        }
        &'warden;help;notify;send'= {
        }
        &'warden;help;audit'= {
            cand verify 'Verify the SHA-256 chain over every event; exit 9 when it is broken'
            cand head 'Print the id and hash of the newest chained event, one line (ID:HASH)'
            cand archive 'Move the events recorded before WHEN out of the database into compressed archive files'
        }
        &'warden;help;audit;verify'= {
        }
        &'warden;help;audit;head'= {
        }
        &'warden;help;audit;archive'= {
        }
        &'warden;help;maintenance'= {
        }
        &'warden;help;expiring'= {
        }
        &'warden;help;apply'= {
        }
        &'warden;help;db'= {
            cand info 'Show the database''s path (or server), what chose it, schema version, size and row counts'
            cand check 'Check the database''s integrity and warden''s invariants'
            cand backup 'Write a consistent copy of the database to FILE'
        }
        &'warden;help;db;info'= {
        }
        &'warden;help;db;check'= {
        }
        &'warden;help;db;backup'= {
        }
        &'warden;help;completions'= {
        }
        &'warden;help;help'= {
        }
    ]
    $completions[$command]
}
