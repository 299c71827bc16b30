//! Texts with values in them, as data. `{0}`, `{1}`... stand for the values, in whatever order a
//! language needs. By hand: `format!` takes its text at compile time, and the report picks its
//! language's texts when it runs.

/// A text with `N` values. [`Template::new`] checks it as `format!` checks its arguments: each
/// value is used, no other is asked for, no stray brace.
#[derive(Clone, Copy)]
pub struct Template<const N: usize>(&'static str);

impl<const N: usize> Template<N> {
    /// For statics only, so that a bad template fails the build rather than a report.
    pub const fn new(text: &'static str) -> Self {
        assert!(
            well_formed(text.as_bytes(), N),
            "a template uses {{0}}.. up to its last value, braces for nothing else"
        );
        Self(text)
    }

    pub fn fill(self, values: [&str; N]) -> String {
        fill(self.0, &values)
    }
}

const fn well_formed(mut rest: &[u8], values: usize) -> bool {
    let mut used = 0_u16;
    loop {
        match rest {
            [] => return values <= 10 && used as usize == (1 << values) - 1,
            [b'{', digit @ b'0'..=b'9', b'}', tail @ ..] => {
                let index = (*digit - b'0') as usize;
                if index >= values {
                    return false;
                }
                used |= 1 << index;
                rest = tail;
            }
            [b'{' | b'}', ..] => return false,
            [_, tail @ ..] => rest = tail,
        }
    }
}

fn fill(template: &str, values: &[&str]) -> String {
    let mut pieces = template.split('{');
    let mut text = pieces.next().unwrap_or_default().to_owned();
    for piece in pieces {
        // Each piece after a brace is a digit, the closing brace, then text (`well_formed`).
        let index = piece.bytes().next().map_or(0, |digit| usize::from(digit.wrapping_sub(b'0')));
        text.push_str(values.get(index).copied().unwrap_or_default());
        text.push_str(piece.get(2..).unwrap_or_default());
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_go_where_the_language_puts_them() {
        const T: Template<2> = Template::new("{1} {0}{1}");
        assert_eq!(T.fill(["a", "{0}"]), "{0} a{0}");
    }

    #[test]
    fn malformed_templates_are_refused() {
        assert!(well_formed(b"{0} and {1}", 2));
        assert!(!well_formed(b"{0}", 2), "a value left out");
        assert!(!well_formed(b"{0} {1}", 1), "a value that is not given");
        assert!(!well_formed(b"{name}", 1));
        assert!(!well_formed(b"a } b", 0));
        assert!(!well_formed(b"{0", 1));
    }
}
