//! str case conversions (upper, lower, casefold, title, capitalize,
//! swapcase) and character-class predicates (isdigit ... isascii), with
//! CPython's full (multi-character) mappings and its one context rule: a
//! capital sigma lowercases to 'ς' at the end of a word.
//!
//! ASCII text takes byte-wise fast paths; the per-character data is in
//! `str_unicode`.

use super::str::{Text, this};
use super::str_args::no_args;
use super::str_unicode as uni;
use crate::builtins::Args;
use crate::objects::PyResult;
use crate::vm::Vm;

/// Which 'Σ' of a string end a word (lowercase to 'ς'), in order of
/// appearance. The rule is Unicode's Final_Sigma: preceded by a cased
/// letter (skipping case-ignorable characters) and not followed by one.
/// Rust's `str::to_lowercase` applies exactly this rule (and otherwise maps
/// each character like `char::to_lowercase`), so it decides for us.
struct Sigmas {
    finals: Vec<bool>,
    seen: usize,
}

impl Sigmas {
    fn new(s: &str) -> Sigmas {
        let mut finals = Vec::new();
        if s.contains('Σ') {
            let lowered = s.to_lowercase();
            let mut out = lowered.chars();
            for c in s.chars() {
                if c == 'Σ' {
                    finals.push(out.next() == Some('ς'));
                } else {
                    for _ in c.to_lowercase() {
                        out.next();
                    }
                }
            }
        }
        Sigmas { finals, seen: 0 }
    }

    /// Called for every 'Σ' met while walking the string: whether it is
    /// word-final.
    fn next_is_final(&mut self) -> bool {
        let f = self.finals.get(self.seen).copied().unwrap_or(false);
        self.seen += 1;
        f
    }
}

/// Appends the lowercase of `c`, where `final_sigma` says how a 'Σ' maps.
fn push_lower_ctx(c: char, final_sigma: bool, out: &mut String) {
    if c == 'Σ' {
        out.push(if final_sigma { 'ς' } else { 'σ' });
    } else {
        uni::push_lower(c, out);
    }
}

/// Builds the result of a case mapping: ASCII text through `ascii` byte
/// by byte, other text through `map` (given each char and whether it is a
/// word-final sigma).
fn map_case(
    vm: &mut Vm,
    args: &Args,
    qualname: &str,
    ascii: impl Fn(&[u8]) -> Vec<u8>,
    mut map: impl FnMut(char, bool, &mut String),
) -> PyResult {
    let name = qualname.strip_prefix("str.").unwrap_or(qualname);
    let t = this(vm, args, name)?;
    no_args(vm, args, qualname)?;
    if t.is_ascii() {
        let bytes = ascii(t.s.as_bytes());
        let text = String::from_utf8(bytes).unwrap_or_default();
        return Ok(vm.new_str(&text));
    }
    let mut sigmas = Sigmas::new(t.s);
    let mut out = String::with_capacity(t.s.len());
    for c in t.s.chars() {
        let fin = c == 'Σ' && sigmas.next_is_final();
        map(c, fin, &mut out);
    }
    Ok(vm.new_str(&out))
}

/// `str.upper()`.
pub fn upper(vm: &mut Vm, args: Args) -> PyResult {
    map_case(
        vm,
        &args,
        "str.upper",
        <[u8]>::to_ascii_uppercase,
        |c, _, out| uni::push_upper(c, out),
    )
}

/// `str.lower()`.
pub fn lower(vm: &mut Vm, args: Args) -> PyResult {
    map_case(
        vm,
        &args,
        "str.lower",
        <[u8]>::to_ascii_lowercase,
        push_lower_ctx,
    )
}

/// `str.casefold()`.
pub fn casefold(vm: &mut Vm, args: Args) -> PyResult {
    map_case(
        vm,
        &args,
        "str.casefold",
        <[u8]>::to_ascii_lowercase,
        |c, _, out| uni::push_fold(c, out),
    )
}

/// `str.swapcase()`: uppercase characters lowered, lowercase raised.
pub fn swapcase(vm: &mut Vm, args: Args) -> PyResult {
    let ascii = |b: &[u8]| -> Vec<u8> {
        b.iter()
            .map(|&x| if x.is_ascii_alphabetic() { x ^ 0x20 } else { x })
            .collect()
    };
    map_case(vm, &args, "str.swapcase", ascii, |c, fin, out| {
        if uni::is_upper(c) {
            push_lower_ctx(c, fin, out);
        } else if uni::is_lower(c) {
            uni::push_upper(c, out);
        } else {
            out.push(c);
        }
    })
}

/// `str.title()`: a character after a cased one is lowered, any other is
/// titlecased ("they're" → "They'Re", as CPython does).
pub fn title(vm: &mut Vm, args: Args) -> PyResult {
    let ascii = |b: &[u8]| -> Vec<u8> {
        let mut prev_cased = false;
        b.iter()
            .map(|&x| {
                let y = if prev_cased {
                    x.to_ascii_lowercase()
                } else {
                    x.to_ascii_uppercase()
                };
                prev_cased = x.is_ascii_alphabetic();
                y
            })
            .collect()
    };
    let mut prev_cased = false;
    map_case(vm, &args, "str.title", ascii, |c, fin, out| {
        if prev_cased {
            push_lower_ctx(c, fin, out);
        } else {
            uni::push_title(c, out);
        }
        prev_cased = uni::is_cased(c);
    })
}

/// `str.capitalize()`: the first character titlecased, the rest lowered.
pub fn capitalize(vm: &mut Vm, args: Args) -> PyResult {
    let ascii = |b: &[u8]| -> Vec<u8> {
        let mut v = b.to_ascii_lowercase();
        if let Some(f) = v.first_mut() {
            f.make_ascii_uppercase();
        }
        v
    };
    let mut first = true;
    map_case(vm, &args, "str.capitalize", ascii, |c, fin, out| {
        if first {
            uni::push_title(c, out);
            first = false;
        } else {
            push_lower_ctx(c, fin, out);
        }
    })
}

/// Whether every character of `t` satisfies `pred`.
fn all_chars(t: &Text, pred: impl Fn(char) -> bool) -> bool {
    if t.is_ascii() {
        t.s.bytes().all(|b| pred(char::from(b)))
    } else {
        t.s.chars().all(pred)
    }
}

/// A predicate method: true when the string is non-empty (or `empty` for
/// the empty string) and every character satisfies `pred`.
fn predicate(
    vm: &mut Vm,
    args: &Args,
    qualname: &str,
    empty: bool,
    pred: impl Fn(char) -> bool,
) -> PyResult {
    let name = qualname.strip_prefix("str.").unwrap_or(qualname);
    let t = this(vm, args, name)?;
    no_args(vm, args, qualname)?;
    let r = if t.s.is_empty() {
        empty
    } else {
        all_chars(&t, pred)
    };
    Ok(vm.new_bool(r))
}

/// `str.isdigit()`.
pub fn isdigit(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "str.isdigit", false, uni::is_digit)
}

/// `str.isdecimal()`.
pub fn isdecimal(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "str.isdecimal", false, uni::is_decimal)
}

/// `str.isnumeric()`.
pub fn isnumeric(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "str.isnumeric", false, uni::is_numeric)
}

/// `str.isalpha()`.
pub fn isalpha(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "str.isalpha", false, uni::is_alpha)
}

/// `str.isalnum()`.
pub fn isalnum(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "str.isalnum", false, uni::is_alnum)
}

/// `str.isspace()`.
pub fn isspace(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "str.isspace", false, uni::is_space)
}

/// `str.isprintable()` (true for the empty string).
pub fn isprintable(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, &args, "str.isprintable", true, uni::is_printable)
}

/// `str.isascii()` (true for the empty string).
pub fn isascii(vm: &mut Vm, args: Args) -> PyResult {
    let t = this(vm, &args, "isascii")?;
    no_args(vm, &args, "str.isascii")?;
    Ok(vm.new_bool(t.is_ascii()))
}

/// `str.isupper()`: at least one cased character and no lowercase or
/// titlecase one.
pub fn isupper(vm: &mut Vm, args: Args) -> PyResult {
    let t = this(vm, &args, "isupper")?;
    no_args(vm, &args, "str.isupper")?;
    let mut cased = false;
    for c in t.s.chars() {
        if uni::is_lower(c) || uni::is_titlecase(c) {
            return Ok(vm.new_bool(false));
        }
        cased |= uni::is_upper(c);
    }
    Ok(vm.new_bool(cased))
}

/// `str.islower()`: at least one cased character and no uppercase or
/// titlecase one.
pub fn islower(vm: &mut Vm, args: Args) -> PyResult {
    let t = this(vm, &args, "islower")?;
    no_args(vm, &args, "str.islower")?;
    let mut cased = false;
    for c in t.s.chars() {
        if uni::is_upper(c) || uni::is_titlecase(c) {
            return Ok(vm.new_bool(false));
        }
        cased |= uni::is_lower(c);
    }
    Ok(vm.new_bool(cased))
}

/// `str.istitle()`: uppercase/titlecase characters only after uncased
/// ones, lowercase only after cased ones, and at least one cased.
pub fn istitle(vm: &mut Vm, args: Args) -> PyResult {
    let t = this(vm, &args, "istitle")?;
    no_args(vm, &args, "str.istitle")?;
    let mut cased = false;
    let mut prev_cased = false;
    for c in t.s.chars() {
        if uni::is_upper(c) || uni::is_titlecase(c) {
            if prev_cased {
                return Ok(vm.new_bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if uni::is_lower(c) {
            if !prev_cased {
                return Ok(vm.new_bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(vm.new_bool(cased))
}

/// `str.isidentifier()`: XID_Start (or '_') then XID_Continue characters.
/// Keywords count as identifiers, as in CPython.
pub fn isidentifier(vm: &mut Vm, args: Args) -> PyResult {
    let t = this(vm, &args, "isidentifier")?;
    no_args(vm, &args, "str.isidentifier")?;
    let mut chars = t.s.chars();
    let r = match chars.next() {
        Some(first) => uni::is_xid_start(first) && chars.all(uni::is_xid_continue),
        None => false,
    };
    Ok(vm.new_bool(r))
}
