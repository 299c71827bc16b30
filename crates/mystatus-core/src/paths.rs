//! Where OpenCode keeps its files, following its own rules (XDG base directories on every OS).

use crate::host::{Host, Os};

pub const PAT_CONFIG_FILE: &str = "copilot-quota-token.json";
pub const AUTH_FILE: &str = "auth.json";

/// Joins path parts with the os's separator, without doubling separators.
pub fn nested(os: Os, base: &str, parts: &[&str]) -> String {
    let sep = os.path_separator();
    let mut path = base.trim_end_matches(['/', '\\']).to_owned();
    for part in parts {
        path.push(sep);
        path.push_str(part);
    }
    path
}

fn xdg_dir(host: &impl Host, var: &str, default_under_home: &[&str]) -> Option<String> {
    if let Some(dir) = host.env_set(var) {
        return Some(dir);
    }
    let home = host.home_dir()?;
    Some(nested(host.os(), &home, default_under_home))
}

/// Candidate paths of a file in OpenCode's config folder, most preferred first: the XDG folder
/// (`~/.config/opencode`, on every OS), then `%APPDATA%\opencode` on Windows.
pub fn config_file_candidates(host: &impl Host, file: &str) -> Vec<String> {
    let os = host.os();
    let mut candidates = Vec::new();
    if let Some(config) = xdg_dir(host, "XDG_CONFIG_HOME", &[".config"]) {
        candidates.push(nested(os, &config, &["opencode", file]));
    }
    if os == Os::Windows {
        if let Some(appdata) = host.env_set("APPDATA") {
            candidates.push(nested(os, &appdata, &["opencode", file]));
        }
    }
    candidates
}

/// Where to tell the user to create a config file: the natural place on their OS.
pub fn config_file_suggestion(host: &impl Host, file: &str) -> String {
    let candidates = config_file_candidates(host, file);
    let preferred = if host.os() == Os::Windows { candidates.last() } else { candidates.first() };
    preferred.cloned().unwrap_or_else(|| format!("~/.config/opencode/{file}"))
}

pub fn pat_config_candidates(host: &impl Host) -> Vec<String> {
    config_file_candidates(host, PAT_CONFIG_FILE)
}

pub fn pat_config_suggestion(host: &impl Host) -> String {
    config_file_suggestion(host, PAT_CONFIG_FILE)
}

/// OpenCode's `auth.json`, the same relative path on every OS.
pub fn auth_file(host: &impl Host) -> Option<String> {
    let data = xdg_dir(host, "XDG_DATA_HOME", &[".local", "share"])?;
    Some(nested(host.os(), &data, &["opencode", AUTH_FILE]))
}
