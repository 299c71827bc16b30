use super::Messages;

pub struct En;

impl Messages for En {
    fn copilot_title(&self) -> &'static str {
        "## GitHub Copilot Account Quota"
    }
    fn account_label(&self) -> &'static str {
        "Account:"
    }
    fn plan_label(&self) -> &'static str {
        "Plan:"
    }
    fn ai_credits(&self) -> &'static str {
        "AI credits"
    }
    fn credits(&self, count: &str) -> String {
        format!("{count} credits")
    }
    fn billed_overage(&self, dollars: &str) -> String {
        format!("Billed overage: {dollars}")
    }
    fn unlimited_used(&self, amount: &str) -> String {
        format!("Unlimited ({amount} used)")
    }
    fn used_not_published(&self, amount: &str) -> String {
        format!("Used: {amount} (GitHub does not publish this plan's allowance)")
    }
    fn used_no_tier(&self, amount: &str, path: &str) -> String {
        format!("Used: {amount}. Add your plan as \"tier\" to {path} to see what remains.")
    }
    fn used_pooled(&self, amount: &str, owners: &str) -> String {
        format!("Used: {amount} (the allowance is pooled by {owners})")
    }
    fn your_organization(&self) -> &'static str {
        "your organization"
    }
    fn organization_title(&self, name: &str) -> String {
        format!("Organization: {name}")
    }
    fn enterprise_title(&self, name: &str) -> String {
        format!("Enterprise: {name}")
    }
    fn entity_usage(&self, amount: &str) -> String {
        format!("Your AI credits this month: {amount}")
    }
    fn entity_budget(&self, dollars: &str, stops_usage: bool) -> String {
        if stops_usage {
            format!("AI-credit budget: {dollars} (usage stops when it is reached)")
        } else {
            format!("AI-credit budget: {dollars}")
        }
    }
    fn entity_no_budget(&self) -> &'static str {
        "No AI-credit budget is set."
    }
    fn entity_refused(&self, status: u16) -> String {
        format!("Not readable with this token ({status}): it needs an owner or billing manager's token.")
    }
    fn entity_no_answer(&self) -> &'static str {
        "GitHub did not give a usable answer for it."
    }
    fn premium_requests(&self) -> &'static str {
        "Premium requests"
    }
    fn chat(&self) -> &'static str {
        "Chat"
    }
    fn completions(&self) -> &'static str {
        "Completions"
    }
    fn unlimited(&self) -> &'static str {
        "Unlimited"
    }
    fn no_quota_data(&self, service: &str) -> String {
        format!("{service} reported no quota for this account.")
    }
    fn overage(&self, amount: &str) -> String {
        format!("Overage: {amount}")
    }
    fn model_breakdown(&self) -> &'static str {
        "Model breakdown:"
    }
    fn requests(&self, count: &str) -> String {
        format!("{count} requests")
    }
    fn period_label(&self) -> &'static str {
        "Period:"
    }
    fn resets_label(&self) -> &'static str {
        "Quota resets:"
    }
    fn resets_soon(&self) -> &'static str {
        "resets soon"
    }
    fn duration(&self, days: i64, hours: i64, minutes: i64) -> String {
        match (days, hours) {
            (0, 0) => format!("{minutes}m"),
            (0, _) => format!("{hours}h {minutes}m"),
            _ => format!("{days}d {hours}h"),
        }
    }

    fn window_minutes(&self, minutes: i64) -> String {
        format!("{minutes}-minute limit")
    }
    fn window_hours(&self, hours: i64) -> String {
        format!("{hours}-hour limit")
    }
    fn window_days(&self, days: i64) -> String {
        format!("{days}-day limit")
    }
    fn remaining(&self, percent: i64) -> String {
        format!("{percent}% remaining")
    }
    fn resets_in(&self, when: &str) -> String {
        format!("Resets in: {when}")
    }
    fn resets_soon_line(&self) -> &'static str {
        "Resets soon"
    }
    fn limit_reached(&self) -> &'static str {
        "⚠️ Limit reached"
    }

    fn no_accounts(&self) -> &'static str {
        "No configured accounts found."
    }
    fn supported_accounts(&self) -> &'static str {
        "Supported account types:"
    }
    fn failed_accounts(&self) -> &'static str {
        "## ❌ Failed to query accounts"
    }

    fn internal_error(&self, platform: &str) -> String {
        format!(
            "mystatus hit an internal error (a bug) while reading {platform}; the other platforms are \
unaffected. Please report it at https://github.com/mystatus/mystatus/issues."
        )
    }
    fn copilot_guidance(&self, path: &str, example: &str, tiers: &str) -> String {
        format!(
            "To show your GitHub Copilot quota, mystatus needs a fine-grained personal access token (PAT): \
a token you create on GitHub that grants only the permissions you pick. mystatus only needs to read your plan's usage.\n\
\n\
1. Open https://github.com/settings/tokens?type=beta and click \"Generate new token\".\n\
2. Under \"Account permissions\", set \"Plan\" to \"Read-only\". Nothing else is needed.\n\
3. Generate the token and copy it (it starts with github_pat_).\n\
4. Save it in {path}:\n\
\n\
{example}\n\
\n\
Only \"token\" is required: mystatus finds your username itself, and \"tier\" sets your monthly allowance \
({tiers}; your plan is shown at https://github.com/settings/copilot).\n\
Then run /mystatus again."
        )
    }

    fn pat_config_invalid(&self, path: &str, problem: &str) -> String {
        format!("The token file {path} is invalid: {problem}.")
    }
    fn token_file_exposed(&self, path: &str, mode: &str) -> String {
        format!("⚠️ Other users on this machine can read your token file (permissions {mode}): run `chmod 600 {path}`.")
    }
    fn config_example_intro(&self) -> &'static str {
        "It must look like this:"
    }
    fn problem_unreadable(&self, detail: &str) -> String {
        format!("it could not be read ({detail})")
    }
    fn problem_too_large(&self, size: &str, limit: &str) -> String {
        format!("it is {size}, more than the {limit} a credentials file can be; nothing of it was read")
    }
    fn problem_not_utf8(&self) -> String {
        "it is not UTF-8 text (was it saved in another encoding?)".to_owned()
    }
    fn problem_not_json(&self, detail: &str) -> String {
        format!("it is not valid JSON ({detail})")
    }
    fn problem_not_object(&self) -> String {
        "it must be a JSON object".to_owned()
    }
    fn problem_missing(&self, field: &str) -> String {
        format!("the \"{field}\" field is missing")
    }
    fn problem_empty(&self, field: &str) -> String {
        format!("the \"{field}\" field is empty")
    }
    fn problem_not_string(&self, field: &str) -> String {
        format!("the \"{field}\" field must be a string in quotes")
    }
    fn problem_unknown_tier(&self, value: &str, valid: &str) -> String {
        format!("\"tier\" is \"{value}\", which is not a Copilot plan; valid tiers: {valid}")
    }
    fn problem_unknown_billing(&self, value: &str) -> String {
        format!("\"billing\" is \"{value}\"; use \"credits\" or \"premium-requests\", or leave it out to detect it")
    }
    fn problem_bad_allowance(&self, value: &str) -> String {
        format!("\"allowance\" is {value}; it must be a positive number of AI credits per month")
    }
    fn problem_bad_name(&self, field: &str, value: &str) -> String {
        format!("\"{field}\" is \"{value}\", which is not a GitHub account name (letters, digits and hyphens)")
    }
    fn problem_bad_host(&self, value: &str) -> String {
        format!("\"host\" is \"{value}\"; it must be your GitHub Enterprise Cloud domain, like company.ghe.com")
    }
    fn problem_bad_username(&self, value: &str) -> String {
        format!(
            "\"username\" is \"{value}\", which is not a GitHub username (letters, digits and hyphens; \
copy it from your profile URL, https://github.com/<username>)"
        )
    }

    fn auth_file_invalid(&self, source: &str, detail: &str) -> String {
        format!("OpenCode's sign-in data in {source} could not be read: {detail}.")
    }
    fn oauth_entry_unusable(&self, source: &str, detail: &str) -> String {
        format!(
            "The \"github-copilot\" sign-in in {source} has no usable OAuth token ({detail}). \
Sign in to GitHub Copilot again in OpenCode (opencode auth login), or set up a token file:"
        )
    }
    fn oauth_cannot_read_quota(&self, status: u16) -> String {
        format!(
            "OpenCode's GitHub sign-in cannot read the Copilot quota (GitHub answered {status}): \
its OAuth token has no access to the quota API. A fine-grained token fixes this:"
        )
    }

    fn bad_api_url(&self, var: &str, value: &str) -> String {
        format!(
            "{var} is \"{value}\", which is not an http(s) URL. Unset it for github.com, or set it to \
your GitHub Enterprise Server API, e.g. https://github.example.com/api/v3."
        )
    }
    fn bad_origin(&self, var: &str, value: &str) -> String {
        format!("{var} is \"{value}\", which is not an http(s) URL. Unset it, or set it to an http(s) origin.")
    }
    fn pat_unauthorized(&self, path: &str) -> String {
        format!(
            "GitHub rejected the token (401): it is invalid, revoked or expired. Create a new fine-grained \
token at https://github.com/settings/tokens?type=beta (Account permissions -> Plan -> Read-only) and \
put it in the \"token\" field of {path}."
        )
    }
    fn pat_forbidden(&self) -> String {
        "GitHub refused access to the billing data (403): the token lacks the \"Plan\" permission. \
Edit the token at https://github.com/settings/tokens?type=beta, set Account permissions -> Plan -> \
Read-only, save, and run /mystatus again."
            .to_owned()
    }
    fn pat_user_not_found(&self, username: &str, path: &str) -> String {
        format!(
            "GitHub has no personal billing data for \"{username}\" (404). If an organization pays for your \
Copilot seat, its usage is billed there: sign in to GitHub Copilot in OpenCode to see it, or add \"org\" to {path} \
if you administer it. Otherwise check \"username\" in {path}: it is case-sensitive; copy it from your profile \
URL (https://github.com/<username>)."
        )
    }
    fn deadline(&self, platform: &str, seconds: u32, var: &str) -> String {
        format!(
            "{platform} did not finish within {seconds} s: a request is very slow or hanging. Try again later; \
{var} raises the limit."
        )
    }
    fn rate_limited(&self, service: &str, url: &str) -> String {
        format!("{service} is rate-limiting requests (429) to {url}. Wait a few minutes and run /mystatus again.")
    }
    fn rate_limited_retry(&self, service: &str, url: &str, seconds: u64) -> String {
        format!("{service} is rate-limiting requests to {url}: retry after {seconds} s.")
    }
    fn server_error(&self, service: &str, status: u16, url: &str) -> String {
        format!(
            "{service} answered with a server error ({status}) for {url}. The problem is on {service}'s side; \
try again in a few minutes."
        )
    }
    fn unexpected_status(&self, service: &str, status: u16, url: &str) -> String {
        format!("{service} answered {status} for {url}, which mystatus did not expect.")
    }
    fn api_said(&self, service: &str, message: &str) -> String {
        format!("{service} said: \"{message}\"")
    }
    fn timeout(&self, service: &str, seconds: u32, url: &str) -> String {
        format!(
            "{service} did not answer within {seconds} s ({url}). Check your network connection or proxy, \
then run /mystatus again."
        )
    }
    fn network(&self, service: &str, url: &str, detail: &str) -> String {
        format!(
            "Could not reach {service} at {url}: {detail}. Check your network connection or proxy, \
then run /mystatus again."
        )
    }
    fn malformed(&self, service: &str, url: &str, detail: &str) -> String {
        format!(
            "{service}'s answer from {url} is not in the expected format ({detail}). The API may have \
changed: please report this to mystatus."
        )
    }
}
