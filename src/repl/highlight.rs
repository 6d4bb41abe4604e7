//! Syntax colouring of the line being edited: keywords, strings, numbers
//! and comments, in the terminal's own palette (ANSI colours 2, 3, 5, and
//! dim for comments) so it stays readable on light and dark backgrounds.
//! The text itself is never changed, only wrapped in escape sequences.

use super::complete::KEYWORDS;

const KEYWORD: &str = "\x1b[35m";
const STRING: &str = "\x1b[32m";
const NUMBER: &str = "\x1b[33m";
const COMMENT: &str = "\x1b[2m";
const RESET: &str = "\x1b[0m";

/// `line` with ANSI colours around its tokens.
pub fn colour(line: &str) -> String {
    let mut out = String::with_capacity(line.len() * 2);
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut i = 0;
    let end_of = |k: usize| chars.get(k).map(|&(b, _)| b).unwrap_or(line.len());
    while i < chars.len() {
        let (b, c) = chars[i];
        if c == '#' {
            paint(&mut out, COMMENT, &line[b..]);
            break;
        }
        if c == '\'' || c == '"' {
            let mut j = i + 1;
            while j < chars.len() && chars[j].1 != c {
                if chars[j].1 == '\\' {
                    j += 1;
                }
                j += 1;
            }
            let stop = end_of((j + 1).min(chars.len()));
            paint(&mut out, STRING, &line[b..stop]);
            i = j + 1;
            continue;
        }
        if c.is_alphabetic() || c == '_' {
            let mut j = i;
            while j < chars.len() && (chars[j].1.is_alphanumeric() || chars[j].1 == '_') {
                j += 1;
            }
            let word = &line[b..end_of(j)];
            // A string prefix such as f'' or rb"" colours with its string.
            let prefix = word.len() <= 2
                && word.chars().all(|c| "rRbBfFuU".contains(c))
                && matches!(chars.get(j), Some((_, '\'' | '"')));
            if KEYWORDS.contains(&word) && !prefix {
                paint(&mut out, KEYWORD, word);
            } else if prefix {
                out.push_str(STRING);
                out.push_str(word);
                out.push_str(RESET);
            } else {
                out.push_str(word);
            }
            i = j;
            continue;
        }
        if c.is_ascii_digit() {
            let mut j = i;
            while j < chars.len()
                && (chars[j].1.is_ascii_alphanumeric() || chars[j].1 == '.' || chars[j].1 == '_')
            {
                j += 1;
            }
            paint(&mut out, NUMBER, &line[b..end_of(j)]);
            i = j;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

fn paint(out: &mut String, colour: &str, text: &str) {
    out.push_str(colour);
    out.push_str(text);
    out.push_str(RESET);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strip(s: &str) -> String {
        let mut out = String::new();
        let mut in_esc = false;
        for c in s.chars() {
            match (in_esc, c) {
                (false, '\x1b') => in_esc = true,
                (true, 'm') => in_esc = false,
                (true, _) => {}
                (false, c) => out.push(c),
            }
        }
        out
    }

    #[test]
    fn colouring_keeps_the_text() {
        for line in [
            "def f(x): return x + 1  # hi",
            "s = 'it\\'s' + \"q\" + f'{x}'",
            "x = 0x1F + 1.5e3",
            "unterminated = 'abc",
            "é = 'ü'",
        ] {
            assert_eq!(strip(&colour(line)), line);
        }
        assert!(colour("if x:").starts_with(KEYWORD));
    }
}
