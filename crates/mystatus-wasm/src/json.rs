//! What the module hands to JavaScript, as JSON text that the shim parses: one string crosses the
//! boundary instead of objects built field by field through imported functions. Keys are written
//! in the order the TypeScript types declare them, optional fields left out when absent.

use mystatus_core::host::HttpRequest;
use mystatus_core::json::quote;
use mystatus_core::report::{QueryResult, Report};

/// A `HostRequest`: `{ method, url, headers: [name, value][], body?, timeoutMs }`.
pub(crate) fn request(request: &HttpRequest) -> String {
    let mut out = String::new();
    field(&mut out, "{\"method\":", Some(request.method));
    field(&mut out, ",\"url\":", Some(&request.url));
    out.push_str(",\"headers\":[");
    for (index, (name, value)) in request.headers.iter().enumerate() {
        field(&mut out, if index == 0 { "[" } else { ",[" }, Some(name));
        field(&mut out, ",", Some(value));
        out.push(']');
    }
    out.push(']');
    field(&mut out, ",\"body\":", request.body.as_deref());
    out.push_str(",\"timeoutMs\":");
    out.push_str(&request.timeout_ms.to_string());
    out.push('}');
    out
}

/// A `MystatusReport`: `{ markdown, platforms: { id, name, result? }[] }`.
pub(crate) fn report(report: &Report) -> String {
    let mut out = String::new();
    field(&mut out, "{\"markdown\":", Some(&report.markdown));
    out.push_str(",\"platforms\":[");
    for (index, section) in report.platforms.iter().enumerate() {
        field(&mut out, if index == 0 { "{\"id\":" } else { ",{\"id\":" }, Some(section.id));
        field(&mut out, ",\"name\":", Some(section.platform));
        if let Some(outcome) = &section.result {
            out.push_str(",\"result\":");
            out.push_str(&result(outcome));
        }
        out.push('}');
    }
    out.push_str("]}");
    out
}

/// A `QueryResult`: `{ success, output?, error? }`.
pub(crate) fn result(result: &QueryResult) -> String {
    let mut out = String::from(if result.success { "{\"success\":true" } else { "{\"success\":false" });
    field(&mut out, ",\"output\":", result.output.as_deref());
    field(&mut out, ",\"error\":", result.error.as_deref());
    out.push('}');
    out
}

/// Appends `prefix` and `text` as a JSON string, when there is a text.
fn field(out: &mut String, prefix: &str, text: Option<&str>) {
    if let Some(text) = text {
        out.push_str(prefix);
        out.push_str(&quote(text));
    }
}

#[cfg(test)]
mod tests {
    use mystatus_core::report::Section;

    use super::*;

    #[test]
    fn a_request_in_the_order_of_host_request() {
        let get = HttpRequest::get("https://x/\"q\"".to_owned());
        assert_eq!(request(&get), r#"{"method":"GET","url":"https://x/\"q\"","headers":[],"timeoutMs":10000}"#);
        let post = HttpRequest::post("u".to_owned(), "a/b", "{}".to_owned()).header("X", "1\n");
        assert_eq!(
            request(&post),
            r#"{"method":"POST","url":"u","headers":[["Content-Type","a/b"],["X","1\n"]],"body":"{}","timeoutMs":10000}"#
        );
    }

    #[test]
    fn a_report_leaves_out_what_is_absent() {
        let report = Report {
            markdown: "# x".to_owned(),
            platforms: vec![
                Section { id: "zai", platform: "Z.ai", result: None },
                Section { id: "openai", platform: "OpenAI", result: Some(QueryResult::failed("no".to_owned())) },
                Section { id: "zhipu", platform: "Zhipu", result: Some(QueryResult::ok("ok".to_owned())) },
            ],
        };
        assert_eq!(
            super::report(&report),
            concat!(
                r##"{"markdown":"# x","platforms":[{"id":"zai","name":"Z.ai"},"##,
                r#"{"id":"openai","name":"OpenAI","result":{"success":false,"error":"no"}},"#,
                r#"{"id":"zhipu","name":"Zhipu","result":{"success":true,"output":"ok"}}]}"#
            )
        );
    }
}
