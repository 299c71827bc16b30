use super::{Messages, Template};

pub static ZH: Messages = Messages {
    copilot_title: "## GitHub Copilot 账号额度",
    account_label: "账号:",
    plan_label: "计划:",
    ai_credits: "AI 额度",
    credits: Template::new("{0} 额度"),
    billed_overage: Template::new("已计费超额: {0}"),
    unlimited_used: Template::new("无限制（已用 {0}）"),
    used_not_published: Template::new("已用: {0}（GitHub 未公布此计划的额度）"),
    used_no_tier: Template::new("已用: {0}。在 {1} 中将你的计划填入 \"tier\" 字段，即可查看剩余额度（有效值：{2}）。"),
    used_pooled: Template::new("已用: {0}（额度由 {1} 统一共享）"),
    your_organization: "你的组织",
    organization_title: Template::new("组织: {0}"),
    enterprise_title: Template::new("企业: {0}"),
    entity_usage: Template::new("你本月的 AI 额度用量: {0}"),
    entity_budget: Template::new("AI 额度预算: {0}"),
    entity_budget_stops: Template::new("AI 额度预算: {0}（达到预算后将停止使用）"),
    entity_no_budget: "未设置 AI 额度预算。",
    entity_refused: Template::new("此令牌无权读取（{0}）：需要所有者或账单管理员的令牌。"),
    entity_no_answer: "GitHub 未就此返回可用的响应。",
    premium_requests: "高级请求",
    chat: "聊天",
    completions: "代码补全",
    unlimited: "无限制",
    no_quota_data: Template::new("{0} 未返回此账号的额度信息。"),
    overage: Template::new("超额: {0}"),
    model_breakdown: "按模型统计：",
    requests: Template::new("{0} 次请求"),
    period_label: "计费周期:",
    resets_label: "配额重置:",
    resets_soon: "即将重置",
    duration_days: Template::new("{0}天{1}小时"),
    duration_hours: Template::new("{0}小时{1}分钟"),
    duration_minutes: Template::new("{0}分钟"),

    window_minutes: Template::new("{0} 分钟限额"),
    window_hours: Template::new("{0} 小时限额"),
    window_days: Template::new("{0} 天限额"),
    window_months: Template::new("{0} 个月限额"),
    remaining: Template::new("剩余 {0}%"),
    resets_in: Template::new("重置: {0}后"),
    resets_soon_line: "即将重置",
    limit_reached: "⚠️ 已达到限额",

    no_accounts: "未找到已配置的账号。",
    supported_accounts: "支持的账号类型：",
    failed_accounts: "## ❌ 账号查询失败",

    internal_error: Template::new(
        "mystatus 在读取 {0} 时遇到内部错误（程序缺陷）；其他平台不受影响。\
请在 https://github.com/mystatus/mystatus/issues 报告此问题。",
    ),
    copilot_guidance: Template::new(
        "要显示 GitHub Copilot 额度，mystatus 需要一个细粒度个人访问令牌（fine-grained PAT）：\
这是你在 GitHub 上创建的令牌，只授予你选定的权限。mystatus 只需读取你所用计划的用量。\n\
\n\
1. 打开 https://github.com/settings/tokens?type=beta 并点击 \"Generate new token\"。\n\
2. 在 \"Account permissions\" 下，将 \"Plan\" 设为 \"Read-only\"（只读），无需其他权限。\n\
3. 生成令牌并复制（令牌以 github_pat_ 开头）。\n\
4. 将令牌保存到 {0} 中：\n\
\n\
{1}\n\
\n\
只有 \"token\" 是必填项：mystatus 会自动查找你的用户名，\"tier\" 用于设置你的每月额度\
（有效值：{2}；你的计划可在 https://github.com/settings/copilot 查看）。\n\
然后再次运行 /mystatus。",
    ),

    pat_config_invalid: Template::new("令牌文件 {0} 无效：{1}。"),
    token_file_exposed: Template::new("⚠️ 本机其他用户可以读取你的令牌文件（权限 {1}）：请运行 `chmod 600 {0}`。"),
    config_example_intro: "正确格式如下：",
    problem_unreadable: Template::new("无法读取（{0}）"),
    problem_too_large: Template::new("文件大小为 {0}，超过了凭据文件的上限 {1}，未读取任何内容"),
    problem_not_utf8: "它不是 UTF-8 文本（是否以其他编码保存？）",
    problem_not_json: Template::new("不是有效的 JSON（{0}）"),
    problem_not_object: "内容必须是一个 JSON 对象",
    problem_missing: Template::new("缺少 \"{0}\" 字段"),
    problem_empty: Template::new("\"{0}\" 字段为空"),
    problem_not_string: Template::new("\"{0}\" 字段必须是带引号的字符串"),
    problem_not_a_list: Template::new("\"{0}\" 字段必须是列表"),
    problem_entry_not_an_object: Template::new("{0} 必须是 JSON 对象"),
    problem_unknown_tier: Template::new("\"tier\" 的值 \"{0}\" 不是 Copilot 计划；有效值：{1}"),
    problem_unknown_billing: Template::new(
        "\"billing\" 的值 \"{0}\" 无效；请使用 \"credits\" 或 \"premium-requests\"，或省略该字段以自动检测",
    ),
    problem_bad_allowance: Template::new("\"allowance\" 的值为 {0}；它必须是正数，表示每月的 AI 额度"),
    problem_bad_name: Template::new("\"{0}\" 的值 \"{1}\" 不是有效的 GitHub 账号名（只能包含字母、数字和连字符）"),
    problem_bad_host: Template::new(
        "\"host\" 的值 \"{0}\" 无效；它必须是形如 company.ghe.com 的 GitHub Enterprise Cloud 域名",
    ),
    problem_bad_username: Template::new(
        "\"username\" 的值 \"{0}\" 不是有效的 GitHub 用户名（只能包含字母、数字和连字符；\
可从个人主页 URL https://github.com/<username> 中复制）",
    ),

    auth_file_invalid: Template::new("无法读取 {0} 中 OpenCode 的登录数据：{1}。"),
    oauth_entry_unusable: Template::new(
        "{0} 中的 \"github-copilot\" 登录项没有可用的 OAuth 令牌（{1}）。\
请在 OpenCode 中重新登录 GitHub Copilot（opencode auth login），或者配置令牌文件：",
    ),
    oauth_cannot_read_quota: Template::new(
        "OpenCode 的 GitHub 登录无法读取 Copilot 额度（GitHub 返回 {0}）：\
其 OAuth 令牌无权访问额度 API。改用细粒度令牌即可解决：",
    ),

    bad_api_url: Template::new(
        "{0} 的值为 \"{1}\"，不是 http(s) URL。使用 github.com 时请取消设置该变量，\
否则请将其设为你的 GitHub Enterprise Server API 地址，例如 https://github.example.com/api/v3 。",
    ),
    bad_origin: Template::new("{0} 的值为 \"{1}\"，不是 http(s) URL。请取消设置，或将其设为 http(s) 地址。"),
    pat_unauthorized: Template::new(
        "GitHub 拒绝了该令牌（401）：令牌无效、已撤销或已过期。请在 \
https://github.com/settings/tokens?type=beta 创建新的细粒度令牌（Account permissions -> Plan -> Read-only），\
并将其填入 {0} 的 \"token\" 字段。",
    ),
    pat_forbidden: "GitHub 拒绝访问账单数据（403）：该令牌缺少 \"Plan\" 权限。\
请在 https://github.com/settings/tokens?type=beta 编辑该令牌，设置 Account permissions -> Plan -> \
Read-only 并保存，然后再次运行 /mystatus。",
    pat_user_not_found: Template::new(
        "GitHub 没有 \"{0}\" 的个人账单数据（404）。如果你的 Copilot 席位由组织付费，\
其用量会计入该组织的账单：请在 OpenCode 中登录 GitHub Copilot 以查看用量；如果你是该组织的管理员，\
也可以在 {1} 中添加 \"org\"。否则，请检查 {1} 中的 \"username\"：用户名区分大小写，\
请从个人主页 URL https://github.com/<username> 中复制。",
    ),
    deadline: Template::new("{0} 未能在 {1} 秒内完成：有请求非常慢或没有响应。请稍后重试；{2} 可以提高时限。"),
    rate_limited: Template::new("{0} 正在限制对 {1} 的请求频率（429）。请等待几分钟，然后再次运行 /mystatus。"),
    rate_limited_retry: Template::new("{0} 正在限制对 {1} 的请求频率：请在 {2} 秒后重试。"),
    paused: Template::new(
        "{0} 要求 mystatus 降低请求频率（{1} 返回 429）：自动刷新将在 {2} 内不再请求。输入 /mystatus 可立即查询。",
    ),
    server_error: Template::new(
        "{0} 在处理 {2} 时返回服务器错误（{1}）。问题出在 {0} 一方，\
请几分钟后重试。",
    ),
    unexpected_status: Template::new("{0} 对 {2} 返回了 {1}，mystatus 未预料到此状态。"),
    api_said: Template::new("{0} 返回信息：\"{1}\""),
    timeout: Template::new(
        "请求 {2} 时，{0} 在 {1} 秒内未响应。请检查网络连接或代理设置，\
然后再次运行 /mystatus。",
    ),
    network: Template::new(
        "无法通过 {1} 连接到 {0}（{2}）。请检查网络连接或代理设置，\
然后再次运行 /mystatus。",
    ),
    malformed: Template::new(
        "{0} 从 {1} 返回的响应格式不符合预期（{2}）。API 可能已变更，\
请向 mystatus 报告此问题。",
    ),
};
