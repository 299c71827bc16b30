//! Reading JSON text strictly (RFC 8259: no comments, no trailing commas, no `NaN`) as serde_json
//! did: the same values, and the same message at the same line and column for text that is no
//! JSON, since users read those messages about their own files.

use std::fmt;

use super::value::{Map, Number, Value};
use crate::decimal;

/// Arrays and objects nested deeper are refused: serde_json's limit, which bounds the recursion.
const MAX_DEPTH: usize = 127;

const EOF_WHILE_PARSING_LIST: &str = "EOF while parsing a list";
const EOF_WHILE_PARSING_OBJECT: &str = "EOF while parsing an object";
const EOF_WHILE_PARSING_STRING: &str = "EOF while parsing a string";
const EOF_WHILE_PARSING_VALUE: &str = "EOF while parsing a value";
const EXPECTED_COLON: &str = "expected `:`";
const EXPECTED_LIST_COMMA_OR_END: &str = "expected `,` or `]`";
const EXPECTED_OBJECT_COMMA_OR_END: &str = "expected `,` or `}`";
const EXPECTED_IDENT: &str = "expected ident";
const EXPECTED_VALUE: &str = "expected value";
const INVALID_ESCAPE: &str = "invalid escape";
const INVALID_NUMBER: &str = "invalid number";
const NUMBER_OUT_OF_RANGE: &str = "number out of range";
const INVALID_CODE_POINT: &str = "invalid unicode code point";
const CONTROL_CHARACTER: &str = "control character (\\u0000-\\u001F) found while parsing a string";
const KEY_MUST_BE_A_STRING: &str = "key must be a string";
const LONE_LEADING_SURROGATE: &str = "lone leading surrogate in hex escape";
const TRAILING_COMMA: &str = "trailing comma";
const TRAILING_CHARACTERS: &str = "trailing characters";
const UNEXPECTED_END_OF_HEX_ESCAPE: &str = "unexpected end of hex escape";
const RECURSION_LIMIT_EXCEEDED: &str = "recursion limit exceeded";

/// Why a text is no JSON, and where: the line from 1, the column in bytes from the line's start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    problem: &'static str,
    line: usize,
    column: usize,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at line {} column {}", self.problem, self.line, self.column)
    }
}

/// The one JSON value `text` holds, with nothing but whitespace around it.
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    let mut parser = Parser { text, at: 0, depth: 0 };
    let value = parser.value()?;
    match parser.whitespace() {
        Some(_) => Err(parser.fail_at_next(TRAILING_CHARACTERS)),
        None => Ok(value),
    }
}

/// The text and how much of it is read. As in serde_json, an error found in a byte already read
/// points after it ([`Parser::fail`]), one found by looking at the next byte points after that
/// one ([`Parser::fail_at_next`]).
struct Parser<'a> {
    text: &'a str,
    at: usize,
    depth: usize,
}

type Parsed<T> = Result<T, SyntaxError>;

// The byte accessors run for every byte read: inlined, they cost the module nothing and the
// first report (interpreted by the JavaScript engine at first) a call per byte less.
impl<'a> Parser<'a> {
    #[inline(always)]
    fn rest(&self) -> &'a [u8] {
        self.text.as_bytes().get(self.at..).unwrap_or_default()
    }

    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.rest().first().copied()
    }

    #[inline(always)]
    fn next(&mut self) -> Option<u8> {
        let byte = self.peek()?;
        self.at += 1;
        Some(byte)
    }

    /// The next byte that is not whitespace, not read.
    fn whitespace(&mut self) -> Option<u8> {
        self.at += self.rest().iter().take_while(|byte| matches!(byte, b' ' | b'\n' | b'\t' | b'\r')).count();
        self.peek()
    }

    fn fail(&self, problem: &'static str) -> SyntaxError {
        self.fail_after(problem, self.at)
    }

    fn fail_at_next(&self, problem: &'static str) -> SyntaxError {
        self.fail_after(problem, (self.at + 1).min(self.text.len()))
    }

    fn fail_after(&self, problem: &'static str, read: usize) -> SyntaxError {
        let before = self.text.as_bytes().get(..read).unwrap_or_default();
        let line_start = before.iter().rposition(|&byte| byte == b'\n').map_or(0, |newline| newline + 1);
        SyntaxError {
            problem,
            line: 1 + before.iter().filter(|&&byte| byte == b'\n').count(),
            column: read - line_start,
        }
    }

    fn value(&mut self) -> Parsed<Value> {
        match self.whitespace() {
            None => Err(self.fail_at_next(EOF_WHILE_PARSING_VALUE)),
            Some(b'n') => self.literal(b"null", Value::Null),
            Some(b't') => self.literal(b"true", Value::Bool(true)),
            Some(b'f') => self.literal(b"false", Value::Bool(false)),
            Some(b'-' | b'0'..=b'9') => self.number().map(Value::Number),
            Some(b'"') => {
                self.at += 1;
                self.string().map(Value::String)
            }
            Some(b'[') => self.nested(Self::array),
            Some(b'{') => self.nested(Self::object),
            Some(_) => Err(self.fail_at_next(EXPECTED_VALUE)),
        }
    }

    /// `null`, `true` or `false`, whose first byte was seen.
    fn literal(&mut self, word: &[u8], value: Value) -> Parsed<Value> {
        self.at += 1;
        for &expected in word.get(1..).unwrap_or_default() {
            match self.next() {
                None => return Err(self.fail(EOF_WHILE_PARSING_VALUE)),
                Some(byte) if byte != expected => return Err(self.fail(EXPECTED_IDENT)),
                Some(_) => {}
            }
        }
        Ok(value)
    }

    /// An array or an object, whose opening byte was seen.
    fn nested(&mut self, read: fn(&mut Self) -> Parsed<Value>) -> Parsed<Value> {
        if self.depth == MAX_DEPTH {
            return Err(self.fail_at_next(RECURSION_LIMIT_EXCEEDED));
        }
        self.at += 1;
        self.depth += 1;
        let value = read(self);
        self.depth -= 1;
        value
    }

    fn array(&mut self) -> Parsed<Value> {
        let mut items = Vec::new();
        loop {
            match self.whitespace() {
                None => return Err(self.fail_at_next(EOF_WHILE_PARSING_LIST)),
                Some(b']') => {
                    self.at += 1;
                    return Ok(Value::Array(items));
                }
                Some(_) if items.is_empty() => {}
                Some(b',') => {
                    self.at += 1;
                    match self.whitespace() {
                        None => return Err(self.fail_at_next(EOF_WHILE_PARSING_VALUE)),
                        Some(b']') => return Err(self.fail_at_next(TRAILING_COMMA)),
                        Some(_) => {}
                    }
                }
                Some(_) => return Err(self.fail_at_next(EXPECTED_LIST_COMMA_OR_END)),
            }
            items.push(self.value()?);
        }
    }

    fn object(&mut self) -> Parsed<Value> {
        let mut fields = Vec::new();
        loop {
            match self.whitespace() {
                None => return Err(self.fail_at_next(EOF_WHILE_PARSING_OBJECT)),
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Value::Object(Map::from_fields(fields)));
                }
                Some(b'"') if fields.is_empty() => {}
                Some(_) if fields.is_empty() => return Err(self.fail_at_next(KEY_MUST_BE_A_STRING)),
                Some(b',') => {
                    self.at += 1;
                    match self.whitespace() {
                        None => return Err(self.fail_at_next(EOF_WHILE_PARSING_VALUE)),
                        Some(b'"') => {}
                        Some(b'}') => return Err(self.fail_at_next(TRAILING_COMMA)),
                        Some(_) => return Err(self.fail_at_next(KEY_MUST_BE_A_STRING)),
                    }
                }
                Some(_) => return Err(self.fail_at_next(EXPECTED_OBJECT_COMMA_OR_END)),
            }
            self.at += 1;
            let key = self.string()?;
            match self.whitespace() {
                None => return Err(self.fail_at_next(EOF_WHILE_PARSING_OBJECT)),
                Some(b':') => self.at += 1,
                Some(_) => return Err(self.fail_at_next(EXPECTED_COLON)),
            }
            fields.push((key, self.value()?));
        }
    }

    /// A string whose opening quote was read.
    fn string(&mut self) -> Parsed<String> {
        let mut out = String::new();
        loop {
            let start = self.at;
            let plain = self.rest().iter().take_while(|&&byte| byte != b'"' && byte != b'\\' && byte >= 0x20).count();
            self.at += plain;
            // Cut before an ASCII byte (or at the end): a boundary of the UTF-8 text.
            out.push_str(self.text.get(start..self.at).unwrap_or_default());
            match self.next() {
                None => return Err(self.fail(EOF_WHILE_PARSING_STRING)),
                Some(b'"') => return Ok(out),
                Some(b'\\') => out.push(self.escape()?),
                Some(_) => return Err(self.fail(CONTROL_CHARACTER)),
            }
        }
    }

    /// The character of an escape whose backslash was read.
    fn escape(&mut self) -> Parsed<char> {
        Ok(match self.next() {
            None => return Err(self.fail(EOF_WHILE_PARSING_STRING)),
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => return self.unicode_escape(),
            Some(_) => return Err(self.fail(INVALID_ESCAPE)),
        })
    }

    /// `\uXXXX`, or two of them for a surrogate pair, whose `\u` was read.
    fn unicode_escape(&mut self) -> Parsed<char> {
        let first = self.hex_escape()?;
        let code = match first {
            // serde_json calls a lone trailing surrogate a leading one too.
            0xdc00..=0xdfff => return Err(self.fail(LONE_LEADING_SURROGATE)),
            0xd800..=0xdbff => {
                for expected in [b'\\', b'u'] {
                    match self.next() {
                        None => return Err(self.fail(EOF_WHILE_PARSING_STRING)),
                        Some(byte) if byte != expected => return Err(self.fail(UNEXPECTED_END_OF_HEX_ESCAPE)),
                        Some(_) => {}
                    }
                }
                let second = self.hex_escape()?;
                if !(0xdc00..=0xdfff).contains(&second) {
                    return Err(self.fail(LONE_LEADING_SURROGATE));
                }
                0x1_0000 + ((u32::from(first) - 0xd800) << 10 | (u32::from(second) - 0xdc00))
            }
            _ => u32::from(first),
        };
        char::from_u32(code).ok_or_else(|| self.fail(INVALID_CODE_POINT))
    }

    /// The four hex digits of a `\u` escape.
    fn hex_escape(&mut self) -> Parsed<u16> {
        let Some(digits) = self.rest().get(..4) else {
            self.at = self.text.len();
            return Err(self.fail(EOF_WHILE_PARSING_STRING));
        };
        self.at += 4;
        let value =
            digits.iter().try_fold(0, |value, &digit| Some(value << 4 | char::from(digit).to_digit(16)? as u16));
        value.ok_or_else(|| self.fail(INVALID_ESCAPE))
    }

    /// A number, whose first byte (`-` or a digit) was seen. Integers that fit stay exact; other
    /// numbers are the nearest float, and an error when that is infinite.
    fn number(&mut self) -> Parsed<Number> {
        let start = self.at;
        let negative = self.peek() == Some(b'-');
        self.at += usize::from(negative);
        match self.next() {
            None => return Err(self.fail(EOF_WHILE_PARSING_VALUE)),
            Some(b'0') if matches!(self.peek(), Some(b'0'..=b'9')) => return Err(self.fail_at_next(INVALID_NUMBER)),
            Some(b'0') => {}
            Some(b'1'..=b'9') => {
                self.digits();
            }
            Some(_) => return Err(self.fail(INVALID_NUMBER)),
        }
        let mut integer = true;
        if self.peek() == Some(b'.') {
            self.at += 1;
            integer = false;
            if self.digits() == 0 {
                let problem = if self.peek().is_some() { INVALID_NUMBER } else { EOF_WHILE_PARSING_VALUE };
                return Err(self.fail_at_next(problem));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            let mantissa = self.text.get(start..self.at).unwrap_or_default();
            self.at += 1;
            integer = false;
            self.exponent(mantissa.bytes().any(|byte| matches!(byte, b'1'..=b'9')))?;
        }
        let literal = self.text.get(start..self.at).unwrap_or_default();
        if integer {
            let exact = if negative {
                // `-0` is a float, as in serde_json.
                decimal::to_i64(literal).filter(|&number| number != 0).map(Number::NegInt)
            } else {
                decimal::to_u64(literal).map(Number::PosInt)
            };
            if let Some(exact) = exact {
                return Ok(exact);
            }
        }
        decimal::to_f64(literal).map(Number::Float).ok_or_else(|| self.fail(NUMBER_OUT_OF_RANGE))
    }

    /// Skips decimal digits; how many there were.
    fn digits(&mut self) -> usize {
        let count = self.rest().iter().take_while(|byte| byte.is_ascii_digit()).count();
        self.at += count;
        count
    }

    /// An exponent whose `e` was read. serde_json reads it as an `i32` and stops where it
    /// overflows: a number too large there is out of range right after that digit.
    fn exponent(&mut self, nonzero_mantissa: bool) -> Parsed<()> {
        let positive = self.peek() != Some(b'-');
        self.at += usize::from(matches!(self.peek(), Some(b'+' | b'-')));
        let mut exponent = match self.next() {
            None => return Err(self.fail(EOF_WHILE_PARSING_VALUE)),
            Some(digit @ b'0'..=b'9') => i64::from(digit - b'0'),
            Some(_) => return Err(self.fail(INVALID_NUMBER)),
        };
        while let Some(digit @ b'0'..=b'9') = self.peek() {
            self.at += 1;
            exponent = exponent * 10 + i64::from(digit - b'0');
            if exponent > i64::from(i32::MAX) {
                if positive && nonzero_mantissa {
                    return Err(self.fail(NUMBER_OUT_OF_RANGE));
                }
                self.digits();
                break;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::json::text;

    /// What serde_json makes of `input`: its value written back, or its error message.
    fn reference(input: &str) -> Result<String, String> {
        serde_json::from_str::<serde_json::Value>(input).map(|value| value.to_string()).map_err(|err| err.to_string())
    }

    fn ours(input: &str) -> Result<String, String> {
        parse(input).map(|value| text(&value)).map_err(|err| err.to_string())
    }

    fn assert_as_serde_json(input: &str) {
        assert_eq!(ours(input), reference(input), "{input:?}");
    }

    #[test]
    fn every_error_worded_and_placed_as_serde_json_does() {
        let cases = [
            // Values and their ends.
            "",
            " ",
            "\n\n  ",
            "x",
            "n",
            "nul",
            "nulx",
            "tru",
            "trux",
            "fals",
            "falsé",
            "é",
            "\u{feff}1",
            "NaN",
            "Infinity",
            "-Infinity",
            "// c\n1",
            "/* */ 1",
            "1 2",
            "{} x",
            "[1]]",
            "{\"a\":1}\n\n  x",
            "null\u{0}",
            // Numbers.
            "-",
            "-a",
            "-é",
            "01",
            "-01",
            "00",
            "1.",
            "1.e5",
            "1.x",
            "-1.",
            "1e",
            "1e+",
            "1e-",
            "1ex",
            "1e+x",
            "1E5",
            "1e400",
            "-1e400",
            "1e-400",
            "4.9e-324",
            "2e-324",
            "1e99999999999",
            "-1e+99999999999",
            "0e99999999999",
            "0.000e99999999999",
            "1e-99999999999",
            "1e2147483647",
            "1e2147483648",
            "1e0000000000000000000001",
            "-0",
            "-0.0",
            "0",
            "0.0",
            "1.0",
            "-9223372036854775808",
            "-9223372036854775809",
            "18446744073709551615",
            "18446744073709551616",
            "1.7976931348623157e308",
            "1.7976931348623159e308",
            "2.2250738585072011e-308",
            "[1e400]",
            "{\"a\":1e400}",
            "[01]",
            "[1.]",
            "[-]",
            // Arrays.
            "[",
            "[1",
            "[1,",
            "[1, ",
            "[1,]",
            "[1 2]",
            "[,1]",
            "[]",
            "[ ]",
            "[1,,2]",
            "[\n  1,\n  2\n  3]",
            "[\"a\" 1]",
            // Objects.
            "{",
            "{\"a\"",
            "{\"a\":",
            "{\"a\":1",
            "{\"a\":1,",
            "{\"a\":1,}",
            "{\"a\" 1}",
            "{1:2}",
            "{,}",
            "{a:1}",
            "{\"a\":1 \"b\":2}",
            "{\"a\":1,2}",
            "{\"a\":1,  ",
            "{\n  \"a\": 1\n  \"b\": 2\n}",
            "{\"a\":}",
            "{\"a\"::1}",
            "{\"b\":1,\"a\":2,\"b\":3}",
            "{\"\":1,\"é\":2,\"e\":3,\"E\":4}",
            "{\"a\":{\"a\":[{}]}}",
            // Strings.
            "\"abc",
            "\"a\\",
            "\"a\\x\"",
            "\"a\\é\"",
            "\"\\u12\"",
            "\"\\u12",
            "\"\\u12G4\"",
            "\"\\u12é\"",
            "\"\\uD800\"",
            "\"\\uD800\\n\"",
            "\"\\uD800\\u0041\"",
            "\"\\uDC00\"",
            "\"\\uD83D\\uDE00\"",
            "\"\\uD800",
            "\"\\uD800\\",
            "\"\\uD800\\u",
            "\"\\uD800\\uDC0\"",
            "\"\\uD800\\uD800\"",
            "\"\\uD800x\"",
            "\"\\uD800é\"",
            "\"a\nb\"",
            "\"\u{1}\"",
            "\"\u{1f}\"",
            "\"\u{7f}\"",
            "\"é\\u00e9\\u00E9\"",
            "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"",
            "\"\\u0000\"",
            "[\"a\",\n\"b\n\"]",
        ];
        for input in cases {
            assert_as_serde_json(input);
        }
    }

    #[test]
    fn nesting_stops_where_serde_json_stops() {
        for depth in [126, 127, 128, 129] {
            let arrays = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
            let objects = format!("{}null{}", "{\"a\":".repeat(depth), "}".repeat(depth));
            let unclosed = "[{\"a\":".repeat(depth);
            for input in [arrays, objects, unclosed] {
                assert_as_serde_json(&input);
            }
        }
    }

    #[test]
    fn a_key_repeated_a_hundred_thousand_times_keeps_its_last_value_fast() {
        let fields: Vec<String> = (0..100_000).map(|index| format!("\"k{}\":{index}", index % 3)).collect();
        let value = parse(&format!("{{{}}}", fields.join(","))).unwrap();
        assert_eq!(text(&value), r#"{"k0":99999,"k1":99997,"k2":99998}"#);
    }

    /// JSON text from serde_json, compact or pretty.
    fn any_json() -> impl Strategy<Value = String> {
        use serde_json::Value;
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            any::<f64>().prop_map(Value::from),
            "[a-c\"\\\\é\u{1}\u{1F600}]{0,4}".prop_map(Value::String),
        ];
        let value = leaf.prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                proptest::collection::btree_map("[a-c]{0,2}", inner, 0..4)
                    .prop_map(|fields| Value::Object(fields.into_iter().collect())),
            ]
        });
        (value, any::<bool>()).prop_map(|(value, pretty)| {
            if pretty { serde_json::to_string_pretty(&value).unwrap_or_default() } else { value.to_string() }
        })
    }

    /// Replaces, inserts or removes characters of `text`, mostly ones that mean something in JSON.
    fn mutated(text: String) -> impl Strategy<Value = String> {
        let edit =
            (any::<prop::sample::Index>(), proptest::option::of("[\\[\\]{}:,\"\\\\/ \n0-9.eE+\\-tfnrulsbu\u{1}é]"));
        proptest::collection::vec((edit, any::<bool>()), 1..4).prop_map(move |edits| {
            let mut chars: Vec<char> = text.chars().collect();
            for ((at, replacement), insert) in edits {
                let at = at.index(chars.len() + 1);
                match (replacement.and_then(|text| text.chars().next()), insert) {
                    (Some(c), true) => chars.insert(at, c),
                    (Some(c), false) if at < chars.len() => chars[at] = c,
                    _ if at < chars.len() => {
                        chars.truncate(at + usize::from(insert));
                    }
                    _ => {}
                }
            }
            chars.into_iter().collect()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn reads_what_serde_json_writes(json in any_json()) {
            prop_assert_eq!(ours(&json), reference(&json));
        }

        #[test]
        fn agrees_with_serde_json_on_damaged_json(json in any_json().prop_flat_map(mutated)) {
            prop_assert_eq!(ours(&json), reference(&json));
        }

        #[test]
        fn agrees_with_serde_json_on_token_soup(soup in "[\\[\\]{}:,\"\\\\ \n0-9.eE+\\-tfnulsu]{0,24}") {
            prop_assert_eq!(ours(&soup), reference(&soup));
        }
    }
}
