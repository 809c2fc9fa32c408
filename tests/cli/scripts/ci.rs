//! The CI and provisioning recipes of warden-recipes(7): what each needs
//! before it runs and what it must have done after running twice.

use std::process::Command;

use super::*;

pub(super) fn recipes() -> Vec<Recipe> {
    vec![
        Recipe {
            key: "warden init",
            setup: |_| {},
            check: |sb, _, _| {
                let alice = sb.run(&["--json", "user", "show", "alice"]).json();
                assert_eq!(alice["roles"], serde_json::json!(["operator"]));
                assert_eq!(alice["email"], "alice@acme.example");
                let bob = sb.run(&["--json", "user", "show", "bob"]).json();
                assert_eq!(bob["roles"], serde_json::json!(["auditor"]));
                let auditor = sb.run(&["--json", "role", "show", "auditor"]).json();
                assert_eq!(
                    auditor["permissions"],
                    serde_json::json!(["audit.read", "reports.read"])
                );
                let actors: Vec<String> = sb
                    .run(&["--json", "audit"])
                    .json()
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|e| e["actor"].as_str().unwrap().to_string())
                    .collect();
                assert!(actors.iter().all(|a| a == "ci"), "{actors:?}");
                sb.run_with(
                    &["user", "verify", "alice", "--password-stdin"],
                    USER_PASSWORD,
                )
                .ok();
            },
        },
        Recipe {
            key: "site.toml",
            setup: |sb| {
                sb.init();
                work_file(
                    sb,
                    "site.toml",
                    "[[roles]]\nname = \"helpdesk\"\npermissions = [\"users.read\"]\n\n\
                     [[users]]\nname = \"dora\"\nemail = \"dora@acme.example\"\nroles = [\"helpdesk\"]\n",
                );
            },
            check: |sb, first, second| {
                snapshot!("site_toml_first_run", first.stdout);
                snapshot!("site_toml_second_run", second.stdout);
                let dora = sb.run(&["--json", "user", "show", "dora"]).json();
                assert_eq!(dora["roles"], serde_json::json!(["helpdesk"]));
            },
        },
        Recipe {
            key: "user import",
            setup: |sb| {
                sb.init();
                sb.run(&[
                    "user",
                    "add",
                    "bob",
                    "--no-password",
                    "--email",
                    "bob@old.example",
                ])
                .ok();
                work_file(
                    sb,
                    "staff.csv",
                    &format!(
                        "username,email,roles,password\nalice,alice@acme.example,operator,{USER_PASSWORD}\nbob,bob@acme.example,viewer,\n"
                    ),
                );
            },
            check: |sb, first, second| {
                snapshot!("staff_import_first_run", first.stdout);
                snapshot!("staff_import_second_run", second.stdout);
                let bob = sb.run(&["--json", "user", "show", "bob"]).json();
                assert_eq!(bob["email"], "bob@acme.example");
                assert_eq!(bob["roles"], serde_json::json!(["viewer"]));
                sb.run_with(
                    &["user", "verify", "alice", "--password-stdin"],
                    USER_PASSWORD,
                )
                .ok();
            },
        },
        Recipe {
            key: "account disable -",
            setup: |sb| {
                sb.init();
                for name in ["acme-eu", "beta", "gamma"] {
                    sb.add_account(name, &[]);
                }
                work_file(
                    sb,
                    "accounts-to-disable.txt",
                    "# closed in March\nacme-eu\n\n  beta\nacme-eu\n",
                );
            },
            check: |sb, _, _| {
                let disabled = sb
                    .run(&["--json", "account", "list", "--state", "disabled"])
                    .json();
                let names: Vec<&str> = disabled
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|a| a["name"].as_str().unwrap())
                    .collect();
                assert_eq!(names, ["acme-eu", "beta"]);
            },
        },
        Recipe {
            key: "user disable -",
            setup: |sb| {
                sb.init();
                for name in ["sam", "tina", "uwe"] {
                    sb.run(&["user", "add", name, "--no-password"]).ok();
                }
                work_file(sb, "leavers.txt", "sam\ntina\n");
            },
            check: |sb, first, second| {
                assert_eq!(first.stdout, "sam\ntina\n");
                assert_eq!(second.stdout, "", "nobody is disabled twice");
                let disabled = sb.run(&["--json", "user", "list", "--disabled"]).json();
                assert_eq!(disabled.as_array().unwrap().len(), 2);
                // An unknown name fails the pipeline and disables nobody.
                work_file(sb, "leavers.txt", "uwe\nghost\n");
                let block = recipe_blocks()
                    .into_iter()
                    .find(|(_, text)| text.contains("user disable -"))
                    .unwrap()
                    .1;
                let env = [("WARDEN_DB".to_string(), sb.db.display().to_string())];
                let out = run_recipe(sb, &["bash", "-euo", "pipefail", "-c"], &block, &env);
                out.code(3);
                assert!(sb.user_column::<bool>("uwe", "enabled"));
            },
        },
        Recipe {
            key: "strategy apply nightly --to -",
            setup: |sb| {
                sb.init();
                sb.add_account("acme", &[]);
                sb.add_account("beta", &[]);
                work_file(sb, "customer-accounts.txt", "acme\nbeta\n# more to come\n");
            },
            check: |sb, _, _| {
                let nightly = sb.run(&["--json", "strategy", "show", "nightly"]).json();
                assert_eq!(nightly["accounts"], serde_json::json!(["acme", "beta"]));
                assert_eq!(nightly["keep_daily"], 14);
            },
        },
        Recipe {
            key: "--forget-ids | xargs -r restic",
            setup: |sb| {
                sb.init();
                sb.add_nightly_strategy("nightly", "2");
                // What the previous recipe left.
                let snaps = run_command(
                    Command::new(sb.path("bin/restic")).args([
                        "-r",
                        "/srv/restic/acme",
                        "snapshots",
                        "--json",
                    ]),
                    b"",
                );
                work_file(sb, "snaps.json", &snaps.stdout);
            },
            check: |sb, first, second| {
                assert_eq!((first.stdout.as_str(), second.stdout.as_str()), ("", ""));
                let forgotten = std::fs::read_to_string(sb.path("work/forgotten.txt")).unwrap();
                assert_eq!(forgotten, "a1 b2\na1 b2\n", "the two oldest, each run");
            },
        },
        Recipe {
            key: "strategy preview nightly --snapshots snaps.json | jq",
            setup: |sb| {
                sb.init();
                sb.add_nightly_strategy("nightly", "2");
            },
            check: |_, first, second| {
                assert_eq!(first.stdout, "2\n", "two of four days are dropped");
                assert_eq!(second.stdout, first.stdout);
            },
        },
    ]
}
