use super::{Messages, Template};

pub static EN: Messages = Messages {
    copilot_title: "## GitHub Copilot Account Quota",
    account_label: "Account:",
    plan_label: "Plan:",
    ai_credits: "AI credits",
    credits: Template::new("{0} credits"),
    billed_overage: Template::new("Billed overage: {0}"),
    unlimited_used: Template::new("Unlimited ({0} used)"),
    used_not_published: Template::new("Used: {0} (GitHub does not publish this plan's allowance)"),
    used_no_tier: Template::new("Used: {0}. Add your plan as \"tier\" to {1} to see what remains (valid tiers: {2})."),
    used_pooled: Template::new("Used: {0} (the allowance is pooled by {1})"),
    your_organization: "your organization",
    organization_title: Template::new("Organization: {0}"),
    enterprise_title: Template::new("Enterprise: {0}"),
    entity_usage: Template::new("Your AI credits this month: {0}"),
    entity_budget: Template::new("AI-credit budget: {0}"),
    entity_budget_stops: Template::new("AI-credit budget: {0} (usage stops when it is reached)"),
    entity_no_budget: "No AI-credit budget is set.",
    entity_refused: Template::new("Not readable with this token ({0}): it needs an owner or billing manager's token."),
    entity_no_answer: "GitHub did not give a usable answer for it.",
    premium_requests: "Premium requests",
    chat: "Chat",
    completions: "Completions",
    unlimited: "Unlimited",
    no_quota_data: Template::new("{0} reported no quota for this account."),
    overage: Template::new("Overage: {0}"),
    model_breakdown: "Model breakdown:",
    requests: Template::new("{0} requests"),
    period_label: "Period:",
    resets_label: "Quota resets:",
    resets_soon: "resets soon",
    duration_days: Template::new("{0}d {1}h"),
    duration_hours: Template::new("{0}h {1}m"),
    duration_minutes: Template::new("{0}m"),

    window_minutes: Template::new("{0}-minute limit"),
    window_hours: Template::new("{0}-hour limit"),
    window_days: Template::new("{0}-day limit"),
    window_months: Template::new("{0}-month limit"),
    remaining: Template::new("{0}% remaining"),
    resets_in: Template::new("Resets in: {0}"),
    resets_soon_line: "Resets soon",
    limit_reached: "⚠️ Limit reached",

    no_accounts: "No configured accounts found.",
    supported_accounts: "Supported account types:",
    failed_accounts: "## ❌ Failed to query accounts",

    internal_error: Template::new(
        "mystatus hit an internal error (a bug) while reading {0}; the other platforms are \
unaffected. Please report it at https://github.com/mystatus/mystatus/issues.",
    ),
    copilot_guidance: Template::new(
        "To show your GitHub Copilot quota, mystatus needs a fine-grained personal access token (PAT): \
a token you create on GitHub that grants only the permissions you pick. mystatus only needs to read your plan's usage.\n\
\n\
1. Open https://github.com/settings/tokens?type=beta and click \"Generate new token\".\n\
2. Under \"Account permissions\", set \"Plan\" to \"Read-only\". Nothing else is needed.\n\
3. Generate the token and copy it (it starts with github_pat_).\n\
4. Save it in {0}:\n\
\n\
{1}\n\
\n\
Only \"token\" is required: mystatus finds your username itself, and \"tier\" sets your monthly allowance \
({2}; your plan is shown at https://github.com/settings/copilot).\n\
Then run /mystatus again.",
    ),

    pat_config_invalid: Template::new("The token file {0} is invalid: {1}."),
    token_file_exposed: Template::new(
        "⚠️ Other users on this machine can read your token file (permissions {1}): run `chmod 600 {0}`.",
    ),
    config_example_intro: "It must look like this:",
    problem_unreadable: Template::new("it could not be read ({0})"),
    problem_too_large: Template::new("it is {0}, more than the {1} a credentials file can be; nothing of it was read"),
    problem_not_utf8: "it is not UTF-8 text (was it saved in another encoding?)",
    problem_not_json: Template::new("it is not valid JSON ({0})"),
    problem_not_object: "it must be a JSON object",
    problem_missing: Template::new("the \"{0}\" field is missing"),
    problem_empty: Template::new("the \"{0}\" field is empty"),
    problem_not_string: Template::new("the \"{0}\" field must be a string in quotes"),
    problem_not_a_list: Template::new("the \"{0}\" field must be a list"),
    problem_entry_not_an_object: Template::new("{0} must be a JSON object"),
    problem_unknown_tier: Template::new("\"tier\" is \"{0}\", which is not a Copilot plan; valid tiers: {1}"),
    problem_unknown_billing: Template::new(
        "\"billing\" is \"{0}\"; use \"credits\" or \"premium-requests\", or leave it out to detect it",
    ),
    problem_bad_allowance: Template::new("\"allowance\" is {0}; it must be a positive number of AI credits per month"),
    problem_bad_name: Template::new(
        "\"{0}\" is \"{1}\", which is not a GitHub account name (letters, digits and hyphens)",
    ),
    problem_bad_host: Template::new(
        "\"host\" is \"{0}\"; it must be your GitHub Enterprise Cloud domain, like company.ghe.com",
    ),
    problem_bad_username: Template::new(
        "\"username\" is \"{0}\", which is not a GitHub username (letters, digits and hyphens; \
copy it from your profile URL, https://github.com/<username>)",
    ),

    auth_file_invalid: Template::new("OpenCode's sign-in data in {0} could not be read: {1}."),
    oauth_entry_unusable: Template::new(
        "The \"github-copilot\" sign-in in {0} has no usable OAuth token ({1}). \
Sign in to GitHub Copilot again in OpenCode (opencode auth login), or set up a token file:",
    ),
    oauth_cannot_read_quota: Template::new(
        "OpenCode's GitHub sign-in cannot read the Copilot quota (GitHub answered {0}): \
its OAuth token has no access to the quota API. A fine-grained token fixes this:",
    ),

    bad_api_url: Template::new(
        "{0} is \"{1}\", which is not an http(s) URL. Unset it for github.com, or set it to \
your GitHub Enterprise Server API, e.g. https://github.example.com/api/v3.",
    ),
    bad_origin: Template::new("{0} is \"{1}\", which is not an http(s) URL. Unset it, or set it to an http(s) origin."),
    pat_unauthorized: Template::new(
        "GitHub rejected the token (401): it is invalid, revoked or expired. Create a new fine-grained \
token at https://github.com/settings/tokens?type=beta (Account permissions -> Plan -> Read-only) and \
put it in the \"token\" field of {0}.",
    ),
    pat_forbidden: "GitHub refused access to the billing data (403): the token lacks the \"Plan\" permission. \
Edit the token at https://github.com/settings/tokens?type=beta, set Account permissions -> Plan -> \
Read-only, save, and run /mystatus again.",
    pat_user_not_found: Template::new(
        "GitHub has no personal billing data for \"{0}\" (404). If an organization pays for your \
Copilot seat, its usage is billed there: sign in to GitHub Copilot in OpenCode to see it, or add \"org\" to {1} \
if you administer it. Otherwise check \"username\" in {1}: it is case-sensitive; copy it from your profile \
URL (https://github.com/<username>).",
    ),
    deadline: Template::new(
        "{0} did not finish within {1} s: a request is very slow or hanging. Try again later; \
{2} raises the limit.",
    ),
    rate_limited: Template::new(
        "{0} is rate-limiting requests (429) to {1}. Wait a few minutes and run /mystatus again.",
    ),
    rate_limited_retry: Template::new("{0} is rate-limiting requests to {1}: retry after {2} s."),
    paused: Template::new(
        "{0} asked mystatus to slow down (429 at {1}): automatic refreshes leave it alone for {2}. Type /mystatus \
to ask now.",
    ),
    server_error: Template::new(
        "{0} answered with a server error ({1}) for {2}. The problem is on {0}'s side; \
try again in a few minutes.",
    ),
    unexpected_status: Template::new("{0} answered {1} for {2}, which mystatus did not expect."),
    api_said: Template::new("{0} said: \"{1}\""),
    timeout: Template::new(
        "{0} did not answer within {1} s ({2}). Check your network connection or proxy, \
then run /mystatus again.",
    ),
    network: Template::new(
        "Could not reach {0} at {1}: {2}. Check your network connection or proxy, \
then run /mystatus again.",
    ),
    malformed: Template::new(
        "{0}'s answer from {1} is not in the expected format ({2}). The API may have \
changed: please report this to mystatus.",
    ),
};
