# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_warden_global_optspecs
    string join \n db= json y/yes q/quiet actor= busy-timeout= h/help V/version
end

function __fish_warden_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_warden_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_warden_using_subcommand
    set -l cmd (__fish_warden_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c warden -n "__fish_warden_needs_command" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_needs_command" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_needs_command" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_needs_command" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_needs_command" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_needs_command" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_needs_command" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_needs_command" -f -a "init" -d 'Create the database with its root account and first admin user'
complete -c warden -n "__fish_warden_needs_command" -f -a "user" -d 'Manage users: profiles, passwords, states, logins and permissions'
complete -c warden -n "__fish_warden_needs_command" -f -a "role" -d 'Manage roles and who holds them'
complete -c warden -n "__fish_warden_needs_command" -f -a "backup-user" -d 'Manage backup users: stand-ins who may act for a user for a limited time'
complete -c warden -n "__fish_warden_needs_command" -f -a "account" -d 'Manage backup accounts: the tree, states, deletion, passwords, access and credits'
complete -c warden -n "__fish_warden_needs_command" -f -a "strategy" -d 'Manage backup strategies: when backups run and which snapshots are kept'
complete -c warden -n "__fish_warden_needs_command" -f -a "settings" -d 'Show and change warden\'s settings'
complete -c warden -n "__fish_warden_needs_command" -f -a "notify" -d 'Show and send the notifications queued for users'
complete -c warden -n "__fish_warden_needs_command" -f -a "audit" -d 'List the audit log, newest first'
complete -c warden -n "__fish_warden_needs_command" -f -a "maintenance" -d 'Do the time-driven work: the one command for cron'
complete -c warden -n "__fish_warden_needs_command" -f -a "expiring" -d 'List what ends soon: users\' expiry, backup-user windows, grace periods'
complete -c warden -n "__fish_warden_needs_command" -f -a "apply" -d 'Converge settings, roles, strategies, accounts and users to a TOML file'
complete -c warden -n "__fish_warden_needs_command" -f -a "db" -d 'Inspect, check and back up the database file'
complete -c warden -n "__fish_warden_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c warden -n "__fish_warden_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c warden -n "__fish_warden_using_subcommand init" -l root-account -d 'Name of the root account, the one account every other descends from' -r
complete -c warden -n "__fish_warden_using_subcommand init" -l admin -d 'Name of the first admin user' -r
complete -c warden -n "__fish_warden_using_subcommand init" -l email -d 'E-mail address of the first admin user' -r
complete -c warden -n "__fish_warden_using_subcommand init" -l password-file -d 'Read the password from the first line of FILE' -r -F
complete -c warden -n "__fish_warden_using_subcommand init" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand init" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand init" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand init" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c warden -n "__fish_warden_using_subcommand init" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand init" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand init" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand init" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand user; and not __fish_seen_subcommand_from add list import export show access edit passwd disable enable unlock delete events verify can charge stats help" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand user; and not __fish_seen_subcommand_from add list import export show access edit passwd disable enable unlock delete events verify can charge stats help" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand user; and not __fish_seen_subcommand_from add list import export show access edit passwd disable enable unlock delete events verify can charge stats help" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand user; and not __fish_seen_subcommand_from add list import export show access edit passwd disable enable unlock delete events verify can charge stats help" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand user; and not __fish_seen_subcommand_from add list import export show access edit passwd disable enable unlock delete events verify can charge stats help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand user; and not __fish_seen_subcommand_from add list import export show access edit passwd disable enable unlock delete events verify can charge stats help" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand user; and not __fish_seen_subcommand_from add list import export show access edit passwd disable enable unlock delete events verify can charge stats help" -s h -l help -d 'Print help'
complete -c warden -n "__fish_warden_using_subcommand user; and not __fish_seen_subcommand_from add list import export show access edit passwd disable enable unlock delete events verify can charge stats help" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand user; and not __fish_seen_subcommand_from add list import export show access edit passwd disable enable unlock delete events verify can charge stats help" -f -a "add" -d 'Create a user'
complete -c warden -n "__fish_warden_using_subcommand user; and not __fish_seen_subcommand_from add list import export show access edit passwd disable enable unlock delete events verify can charge stats help" -f -a "list" -d 'List users in name order'
complete -c warden -n "__fish_warden_using_subcommand user; and not __fish_seen_subcommand_from add list import export show access edit passwd disable enable unlock delete events verify can charge stats help" -f -a "import" -d 'Create or update many users from a CSV, JSON Lines or htpasswd file'
complete -c warden -n "__fish_warden_using_subcommand user; and not __fish_seen_subcommand_from add list import export show access edit passwd disable enable unlock delete events verify can charge stats help" -f -a "export" -d 'Write users as JSON Lines or CSV, in the fields `user import` reads'
complete -c warden -n "__fish_warden_using_subcommand user; and not __fish_seen_subcommand_from add list import export show access edit passwd disable enable unlock delete events verify can charge stats help" -f -a "show" -d 'Show one user\'s profile, roles, state and login history summary'
complete -c warden -n "__fish_warden_using_subcommand user; and not __fish_seen_subcommand_from add list import export show access edit passwd disable enable unlock delete events verify can charge stats help" -f -a "access" -d 'Show everything a user can reach, and why'
complete -c warden -n "__fish_warden_using_subcommand user; and not __fish_seen_subcommand_from add list import export show access edit passwd disable enable unlock delete events verify can charge stats help" -f -a "edit" -d 'Change a user\'s profile, networks, expiry, credit limit or notifications'
complete -c warden -n "__fish_warden_using_subcommand user; and not __fish_seen_subcommand_from add list import export show access edit passwd disable enable unlock delete events verify can charge stats help" -f -a "passwd" -d 'Set a new password for a user (a reset), clearing any lockout'
complete -c warden -n "__fish_warden_using_subcommand user; and not __fish_seen_subcommand_from add list import export show access edit passwd disable enable unlock delete events verify can charge stats help" -f -a "disable" -d 'Disable users: they can no longer log in (idempotent)'
complete -c warden -n "__fish_warden_using_subcommand user; and not __fish_seen_subcommand_from add list import export show access edit passwd disable enable unlock delete events verify can charge stats help" -f -a "enable" -d 'Enable users again (idempotent)'
complete -c warden -n "__fish_warden_using_subcommand user; and not __fish_seen_subcommand_from add list import export show access edit passwd disable enable unlock delete events verify can charge stats help" -f -a "unlock" -d 'Clear a lockout after failed logins (idempotent)'
complete -c warden -n "__fish_warden_using_subcommand user; and not __fish_seen_subcommand_from add list import export show access edit passwd disable enable unlock delete events verify can charge stats help" -f -a "delete" -d 'Delete a user for good (asks to confirm)'
complete -c warden -n "__fish_warden_using_subcommand user; and not __fish_seen_subcommand_from add list import export show access edit passwd disable enable unlock delete events verify can charge stats help" -f -a "events" -d 'Show a user\'s history, newest first: changes to the user, logins, and what the user did'
complete -c warden -n "__fish_warden_using_subcommand user; and not __fish_seen_subcommand_from add list import export show access edit passwd disable enable unlock delete events verify can charge stats help" -f -a "verify" -d 'Check a login: password, enabled, not expired, not locked, allowed network; exit 0 (allowed) or 6 (denied)'
complete -c warden -n "__fish_warden_using_subcommand user; and not __fish_seen_subcommand_from add list import export show access edit passwd disable enable unlock delete events verify can charge stats help" -f -a "can" -d 'Decide whether a user may do something; exit 0 (allowed) or 6 (denied)'
complete -c warden -n "__fish_warden_using_subcommand user; and not __fish_seen_subcommand_from add list import export show access edit passwd disable enable unlock delete events verify can charge stats help" -f -a "charge" -d 'Spend credits for a user, debiting an account'
complete -c warden -n "__fish_warden_using_subcommand user; and not __fish_seen_subcommand_from add list import export show access edit passwd disable enable unlock delete events verify can charge stats help" -f -a "stats" -d 'Show a user\'s roles, credit limit, creation date, and credits spent and available'
complete -c warden -n "__fish_warden_using_subcommand user; and not __fish_seen_subcommand_from add list import export show access edit passwd disable enable unlock delete events verify can charge stats help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from add" -l email -d 'E-mail address, used for notifications' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from add" -l first-name -d 'Given name, shown in listings and notifications' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from add" -l last-name -d 'Family name, shown in listings and notifications' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from add" -l phone -d 'Phone number: digits, spaces and + - ( ) ' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from add" -l role -d 'A role to hold (repeat for several; the first is active)' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from add" -l account -d 'The user\'s home account' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from add" -l allowed-ip -d 'A network the user may log in from (repeat; none means anywhere)' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from add" -l expires -d 'When the user stops being able to log in' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from add" -l credit-limit -d 'The most credits the user may spend' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from add" -l password-file -d 'Read the password from the first line of FILE' -r -F
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from add" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from add" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from add" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from add" -l notify -d 'Send the user notifications (the default)'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from add" -l no-notify -d 'Send the user no notifications'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from add" -l welcome -d 'Queue a welcome message to the user\'s e-mail address'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from add" -l if-not-exists -d 'Succeed without changes when the user already exists'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from add" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from add" -l no-password -d 'Create the user without a password (cannot log in until `user passwd`)'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from add" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from list" -l role -d 'Only users holding this role' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from list" -l account -d 'Only users whose home account is ACCOUNT' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from list" -l expiring -d 'Only users who expire after now and within DURATION (7d, 2w)' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from list" -l format -d 'Output format (--json is the same as --format json)' -r -f -a "table\t''
json\t''
csv\t''"
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from list" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from list" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from list" -l enabled -d 'Only enabled users'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from list" -l disabled -d 'Only disabled users'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from list" -l locked -d 'Only users locked out after failed logins (until the lockout ends or `user unlock`)'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from list" -l expired -d 'Only users whose expiry has passed'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from list" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from import" -l format -d 'The file\'s format [default: from its extension: .csv, .jsonl, .htpasswd]' -r -f -a "csv\t''
jsonl\t''
htpasswd\t''"
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from import" -l on-conflict -d 'What to do with a user that already exists' -r -f -a "fail\t'Stop the whole import (exit 4)'
skip\t'Leave the existing user as it is'
update\t'Set the fields the row gives'"
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from import" -l weak-hashes -d 'What to do with a hash too weak to keep ($apr1$, {SHA}, $1$, DES crypt)' -r -f -a "fail\t'Stop the whole import (exit 2)'
no-password\t'Import the user without a password (set one with `user passwd`); the hash is not kept'"
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from import" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from import" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from import" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from import" -l dry-run -d 'Check everything and count what would change, then write nothing'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from import" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from export" -l format -d 'Output format [default: jsonl] (--json prints one JSON array instead)' -r -f -a "jsonl\t''
csv\t''"
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from export" -l role -d 'Only users holding this role' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from export" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from export" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from export" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from export" -l include-hashes -d 'Include each user\'s password hash, so an import restores their logins'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from export" -l enabled -d 'Only enabled users'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from export" -l disabled -d 'Only disabled users'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from export" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from show" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from show" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from show" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from show" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from access" -l account -d 'Also decide every permission on this account, with the reason for each' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from access" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from access" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from access" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from access" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from access" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from access" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from access" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from access" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from edit" -l email -d 'E-mail address, used for notifications' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from edit" -l first-name -d 'Given name, shown in listings and notifications' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from edit" -l last-name -d 'Family name, shown in listings and notifications' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from edit" -l phone -d 'Phone number: digits, spaces and + - ( ) ' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from edit" -l account -d 'The user\'s home account (\'\' for none)' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from edit" -l add-allowed-ip -d 'Allow logins from this network too (repeatable)' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from edit" -l remove-allowed-ip -d 'Stop allowing this network (repeatable; exit 3 if it is not there)' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from edit" -l expires -d 'When the user stops being able to log in, or never' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from edit" -l credit-limit -d 'The most credits the user may spend, or none for no limit' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from edit" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from edit" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from edit" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from edit" -l clear-allowed-ips -d 'Remove every allowed network: logins from anywhere'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from edit" -l notify -d 'Send the user notifications'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from edit" -l no-notify -d 'Send the user no notifications'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from edit" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from passwd" -l password-file -d 'Read the password from the first line of FILE' -r -F
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from passwd" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from passwd" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from passwd" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from passwd" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from passwd" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from passwd" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from passwd" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from passwd" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from passwd" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from disable" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from disable" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from disable" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from disable" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from disable" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from enable" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from enable" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from enable" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from enable" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from enable" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from unlock" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from unlock" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from unlock" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from unlock" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from unlock" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from unlock" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from unlock" -s h -l help -d 'Print help'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from unlock" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from delete" -l transfer-to -d 'Give the user\'s accounts to this user first' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from delete" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from delete" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from delete" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from delete" -l delete-owned -d 'Disable the user\'s accounts (with the accounts below them) and queue them for deletion'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from delete" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from events" -l since -d 'Only events at or after WHEN: a time, today, yesterday, or a duration ago (24h, 7d)' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from events" -l until -d 'Only events before WHEN (same forms as --since)' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from events" -l limit -d 'At most N events (the newest)' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from events" -l format -d 'Output format (--json prints one JSON array instead)' -r -f -a "table\t''
jsonl\t''"
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from events" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from events" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from events" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from events" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from events" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from events" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from events" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from events" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from verify" -l ip -d 'The address the login comes from; a user with allowed networks is refused without it' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from verify" -l as -d 'Log in as DELEGATOR\'s backup user: NAME\'s own password, address and lock state are checked, then an active backup-user window from DELEGATOR' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from verify" -l password-file -d 'Read the password from the first line of FILE' -r -F
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from verify" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from verify" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from verify" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from verify" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from verify" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from can" -l account -d 'The account the permission is asked for' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from can" -l as -d 'Decide for NAME acting as DELEGATOR\'s backup user: allowed only inside an active window, within its scope, and never users.manage, roles.manage or settings.manage' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from can" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from can" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from can" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from can" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from can" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from can" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from can" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from can" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from charge" -l reason -d 'What the credits pay for, kept in the audit log' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from charge" -l account -d 'The account to debit instead of the user\'s home account' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from charge" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from charge" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from charge" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from charge" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from charge" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from charge" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from charge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from charge" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from stats" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from stats" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from stats" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from stats" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from stats" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from stats" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from stats" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "add" -d 'Create a user'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'List users in name order'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "import" -d 'Create or update many users from a CSV, JSON Lines or htpasswd file'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write users as JSON Lines or CSV, in the fields `user import` reads'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one user\'s profile, roles, state and login history summary'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "access" -d 'Show everything a user can reach, and why'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a user\'s profile, networks, expiry, credit limit or notifications'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "passwd" -d 'Set a new password for a user (a reset), clearing any lockout'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Disable users: they can no longer log in (idempotent)'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Enable users again (idempotent)'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "unlock" -d 'Clear a lockout after failed logins (idempotent)'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a user for good (asks to confirm)'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "events" -d 'Show a user\'s history, newest first: changes to the user, logins, and what the user did'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check a login: password, enabled, not expired, not locked, allowed network; exit 0 (allowed) or 6 (denied)'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "can" -d 'Decide whether a user may do something; exit 0 (allowed) or 6 (denied)'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "charge" -d 'Spend credits for a user, debiting an account'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Show a user\'s roles, credit limit, creation date, and credits spent and available'
complete -c warden -n "__fish_warden_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c warden -n "__fish_warden_using_subcommand role; and not __fish_seen_subcommand_from list show permissions create edit delete grant revoke switch help" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand role; and not __fish_seen_subcommand_from list show permissions create edit delete grant revoke switch help" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand role; and not __fish_seen_subcommand_from list show permissions create edit delete grant revoke switch help" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand role; and not __fish_seen_subcommand_from list show permissions create edit delete grant revoke switch help" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand role; and not __fish_seen_subcommand_from list show permissions create edit delete grant revoke switch help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand role; and not __fish_seen_subcommand_from list show permissions create edit delete grant revoke switch help" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand role; and not __fish_seen_subcommand_from list show permissions create edit delete grant revoke switch help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand role; and not __fish_seen_subcommand_from list show permissions create edit delete grant revoke switch help" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand role; and not __fish_seen_subcommand_from list show permissions create edit delete grant revoke switch help" -f -a "list" -d 'List the roles with how many users hold each'
complete -c warden -n "__fish_warden_using_subcommand role; and not __fish_seen_subcommand_from list show permissions create edit delete grant revoke switch help" -f -a "show" -d 'Show a role\'s permissions and how many users hold it'
complete -c warden -n "__fish_warden_using_subcommand role; and not __fish_seen_subcommand_from list show permissions create edit delete grant revoke switch help" -f -a "permissions" -d 'List the permission catalog and which built-in roles include each'
complete -c warden -n "__fish_warden_using_subcommand role; and not __fish_seen_subcommand_from list show permissions create edit delete grant revoke switch help" -f -a "create" -d 'Create a custom role'
complete -c warden -n "__fish_warden_using_subcommand role; and not __fish_seen_subcommand_from list show permissions create edit delete grant revoke switch help" -f -a "edit" -d 'Change a custom role\'s permissions or description'
complete -c warden -n "__fish_warden_using_subcommand role; and not __fish_seen_subcommand_from list show permissions create edit delete grant revoke switch help" -f -a "delete" -d 'Delete a custom role (asks to confirm)'
complete -c warden -n "__fish_warden_using_subcommand role; and not __fish_seen_subcommand_from list show permissions create edit delete grant revoke switch help" -f -a "grant" -d 'Give roles to a user; the first role a user gets becomes active'
complete -c warden -n "__fish_warden_using_subcommand role; and not __fish_seen_subcommand_from list show permissions create edit delete grant revoke switch help" -f -a "revoke" -d 'Take roles from a user; losing the active role makes the first remaining one active. Taking admin from the last admin is refused (exit 5)'
complete -c warden -n "__fish_warden_using_subcommand role; and not __fish_seen_subcommand_from list show permissions create edit delete grant revoke switch help" -f -a "switch" -d 'Set a user\'s active role (one the user holds)'
complete -c warden -n "__fish_warden_using_subcommand role; and not __fish_seen_subcommand_from list show permissions create edit delete grant revoke switch help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from list" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from list" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from list" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from show" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from show" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from show" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from show" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from permissions" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from permissions" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from permissions" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from permissions" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from permissions" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from permissions" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from permissions" -s h -l help -d 'Print help'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from permissions" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from create" -l permission -d 'A permission of the role (repeat; see `warden role permissions`)' -r
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from create" -l description -r
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from create" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from create" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from create" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from create" -l if-not-exists -d 'Succeed without changes when the role already exists'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from create" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from edit" -l add-permission -d 'A permission to add (repeat for several; see `warden role permissions`)' -r
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from edit" -l remove-permission -d 'A permission to remove (repeat for several)' -r
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from edit" -l description -d 'The new description' -r
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from edit" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from edit" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from edit" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from edit" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from delete" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from delete" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from delete" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from delete" -l force -d 'Take the role from its holders and delete it'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from delete" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from grant" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from grant" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from grant" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from grant" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from grant" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from grant" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from grant" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from revoke" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from revoke" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from revoke" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from revoke" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from switch" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from switch" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from switch" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from switch" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from switch" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from switch" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from switch" -s h -l help -d 'Print help'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from switch" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the roles with how many users hold each'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a role\'s permissions and how many users hold it'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "permissions" -d 'List the permission catalog and which built-in roles include each'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a custom role'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a custom role\'s permissions or description'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a custom role (asks to confirm)'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Give roles to a user; the first role a user gets becomes active'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Take roles from a user; losing the active role makes the first remaining one active. Taking admin from the last admin is refused (exit 5)'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "switch" -d 'Set a user\'s active role (one the user holds)'
complete -c warden -n "__fish_warden_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and not __fish_seen_subcommand_from set clear enable revoke status list covering switch help" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand backup-user; and not __fish_seen_subcommand_from set clear enable revoke status list covering switch help" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand backup-user; and not __fish_seen_subcommand_from set clear enable revoke status list covering switch help" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand backup-user; and not __fish_seen_subcommand_from set clear enable revoke status list covering switch help" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and not __fish_seen_subcommand_from set clear enable revoke status list covering switch help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and not __fish_seen_subcommand_from set clear enable revoke status list covering switch help" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and not __fish_seen_subcommand_from set clear enable revoke status list covering switch help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and not __fish_seen_subcommand_from set clear enable revoke status list covering switch help" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and not __fish_seen_subcommand_from set clear enable revoke status list covering switch help" -f -a "set" -d 'Designate USER\'s backup user, with the permissions it may use'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and not __fish_seen_subcommand_from set clear enable revoke status list covering switch help" -f -a "clear" -d 'Remove USER\'s backup user, ending any window at once'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and not __fish_seen_subcommand_from set clear enable revoke status list covering switch help" -f -a "enable" -d 'Open a window in which USER\'s backup user may act for them'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and not __fish_seen_subcommand_from set clear enable revoke status list covering switch help" -f -a "revoke" -d 'End USER\'s backup-user window now (scheduled or active)'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and not __fish_seen_subcommand_from set clear enable revoke status list covering switch help" -f -a "status" -d 'Show USER\'s backup user, window state, start, end and scope'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and not __fish_seen_subcommand_from set clear enable revoke status list covering switch help" -f -a "list" -d 'List every designated backup user with the state of its window'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and not __fish_seen_subcommand_from set clear enable revoke status list covering switch help" -f -a "covering" -d 'List the users BACKUP can act for right now (the "switch user" choice)'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and not __fish_seen_subcommand_from set clear enable revoke status list covering switch help" -f -a "switch" -d 'Switch BACKUP to acting for USER; exit 0 (allowed) or 6 (denied)'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and not __fish_seen_subcommand_from set clear enable revoke status list covering switch help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from set" -l permission -d 'A permission of the scope (repeatable); default: all of USER\'s delegable permissions' -r
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from set" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from set" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from set" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from set" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from clear" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from clear" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from clear" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from clear" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from clear" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from clear" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from clear" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from clear" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from enable" -l for -d 'How long the window lasts (8h, 3d, 2w, "1d 12h")' -r
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from enable" -l until -d 'When the window ends (RFC 3339, YYYY-MM-DD, "YYYY-MM-DD HH:MM" local time)' -r
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from enable" -l from -d 'When the window starts [default: now]' -r
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from enable" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from enable" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from enable" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from enable" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from enable" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from revoke" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from revoke" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from revoke" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from revoke" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from status" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from status" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from status" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from status" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from list" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from list" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from list" -l active -d 'Only windows active now'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from list" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from covering" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from covering" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from covering" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from covering" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from covering" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from covering" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from covering" -s h -l help -d 'Print help'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from covering" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from switch" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from switch" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from switch" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from switch" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from switch" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from switch" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from switch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from switch" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from help" -f -a "set" -d 'Designate USER\'s backup user, with the permissions it may use'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from help" -f -a "clear" -d 'Remove USER\'s backup user, ending any window at once'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Open a window in which USER\'s backup user may act for them'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'End USER\'s backup-user window now (scheduled or active)'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show USER\'s backup user, window state, start, end and scope'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from help" -f -a "list" -d 'List every designated backup user with the state of its window'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from help" -f -a "covering" -d 'List the users BACKUP can act for right now (the "switch user" choice)'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from help" -f -a "switch" -d 'Switch BACKUP to acting for USER; exit 0 (allowed) or 6 (denied)'
complete -c warden -n "__fish_warden_using_subcommand backup-user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c warden -n "__fish_warden_using_subcommand account; and not __fish_seen_subcommand_from create use current list show disable enable delete restore purge passwd verify grant revoke access credits help" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand account; and not __fish_seen_subcommand_from create use current list show disable enable delete restore purge passwd verify grant revoke access credits help" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand account; and not __fish_seen_subcommand_from create use current list show disable enable delete restore purge passwd verify grant revoke access credits help" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand account; and not __fish_seen_subcommand_from create use current list show disable enable delete restore purge passwd verify grant revoke access credits help" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand account; and not __fish_seen_subcommand_from create use current list show disable enable delete restore purge passwd verify grant revoke access credits help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand account; and not __fish_seen_subcommand_from create use current list show disable enable delete restore purge passwd verify grant revoke access credits help" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand account; and not __fish_seen_subcommand_from create use current list show disable enable delete restore purge passwd verify grant revoke access credits help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand account; and not __fish_seen_subcommand_from create use current list show disable enable delete restore purge passwd verify grant revoke access credits help" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand account; and not __fish_seen_subcommand_from create use current list show disable enable delete restore purge passwd verify grant revoke access credits help" -f -a "create" -d 'Create a backup account below the current account (or --parent)'
complete -c warden -n "__fish_warden_using_subcommand account; and not __fish_seen_subcommand_from create use current list show disable enable delete restore purge passwd verify grant revoke access credits help" -f -a "use" -d 'Make an account the current one: new accounts are created below it'
complete -c warden -n "__fish_warden_using_subcommand account; and not __fish_seen_subcommand_from create use current list show disable enable delete restore purge passwd verify grant revoke access credits help" -f -a "current" -d 'Print the current account (the root until `account use` says otherwise)'
complete -c warden -n "__fish_warden_using_subcommand account; and not __fish_seen_subcommand_from create use current list show disable enable delete restore purge passwd verify grant revoke access credits help" -f -a "list" -d 'List accounts in tree order, or draw the tree'
complete -c warden -n "__fish_warden_using_subcommand account; and not __fish_seen_subcommand_from create use current list show disable enable delete restore purge passwd verify grant revoke access credits help" -f -a "show" -d 'Show an account with its path, effective state and effective strategy'
complete -c warden -n "__fish_warden_using_subcommand account; and not __fish_seen_subcommand_from create use current list show disable enable delete restore purge passwd verify grant revoke access credits help" -f -a "disable" -d 'Disable accounts: their backups stop, their data stays (idempotent)'
complete -c warden -n "__fish_warden_using_subcommand account; and not __fish_seen_subcommand_from create use current list show disable enable delete restore purge passwd verify grant revoke access credits help" -f -a "enable" -d 'Enable accounts again (idempotent)'
complete -c warden -n "__fish_warden_using_subcommand account; and not __fish_seen_subcommand_from create use current list show disable enable delete restore purge passwd verify grant revoke access credits help" -f -a "delete" -d 'Queue disabled accounts for deletion (asks to confirm)'
complete -c warden -n "__fish_warden_using_subcommand account; and not __fish_seen_subcommand_from create use current list show disable enable delete restore purge passwd verify grant revoke access credits help" -f -a "restore" -d 'Take a queued account (and those queued below it) out of the deletion queue; it comes back disabled'
complete -c warden -n "__fish_warden_using_subcommand account; and not __fish_seen_subcommand_from create use current list show disable enable delete restore purge passwd verify grant revoke access credits help" -f -a "purge" -d 'Remove queued accounts whose grace period has passed (for cron)'
complete -c warden -n "__fish_warden_using_subcommand account; and not __fish_seen_subcommand_from create use current list show disable enable delete restore purge passwd verify grant revoke access credits help" -f -a "passwd" -d 'Change an account password: the old one first, then the new one'
complete -c warden -n "__fish_warden_using_subcommand account; and not __fish_seen_subcommand_from create use current list show disable enable delete restore purge passwd verify grant revoke access credits help" -f -a "verify" -d 'Check an account password; exit 0 (right) or 6 (wrong)'
complete -c warden -n "__fish_warden_using_subcommand account; and not __fish_seen_subcommand_from create use current list show disable enable delete restore purge passwd verify grant revoke access credits help" -f -a "grant" -d 'Give a user access to an account and everything below it'
complete -c warden -n "__fish_warden_using_subcommand account; and not __fish_seen_subcommand_from create use current list show disable enable delete restore purge passwd verify grant revoke access credits help" -f -a "revoke" -d 'Take away a user\'s grant on an account (idempotent)'
complete -c warden -n "__fish_warden_using_subcommand account; and not __fish_seen_subcommand_from create use current list show disable enable delete restore purge passwd verify grant revoke access credits help" -f -a "access" -d 'List every user who can reach an account, and why'
complete -c warden -n "__fish_warden_using_subcommand account; and not __fish_seen_subcommand_from create use current list show disable enable delete restore purge passwd verify grant revoke access credits help" -f -a "credits" -d 'Show, add to or set an account\'s credit balance'
complete -c warden -n "__fish_warden_using_subcommand account; and not __fish_seen_subcommand_from create use current list show disable enable delete restore purge passwd verify grant revoke access credits help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from create" -l parent -d 'Create it below this account instead of the current one' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from create" -l owner -d 'The user who owns it' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from create" -l strategy -d 'Its backup strategy (otherwise it inherits its parent\'s)' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from create" -l credits -d 'Its starting credit balance' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from create" -l password-file -d 'Read the password from the first line of FILE' -r -F
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from create" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from create" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from create" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from create" -l if-not-exists -d 'Succeed without changes when the account already exists'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from create" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from create" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from use" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from use" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from use" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from use" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from use" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from current" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from current" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from current" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from current" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from current" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from current" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from current" -s h -l help -d 'Print help'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from current" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from list" -l state -d 'Only accounts in this state: enabled, disabled or pending-deletion' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from list" -l owner -d 'Only accounts this user owns' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from list" -l under -d 'Only this account and the accounts below it' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from list" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from list" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from list" -l tree -d 'Draw the hierarchy, with the state, strategy and owner beside it'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from list" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from show" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from show" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from show" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from show" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from disable" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from disable" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from disable" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from disable" -l recursive -d 'Disable every account below them too'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from disable" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from disable" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from enable" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from enable" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from enable" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from enable" -l recursive -d 'Enable every account below them too'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from enable" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from enable" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from delete" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from delete" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from delete" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from delete" -l recursive -d 'Queue the accounts below them too'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from delete" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from restore" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from restore" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from restore" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from restore" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from restore" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from restore" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from purge" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from purge" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from purge" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from purge" -l now -d 'Purge the named accounts now'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from purge" -l dry-run -d 'Show what would be purged and change nothing'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from purge" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from purge" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from purge" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from purge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from purge" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from passwd" -l password-file -d 'Read the old and the new password from the first two lines of FILE' -r -F
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from passwd" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from passwd" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from passwd" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from passwd" -l password-stdin -d 'Read the old and the new password from the first two lines of stdin'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from passwd" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from passwd" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from passwd" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from passwd" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from passwd" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from verify" -l password-file -d 'Read the password from the first line of FILE' -r -F
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from verify" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from verify" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from verify" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from verify" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from verify" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from grant" -l access -r -f -a "limited\t''
full\t''"
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from grant" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from grant" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from grant" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from grant" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from grant" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from grant" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from grant" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from revoke" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from revoke" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from revoke" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from revoke" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from access" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from access" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from access" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from access" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from access" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from access" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from access" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from access" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from credits" -l add -d 'Add N credits (negative to take some away)' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from credits" -l set -d 'Set the balance to N' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from credits" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from credits" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from credits" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from credits" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from credits" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from credits" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from credits" -s h -l help -d 'Print help'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from credits" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a backup account below the current account (or --parent)'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make an account the current one: new accounts are created below it'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "current" -d 'Print the current account (the root until `account use` says otherwise)'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "list" -d 'List accounts in tree order, or draw the tree'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show an account with its path, effective state and effective strategy'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Disable accounts: their backups stop, their data stays (idempotent)'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Enable accounts again (idempotent)'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Queue disabled accounts for deletion (asks to confirm)'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Take a queued account (and those queued below it) out of the deletion queue; it comes back disabled'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "purge" -d 'Remove queued accounts whose grace period has passed (for cron)'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "passwd" -d 'Change an account password: the old one first, then the new one'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check an account password; exit 0 (right) or 6 (wrong)'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Give a user access to an account and everything below it'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Take away a user\'s grant on an account (idempotent)'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "access" -d 'List every user who can reach an account, and why'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "credits" -d 'Show, add to or set an account\'s credit balance'
complete -c warden -n "__fish_warden_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c warden -n "__fish_warden_using_subcommand strategy; and not __fish_seen_subcommand_from create edit list show delete apply detach preview help" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand strategy; and not __fish_seen_subcommand_from create edit list show delete apply detach preview help" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and not __fish_seen_subcommand_from create edit list show delete apply detach preview help" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and not __fish_seen_subcommand_from create edit list show delete apply detach preview help" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand strategy; and not __fish_seen_subcommand_from create edit list show delete apply detach preview help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand strategy; and not __fish_seen_subcommand_from create edit list show delete apply detach preview help" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand strategy; and not __fish_seen_subcommand_from create edit list show delete apply detach preview help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand strategy; and not __fish_seen_subcommand_from create edit list show delete apply detach preview help" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand strategy; and not __fish_seen_subcommand_from create edit list show delete apply detach preview help" -f -a "create" -d 'Create a strategy: a schedule and at least one keep rule'
complete -c warden -n "__fish_warden_using_subcommand strategy; and not __fish_seen_subcommand_from create edit list show delete apply detach preview help" -f -a "edit" -d 'Change a strategy\'s schedule, keep rules or description'
complete -c warden -n "__fish_warden_using_subcommand strategy; and not __fish_seen_subcommand_from create edit list show delete apply detach preview help" -f -a "list" -d 'List the strategies with their schedules, rules and next runs'
complete -c warden -n "__fish_warden_using_subcommand strategy; and not __fish_seen_subcommand_from create edit list show delete apply detach preview help" -f -a "show" -d 'Show a strategy with the accounts it is applied to and its next three scheduled runs'
complete -c warden -n "__fish_warden_using_subcommand strategy; and not __fish_seen_subcommand_from create edit list show delete apply detach preview help" -f -a "delete" -d 'Delete a strategy (asks to confirm)'
complete -c warden -n "__fish_warden_using_subcommand strategy; and not __fish_seen_subcommand_from create edit list show delete apply detach preview help" -f -a "apply" -d 'Apply a strategy to accounts (idempotent; all or nothing)'
complete -c warden -n "__fish_warden_using_subcommand strategy; and not __fish_seen_subcommand_from create edit list show delete apply detach preview help" -f -a "detach" -d 'Take accounts\' own strategies away, so they inherit their nearest ancestor\'s again (idempotent; all or nothing)'
complete -c warden -n "__fish_warden_using_subcommand strategy; and not __fish_seen_subcommand_from create edit list show delete apply detach preview help" -f -a "preview" -d 'Show which snapshots a strategy\'s retention keeps or drops, and why'
complete -c warden -n "__fish_warden_using_subcommand strategy; and not __fish_seen_subcommand_from create edit list show delete apply detach preview help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from create" -l schedule -d 'When backups run: a 5-field cron expression, a cron nickname (@hourly, @daily, @weekly, @monthly, @yearly), or hourly, daily[@HH:MM], weekly[@DAY[@HH:MM]], monthly[@HH:MM]' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from create" -l keep-last -d 'Keep the N newest snapshots' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from create" -l keep-hourly -d 'Keep the newest snapshot of each of the last N hours that have one' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from create" -l keep-daily -d 'Keep the newest snapshot of each of the last N days that have one' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from create" -l keep-weekly -d 'Keep the newest snapshot of each of the last N weeks (Monday to Sunday) that have one' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from create" -l keep-monthly -d 'Keep the newest snapshot of each of the last N months that have one' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from create" -l keep-yearly -d 'Keep the newest snapshot of each of the last N years that have one' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from create" -l keep-within -d 'Keep every snapshot taken within DURATION of the newest one (30d, 1d 12h)' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from create" -l description -d 'A description for people' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from create" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from create" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from create" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from create" -l if-not-exists -d 'Succeed without changes when the strategy already exists'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from create" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from edit" -l schedule -d 'A new schedule: a 5-field cron expression, a cron nickname (@hourly, @daily, @weekly, @monthly, @yearly), or hourly, daily[@HH:MM], weekly[@DAY[@HH:MM]], monthly[@HH:MM]' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from edit" -l keep-last -d 'Keep the N newest snapshots' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from edit" -l keep-hourly -d 'Keep the newest snapshot of each of the last N hours that have one' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from edit" -l keep-daily -d 'Keep the newest snapshot of each of the last N days that have one' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from edit" -l keep-weekly -d 'Keep the newest snapshot of each of the last N weeks (Monday to Sunday) that have one' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from edit" -l keep-monthly -d 'Keep the newest snapshot of each of the last N months that have one' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from edit" -l keep-yearly -d 'Keep the newest snapshot of each of the last N years that have one' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from edit" -l keep-within -d 'Keep every snapshot taken within DURATION of the newest one (30d, 1d 12h)' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from edit" -l description -d 'A description for people' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from edit" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from edit" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from edit" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from edit" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from list" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from list" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from list" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from show" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from show" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from show" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from show" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from delete" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from delete" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from delete" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from delete" -l force -d 'Detach the strategy from its accounts and delete it'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from delete" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from apply" -l to -d 'The accounts; `-` reads more names from stdin, one per line' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from apply" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from apply" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from apply" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from apply" -l recursive -d 'Apply it to every account below them too'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from apply" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from apply" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from apply" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from detach" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from detach" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from detach" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from detach" -l recursive -d 'Detach the strategies of every account below them too'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from detach" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from detach" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from detach" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from detach" -s h -l help -d 'Print help'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from detach" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from preview" -l snapshots -d 'The file of snapshot times; - reads standard input' -r -F
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from preview" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from preview" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from preview" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from preview" -l forget-ids -d 'Print only the ids of the snapshots to drop, one a line, for `restic forget` (needs restic\'s JSON)'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from preview" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from preview" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from preview" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from preview" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from preview" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a strategy: a schedule and at least one keep rule'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a strategy\'s schedule, keep rules or description'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the strategies with their schedules, rules and next runs'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a strategy with the accounts it is applied to and its next three scheduled runs'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a strategy (asks to confirm)'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Apply a strategy to accounts (idempotent; all or nothing)'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from help" -f -a "detach" -d 'Take accounts\' own strategies away, so they inherit their nearest ancestor\'s again (idempotent; all or nothing)'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from help" -f -a "preview" -d 'Show which snapshots a strategy\'s retention keeps or drops, and why'
complete -c warden -n "__fish_warden_using_subcommand strategy; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c warden -n "__fish_warden_using_subcommand settings; and not __fish_seen_subcommand_from list get set help" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand settings; and not __fish_seen_subcommand_from list get set help" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand settings; and not __fish_seen_subcommand_from list get set help" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand settings; and not __fish_seen_subcommand_from list get set help" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand settings; and not __fish_seen_subcommand_from list get set help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand settings; and not __fish_seen_subcommand_from list get set help" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand settings; and not __fish_seen_subcommand_from list get set help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand settings; and not __fish_seen_subcommand_from list get set help" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand settings; and not __fish_seen_subcommand_from list get set help" -f -a "list" -d 'List every setting with its value, default and meaning'
complete -c warden -n "__fish_warden_using_subcommand settings; and not __fish_seen_subcommand_from list get set help" -f -a "get" -d 'Print the value of one setting'
complete -c warden -n "__fish_warden_using_subcommand settings; and not __fish_seen_subcommand_from list get set help" -f -a "set" -d 'Change a setting'
complete -c warden -n "__fish_warden_using_subcommand settings; and not __fish_seen_subcommand_from list get set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from list" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from list" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from list" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from get" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from get" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from get" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from get" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from set" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from set" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from set" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from set" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "list" -d 'List every setting with its value, default and meaning'
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print the value of one setting'
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a setting'
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c warden -n "__fish_warden_using_subcommand notify; and not __fish_seen_subcommand_from list send help" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand notify; and not __fish_seen_subcommand_from list send help" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand notify; and not __fish_seen_subcommand_from list send help" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand notify; and not __fish_seen_subcommand_from list send help" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand notify; and not __fish_seen_subcommand_from list send help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand notify; and not __fish_seen_subcommand_from list send help" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand notify; and not __fish_seen_subcommand_from list send help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand notify; and not __fish_seen_subcommand_from list send help" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand notify; and not __fish_seen_subcommand_from list send help" -f -a "list" -d 'List the notification outbox, oldest first'
complete -c warden -n "__fish_warden_using_subcommand notify; and not __fish_seen_subcommand_from list send help" -f -a "send" -d 'Send the pending notifications through notify.command'
complete -c warden -n "__fish_warden_using_subcommand notify; and not __fish_seen_subcommand_from list send help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c warden -n "__fish_warden_using_subcommand notify; and __fish_seen_subcommand_from list" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand notify; and __fish_seen_subcommand_from list" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand notify; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand notify; and __fish_seen_subcommand_from list" -l pending -d 'Only the messages not sent yet'
complete -c warden -n "__fish_warden_using_subcommand notify; and __fish_seen_subcommand_from list" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand notify; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand notify; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand notify; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand notify; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand notify; and __fish_seen_subcommand_from send" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand notify; and __fish_seen_subcommand_from send" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand notify; and __fish_seen_subcommand_from send" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand notify; and __fish_seen_subcommand_from send" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand notify; and __fish_seen_subcommand_from send" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand notify; and __fish_seen_subcommand_from send" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand notify; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand notify; and __fish_seen_subcommand_from send" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand notify; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the notification outbox, oldest first'
complete -c warden -n "__fish_warden_using_subcommand notify; and __fish_seen_subcommand_from help" -f -a "send" -d 'Send the pending notifications through notify.command'
complete -c warden -n "__fish_warden_using_subcommand notify; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c warden -n "__fish_warden_using_subcommand audit" -l since -d 'Only events at or after WHEN: a time, today, yesterday, or a duration ago (24h, 7d)' -r
complete -c warden -n "__fish_warden_using_subcommand audit" -l until -d 'Only events before WHEN (same forms as --since), so --since yesterday --until today is yesterday' -r
complete -c warden -n "__fish_warden_using_subcommand audit" -l actor -l by -d 'Only events by exactly this actor; only this flag, given after `audit`, filters (never the global --actor or WARDEN_ACTOR)' -r
complete -c warden -n "__fish_warden_using_subcommand audit" -l action -d 'Only this action (settings.set), or with a trailing * every action that starts with the rest (settings.*, user.*); no other wildcard' -r
complete -c warden -n "__fish_warden_using_subcommand audit" -l target -d 'Only events about exactly this target (a user, account, setting, ...); no wildcard' -r
complete -c warden -n "__fish_warden_using_subcommand audit" -l limit -d 'At most N events (the newest)' -r
complete -c warden -n "__fish_warden_using_subcommand audit" -l format -d 'Output format (--json prints one JSON array instead)' -r -f -a "table\t''
jsonl\t''"
complete -c warden -n "__fish_warden_using_subcommand audit" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand audit" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand audit" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand audit" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand audit" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand audit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand audit" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand maintenance" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand maintenance" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand maintenance" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand maintenance" -l dry-run -d 'Show what would be done, change nothing and send nothing'
complete -c warden -n "__fish_warden_using_subcommand maintenance" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand maintenance" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand maintenance" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand maintenance" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand maintenance" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand expiring" -l within -d 'How far ahead to look (1d, 2w, "1d 12h")' -r
complete -c warden -n "__fish_warden_using_subcommand expiring" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand expiring" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand expiring" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand expiring" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand expiring" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand expiring" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand expiring" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand expiring" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand apply" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand apply" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand apply" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand apply" -l dry-run -d 'Print the plan and change nothing; exit 8 when changes are pending, 0 when none'
complete -c warden -n "__fish_warden_using_subcommand apply" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand apply" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand apply" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand apply" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand db; and not __fish_seen_subcommand_from info check backup help" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand db; and not __fish_seen_subcommand_from info check backup help" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand db; and not __fish_seen_subcommand_from info check backup help" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand db; and not __fish_seen_subcommand_from info check backup help" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand db; and not __fish_seen_subcommand_from info check backup help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand db; and not __fish_seen_subcommand_from info check backup help" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand db; and not __fish_seen_subcommand_from info check backup help" -s h -l help -d 'Print help'
complete -c warden -n "__fish_warden_using_subcommand db; and not __fish_seen_subcommand_from info check backup help" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand db; and not __fish_seen_subcommand_from info check backup help" -f -a "info" -d 'Show the database\'s path (or server), schema version, size and row counts'
complete -c warden -n "__fish_warden_using_subcommand db; and not __fish_seen_subcommand_from info check backup help" -f -a "check" -d 'Check the database\'s integrity and warden\'s invariants'
complete -c warden -n "__fish_warden_using_subcommand db; and not __fish_seen_subcommand_from info check backup help" -f -a "backup" -d 'Write a consistent copy of the database to FILE'
complete -c warden -n "__fish_warden_using_subcommand db; and not __fish_seen_subcommand_from info check backup help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from info" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from info" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from info" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from info" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from info" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from info" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from check" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from check" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from check" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from check" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from check" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from backup" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from backup" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from backup" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from backup" -l force -d 'Replace FILE if it exists'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from backup" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from backup" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from backup" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from backup" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "info" -d 'Show the database\'s path (or server), schema version, size and row counts'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check the database\'s integrity and warden\'s invariants'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "backup" -d 'Write a consistent copy of the database to FILE'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c warden -n "__fish_warden_using_subcommand completions" -l db -d 'The database file, or a PostgreSQL URL (postgresql://USER@HOST/DATABASE; never with a password) [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand completions" -l actor -d 'Who is acting, a label for the audit log (it grants nothing) [default: $SUDO_USER, else $USER, else $LOGNAME, else the user name of the process]' -r
complete -c warden -n "__fish_warden_using_subcommand completions" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand completions" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand completions" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand completions" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand help; and not __fish_seen_subcommand_from init user role backup-user account strategy settings notify audit maintenance expiring apply db completions help" -f -a "init" -d 'Create the database with its root account and first admin user'
complete -c warden -n "__fish_warden_using_subcommand help; and not __fish_seen_subcommand_from init user role backup-user account strategy settings notify audit maintenance expiring apply db completions help" -f -a "user" -d 'Manage users: profiles, passwords, states, logins and permissions'
complete -c warden -n "__fish_warden_using_subcommand help; and not __fish_seen_subcommand_from init user role backup-user account strategy settings notify audit maintenance expiring apply db completions help" -f -a "role" -d 'Manage roles and who holds them'
complete -c warden -n "__fish_warden_using_subcommand help; and not __fish_seen_subcommand_from init user role backup-user account strategy settings notify audit maintenance expiring apply db completions help" -f -a "backup-user" -d 'Manage backup users: stand-ins who may act for a user for a limited time'
complete -c warden -n "__fish_warden_using_subcommand help; and not __fish_seen_subcommand_from init user role backup-user account strategy settings notify audit maintenance expiring apply db completions help" -f -a "account" -d 'Manage backup accounts: the tree, states, deletion, passwords, access and credits'
complete -c warden -n "__fish_warden_using_subcommand help; and not __fish_seen_subcommand_from init user role backup-user account strategy settings notify audit maintenance expiring apply db completions help" -f -a "strategy" -d 'Manage backup strategies: when backups run and which snapshots are kept'
complete -c warden -n "__fish_warden_using_subcommand help; and not __fish_seen_subcommand_from init user role backup-user account strategy settings notify audit maintenance expiring apply db completions help" -f -a "settings" -d 'Show and change warden\'s settings'
complete -c warden -n "__fish_warden_using_subcommand help; and not __fish_seen_subcommand_from init user role backup-user account strategy settings notify audit maintenance expiring apply db completions help" -f -a "notify" -d 'Show and send the notifications queued for users'
complete -c warden -n "__fish_warden_using_subcommand help; and not __fish_seen_subcommand_from init user role backup-user account strategy settings notify audit maintenance expiring apply db completions help" -f -a "audit" -d 'List the audit log, newest first'
complete -c warden -n "__fish_warden_using_subcommand help; and not __fish_seen_subcommand_from init user role backup-user account strategy settings notify audit maintenance expiring apply db completions help" -f -a "maintenance" -d 'Do the time-driven work: the one command for cron'
complete -c warden -n "__fish_warden_using_subcommand help; and not __fish_seen_subcommand_from init user role backup-user account strategy settings notify audit maintenance expiring apply db completions help" -f -a "expiring" -d 'List what ends soon: users\' expiry, backup-user windows, grace periods'
complete -c warden -n "__fish_warden_using_subcommand help; and not __fish_seen_subcommand_from init user role backup-user account strategy settings notify audit maintenance expiring apply db completions help" -f -a "apply" -d 'Converge settings, roles, strategies, accounts and users to a TOML file'
complete -c warden -n "__fish_warden_using_subcommand help; and not __fish_seen_subcommand_from init user role backup-user account strategy settings notify audit maintenance expiring apply db completions help" -f -a "db" -d 'Inspect, check and back up the database file'
complete -c warden -n "__fish_warden_using_subcommand help; and not __fish_seen_subcommand_from init user role backup-user account strategy settings notify audit maintenance expiring apply db completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c warden -n "__fish_warden_using_subcommand help; and not __fish_seen_subcommand_from init user role backup-user account strategy settings notify audit maintenance expiring apply db completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "add" -d 'Create a user'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'List users in name order'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "import" -d 'Create or update many users from a CSV, JSON Lines or htpasswd file'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "export" -d 'Write users as JSON Lines or CSV, in the fields `user import` reads'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "show" -d 'Show one user\'s profile, roles, state and login history summary'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "access" -d 'Show everything a user can reach, and why'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "edit" -d 'Change a user\'s profile, networks, expiry, credit limit or notifications'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "passwd" -d 'Set a new password for a user (a reset), clearing any lockout'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "disable" -d 'Disable users: they can no longer log in (idempotent)'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "enable" -d 'Enable users again (idempotent)'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "unlock" -d 'Clear a lockout after failed logins (idempotent)'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "delete" -d 'Delete a user for good (asks to confirm)'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "events" -d 'Show a user\'s history, newest first: changes to the user, logins, and what the user did'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "verify" -d 'Check a login: password, enabled, not expired, not locked, allowed network; exit 0 (allowed) or 6 (denied)'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "can" -d 'Decide whether a user may do something; exit 0 (allowed) or 6 (denied)'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "charge" -d 'Spend credits for a user, debiting an account'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "stats" -d 'Show a user\'s roles, credit limit, creation date, and credits spent and available'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "list" -d 'List the roles with how many users hold each'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "show" -d 'Show a role\'s permissions and how many users hold it'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "permissions" -d 'List the permission catalog and which built-in roles include each'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "create" -d 'Create a custom role'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "edit" -d 'Change a custom role\'s permissions or description'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "delete" -d 'Delete a custom role (asks to confirm)'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "grant" -d 'Give roles to a user; the first role a user gets becomes active'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "revoke" -d 'Take roles from a user; losing the active role makes the first remaining one active. Taking admin from the last admin is refused (exit 5)'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "switch" -d 'Set a user\'s active role (one the user holds)'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from backup-user" -f -a "set" -d 'Designate USER\'s backup user, with the permissions it may use'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from backup-user" -f -a "clear" -d 'Remove USER\'s backup user, ending any window at once'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from backup-user" -f -a "enable" -d 'Open a window in which USER\'s backup user may act for them'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from backup-user" -f -a "revoke" -d 'End USER\'s backup-user window now (scheduled or active)'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from backup-user" -f -a "status" -d 'Show USER\'s backup user, window state, start, end and scope'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from backup-user" -f -a "list" -d 'List every designated backup user with the state of its window'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from backup-user" -f -a "covering" -d 'List the users BACKUP can act for right now (the "switch user" choice)'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from backup-user" -f -a "switch" -d 'Switch BACKUP to acting for USER; exit 0 (allowed) or 6 (denied)'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "create" -d 'Create a backup account below the current account (or --parent)'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "use" -d 'Make an account the current one: new accounts are created below it'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "current" -d 'Print the current account (the root until `account use` says otherwise)'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "list" -d 'List accounts in tree order, or draw the tree'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "show" -d 'Show an account with its path, effective state and effective strategy'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "disable" -d 'Disable accounts: their backups stop, their data stays (idempotent)'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "enable" -d 'Enable accounts again (idempotent)'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "delete" -d 'Queue disabled accounts for deletion (asks to confirm)'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "restore" -d 'Take a queued account (and those queued below it) out of the deletion queue; it comes back disabled'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "purge" -d 'Remove queued accounts whose grace period has passed (for cron)'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "passwd" -d 'Change an account password: the old one first, then the new one'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "verify" -d 'Check an account password; exit 0 (right) or 6 (wrong)'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "grant" -d 'Give a user access to an account and everything below it'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "revoke" -d 'Take away a user\'s grant on an account (idempotent)'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "access" -d 'List every user who can reach an account, and why'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "credits" -d 'Show, add to or set an account\'s credit balance'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from strategy" -f -a "create" -d 'Create a strategy: a schedule and at least one keep rule'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from strategy" -f -a "edit" -d 'Change a strategy\'s schedule, keep rules or description'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from strategy" -f -a "list" -d 'List the strategies with their schedules, rules and next runs'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from strategy" -f -a "show" -d 'Show a strategy with the accounts it is applied to and its next three scheduled runs'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from strategy" -f -a "delete" -d 'Delete a strategy (asks to confirm)'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from strategy" -f -a "apply" -d 'Apply a strategy to accounts (idempotent; all or nothing)'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from strategy" -f -a "detach" -d 'Take accounts\' own strategies away, so they inherit their nearest ancestor\'s again (idempotent; all or nothing)'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from strategy" -f -a "preview" -d 'Show which snapshots a strategy\'s retention keeps or drops, and why'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "list" -d 'List every setting with its value, default and meaning'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "get" -d 'Print the value of one setting'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "set" -d 'Change a setting'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from notify" -f -a "list" -d 'List the notification outbox, oldest first'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from notify" -f -a "send" -d 'Send the pending notifications through notify.command'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "info" -d 'Show the database\'s path (or server), schema version, size and row counts'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "check" -d 'Check the database\'s integrity and warden\'s invariants'
complete -c warden -n "__fish_warden_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "backup" -d 'Write a consistent copy of the database to FILE'
