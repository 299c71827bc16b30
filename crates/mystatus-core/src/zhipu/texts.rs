//! Zhipu AI's and Z.ai's own texts, in every language.

use super::Flavor;
use super::api::Kind;
use crate::i18n::{Lang, Template};

/// A template's values, named in its comment, are already formatted.
pub struct Texts {
    /// The service's name in messages ("Zhipu AI said: ...").
    services: Flavored,
    titles: Flavored,
    setup: Template<2>, // site, provider
    tokens: Counted,
    calls: Counted,
    credits: Counted,
    used_other: Template<2>, // used, total
    /// The API key was refused.
    key_rejected: Template<3>, // service, HTTP status or the API's code, provider
    /// An answer that is an error (`success: false`) rather than the quota.
    error_answer: Template<1>, // service
    error_answer_code: Template<2>, // service, code
}

/// One text for each site.
struct Flavored {
    zhipu: &'static str,
    zai: &'static str,
}

/// What a kind of limit is called.
struct Counted {
    heading: Template<1>, // window ("5-hour limit")
    heading_no_window: &'static str,
    used: Template<2>, // used, total
}

impl Flavored {
    fn of(&self, flavor: Flavor) -> &'static str {
        match flavor {
            Flavor::Zhipu => self.zhipu,
            Flavor::Zai => self.zai,
        }
    }
}

/// An unknown kind's heading, in every language: its name is the API's.
const OTHER_HEADING: Template<2> = Template::new("{0} ({1})");

/// Where the plan is sold.
fn site(flavor: Flavor) -> &'static str {
    match flavor {
        Flavor::Zhipu => "bigmodel.cn",
        Flavor::Zai => "z.ai",
    }
}

/// The provider to pick in `opencode auth login`, as OpenCode lists it.
fn provider(flavor: Flavor) -> &'static str {
    match flavor {
        Flavor::Zhipu => "Zhipu AI Coding Plan",
        Flavor::Zai => "Z.AI Coding Plan",
    }
}

impl Texts {
    pub fn service(&self, flavor: Flavor) -> &'static str {
        self.services.of(flavor)
    }

    pub fn title(&self, flavor: Flavor) -> &'static str {
        self.titles.of(flavor)
    }

    pub fn setup(&self, flavor: Flavor) -> String {
        self.setup.fill([site(flavor), provider(flavor)])
    }

    /// The texts of a kind of limit, or the API's own name for a kind this version does not know.
    fn counted<'a>(&'a self, kind: &'a Kind) -> Result<&'a Counted, &'a str> {
        match kind {
            Kind::Tokens => Ok(&self.tokens),
            Kind::Calls => Ok(&self.calls),
            Kind::Credits => Ok(&self.credits),
            Kind::Other(name) => Err(name),
        }
    }

    /// A limit's heading: what it counts, and over which window when the API says.
    pub fn heading(&self, kind: &Kind, window: Option<&str>) -> String {
        match (self.counted(kind), window) {
            (Ok(counted), Some(window)) => counted.heading.fill([window]),
            (Ok(counted), None) => counted.heading_no_window.to_owned(),
            (Err(name), Some(window)) => OTHER_HEADING.fill([window, name]),
            (Err(name), None) => name.to_owned(),
        }
    }

    /// `used` and `total` are formatted ("12.3M", "1000").
    pub fn used(&self, kind: &Kind, used: &str, total: &str) -> String {
        self.counted(kind).map_or(self.used_other, |counted| counted.used).fill([used, total])
    }

    /// The API key was refused; `code` is the HTTP status or the API's own code.
    pub fn rejected(&self, flavor: Flavor, code: i64) -> String {
        self.key_rejected.fill([self.service(flavor), &code.to_string(), provider(flavor)])
    }

    pub fn refused(&self, flavor: Flavor, code: Option<i64>) -> String {
        match code {
            Some(code) => self.error_answer_code.fill([self.service(flavor), &code.to_string()]),
            None => self.error_answer.fill([self.service(flavor)]),
        }
    }
}

static EN: Texts = Texts {
    services: Flavored { zhipu: "Zhipu AI", zai: "Z.ai" },
    titles: Flavored { zhipu: "## Zhipu AI Account Quota", zai: "## Z.ai Account Quota" },
    setup: Template::new(
        "For the GLM Coding Plan on {0}: run `opencode auth login`, choose \"{1}\" and paste your API key. \
mystatus reads the key OpenCode saves; nothing else to set up.",
    ),
    tokens: Counted {
        heading: Template::new("{0} (tokens)"),
        heading_no_window: "Token limit",
        used: Template::new("Used: {0} / {1} tokens"),
    },
    calls: Counted {
        heading: Template::new("{0} (MCP/tool calls)"),
        heading_no_window: "MCP/tool call limit",
        used: Template::new("Used: {0} / {1} calls"),
    },
    credits: Counted {
        heading: Template::new("{0} (credits)"),
        heading_no_window: "Credit limit",
        used: Template::new("Used: {0} / {1} credits"),
    },
    used_other: Template::new("Used: {0} / {1}"),
    key_rejected: Template::new(
        "{0} rejected the API key ({1}). Enter it again with `opencode auth login` (choose \"{2}\"), \
then run /mystatus again.",
    ),
    error_answer: Template::new("{0} answered with an error instead of the quota."),
    error_answer_code: Template::new("{0} answered with an error instead of the quota (code {1})."),
};

static ZH: Texts = Texts {
    services: Flavored { zhipu: "智谱 AI", zai: "Z.ai" },
    titles: Flavored { zhipu: "## 智谱 AI 账号额度", zai: "## Z.ai 账号额度" },
    setup: Template::new(
        "适用于 {0} 的 GLM Coding Plan：运行 `opencode auth login`，选择 \"{1}\" \
并粘贴你的 API 密钥。mystatus 会读取 OpenCode 保存的密钥，无需其他设置。",
    ),
    tokens: Counted {
        heading: Template::new("{0}（Token）"),
        heading_no_window: "Token 限额",
        used: Template::new("已用: {0} / {1} Token"),
    },
    calls: Counted {
        heading: Template::new("{0}（MCP/工具调用）"),
        heading_no_window: "MCP/工具调用限额",
        used: Template::new("已用: {0} / {1} 次"),
    },
    credits: Counted {
        heading: Template::new("{0}（积分）"),
        heading_no_window: "积分限额",
        used: Template::new("已用: {0} / {1} 积分"),
    },
    used_other: Template::new("已用: {0} / {1}"),
    key_rejected: Template::new(
        "{0} 拒绝了该 API 密钥（{1}）。请运行 `opencode auth login`（选择 \"{2}\"）重新输入密钥，\
然后再次运行 /mystatus。",
    ),
    error_answer: Template::new("{0} 返回了错误，而不是额度信息。"),
    error_answer_code: Template::new("{0} 返回了错误，而不是额度信息（代码 {1}）。"),
};

static FR: Texts = Texts {
    services: Flavored { zhipu: "Zhipu AI", zai: "Z.ai" },
    titles: Flavored { zhipu: "## Quota du compte Zhipu AI", zai: "## Quota du compte Z.ai" },
    setup: Template::new(
        "Pour le GLM Coding Plan de {0} : lancez `opencode auth login`, choisissez \"{1}\" et collez votre clé \
API. mystatus lit la clé enregistrée par OpenCode ; rien d'autre à configurer.",
    ),
    tokens: Counted {
        heading: Template::new("{0} (tokens)"),
        heading_no_window: "Limite de tokens",
        used: Template::new("Utilisé : {0} / {1} tokens"),
    },
    calls: Counted {
        heading: Template::new("{0} (appels MCP/outils)"),
        heading_no_window: "Limite d'appels MCP/outils",
        used: Template::new("Utilisé : {0} / {1} appels"),
    },
    credits: Counted {
        heading: Template::new("{0} (crédits)"),
        heading_no_window: "Limite de crédits",
        used: Template::new("Utilisé : {0} / {1} crédits"),
    },
    used_other: Template::new("Utilisé : {0} / {1}"),
    key_rejected: Template::new(
        "{0} a refusé la clé API ({1}). Saisissez-la de nouveau avec `opencode auth login` (choisissez \
\"{2}\"), puis relancez /mystatus.",
    ),
    error_answer: Template::new("{0} a répondu par une erreur au lieu du quota."),
    error_answer_code: Template::new("{0} a répondu par une erreur au lieu du quota (code {1})."),
};

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::En => &EN,
        Lang::Zh => &ZH,
        Lang::Fr => &FR,
    }
}
