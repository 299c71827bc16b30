//! Reading the claims of a JWT (OpenAI's access token names the account it belongs to). The
//! signature is not checked: the token is only sent back to its issuer, never trusted here.

use base64::Engine;
use base64::alphabet::URL_SAFE;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use serde::de::DeserializeOwned;

/// Base64url as JWTs write it: without padding, though padding is forgiven.
const BASE64URL: GeneralPurpose = GeneralPurpose::new(
    &URL_SAFE,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// The payload (claims) of `token` as `T`, or `None` when it is not a JWT whose claims read so.
pub fn claims<T: DeserializeOwned>(token: &str) -> Option<T> {
    let mut parts = token.split('.');
    let (_header, payload, _signature) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    serde_json::from_slice(&BASE64URL.decode(payload).ok()?).ok()
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::*;

    #[test]
    fn reads_claims() {
        // {"sub":"1","email":"a@b.c"}
        let token = "eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIiwiZW1haWwiOiJhQGIuYyJ9.sig";
        assert_eq!(claims::<Value>(token).unwrap()["email"], "a@b.c");
        // {"a":1}, with and without its padding
        assert_eq!(claims::<Value>("h.eyJhIjoxfQ==.s").unwrap()["a"], 1);
        assert_eq!(claims::<Value>("h.eyJhIjoxfQ.s").unwrap()["a"], 1);
        assert_eq!(claims::<Value>("not-a-jwt"), None);
        assert_eq!(claims::<Value>("a.b.c.d"), None);
        assert_eq!(claims::<Value>("a.!!!.c"), None);
    }
}
