//! `warden completions`

use clap::Args;
use clap_complete::Shell;

use crate::error::Result;
use crate::output::Output;

/// Print a shell completion script
///
/// For example: `warden completions bash > /etc/bash_completion.d/warden`,
/// or `warden completions zsh > "${fpath[1]}/_warden"`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: Shell,
}

pub fn run(args: &CompletionsArgs, out: &mut Output) -> Result<()> {
    let script = super::docs::completion_script(args.shell);
    if out.is_json() {
        let script = String::from_utf8_lossy(&script);
        return out.json(&serde_json::json!({ "shell": args.shell.to_string(), "script": script }));
    }
    out.deliver();
    out.raw(&script)
}
