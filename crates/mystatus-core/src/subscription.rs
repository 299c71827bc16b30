//! What a subscription read through OpenCode's OAuth sign-in alone needs (OpenAI's ChatGPT plans;
//! Anthropic has a second source of sign-ins, so its own steps): the sign-in, refused before any request once it has expired; the
//! service's origin; one request for the usage; and the service's refusal of the sign-in said
//! with the platform's own advice.

use crate::account::Section;
use crate::context::Context;
use crate::host::{Host, HttpRequest};
use crate::http::get_parsed;
use crate::i18n::{Lang, Template};
use crate::lenient::Malformed;
use crate::origin;

/// A subscription platform, as the shared steps need it.
pub struct Subscription {
    /// Its entry in OpenCode's `auth.json`.
    pub provider: &'static str,
    /// Who answers, in messages ("OpenAI").
    pub service: &'static str,
    /// The variable that overrides its origin, and the origin.
    pub origin: (&'static str, &'static str),
    /// In a language: what to do once OpenCode's sign-in has expired, and what to do when the
    /// service refuses it (its status).
    pub advice: fn(Lang) -> (&'static str, Template<1>),
}

/// The platform's section; `None` without its sign-in. `request` builds the usage request from
/// the origin and the access token, with what the token tells `render` (whose account it is, for
/// OpenAI); `parse` reads the answer, `render` turns it into the section.
pub async fn section<T, W>(
    host: &impl Host,
    cx: &Context<'_>,
    subscription: &Subscription,
    request: impl FnOnce(&str, &str) -> (HttpRequest, W),
    parse: impl FnOnce(&str) -> Result<T, Malformed>,
    render: impl FnOnce(T, W) -> Section,
) -> Option<Result<Section, String>> {
    let sign_in = cx.oauth_access(subscription.provider)?;
    let (expired, rejected) = (subscription.advice)(cx.lang);
    if sign_in.is_expired(host.now_ms()) {
        return Some(Err(expired.to_owned()));
    }
    let (var, default) = subscription.origin;
    let origin = match origin::resolve_or_explain(host, cx.messages(), var, default) {
        Ok(origin) => origin,
        Err(message) => return Some(Err(message)),
    };
    let (request, token_says) = request(&origin, &sign_in.access);
    Some(match get_parsed(host, request, parse).await {
        Ok(usage) => Ok(render(usage, token_says)),
        Err(error) => Err(error.message_or_rejected(cx.messages(), cx.secrets, subscription.service, |status| {
            rejected.fill([&status.to_string()])
        })),
    })
}
