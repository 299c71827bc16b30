use super::Messages;

pub struct Zh;

impl Messages for Zh {
    fn copilot_title(&self) -> &'static str {
        "## GitHub Copilot 账号额度"
    }
    fn account_label(&self) -> &'static str {
        "账号:"
    }
    fn plan_label(&self) -> &'static str {
        "计划:"
    }
    fn ai_credits(&self) -> &'static str {
        "AI 额度"
    }
    fn credits(&self, count: &str) -> String {
        format!("{count} 额度")
    }
    fn billed_overage(&self, dollars: &str) -> String {
        format!("已计费超额: {dollars}")
    }
    fn unlimited_used(&self, amount: &str) -> String {
        format!("无限制（已用 {amount}）")
    }
    fn used_not_published(&self, amount: &str) -> String {
        format!("已用: {amount}（GitHub 未公布此计划的额度）")
    }
    fn used_no_tier(&self, amount: &str, path: &str) -> String {
        format!("已用: {amount}。在 {path} 中将你的计划填入 \"tier\" 字段，即可查看剩余额度。")
    }
    fn used_pooled(&self, amount: &str, owners: &str) -> String {
        format!("已用: {amount}（额度由 {owners} 统一共享）")
    }
    fn your_organization(&self) -> &'static str {
        "你的组织"
    }
    fn organization_title(&self, name: &str) -> String {
        format!("组织: {name}")
    }
    fn enterprise_title(&self, name: &str) -> String {
        format!("企业: {name}")
    }
    fn entity_usage(&self, amount: &str) -> String {
        format!("你本月的 AI 额度用量: {amount}")
    }
    fn entity_budget(&self, dollars: &str, stops_usage: bool) -> String {
        if stops_usage {
            format!("AI 额度预算: {dollars}（达到预算后将停止使用）")
        } else {
            format!("AI 额度预算: {dollars}")
        }
    }
    fn entity_no_budget(&self) -> &'static str {
        "未设置 AI 额度预算。"
    }
    fn entity_refused(&self, status: u16) -> String {
        format!("此令牌无权读取（{status}）：需要所有者或账单管理员的令牌。")
    }
    fn entity_no_answer(&self) -> &'static str {
        "GitHub 未就此返回可用的响应。"
    }
    fn premium_requests(&self) -> &'static str {
        "高级请求"
    }
    fn chat(&self) -> &'static str {
        "聊天"
    }
    fn completions(&self) -> &'static str {
        "代码补全"
    }
    fn unlimited(&self) -> &'static str {
        "无限制"
    }
    fn no_quota_data(&self, service: &str) -> String {
        format!("{service} 未返回此账号的额度信息。")
    }
    fn overage(&self, amount: &str) -> String {
        format!("超额: {amount}")
    }
    fn model_breakdown(&self) -> &'static str {
        "按模型统计："
    }
    fn requests(&self, count: &str) -> String {
        format!("{count} 次请求")
    }
    fn period_label(&self) -> &'static str {
        "计费周期:"
    }
    fn resets_label(&self) -> &'static str {
        "配额重置:"
    }
    fn resets_soon(&self) -> &'static str {
        "即将重置"
    }
    fn duration(&self, days: i64, hours: i64, minutes: i64) -> String {
        match (days, hours) {
            (0, 0) => format!("{minutes}分钟"),
            (0, _) => format!("{hours}小时{minutes}分钟"),
            _ => format!("{days}天{hours}小时"),
        }
    }

    fn window_minutes(&self, minutes: i64) -> String {
        format!("{minutes} 分钟限额")
    }
    fn window_hours(&self, hours: i64) -> String {
        format!("{hours} 小时限额")
    }
    fn window_days(&self, days: i64) -> String {
        format!("{days} 天限额")
    }
    fn remaining(&self, percent: i64) -> String {
        format!("剩余 {percent}%")
    }
    fn resets_in(&self, when: &str) -> String {
        format!("重置: {when}后")
    }
    fn resets_soon_line(&self) -> &'static str {
        "即将重置"
    }
    fn limit_reached(&self) -> &'static str {
        "⚠️ 已达到限额"
    }

    fn no_accounts(&self) -> &'static str {
        "未找到已配置的账号。"
    }
    fn supported_accounts(&self) -> &'static str {
        "支持的账号类型："
    }
    fn failed_accounts(&self) -> &'static str {
        "## ❌ 账号查询失败"
    }

    fn internal_error(&self, platform: &str) -> String {
        format!(
            "mystatus 在读取 {platform} 时遇到内部错误（程序缺陷）；其他平台不受影响。\
请在 https://github.com/mystatus/mystatus/issues 报告此问题。"
        )
    }
    fn copilot_guidance(&self, path: &str, example: &str, tiers: &str) -> String {
        format!(
            "要显示 GitHub Copilot 额度，mystatus 需要一个细粒度个人访问令牌（fine-grained PAT）：\
这是你在 GitHub 上创建的令牌，只授予你选定的权限。mystatus 只需读取你所用计划的用量。\n\
\n\
1. 打开 https://github.com/settings/tokens?type=beta 并点击 \"Generate new token\"。\n\
2. 在 \"Account permissions\" 下，将 \"Plan\" 设为 \"Read-only\"（只读），无需其他权限。\n\
3. 生成令牌并复制（令牌以 github_pat_ 开头）。\n\
4. 将令牌保存到 {path} 中：\n\
\n\
{example}\n\
\n\
只有 \"token\" 是必填项：mystatus 会自动查找你的用户名，\"tier\" 用于设置你的每月额度\
（有效值：{tiers}；你的计划可在 https://github.com/settings/copilot 查看）。\n\
然后再次运行 /mystatus。"
        )
    }

    fn pat_config_invalid(&self, path: &str, problem: &str) -> String {
        format!("令牌文件 {path} 无效：{problem}。")
    }
    fn token_file_exposed(&self, path: &str, mode: &str) -> String {
        format!("⚠️ 本机其他用户可以读取你的令牌文件（权限 {mode}）：请运行 `chmod 600 {path}`。")
    }
    fn config_example_intro(&self) -> &'static str {
        "正确格式如下："
    }
    fn problem_unreadable(&self, detail: &str) -> String {
        format!("无法读取（{detail}）")
    }
    fn problem_too_large(&self, size: &str, limit: &str) -> String {
        format!("文件大小为 {size}，超过了凭据文件的上限 {limit}，未读取任何内容")
    }
    fn problem_not_utf8(&self) -> String {
        "它不是 UTF-8 文本（是否以其他编码保存？）".to_owned()
    }
    fn problem_not_json(&self, detail: &str) -> String {
        format!("不是有效的 JSON（{detail}）")
    }
    fn problem_not_object(&self) -> String {
        "内容必须是一个 JSON 对象".to_owned()
    }
    fn problem_missing(&self, field: &str) -> String {
        format!("缺少 \"{field}\" 字段")
    }
    fn problem_empty(&self, field: &str) -> String {
        format!("\"{field}\" 字段为空")
    }
    fn problem_not_string(&self, field: &str) -> String {
        format!("\"{field}\" 字段必须是带引号的字符串")
    }
    fn problem_unknown_tier(&self, value: &str, valid: &str) -> String {
        format!("\"tier\" 的值 \"{value}\" 不是 Copilot 计划；有效值：{valid}")
    }
    fn problem_unknown_billing(&self, value: &str) -> String {
        format!("\"billing\" 的值 \"{value}\" 无效；请使用 \"credits\" 或 \"premium-requests\"，或省略该字段以自动检测")
    }
    fn problem_bad_allowance(&self, value: &str) -> String {
        format!("\"allowance\" 的值为 {value}；它必须是正数，表示每月的 AI 额度")
    }
    fn problem_bad_name(&self, field: &str, value: &str) -> String {
        format!("\"{field}\" 的值 \"{value}\" 不是有效的 GitHub 账号名（只能包含字母、数字和连字符）")
    }
    fn problem_bad_host(&self, value: &str) -> String {
        format!("\"host\" 的值 \"{value}\" 无效；它必须是形如 company.ghe.com 的 GitHub Enterprise Cloud 域名")
    }
    fn problem_bad_username(&self, value: &str) -> String {
        format!(
            "\"username\" 的值 \"{value}\" 不是有效的 GitHub 用户名（只能包含字母、数字和连字符；\
可从个人主页 URL https://github.com/<username> 中复制）"
        )
    }

    fn auth_file_invalid(&self, source: &str, detail: &str) -> String {
        format!("无法读取 {source} 中 OpenCode 的登录数据：{detail}。")
    }
    fn oauth_entry_unusable(&self, source: &str, detail: &str) -> String {
        format!(
            "{source} 中的 \"github-copilot\" 登录项没有可用的 OAuth 令牌（{detail}）。\
请在 OpenCode 中重新登录 GitHub Copilot（opencode auth login），或者配置令牌文件："
        )
    }
    fn oauth_cannot_read_quota(&self, status: u16) -> String {
        format!(
            "OpenCode 的 GitHub 登录无法读取 Copilot 额度（GitHub 返回 {status}）：\
其 OAuth 令牌无权访问额度 API。改用细粒度令牌即可解决："
        )
    }

    fn bad_api_url(&self, var: &str, value: &str) -> String {
        format!(
            "{var} 的值为 \"{value}\"，不是 http(s) URL。使用 github.com 时请取消设置该变量，\
否则请将其设为你的 GitHub Enterprise Server API 地址，例如 https://github.example.com/api/v3 。"
        )
    }
    fn bad_origin(&self, var: &str, value: &str) -> String {
        format!("{var} 的值为 \"{value}\"，不是 http(s) URL。请取消设置，或将其设为 http(s) 地址。")
    }
    fn pat_unauthorized(&self, path: &str) -> String {
        format!(
            "GitHub 拒绝了该令牌（401）：令牌无效、已撤销或已过期。请在 \
https://github.com/settings/tokens?type=beta 创建新的细粒度令牌（Account permissions -> Plan -> Read-only），\
并将其填入 {path} 的 \"token\" 字段。"
        )
    }
    fn pat_forbidden(&self) -> String {
        "GitHub 拒绝访问账单数据（403）：该令牌缺少 \"Plan\" 权限。\
请在 https://github.com/settings/tokens?type=beta 编辑该令牌，设置 Account permissions -> Plan -> \
Read-only 并保存，然后再次运行 /mystatus。"
            .to_owned()
    }
    fn pat_user_not_found(&self, username: &str, path: &str) -> String {
        format!(
            "GitHub 没有 \"{username}\" 的个人账单数据（404）。如果你的 Copilot 席位由组织付费，\
其用量会计入该组织的账单：请在 OpenCode 中登录 GitHub Copilot 以查看用量；如果你是该组织的管理员，\
也可以在 {path} 中添加 \"org\"。否则，请检查 {path} 中的 \"username\"：用户名区分大小写，\
请从个人主页 URL https://github.com/<username> 中复制。"
        )
    }
    fn deadline(&self, platform: &str, seconds: u32, var: &str) -> String {
        format!("{platform} 未能在 {seconds} 秒内完成：有请求非常慢或没有响应。请稍后重试；{var} 可以提高时限。")
    }
    fn rate_limited(&self, service: &str, url: &str) -> String {
        format!("{service} 正在限制对 {url} 的请求频率（429）。请等待几分钟，然后再次运行 /mystatus。")
    }
    fn rate_limited_retry(&self, service: &str, url: &str, seconds: u64) -> String {
        format!("{service} 正在限制对 {url} 的请求频率：请在 {seconds} 秒后重试。")
    }
    fn server_error(&self, service: &str, status: u16, url: &str) -> String {
        format!(
            "{service} 在处理 {url} 时返回服务器错误（{status}）。问题出在 {service} 一方，\
请几分钟后重试。"
        )
    }
    fn unexpected_status(&self, service: &str, status: u16, url: &str) -> String {
        format!("{service} 对 {url} 返回了 {status}，mystatus 未预料到此状态。")
    }
    fn api_said(&self, service: &str, message: &str) -> String {
        format!("{service} 返回信息：\"{message}\"")
    }
    fn timeout(&self, service: &str, seconds: u32, url: &str) -> String {
        format!(
            "请求 {url} 时，{service} 在 {seconds} 秒内未响应。请检查网络连接或代理设置，\
然后再次运行 /mystatus。"
        )
    }
    fn network(&self, service: &str, url: &str, detail: &str) -> String {
        format!(
            "无法通过 {url} 连接到 {service}（{detail}）。请检查网络连接或代理设置，\
然后再次运行 /mystatus。"
        )
    }
    fn malformed(&self, service: &str, url: &str, detail: &str) -> String {
        format!(
            "{service} 从 {url} 返回的响应格式不符合预期（{detail}）。API 可能已变更，\
请向 mystatus 报告此问题。"
        )
    }
}
