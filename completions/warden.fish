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

complete -c warden -n "__fish_warden_needs_command" -l db -d 'The database file [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_needs_command" -l actor -d 'Who is acting, for the audit log [default: $SUDO_USER, else $USER]' -r
complete -c warden -n "__fish_warden_needs_command" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_needs_command" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_needs_command" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_needs_command" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_needs_command" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_needs_command" -f -a "init" -d 'Create the database with its root account and first admin user'
complete -c warden -n "__fish_warden_needs_command" -f -a "settings" -d 'Show and change warden\'s settings'
complete -c warden -n "__fish_warden_needs_command" -f -a "audit" -d 'List the audit log, newest first'
complete -c warden -n "__fish_warden_needs_command" -f -a "db" -d 'Inspect, check and back up the database file'
complete -c warden -n "__fish_warden_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c warden -n "__fish_warden_using_subcommand init" -l root-account -d 'Name of the root account, the one account every other descends from' -r
complete -c warden -n "__fish_warden_using_subcommand init" -l admin -d 'Name of the first admin user' -r
complete -c warden -n "__fish_warden_using_subcommand init" -l email -d 'E-mail address of the first admin user' -r
complete -c warden -n "__fish_warden_using_subcommand init" -l password-file -d 'Read the password from the first line of FILE' -r -F
complete -c warden -n "__fish_warden_using_subcommand init" -l db -d 'The database file [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand init" -l actor -d 'Who is acting, for the audit log [default: $SUDO_USER, else $USER]' -r
complete -c warden -n "__fish_warden_using_subcommand init" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand init" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c warden -n "__fish_warden_using_subcommand init" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand init" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand init" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand init" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand settings; and not __fish_seen_subcommand_from list get set" -l db -d 'The database file [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand settings; and not __fish_seen_subcommand_from list get set" -l actor -d 'Who is acting, for the audit log [default: $SUDO_USER, else $USER]' -r
complete -c warden -n "__fish_warden_using_subcommand settings; and not __fish_seen_subcommand_from list get set" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand settings; and not __fish_seen_subcommand_from list get set" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand settings; and not __fish_seen_subcommand_from list get set" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand settings; and not __fish_seen_subcommand_from list get set" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand settings; and not __fish_seen_subcommand_from list get set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand settings; and not __fish_seen_subcommand_from list get set" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand settings; and not __fish_seen_subcommand_from list get set" -f -a "list" -d 'List every setting with its value, default and meaning'
complete -c warden -n "__fish_warden_using_subcommand settings; and not __fish_seen_subcommand_from list get set" -f -a "get" -d 'Print the value of one setting'
complete -c warden -n "__fish_warden_using_subcommand settings; and not __fish_seen_subcommand_from list get set" -f -a "set" -d 'Change a setting'
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from list" -l actor -d 'Who is acting, for the audit log [default: $SUDO_USER, else $USER]' -r
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from list" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from get" -l db -d 'The database file [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from get" -l actor -d 'Who is acting, for the audit log [default: $SUDO_USER, else $USER]' -r
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from get" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from get" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from set" -l db -d 'The database file [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from set" -l actor -d 'Who is acting, for the audit log [default: $SUDO_USER, else $USER]' -r
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from set" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from set" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand settings; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand audit" -l since -d 'Only events at or after WHEN (RFC 3339, YYYY-MM-DD, "YYYY-MM-DD HH:MM" or now)' -r
complete -c warden -n "__fish_warden_using_subcommand audit" -l actor -d 'Only events by this actor' -r
complete -c warden -n "__fish_warden_using_subcommand audit" -l action -d 'Only this action, such as settings.set; a trailing * matches a prefix (user.*)' -r
complete -c warden -n "__fish_warden_using_subcommand audit" -l target -d 'Only events about this target (a user, account, setting, ...)' -r
complete -c warden -n "__fish_warden_using_subcommand audit" -l limit -d 'At most N events (the newest)' -r
complete -c warden -n "__fish_warden_using_subcommand audit" -l format -d 'Output format (--json prints one JSON array instead)' -r -f -a "table\t''
jsonl\t''"
complete -c warden -n "__fish_warden_using_subcommand audit" -l db -d 'The database file [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand audit" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand audit" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand audit" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand audit" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand audit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand audit" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand db; and not __fish_seen_subcommand_from info check backup" -l db -d 'The database file [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand db; and not __fish_seen_subcommand_from info check backup" -l actor -d 'Who is acting, for the audit log [default: $SUDO_USER, else $USER]' -r
complete -c warden -n "__fish_warden_using_subcommand db; and not __fish_seen_subcommand_from info check backup" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand db; and not __fish_seen_subcommand_from info check backup" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand db; and not __fish_seen_subcommand_from info check backup" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand db; and not __fish_seen_subcommand_from info check backup" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand db; and not __fish_seen_subcommand_from info check backup" -s h -l help -d 'Print help'
complete -c warden -n "__fish_warden_using_subcommand db; and not __fish_seen_subcommand_from info check backup" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand db; and not __fish_seen_subcommand_from info check backup" -f -a "info" -d 'Show the database\'s path, schema version, size and row counts'
complete -c warden -n "__fish_warden_using_subcommand db; and not __fish_seen_subcommand_from info check backup" -f -a "check" -d 'Check the database\'s integrity and warden\'s invariants'
complete -c warden -n "__fish_warden_using_subcommand db; and not __fish_seen_subcommand_from info check backup" -f -a "backup" -d 'Write a consistent copy of the database to FILE'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from info" -l db -d 'The database file [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from info" -l actor -d 'Who is acting, for the audit log [default: $SUDO_USER, else $USER]' -r
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from info" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from info" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from info" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from info" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from check" -l db -d 'The database file [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from check" -l actor -d 'Who is acting, for the audit log [default: $SUDO_USER, else $USER]' -r
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from check" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from check" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from check" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from backup" -l db -d 'The database file [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from backup" -l actor -d 'Who is acting, for the audit log [default: $SUDO_USER, else $USER]' -r
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from backup" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from backup" -l force -d 'Replace FILE if it exists'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from backup" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from backup" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from backup" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand db; and __fish_seen_subcommand_from backup" -s V -l version -d 'Print version'
complete -c warden -n "__fish_warden_using_subcommand completions" -l db -d 'The database file [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]' -r -F
complete -c warden -n "__fish_warden_using_subcommand completions" -l actor -d 'Who is acting, for the audit log [default: $SUDO_USER, else $USER]' -r
complete -c warden -n "__fish_warden_using_subcommand completions" -l busy-timeout -d 'How long to wait for another process\'s lock before giving up with exit 7' -r
complete -c warden -n "__fish_warden_using_subcommand completions" -l json -d 'Print results as one JSON document, and errors as a JSON object on stderr'
complete -c warden -n "__fish_warden_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c warden -n "__fish_warden_using_subcommand completions" -s q -l quiet -d 'Print no status messages; results, warnings and errors still appear'
complete -c warden -n "__fish_warden_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c warden -n "__fish_warden_using_subcommand completions" -s V -l version -d 'Print version'
