//! str methods that lay text out or map it character by character: zfill,
//! center, ljust, rjust, expandtabs, translate and `str.maketrans`.

use super::str::{Text, string_with_capacity, this, unchanged};
use super::str_args::{c_int_arg, clinic_type_name, int_arg, keyword_args, one_arg, positional};
use crate::builtins::Args;
use crate::heap::{Kind, ObjRef};
use crate::objects::PyResult;
use crate::objects::int::PyInt;
use crate::vm::Vm;
use std::collections::HashMap;

/// `t` padded with `left` and `right` copies of `fill`.
fn pad(vm: &Vm, t: &Text, left: usize, right: usize, fill: char) -> PyResult {
    let n =
        t.s.len()
            .saturating_add(left.saturating_add(right).saturating_mul(fill.len_utf8()));
    let mut out = string_with_capacity(vm, n)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(t.s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(vm.new_str(&out))
}

/// The width and fill character of center/ljust/rjust.
fn width_and_fill(vm: &mut Vm, args: &Args, qualname: &str, name: &str) -> PyResult<(i64, char)> {
    let rest = positional(vm, args, qualname, name, 1, 2)?;
    let width = int_arg(vm, &rest[0])?;
    let fill = match rest.get(1) {
        None => ' ',
        Some(f) => match Text::of(f) {
            Some(ft) => {
                let mut cs = ft.s.chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => c,
                    _ => {
                        return Err(
                            vm.type_error("The fill character must be exactly one character long")
                        );
                    }
                }
            }
            None => {
                return Err(vm.type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    vm.type_name(f)
                )));
            }
        },
    };
    Ok((width, fill))
}

/// How many characters `width` asks to add to `t` (None: already wide
/// enough).
fn margin(t: &Text, width: i64) -> Option<usize> {
    let w = usize::try_from(width).ok()?;
    w.checked_sub(t.chars).filter(|&m| m > 0)
}

/// `str.center(width[, fillchar])`: the odd extra character goes left
/// when the width is odd, CPython's rule.
pub fn center(vm: &mut Vm, args: Args) -> PyResult {
    let t = this(vm, &args, "center")?;
    let (width, fill) = width_and_fill(vm, &args, "str.center", "center")?;
    let Some(m) = margin(&t, width) else {
        return Ok(unchanged(vm, &t));
    };
    let left = m / 2 + (m & (width as usize) & 1);
    pad(vm, &t, left, m - left, fill)
}

/// `str.ljust(width[, fillchar])`.
pub fn ljust(vm: &mut Vm, args: Args) -> PyResult {
    let t = this(vm, &args, "ljust")?;
    let (width, fill) = width_and_fill(vm, &args, "str.ljust", "ljust")?;
    match margin(&t, width) {
        Some(m) => pad(vm, &t, 0, m, fill),
        None => Ok(unchanged(vm, &t)),
    }
}

/// `str.rjust(width[, fillchar])`.
pub fn rjust(vm: &mut Vm, args: Args) -> PyResult {
    let t = this(vm, &args, "rjust")?;
    let (width, fill) = width_and_fill(vm, &args, "str.rjust", "rjust")?;
    match margin(&t, width) {
        Some(m) => pad(vm, &t, m, 0, fill),
        None => Ok(unchanged(vm, &t)),
    }
}

/// `str.zfill(width)`: zeros on the left, after a leading sign.
pub fn zfill(vm: &mut Vm, args: Args) -> PyResult {
    let t = this(vm, &args, "zfill")?;
    let w = one_arg(vm, &args, "str.zfill")?;
    let width = int_arg(vm, w)?;
    let Some(m) = margin(&t, width) else {
        return Ok(unchanged(vm, &t));
    };
    let mut out = string_with_capacity(vm, t.s.len().saturating_add(m))?;
    let body = match t.s.as_bytes().first() {
        Some(&sign @ (b'+' | b'-')) => {
            out.push(char::from(sign));
            &t.s[1..]
        }
        _ => t.s,
    };
    out.extend(std::iter::repeat_n('0', m));
    out.push_str(body);
    Ok(vm.new_str(&out))
}

/// `str.expandtabs(tabsize=8)`: each tab becomes spaces up to the next
/// multiple of `tabsize` columns; '\n' and '\r' reset the column.
pub fn expandtabs(vm: &mut Vm, args: Args) -> PyResult {
    let t = this(vm, &args, "expandtabs")?;
    let slots = keyword_args(vm, &args, "expandtabs", &["tabsize"], 0, 0)?;
    let tabsize = match &slots[0] {
        Some(n) => i64::from(c_int_arg(vm, n)?),
        None => 8,
    };
    if !t.s.contains('\t') {
        return Ok(unchanged(vm, &t));
    }
    // First pass: the result's length, with CPython's overflow error.
    let tab = u64::try_from(tabsize).unwrap_or(0);
    let mut column: u64 = 0;
    let mut total: u64 = 0;
    for c in t.s.chars() {
        match c {
            '\t' if tab > 0 => {
                let incr = tab - column % tab;
                column = column.saturating_add(incr);
                total = total.saturating_add(incr);
            }
            '\t' => {}
            '\n' | '\r' => {
                column = 0;
                total += 1;
            }
            _ => {
                column += 1;
                total += c.len_utf8() as u64;
            }
        }
        if total > isize::MAX as u64 {
            return Err(vm.overflow_error("new string is too long"));
        }
    }
    let mut out = string_with_capacity(vm, total as usize)?;
    let mut column: u64 = 0;
    for c in t.s.chars() {
        match c {
            '\t' if tab > 0 => {
                let incr = tab - column % tab;
                column += incr;
                out.extend(std::iter::repeat_n(' ', incr as usize));
            }
            '\t' => {}
            '\n' | '\r' => {
                column = 0;
                out.push(c);
            }
            _ => {
                column += 1;
                out.push(c);
            }
        }
    }
    Ok(vm.new_str(&out))
}

/// What a translate table says for one character.
#[derive(Clone)]
enum Mapped {
    Keep,
    Delete,
    Char(char),
    Text(String),
}

/// Looks up `c` in a translate table (any object with `__getitem__`): a
/// LookupError means "keep the character".
fn translate_lookup(vm: &mut Vm, table: &ObjRef, c: char) -> PyResult<Mapped> {
    let key = vm.new_int(c as i64);
    let value = match vm.getitem(table, &key) {
        Ok(v) => v,
        Err(e) if vm.isinstance(&e.0, &vm.exc.lookup_error) => return Ok(Mapped::Keep),
        Err(e) => return Err(e),
    };
    if value.is(&vm.none) {
        return Ok(Mapped::Delete);
    }
    if let Some(s) = value.as_str() {
        return Ok(Mapped::Text(s.to_string()));
    }
    if matches!(value.kind(), Kind::Int | Kind::BigInt) {
        let v = value.downcast::<PyInt>().map_or(-1, |i| i.value);
        return match u32::try_from(v).ok().and_then(char::from_u32) {
            Some(ch) => Ok(Mapped::Char(ch)),
            None => Err(vm.value_error("character mapping must be in range(0x110000)")),
        };
    }
    Err(vm.type_error("character mapping must return integer, None or str"))
}

/// `str.translate(table)`: maps each character through `table[ord(c)]`
/// (None deletes, an int or str replaces, a LookupError keeps it).
pub fn translate(vm: &mut Vm, args: Args) -> PyResult {
    let t = this(vm, &args, "translate")?;
    let table = one_arg(vm, &args, "str.translate")?;
    // Each distinct character is looked up once (CPython caches ASCII).
    let mut cache: HashMap<char, Mapped> = HashMap::new();
    let mut out = String::with_capacity(t.s.len());
    for c in t.s.chars() {
        let m = match cache.get(&c) {
            Some(m) => m.clone(),
            None => {
                let m = translate_lookup(vm, table, c)?;
                cache.insert(c, m.clone());
                m
            }
        };
        match m {
            Mapped::Keep => out.push(c),
            Mapped::Delete => {}
            Mapped::Char(ch) => out.push(ch),
            Mapped::Text(s) => out.push_str(&s),
        }
    }
    Ok(vm.new_str(&out))
}

/// `str.maketrans(x[, y[, z]])` (a static method): a dict for
/// `translate`, from a dict with int or 1-char keys, or from two strings
/// of equal length (plus a string of characters to delete).
pub fn maketrans(vm: &mut Vm, args: Args) -> PyResult {
    let rest = positional(vm, &args, "str.maketrans", "maketrans", 1, 3)?;
    let result = vm.new_dict();
    if rest.len() == 1 {
        let x = &rest[0];
        if x.kind() != Kind::Dict {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        }
        for (k, v) in vm.dict_items(x) {
            let key = match k.kind() {
                Kind::Int | Kind::BigInt => k.clone(),
                Kind::Str => {
                    let s = k.as_str().unwrap_or("");
                    let mut cs = s.chars();
                    match (cs.next(), cs.next()) {
                        (Some(c), None) => vm.new_int(c as i64),
                        _ => {
                            return Err(vm.value_error(
                                "string keys in translate table must be of length 1",
                            ));
                        }
                    }
                }
                _ => {
                    return Err(
                        vm.type_error("keys in translate table must be strings or integers")
                    );
                }
            };
            vm.dict_set(&result, key, v)?;
        }
        return Ok(result);
    }
    let Some(x) = rest[0].as_str() else {
        return Err(vm.type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    let Some(y) = rest[1].as_str() else {
        let tn = clinic_type_name(vm, &rest[1]);
        return Err(vm.type_error(format!("maketrans() argument 2 must be str, not {tn}")));
    };
    let z = match rest.get(2) {
        Some(z) => match z.as_str() {
            Some(z) => Some(z),
            None => {
                let tn = clinic_type_name(vm, z);
                return Err(vm.type_error(format!("maketrans() argument 3 must be str, not {tn}")));
            }
        },
        None => None,
    };
    if x.chars().count() != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.chars().zip(y.chars()) {
        let (k, v) = (vm.new_int(a as i64), vm.new_int(b as i64));
        vm.dict_set(&result, k, v)?;
    }
    for c in z.unwrap_or("").chars() {
        let (k, v) = (vm.new_int(c as i64), vm.none());
        vm.dict_set(&result, k, v)?;
    }
    Ok(result)
}
