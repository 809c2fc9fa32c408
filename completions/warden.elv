
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
            cand --db 'The database file [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, for the audit log [default: $SUDO_USER, else $USER]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status messages; results, warnings and errors still appear'
            cand --quiet 'Print no status messages; results, warnings and errors still appear'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the database with its root account and first admin user'
            cand settings 'Show and change warden''s settings'
            cand audit 'List the audit log, newest first'
            cand db 'Inspect, check and back up the database file'
            cand completions 'Print a shell completion script'
        }
        &'warden;init'= {
            cand --root-account 'Name of the root account, the one account every other descends from'
            cand --admin 'Name of the first admin user'
            cand --email 'E-mail address of the first admin user'
            cand --password-file 'Read the password from the first line of FILE'
            cand --db 'The database file [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, for the audit log [default: $SUDO_USER, else $USER]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status messages; results, warnings and errors still appear'
            cand --quiet 'Print no status messages; results, warnings and errors still appear'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;settings'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, for the audit log [default: $SUDO_USER, else $USER]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status messages; results, warnings and errors still appear'
            cand --quiet 'Print no status messages; results, warnings and errors still appear'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List every setting with its value, default and meaning'
            cand get 'Print the value of one setting'
            cand set 'Change a setting'
        }
        &'warden;settings;list'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, for the audit log [default: $SUDO_USER, else $USER]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status messages; results, warnings and errors still appear'
            cand --quiet 'Print no status messages; results, warnings and errors still appear'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;settings;get'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, for the audit log [default: $SUDO_USER, else $USER]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status messages; results, warnings and errors still appear'
            cand --quiet 'Print no status messages; results, warnings and errors still appear'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;settings;set'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, for the audit log [default: $SUDO_USER, else $USER]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status messages; results, warnings and errors still appear'
            cand --quiet 'Print no status messages; results, warnings and errors still appear'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;audit'= {
            cand --since 'Only events at or after WHEN (RFC 3339, YYYY-MM-DD, "YYYY-MM-DD HH:MM" or now)'
            cand --actor 'Only events by this actor'
            cand --action 'Only this action, such as settings.set; a trailing * matches a prefix (user.*)'
            cand --target 'Only events about this target (a user, account, setting, ...)'
            cand --limit 'At most N events (the newest)'
            cand --format 'Output format (--json prints one JSON array instead)'
            cand --db 'The database file [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status messages; results, warnings and errors still appear'
            cand --quiet 'Print no status messages; results, warnings and errors still appear'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;db'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, for the audit log [default: $SUDO_USER, else $USER]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status messages; results, warnings and errors still appear'
            cand --quiet 'Print no status messages; results, warnings and errors still appear'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand info 'Show the database''s path, schema version, size and row counts'
            cand check 'Check the database''s integrity and warden''s invariants'
            cand backup 'Write a consistent copy of the database to FILE'
        }
        &'warden;db;info'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, for the audit log [default: $SUDO_USER, else $USER]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status messages; results, warnings and errors still appear'
            cand --quiet 'Print no status messages; results, warnings and errors still appear'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;db;check'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, for the audit log [default: $SUDO_USER, else $USER]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status messages; results, warnings and errors still appear'
            cand --quiet 'Print no status messages; results, warnings and errors still appear'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;db;backup'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, for the audit log [default: $SUDO_USER, else $USER]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7'
            cand --force 'Replace FILE if it exists'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status messages; results, warnings and errors still appear'
            cand --quiet 'Print no status messages; results, warnings and errors still appear'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'warden;completions'= {
            cand --db 'The database file [default: $XDG_DATA_HOME/warden/warden.db, else ~/.local/share/warden/warden.db]'
            cand --actor 'Who is acting, for the audit log [default: $SUDO_USER, else $USER]'
            cand --busy-timeout 'How long to wait for another process''s lock before giving up with exit 7'
            cand --json 'Print results as one JSON document, and errors as a JSON object on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -q 'Print no status messages; results, warnings and errors still appear'
            cand --quiet 'Print no status messages; results, warnings and errors still appear'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
    ]
    $completions[$command]
}
