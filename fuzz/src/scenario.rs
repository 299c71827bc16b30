//! Everything the fuzz host answers, chosen by the fuzzer: the clock, the OS, the environment,
//! which files exist and what they hold, and each request's answer. Credentials appear only in
//! the fields that hold them and in echoes of a request; every free text is scrubbed of them.
//!
//! The first variant of every choice is the healthy one, and an exhausted input picks first
//! variants: a short input already configures every platform and answers each request with a
//! real payload of its endpoint, so the fuzzer starts from full reports and mutates them.

use arbitrary::Arbitrary;
use mystatus_core::host::{FetchFailure, FileError, HttpRequest, HttpResponse};
use serde_json::{Map, Value, json};

use crate::fixtures;
use crate::json::{Json, KEYS, Patch};
use crate::tokens::{COPILOT_SESSION, GOOGLE_ACCESS, OPENAI_JWT, credential, scrub};

/// 2026-11-21T13:30:00Z, the clock of the fixtures.
pub const FIXTURE_NOW_MS: i64 = 1_795_267_800_000;
/// 9999-12-31T23:59:59.999Z: clocks beyond are not clocks.
const LATEST_MS: u64 = 253_402_300_799_999;
pub const MAX_ANSWERS: usize = 16;
const MAX_PATCHES: usize = 4;
const MAX_HEADERS: usize = 4;
const MAX_ENV: usize = 12;
const MAX_OTHER_ENTRIES: usize = 4;
const MAX_ACCOUNTS: usize = 6;
const MAX_MEMORY_VALUES: usize = 4;

#[derive(Debug, Arbitrary)]
pub struct Scenario {
    pub clock: Clock,
    pub os: Os,
    pub home: Home,
    pub locale: Option<Tag>,
    pub env: Vec<(Var, EnvValue)>,
    pub auth: FileSpec<AuthContent>,
    /// Whether auth.json's content also goes in `OPENCODE_AUTH_CONTENT` (which then wins).
    pub auth_in_env: bool,
    pub pat: FileSpec<PatContent>,
    pub accounts: FileSpec<AccountsContent>,
    /// Claude Code's `.credentials.json`.
    pub claude_code: FileSpec<ClaudeCodeContent>,
    pub mode: Option<u32>,
    pub answers: Vec<Answer>,
    /// What is asked after the first report, of the same host and its memory.
    pub then: Then,
    pub memory: MemoryChange,
}

/// A second question after the whole report, as a later `/mystatus` in the same process.
#[derive(Debug, Arbitrary)]
pub enum Then {
    Nothing,
    Report,
    /// One platform alone (`report` on it only), by index in `Platform::ALL`.
    Platform(u8),
}

/// What becomes of the memory between the two questions.
#[derive(Debug, Arbitrary)]
pub enum MemoryChange {
    Keep,
    Forget,
    /// Each remembered value replaced by one of these.
    Corrupt(Vec<Json>),
    CorruptText(Vec<String>),
}

impl MemoryChange {
    /// The values that replace the remembered ones; empty to keep them.
    pub fn values(&self) -> Vec<String> {
        match self {
            Self::Keep | Self::Forget => Vec::new(),
            Self::Corrupt(values) => values.iter().map(|json| json.0.to_string()).collect(),
            Self::CorruptText(values) => values.iter().cloned().map(scrub).collect(),
        }
    }
}

impl Scenario {
    /// Caps every list, so that no input asks for more work than a small one.
    pub fn bounded(mut self) -> Self {
        self.env.truncate(MAX_ENV);
        if let MemoryChange::Corrupt(values) = &mut self.memory {
            values.truncate(MAX_MEMORY_VALUES);
        }
        if let MemoryChange::CorruptText(values) = &mut self.memory {
            values.truncate(MAX_MEMORY_VALUES);
        }
        self.answers.truncate(MAX_ANSWERS);
        for answer in &mut self.answers {
            if let Outcome::Response { headers, body, .. } = &mut answer.outcome {
                headers.truncate(MAX_HEADERS);
                if let Body::Fitting { patches, .. } | Body::Any { patches, .. } = body {
                    patches.truncate(MAX_PATCHES);
                }
            }
        }
        if let FileSpec::Present(AuthContent::Entries { others, .. }) = &mut self.auth {
            others.truncate(MAX_OTHER_ENTRIES);
        }
        if let FileSpec::Present(AccountsContent::Accounts { more, .. }) = &mut self.accounts {
            more.truncate(MAX_ACCOUNTS - 1);
        }
        self
    }
}

#[derive(Debug, Arbitrary)]
pub enum Clock {
    Fixtures,
    /// Seconds away from the fixtures' clock.
    Near(i32),
    Any(u64),
}

impl Clock {
    pub fn now_ms(&self) -> i64 {
        match self {
            Self::Fixtures => FIXTURE_NOW_MS,
            Self::Near(seconds) => FIXTURE_NOW_MS + i64::from(*seconds) * 1000,
            Self::Any(ms) => i64::try_from(ms % (LATEST_MS + 1)).unwrap_or(FIXTURE_NOW_MS),
        }
    }
}

#[derive(Debug, Clone, Copy, Arbitrary)]
pub enum Os {
    Linux,
    MacOs,
    Windows,
    Other,
}

#[derive(Debug, Arbitrary)]
pub enum Home {
    Unix,
    Windows,
    Missing,
    Text(String),
}

impl Home {
    pub fn dir(&self) -> Option<String> {
        match self {
            Self::Unix => Some("/home/fuzz".to_owned()),
            Self::Windows => Some(r"C:\Users\fuzz".to_owned()),
            Self::Missing => None,
            Self::Text(text) => Some(scrub(text.clone())),
        }
    }
}

const TAGS: &[&str] = &["en-US", "zh_CN.UTF-8", "zh-Hans", "fr_CA@euro", "fr", "EN", "de_DE", "C", "", "  ", "zh:fr"];

#[derive(Debug, Arbitrary)]
pub struct Tag(u8);

impl Tag {
    pub fn text(&self) -> String {
        TAGS.get(usize::from(self.0) % TAGS.len()).copied().unwrap_or_default().to_owned()
    }
}

/// The variables the core reads. `MYSTATUS_TEST_PANIC` is left out on purpose: it asks the core
/// to panic. `OPENCODE_AUTH_CONTENT` comes from [`Scenario::auth_in_env`].
#[derive(Debug, Clone, Copy, Arbitrary)]
pub enum Var {
    MystatusLang,
    Language,
    LcAll,
    LcMessages,
    Lang,
    TimeoutMs,
    DeadlineMs,
    XdgConfigHome,
    XdgDataHome,
    AppData,
    GithubApiUrl,
    OpencodeGoUrl,
    OpenAiUrl,
    AnthropicUrl,
    GoogleOAuthUrl,
    GoogleCloudCodeUrl,
    ZhipuUrl,
    ZaiUrl,
}

impl Var {
    pub fn name(self) -> &'static str {
        match self {
            Self::MystatusLang => "MYSTATUS_LANG",
            Self::Language => "LANGUAGE",
            Self::LcAll => "LC_ALL",
            Self::LcMessages => "LC_MESSAGES",
            Self::Lang => "LANG",
            Self::TimeoutMs => "MYSTATUS_TIMEOUT_MS",
            Self::DeadlineMs => "MYSTATUS_DEADLINE_MS",
            Self::XdgConfigHome => "XDG_CONFIG_HOME",
            Self::XdgDataHome => "XDG_DATA_HOME",
            Self::AppData => "APPDATA",
            Self::GithubApiUrl => "MYSTATUS_GITHUB_API_URL",
            Self::OpencodeGoUrl => "MYSTATUS_OPENCODE_GO_URL",
            Self::OpenAiUrl => "MYSTATUS_OPENAI_URL",
            Self::AnthropicUrl => "MYSTATUS_ANTHROPIC_URL",
            Self::GoogleOAuthUrl => "MYSTATUS_GOOGLE_OAUTH_URL",
            Self::GoogleCloudCodeUrl => "MYSTATUS_GOOGLE_CLOUDCODE_URL",
            Self::ZhipuUrl => "MYSTATUS_ZHIPU_URL",
            Self::ZaiUrl => "MYSTATUS_ZAI_URL",
        }
    }
}

const ORIGINS: &[&str] = &[
    "http://127.0.0.1:9",
    "https://proxy.example.test/",
    "HTTPS://Mirror.Example/api/v3/",
    "https://api.github.com",
    " https://spaced.example ",
    "ftp://files.example",
    "https://user@evil.example",
    "https://q.example?x=1",
    "http://",
    "https://",
    "https://#",
    "javascript:alert(1)",
];

const PATHS: &[&str] = &["/srv/config", "/tmp/", "", " ", "relative/dir", r"C:\Users\fuzz\AppData\Roaming", "/é/路径"];

#[derive(Debug, Arbitrary)]
pub enum EnvValue {
    Tag(Tag),
    Origin(u8),
    Millis(u32),
    Path(u8),
    Text(String),
}

fn pick(list: &[&str], index: u8) -> String {
    list.get(usize::from(index) % list.len().max(1)).copied().unwrap_or_default().to_owned()
}

impl EnvValue {
    pub fn text(&self) -> String {
        match self {
            Self::Tag(tag) => tag.text(),
            Self::Origin(index) => pick(ORIGINS, *index),
            Self::Millis(ms) => ms.to_string(),
            Self::Path(index) => pick(PATHS, *index),
            Self::Text(text) => scrub(text.clone()),
        }
    }
}

/// A file: absent, unusable for one of the reasons a host gives, or there with some content.
#[derive(Debug, Arbitrary)]
pub enum FileSpec<C> {
    Present(C),
    Missing,
    TooLarge(u64),
    NotUtf8,
    Unreadable(String),
}

impl<C: Content> FileSpec<C> {
    pub fn read(&self) -> Result<Option<String>, FileError> {
        match self {
            Self::Missing => Ok(None),
            Self::TooLarge(bytes) => Err(FileError::TooLarge { bytes: *bytes }),
            Self::NotUtf8 => Err(FileError::NotUtf8),
            Self::Unreadable(detail) => Err(FileError::Unreadable(scrub(detail.clone()))),
            Self::Present(content) => Ok(Some(content.text())),
        }
    }
}

pub trait Content {
    fn text(&self) -> String;
}

/// Where a credential goes: a planted one (maybe padded with blanks), or something that is not one.
#[derive(Debug, Arbitrary)]
pub enum TokenField {
    /// The credential this field holds in real life (an `sk-ant-` token for Anthropic...).
    Natural,
    Absent,
    Planted(u8),
    Padded(u8),
    Empty,
    Null,
    Number(f64),
    Object,
    Text(String),
}

impl TokenField {
    fn value(&self, natural: &str) -> Option<Value> {
        Some(match self {
            Self::Natural => Value::from(natural),
            Self::Absent => return None,
            Self::Planted(index) => Value::from(credential(*index)),
            Self::Padded(index) => Value::from(format!(" \t{}\n ", credential(*index))),
            Self::Empty => Value::from(""),
            Self::Null => Value::Null,
            Self::Number(number) => Value::from(*number),
            Self::Object => json!({ "token": "nested" }),
            Self::Text(text) => Value::from(scrub(text.clone())),
        })
    }
}

const FIELD_TEXTS: &[&str] = &[
    "johndoe",
    "@johndoe",
    "john-doe",
    "octo_corp",
    "-bad",
    "a/b",
    "../x",
    "pro",
    "pro+",
    "Pro Plus",
    "business",
    "enterprise",
    "free",
    "max",
    "default_claude_max_20x",
    "credits",
    "premium-requests",
    "CREDITS",
    "1500",
    "-1",
    "0",
    "1e999",
    "acme",
    "acme.ghe.com",
    "https://Acme.GHE.com/",
    "api.acme.ghe.com",
    "github.com",
    "localhost",
    "alice@example.com",
    "alice-project-4821",
    "",
    " ",
];

/// Any other field of a file.
#[derive(Debug, Arbitrary)]
pub enum Field {
    Absent,
    Null,
    Pick(u8),
    Number(f64),
    Bool(bool),
    Text(String),
}

impl Field {
    fn value(&self) -> Option<Value> {
        Some(match self {
            Self::Absent => return None,
            Self::Null => Value::Null,
            Self::Pick(index) => Value::from(pick(FIELD_TEXTS, *index)),
            Self::Number(number) => Value::from(*number),
            Self::Bool(flag) => Value::from(*flag),
            Self::Text(text) => Value::from(scrub(text.clone())),
        })
    }
}

fn insert(object: &mut Map<String, Value>, name: &str, value: Option<Value>) {
    if let Some(value) = value {
        object.insert(name.to_owned(), value);
    }
}

fn with_bom(text: String, bom: bool) -> String {
    if bom { format!("\u{feff}{text}") } else { text }
}

#[derive(Debug, Arbitrary)]
pub enum AuthContent {
    Entries { slots: Box<Slots>, others: Vec<(String, AuthEntry)>, bom: bool },
    Json(Json),
    Text(String),
}

/// The entries of the providers mystatus reads.
#[derive(Debug, Arbitrary)]
pub struct Slots {
    copilot: Slot,
    opencode_go: Slot,
    openai: Slot,
    anthropic: Slot,
    zhipu: Slot,
    zai: Slot,
}

#[derive(Debug, Arbitrary)]
pub enum Slot {
    Present(AuthEntry),
    Absent,
}

#[derive(Debug, Arbitrary)]
pub struct AuthEntry {
    kind: EntryKind,
    access: TokenField,
    refresh: TokenField,
    key: TokenField,
    expires: Expires,
    enterprise_url: Field,
}

#[derive(Debug, Arbitrary)]
enum EntryKind {
    /// `api` for OpenCode Go and the Coding Plans, `oauth` for the others.
    Natural,
    OAuth,
    Api,
    WellKnown,
    Missing,
    Other(String),
}

#[derive(Debug, Arbitrary)]
enum Expires {
    Absent,
    Past,
    Future,
    Number(f64),
    Integer(i64),
    Text,
}

/// The credentials an entry holds in real life: `(access, refresh, key)`.
fn natural_credentials(provider: &str) -> (&'static str, &'static str, &'static str) {
    let zhipu_key = credential(9);
    match provider {
        "github-copilot" => (credential(1), credential(1), zhipu_key),
        "openai" => (OPENAI_JWT, credential(4), zhipu_key),
        "anthropic" => (credential(7), credential(8), zhipu_key),
        _ => (credential(2), credential(3), zhipu_key),
    }
}

impl AuthEntry {
    fn value(&self, provider: &str) -> Value {
        let mut entry = Map::new();
        let is_api = matches!(provider, "opencode-go" | "zhipuai-coding-plan" | "zai-coding-plan");
        let kind = match &self.kind {
            EntryKind::Natural => Some(Value::from(if is_api { "api" } else { "oauth" })),
            EntryKind::OAuth => Some(Value::from("oauth")),
            EntryKind::Api => Some(Value::from("api")),
            EntryKind::WellKnown => Some(Value::from("wellknown")),
            EntryKind::Missing => None,
            EntryKind::Other(text) => Some(Value::from(scrub(text.clone()))),
        };
        insert(&mut entry, "type", kind);
        let (access, refresh, key) = natural_credentials(provider);
        insert(&mut entry, "access", self.access.value(access));
        insert(&mut entry, "refresh", self.refresh.value(refresh));
        insert(&mut entry, "key", self.key.value(key));
        let expires = match self.expires {
            Expires::Absent => None,
            Expires::Past => Some(Value::from(FIXTURE_NOW_MS - 1)),
            Expires::Future => Some(Value::from(FIXTURE_NOW_MS + 3_600_000)),
            Expires::Number(number) => Some(Value::from(number)),
            Expires::Integer(number) => Some(Value::from(number)),
            Expires::Text => Some(Value::from("soon")),
        };
        insert(&mut entry, "expires", expires);
        insert(&mut entry, "enterpriseUrl", self.enterprise_url.value());
        Value::Object(entry)
    }
}

impl Content for AuthContent {
    fn text(&self) -> String {
        match self {
            Self::Entries { slots, others, bom } => {
                let mut object = Map::new();
                let named = [
                    ("github-copilot", &slots.copilot),
                    ("opencode-go", &slots.opencode_go),
                    ("openai", &slots.openai),
                    ("anthropic", &slots.anthropic),
                    ("zhipuai-coding-plan", &slots.zhipu),
                    ("zai-coding-plan", &slots.zai),
                ];
                for (provider, slot) in named {
                    if let Slot::Present(entry) = slot {
                        object.insert(provider.to_owned(), entry.value(provider));
                    }
                }
                for (provider, entry) in others {
                    let provider = scrub(provider.clone());
                    object.insert(provider.clone(), entry.value(&provider));
                }
                with_bom(Value::Object(object).to_string(), *bom)
            }
            Self::Json(json) => json.0.to_string(),
            Self::Text(text) => scrub(text.clone()),
        }
    }
}

#[derive(Debug, Arbitrary)]
pub enum PatContent {
    Fields(PatFields),
    Json(Json),
    Text(String),
}

#[derive(Debug, Arbitrary)]
pub struct PatFields {
    token: TokenField,
    username: Field,
    tier: Field,
    billing: Field,
    allowance: Field,
    host: Field,
    org: Field,
    enterprise: Field,
    bom: bool,
}

impl Content for PatContent {
    fn text(&self) -> String {
        match self {
            Self::Fields(fields) => {
                let mut object = Map::new();
                insert(&mut object, "token", fields.token.value(credential(5)));
                let others = [
                    ("username", &fields.username),
                    ("tier", &fields.tier),
                    ("billing", &fields.billing),
                    ("allowance", &fields.allowance),
                    ("host", &fields.host),
                    ("org", &fields.org),
                    ("enterprise", &fields.enterprise),
                ];
                for (name, field) in others {
                    insert(&mut object, name, field.value());
                }
                with_bom(Value::Object(object).to_string(), fields.bom)
            }
            Self::Json(json) => json.0.to_string(),
            Self::Text(text) => scrub(text.clone()),
        }
    }
}

/// Claude Code's credentials file: its OAuth sign-in, field by field, or anything else.
#[derive(Debug, Arbitrary)]
pub enum ClaudeCodeContent {
    SignIn {
        access: TokenField,
        refresh: TokenField,
        expires_at: Field,
        subscription: Field,
        tier: Field,
        scopes: Scopes,
        bom: bool,
    },
    Json(Json),
    Text(String),
}

/// The scopes of a Claude Code sign-in.
#[derive(Debug, Arbitrary)]
pub enum Scopes {
    Absent,
    /// Those of a `claude` sign-in, usage included.
    Usage,
    /// Those of `claude setup-token`: models only.
    InferenceOnly,
    Other(Field),
}

impl Content for ClaudeCodeContent {
    fn text(&self) -> String {
        match self {
            Self::SignIn { access, refresh, expires_at, subscription, tier, scopes, bom } => {
                let mut oauth = Map::new();
                insert(&mut oauth, "accessToken", access.value(credential(7)));
                insert(&mut oauth, "refreshToken", refresh.value(credential(8)));
                insert(&mut oauth, "expiresAt", expires_at.value());
                insert(&mut oauth, "subscriptionType", subscription.value());
                insert(&mut oauth, "rateLimitTier", tier.value());
                let scopes = match scopes {
                    Scopes::Absent => None,
                    Scopes::Usage => Some(json!(["user:inference", "user:profile"])),
                    Scopes::InferenceOnly => Some(json!(["user:inference"])),
                    Scopes::Other(field) => field.value(),
                };
                insert(&mut oauth, "scopes", scopes);
                with_bom(json!({ "claudeAiOauth": oauth }).to_string(), *bom)
            }
            Self::Json(json) => json.0.to_string(),
            Self::Text(text) => scrub(text.clone()),
        }
    }
}

#[derive(Debug, Arbitrary)]
pub enum AccountsContent {
    Accounts { version: Field, first: AccountSpec, more: Vec<AccountSpec>, bom: bool },
    Json(Json),
    Text(String),
}

#[derive(Debug, Arbitrary)]
pub enum AccountSpec {
    Account { email: Field, refresh: TokenField, packed: Packed, project: Field, managed: Field },
    Other(Json),
}

/// Project ids some plugin versions append to the refresh token: `token|projectId|managedProjectId`.
#[derive(Debug, Arbitrary)]
pub enum Packed {
    Project,
    No,
    Both,
    EmptyParts,
}

impl AccountSpec {
    fn value(&self) -> Value {
        match self {
            Self::Account { email, refresh, packed, project, managed } => {
                let mut account = Map::new();
                insert(&mut account, "email", email.value());
                let refresh = match (refresh.value(credential(10)), packed) {
                    (Some(Value::String(token)), Packed::Project) => Some(Value::from(format!("{token}|proj-fuzz"))),
                    (Some(Value::String(token)), Packed::Both) => {
                        Some(Value::from(format!("{token}|proj-fuzz|managed-fuzz")))
                    }
                    (Some(Value::String(token)), Packed::EmptyParts) => Some(Value::from(format!("{token}| | "))),
                    (value, _) => value,
                };
                insert(&mut account, "refreshToken", refresh);
                insert(&mut account, "projectId", project.value());
                insert(&mut account, "managedProjectId", managed.value());
                Value::Object(account)
            }
            Self::Other(json) => json.0.clone(),
        }
    }
}

impl Content for AccountsContent {
    fn text(&self) -> String {
        match self {
            Self::Accounts { version, first, more, bom } => {
                let mut object = Map::new();
                insert(&mut object, "version", version.value());
                let accounts = std::iter::once(first).chain(more).map(AccountSpec::value).collect();
                object.insert("accounts".to_owned(), accounts);
                with_bom(Value::Object(object).to_string(), *bom)
            }
            Self::Json(json) => json.0.to_string(),
            Self::Text(text) => scrub(text.clone()),
        }
    }
}

/// One request's answer. `pace % 8 == 7`: the answer waits one turn of the executor first (and
/// the report's deadline, whose sleep ends at once, then wins).
#[derive(Debug, Arbitrary)]
pub struct Answer {
    pub pace: u8,
    pub outcome: Outcome,
}

#[derive(Debug, Arbitrary)]
pub enum Outcome {
    Response { status: Status, headers: Vec<(HeaderName, HeaderValue)>, body: Body },
    Timeout,
    Network(Detail),
}

#[derive(Debug, Arbitrary)]
pub enum Detail {
    Text(String),
    Echo(Echo),
}

#[derive(Debug, Clone, Copy, Arbitrary)]
pub enum Status {
    Ok,
    Created,
    NoContent,
    BadRequest,
    Unauthorized,
    Forbidden,
    NotFound,
    TooManyRequests,
    InternalError,
    BadGateway,
    Unavailable,
    GatewayTimeout,
    Any(u16),
}

impl Status {
    fn code(self) -> u16 {
        match self {
            Self::Ok => 200,
            Self::Created => 201,
            Self::NoContent => 204,
            Self::BadRequest => 400,
            Self::Unauthorized => 401,
            Self::Forbidden => 403,
            Self::NotFound => 404,
            Self::TooManyRequests => 429,
            Self::InternalError => 500,
            Self::BadGateway => 502,
            Self::Unavailable => 503,
            Self::GatewayTimeout => 504,
            Self::Any(code) => code,
        }
    }
}

#[derive(Debug, Arbitrary)]
pub enum HeaderName {
    RetryAfter,
    RateLimitRemaining,
    RateLimitReset,
    ContentType,
    Other(String),
}

#[derive(Debug, Arbitrary)]
pub enum HeaderValue {
    Zero,
    Small(u16),
    Signed(i64),
    Unsigned(u64),
    Text(String),
}

impl HeaderName {
    fn text(&self) -> String {
        match self {
            Self::RetryAfter => "Retry-After".to_owned(),
            Self::RateLimitRemaining => "x-ratelimit-remaining".to_owned(),
            Self::RateLimitReset => "X-RateLimit-Reset".to_owned(),
            Self::ContentType => "content-type".to_owned(),
            Self::Other(name) => scrub(name.clone()),
        }
    }
}

impl HeaderValue {
    fn text(&self) -> String {
        match self {
            Self::Zero => "0".to_owned(),
            Self::Small(value) => value.to_string(),
            Self::Signed(value) => value.to_string(),
            Self::Unsigned(value) => value.to_string(),
            Self::Text(text) => scrub(text.clone()),
        }
    }
}

#[derive(Debug, Arbitrary)]
pub enum Body {
    /// A real answer of the endpoint asked, changed by the patches.
    Fitting {
        index: u8,
        patches: Vec<Patch>,
    },
    /// A real answer of any endpoint, changed by the patches.
    Any {
        index: u8,
        patches: Vec<Patch>,
    },
    Json(Json),
    Text(String),
    Echo(Echo),
    /// What a token endpoint issues: a planted session token (GitHub) or access token (Google).
    Issued,
    Empty,
}

/// Part of the request sent back, as a careless API or proxy would.
#[derive(Debug, Arbitrary)]
pub struct Echo {
    source: EchoSource,
    transform: Transform,
    wrap: Wrap,
}

#[derive(Debug, Arbitrary)]
enum EchoSource {
    Authorization,
    Body,
    Url,
    Headers,
}

#[derive(Debug, Arbitrary)]
enum Transform {
    Plain,
    Upper,
    Lower,
    /// Every byte `%XX`, upper- or lower-case hex.
    Percent {
        lower_hex: bool,
    },
    /// Some bytes `%XX`, the others as they are.
    PercentSome(u8),
    /// Without `Bearer ` or `token `.
    StripScheme,
}

#[derive(Debug, Arbitrary)]
enum Wrap {
    Bare,
    Message,
    ErrorMessage,
    ErrorDescription,
    Error,
    Detail,
    /// Zhipu's refusal envelope.
    Msg,
    /// As the value of a field a parser reads, where a type error quotes it.
    Field(u8),
}

fn percent(text: &str, lower_hex: bool, every: Option<u8>) -> String {
    text.bytes()
        .enumerate()
        .map(|(index, byte)| {
            let encode = every.is_none_or(|seed| (index + usize::from(seed)) % 3 == 0);
            match (encode, lower_hex) {
                (false, _) => char::from(byte).to_string(),
                (true, true) => format!("%{byte:02x}"),
                (true, false) => format!("%{byte:02X}"),
            }
        })
        .collect()
}

impl Echo {
    pub fn render(&self, request: &HttpRequest) -> String {
        let header = |name: &str| {
            request.headers.iter().find(|(key, _)| key.eq_ignore_ascii_case(name)).map(|(_, value)| value.clone())
        };
        let source = match self.source {
            EchoSource::Authorization => header("Authorization").unwrap_or_default(),
            EchoSource::Body => request.body.clone().unwrap_or_default(),
            EchoSource::Url => request.url.clone(),
            EchoSource::Headers => {
                request.headers.iter().map(|(name, value)| format!("{name}: {value}\n")).collect::<String>()
            }
        };
        // Per byte: a non-ASCII byte left as it is becomes a Latin-1 character, garbled but text.
        let text = match self.transform {
            Transform::Plain => source,
            Transform::Upper => source.to_ascii_uppercase(),
            Transform::Lower => source.to_ascii_lowercase(),
            Transform::Percent { lower_hex } => percent(&source, lower_hex, None),
            Transform::PercentSome(seed) => percent(&source, false, Some(seed)),
            Transform::StripScheme => {
                source.strip_prefix("Bearer ").or_else(|| source.strip_prefix("token ")).unwrap_or(&source).to_owned()
            }
        };
        match self.wrap {
            Wrap::Bare => text,
            Wrap::Message => json!({ "message": text }).to_string(),
            Wrap::ErrorMessage => json!({ "error": { "message": text, "type": "authentication_error" } }).to_string(),
            Wrap::ErrorDescription => json!({ "error": "invalid_grant", "error_description": text }).to_string(),
            Wrap::Error => json!({ "error": text }).to_string(),
            Wrap::Detail => json!({ "detail": text }).to_string(),
            Wrap::Msg => json!({ "code": 1001, "msg": text, "success": false }).to_string(),
            Wrap::Field(index) => {
                let key = KEYS.get(usize::from(index) % KEYS.len()).copied().unwrap_or("message");
                json!({ key: text }).to_string()
            }
        }
    }
}

impl Body {
    fn render(&self, request: &HttpRequest) -> String {
        match self {
            Self::Fitting { index, patches } => patched(fixtures::fitting(&request.url, *index), patches),
            Self::Any { index, patches } => patched(fixtures::any(*index), patches),
            Self::Json(json) => json.0.to_string(),
            Self::Text(text) => scrub(text.clone()),
            Self::Echo(echo) => echo.render(request),
            Self::Issued if request.url.contains("/copilot_internal/v2/token") => {
                json!({ "token": COPILOT_SESSION, "expires_at": 1_795_271_400, "refresh_in": 1500 }).to_string()
            }
            Self::Issued if request.url.ends_with("/token") => {
                json!({ "access_token": GOOGLE_ACCESS, "expires_in": 3599, "token_type": "Bearer" }).to_string()
            }
            Self::Issued | Self::Empty => String::new(),
        }
    }
}

fn patched(fixture: &str, patches: &[Patch]) -> String {
    if patches.is_empty() {
        return fixture.to_owned();
    }
    match serde_json::from_str::<Value>(fixture) {
        Ok(mut value) => {
            patches.iter().for_each(|patch| patch.apply(&mut value));
            value.to_string()
        }
        Err(_) => fixture.to_owned(),
    }
}

impl Answer {
    pub fn waits_a_turn(&self) -> bool {
        self.pace % 8 == 7
    }

    pub fn render(&self, request: &HttpRequest) -> Result<HttpResponse, FetchFailure> {
        match &self.outcome {
            Outcome::Response { status, headers, body } => Ok(HttpResponse {
                status: status.code(),
                headers: headers.iter().map(|(name, value)| (name.text(), value.text())).collect(),
                body: body.render(request),
            }),
            Outcome::Timeout => Err(FetchFailure::Timeout),
            Outcome::Network(Detail::Text(text)) => Err(FetchFailure::Network(scrub(text.clone()))),
            Outcome::Network(Detail::Echo(echo)) => Err(FetchFailure::Network(echo.render(request))),
        }
    }
}
