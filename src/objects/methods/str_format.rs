//! `str.format(*args, **kwargs)` and `str.format_map(mapping)`: parses the
//! template the way CPython's `Objects/stringlib/unicode_format.h` does
//! (same grammar, same error messages, same order of evaluation: each
//! field is looked up, converted and formatted before the rest of the
//! template is parsed) and hands each value and its spec to `vm.format`.
//!
//! ```text
//! field       := '{' [name] ['!' conversion] [':' spec] '}'
//! name        := (digits | identifier-ish) ('.' attr | '[' key ']')*
//! spec        := any text; '{...}' inside it are fields, expanded first
//! ```
//! `{{` and `}}` are literal braces. An empty name takes the next
//! positional argument; mixing that with explicit numbers is an error.
//! Nested specs may nest one level (`'{:{}}'`), as in CPython.

use super::str::{Text, this, unchanged};
use super::str_args::one_arg;
use super::str_unicode::decimal_value;
use crate::builtins::Args;
use crate::heap::ObjRef;
use crate::objects::{PyErr, PyResult};
use crate::vm::Vm;

/// Where field values come from.
enum Source<'a> {
    /// `format(*pos, **kw)`.
    Call {
        pos: &'a [ObjRef],
        kw: &'a [(ObjRef, ObjRef)],
    },
    /// `format_map(mapping)`: names only, looked up with `mapping[name]`.
    Map(&'a ObjRef),
}

/// Automatic (`{}`) versus manual (`{0}`) field numbering: the first
/// numeric field decides, and the other kind is then an error.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Undecided,
    Automatic,
    Manual,
}

/// The output being built; when it is exactly one whole str object (as in
/// `'{}'.format(s)`), that object itself is the result, as in CPython.
struct Out {
    text: String,
    only: Option<ObjRef>,
    writes: usize,
}

impl Out {
    fn new() -> Out {
        Out {
            text: String::new(),
            only: None,
            writes: 0,
        }
    }

    fn push_str(&mut self, s: &str) {
        if !s.is_empty() {
            self.text.push_str(s);
            self.writes += 1;
        }
    }

    fn push_obj(&mut self, vm: &Vm, o: ObjRef) {
        let s = o.as_str().unwrap_or("");
        if s.is_empty() {
            return;
        }
        self.text.push_str(s);
        self.writes += 1;
        if o.is_type(&vm.types.str_) {
            self.only = Some(o);
        }
    }

    fn finish(self, vm: &Vm) -> ObjRef {
        match self.only {
            Some(o) if self.writes == 1 => o,
            _ => vm.new_str(&self.text),
        }
    }
}

/// One parsed replacement field.
struct Field<'f> {
    name: &'f str,
    conversion: Option<char>,
    spec: &'f str,
    spec_has_fields: bool,
}

struct Formatter<'a> {
    source: Source<'a>,
    numbering: Numbering,
    next_auto: usize,
}

fn value_error(vm: &Vm, msg: &str) -> PyErr {
    vm.value_error(msg)
}

/// A field name part as an index if it is all decimal digits (any script,
/// like CPython's `Py_UNICODE_TODECIMAL`).
fn get_integer(vm: &Vm, s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: i64 = 0;
    for c in s.chars() {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        let d = i64::from(d);
        if acc > (i64::MAX - d) / 10 {
            return Err(value_error(vm, "Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
    }
    Ok(usize::try_from(acc).ok())
}

/// Parses the field after a '{' starting at byte `*i` of `fmt`, leaving
/// `*i` after its closing '}'.
fn parse_field<'f>(vm: &Vm, fmt: &'f str, i: &mut usize) -> PyResult<Field<'f>> {
    let b = fmt.as_bytes();
    let start = *i;
    let mut c = 0u8;
    while *i < b.len() {
        c = b[*i];
        *i += 1;
        match c {
            b'{' => return Err(value_error(vm, "unexpected '{' in field name")),
            b'[' => {
                while *i < b.len() && b[*i] != b']' {
                    *i += 1;
                }
            }
            b'}' | b':' | b'!' => break,
            _ => {}
        }
    }
    let terminated = matches!(c, b'}' | b':' | b'!');
    let name = &fmt[start..if terminated { *i - 1 } else { *i }];
    let mut field = Field {
        name,
        conversion: None,
        spec: "",
        spec_has_fields: false,
    };
    if c == b'}' {
        return Ok(field);
    }
    if !terminated {
        return Err(value_error(vm, "expected '}' before end of string"));
    }
    if c == b'!' {
        let Some(conv) = fmt[*i..].chars().next() else {
            return Err(value_error(
                vm,
                "end of string while looking for conversion specifier",
            ));
        };
        field.conversion = Some(conv);
        *i += conv.len_utf8();
        if *i < b.len() {
            let next = b[*i];
            *i += 1;
            if next == b'}' {
                return Ok(field);
            }
            if next != b':' {
                return Err(value_error(vm, "expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = *i;
    let mut depth = 1;
    while *i < b.len() {
        let c = b[*i];
        *i += 1;
        match c {
            b'{' => {
                field.spec_has_fields = true;
                depth += 1;
            }
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    field.spec = &fmt[spec_start..*i - 1];
                    return Ok(field);
                }
            }
            _ => {}
        }
    }
    Err(value_error(vm, "unmatched '{' in format spec"))
}

impl Formatter<'_> {
    /// Renders `fmt` into `out`; `depth` bounds nested specs.
    fn build(&mut self, vm: &mut Vm, fmt: &str, depth: u32, out: &mut Out) -> PyResult<()> {
        if depth == 0 {
            return Err(value_error(vm, "Max string recursion exceeded"));
        }
        let b = fmt.as_bytes();
        let mut i = 0;
        while i < b.len() {
            let start = i;
            let mut c = 0u8;
            let mut markup = false;
            while i < b.len() {
                c = b[i];
                i += 1;
                if c == b'{' || c == b'}' {
                    markup = true;
                    break;
                }
            }
            let at_end = i >= b.len();
            let mut literal_end = i;
            if markup {
                if c == b'}' && (at_end || b[i] != b'}') {
                    return Err(value_error(vm, "Single '}' encountered in format string"));
                }
                if at_end && c == b'{' {
                    return Err(value_error(vm, "Single '{' encountered in format string"));
                }
                if b[i] == c {
                    // A doubled brace: one literal brace, no field.
                    i += 1;
                    markup = false;
                } else {
                    literal_end -= 1;
                }
            }
            out.push_str(&fmt[start..literal_end]);
            if markup {
                let field = parse_field(vm, fmt, &mut i)?;
                self.render(vm, &field, depth, out)?;
            }
        }
        Ok(())
    }

    /// Looks up, converts and formats one field.
    fn render(&mut self, vm: &mut Vm, field: &Field, depth: u32, out: &mut Out) -> PyResult<()> {
        let mut value = self.field_value(vm, field.name)?;
        if let Some(conv) = field.conversion {
            value = match conv {
                'r' => vm.repr(&value)?,
                's' => vm.str_of(&value)?,
                'a' => vm.ascii(&value)?,
                c if (c as u32) > 32 && (c as u32) < 127 => {
                    return Err(vm.value_error(format!("Unknown conversion specifier {c}")));
                }
                c => {
                    return Err(
                        vm.value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))
                    );
                }
            };
        }
        let formatted = if field.spec_has_fields {
            let mut spec = Out::new();
            self.build(vm, field.spec, depth - 1, &mut spec)?;
            vm.format(&value, &spec.text)?
        } else {
            vm.format(&value, field.spec)?
        };
        out.push_obj(vm, formatted);
        Ok(())
    }

    /// The object a field name denotes: an argument, then attributes and
    /// items (`0.real`, `a[key]`, `0[1]`).
    fn field_value(&mut self, vm: &mut Vm, name: &str) -> PyResult<ObjRef> {
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let (first, mut rest) = name.split_at(first_end);
        let mut index = get_integer(vm, first)?;
        let empty = first.is_empty();
        if empty || index.is_some() {
            if self.numbering == Numbering::Undecided {
                self.numbering = if empty {
                    Numbering::Automatic
                } else {
                    Numbering::Manual
                };
            }
            match (self.numbering, empty) {
                (Numbering::Manual, true) => {
                    return Err(value_error(
                        vm,
                        "cannot switch from manual field specification to automatic field numbering",
                    ));
                }
                (Numbering::Automatic, false) => {
                    return Err(value_error(
                        vm,
                        "cannot switch from automatic field numbering to manual field specification",
                    ));
                }
                _ => {}
            }
            if empty {
                index = Some(self.next_auto);
                self.next_auto += 1;
            }
        }
        let mut value = match (&self.source, index) {
            (Source::Call { pos, .. }, Some(i)) => match pos.get(i) {
                Some(v) => v.clone(),
                None => {
                    return Err(vm.index_error(format!(
                        "Replacement index {i} out of range for positional args tuple"
                    )));
                }
            },
            (Source::Map(_), Some(_)) => {
                return Err(value_error(vm, "Format string contains positional fields"));
            }
            (Source::Call { kw, .. }, None) => {
                match kw.iter().find(|(k, _)| k.as_str() == Some(first)) {
                    Some((_, v)) => v.clone(),
                    None => return Err(vm.key_error(vm.new_str(first))),
                }
            }
            (Source::Map(m), None) => {
                let m = (*m).clone();
                let key = vm.new_str(first);
                vm.getitem(&m, &key)?
            }
        };
        while !rest.is_empty() {
            let is_attr = match rest.as_bytes()[0] {
                b'.' => true,
                b'[' => false,
                _ => {
                    return Err(value_error(
                        vm,
                        "Only '.' or '[' may follow ']' in format field specifier",
                    ));
                }
            };
            let part;
            if is_attr {
                let end = rest[1..].find(['.', '[']).map_or(rest.len(), |p| p + 1);
                part = &rest[1..end];
                rest = &rest[end..];
            } else {
                let Some(close) = rest.find(']') else {
                    return Err(value_error(vm, "Missing ']' in format string"));
                };
                part = &rest[1..close];
                rest = &rest[close + 1..];
            }
            let item_index = if is_attr {
                None
            } else {
                get_integer(vm, part)?
            };
            if part.is_empty() {
                return Err(value_error(vm, "Empty attribute in format string"));
            }
            value = if is_attr {
                let n = vm.new_str(part);
                vm.getattr(&value, &n)?
            } else {
                let key = match item_index {
                    Some(i) => vm.new_int(i as i64),
                    None => vm.new_str(part),
                };
                vm.getitem(&value, &key)?
            };
        }
        Ok(value)
    }
}

/// Formats `t` with values from `source`.
fn run(vm: &mut Vm, t: &Text, source: Source) -> PyResult {
    if !t.s.contains(['{', '}']) {
        return Ok(unchanged(vm, t));
    }
    let mut f = Formatter {
        source,
        numbering: Numbering::Undecided,
        next_auto: 0,
    };
    let mut out = Out::new();
    f.build(vm, t.s, 2, &mut out)?;
    Ok(out.finish(vm))
}

/// `str.format(*args, **kwargs)`.
pub fn format(vm: &mut Vm, args: Args) -> PyResult {
    let t = this(vm, &args, "format")?;
    let source = Source::Call {
        pos: &args.pos[1..],
        kw: &args.kw,
    };
    run(vm, &t, source)
}

/// `str.format_map(mapping)`: like `format(**mapping)` but looking names
/// up with `mapping[name]` (so dict subclasses with `__missing__` work).
pub fn format_map(vm: &mut Vm, args: Args) -> PyResult {
    let t = this(vm, &args, "format_map")?;
    let mapping = one_arg(vm, &args, "str.format_map")?;
    run(vm, &t, Source::Map(mapping))
}
