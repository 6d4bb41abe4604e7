"""Regenerates ../str_unitables.rs from python3.11's Unicode data and a dump
of Rust's char methods, made by this program (cargo new dump, paste, run):

    use std::io::Write;
    fn main() {
        let mut out = std::io::BufWriter::new(std::io::stdout());
        for v in 0u32..0x110000 {
            let Some(c) = char::from_u32(v) else { continue };
            let hex = |it: &mut dyn Iterator<Item = char>| {
                it.map(|c| format!("{:x}", c as u32)).collect::<Vec<_>>().join(",")
            };
            writeln!(out, "{:x} {} {} {} {} {} {} {}", v, c.is_alphabetic() as u8, c.is_numeric() as u8,
                c.is_whitespace() as u8, c.is_lowercase() as u8, c.is_uppercase() as u8,
                hex(&mut c.to_lowercase()), hex(&mut c.to_uppercase())).unwrap();
        }
    }

    cargo run -q > /tmp/rust_uni.txt
    python3.11 gen_unitables.py > ../str_unitables.rs
"""
import unicodedata as u, sys
assert u.unidata_version == '14.0.0'

def ranges(cps):
    out = []
    for c in sorted(cps):
        if out and out[-1][1] == c - 1:
            out[-1][1] = c
        else:
            out.append([c, c])
    return out

rust = {}
for line in open('/tmp/rust_uni.txt'):
    f = line.split()
    v = int(f[0], 16)
    lo = ''.join(chr(int(x, 16)) for x in f[6].split(','))
    up = ''.join(chr(int(x, 16)) for x in f[7].split(','))
    rust[v] = dict(alpha=f[1] == '1', numeric=f[2] == '1', space=f[3] == '1',
                   lower=f[4] == '1', upper=f[5] == '1', lomap=lo, upmap=up)

cps = [v for v in range(0x80, 0x110000) if not 0xD800 <= v < 0xE000]
unassigned = [v for v in cps if u.category(chr(v)) == 'Cn']
unassigned_set = set(unassigned)
assigned = [v for v in cps if v not in unassigned_set]

def toggles(py, rs):
    return ranges([v for v in assigned if py(chr(v)) != rs(v)])

alpha_t = toggles(str.isalpha, lambda v: rust[v]['alpha'])
numeric_t = toggles(str.isnumeric, lambda v: rust[v]['numeric'])
lower_t = toggles(str.islower, lambda v: rust[v]['lower'])
upper_t = toggles(str.isupper, lambda v: rust[v]['upper'])
space_t = toggles(str.isspace, lambda v: rust[v]['space'])
assert not space_t, space_t
upper_fix = [(v, chr(v).upper()) for v in assigned if chr(v).upper() != rust[v]['upmap']]
lower_fix = [(v, chr(v).lower()) for v in assigned if chr(v).lower() != rust[v]['lomap']]

decimal = ranges([v for v in assigned if chr(v).isdecimal()])
for a, b in decimal:
    assert (b - a + 1) % 10 == 0 and u.decimal(chr(a)) == 0
    for v in range(a, b + 1):
        assert u.decimal(chr(v)) == (v - a) % 10
digit_extra = ranges([v for v in assigned if chr(v).isdigit() and not chr(v).isdecimal()])
nonprint = ranges([v for v in assigned if not chr(v).isprintable()])
lt = ranges([v for v in assigned if u.category(chr(v)) == 'Lt'])

def is_cased(c):
    return c.islower() or c.isupper() or u.category(c) == 'Lt'

title_map = [(v, chr(v).title()) for v in assigned if chr(v).title() != chr(v).upper()]

def cherokee_fold(v):
    if 0x13A0 <= v <= 0x13F5: return chr(v)
    if 0x13F8 <= v <= 0x13FD: return chr(v - 8)
    if 0xAB70 <= v <= 0xABBF: return chr(v - 0xAB70 + 0x13A0)
    return None

fold_map = []
for v in assigned:
    c = chr(v)
    ch = cherokee_fold(v)
    if ch is not None:
        assert c.casefold() == ch, hex(v)
        continue
    if c.casefold() != c.lower():
        fold_map.append((v, c.casefold()))

def xid_start(c): return c.isidentifier()
def xid_cont(c): return ('a' + c).isidentifier()
xs_t = toggles(xid_start, lambda v: chr(v).isalpha())
xc_t = toggles(xid_cont, lambda v: xid_start(chr(v)) or rust[v]['alpha'] or chr(v).isdecimal())

def rs_ranges(name, doc, rs):
    out = [doc, '#[rustfmt::skip]', f'pub(super) static {name}: &[(u32, u32)] = &[']
    items = [f'(0x{a:x}, 0x{b:x})' for a, b in rs]
    line = '   '
    for it in items:
        if len(line) + len(it) + 2 > 96:
            out.append(line)
            line = '   '
        line += ' ' + it + ','
    if line.strip():
        out.append(line)
    out.append('];')
    return '\n'.join(out) + '\n'

def rs_str(s):
    return '"' + ''.join(ch if 'a' <= ch.lower() <= 'z' else f'\\u{{{ord(ch):x}}}' for ch in s) + '"'

def rs_map(name, doc, pairs):
    out = [doc, '#[rustfmt::skip]', f'pub(super) static {name}: &[(u32, &str)] = &[']
    line = '   '
    for v, s in pairs:
        it = f'(0x{v:x}, {rs_str(s)})'
        if len(line) + len(it) + 2 > 96:
            out.append(line)
            line = '   '
        line += ' ' + it + ','
    if line.strip():
        out.append(line)
    out.append('];')
    return '\n'.join(out) + '\n'

parts = ['''//! Unicode character data where CPython 3.11 (Unicode 14.0.0) answers
//! differently from Rust's `char` methods, plus the properties Rust does not
//! expose (decimal digits, titlecase). Every table holds only non-ASCII code
//! points, as sorted, non-overlapping inclusive ranges or sorted
//! `(code point, mapping)` pairs, searched by `str_unicode`.
//!
//! Generated (by a short script run under python3.11, comparing
//! `unicodedata` and the str predicates with Rust 1.95's `char` methods
//! over every code point); each table's doc says exactly what it holds, so
//! it can be regenerated the same way for another Python or Rust version.
//! Do not edit by hand.
''']
parts.append(rs_ranges('UNASSIGNED', '/// Code points unassigned (category Cn) in Unicode 14.0.0: CPython gives\n/// them no properties and maps them to themselves, whatever Rust says.', ranges(unassigned)))
parts.append(rs_ranges('ALPHA_TOGGLE', '/// Assigned code points where `str.isalpha` (categories L*) differs from\n/// `char::is_alphabetic` (the Alphabetic property: also marks and Nl).', alpha_t))
parts.append(rs_ranges('NUMERIC_TOGGLE', '/// Assigned code points where `str.isnumeric` (any Numeric_Type, e.g. CJK\n/// ideographs for numbers) differs from `char::is_numeric` (Nd, Nl, No).', numeric_t))
parts.append(rs_ranges('LOWER_TOGGLE', '/// Assigned code points where `str.islower` differs from\n/// `char::is_lowercase` (properties changed after Unicode 14).', lower_t))
parts.append(rs_ranges('UPPER_TOGGLE', '/// Assigned code points where `str.isupper` differs from\n/// `char::is_uppercase`.', upper_t))
parts.append(rs_map('UPPER_FIX', '/// Assigned code points whose `str.upper` differs from `char::to_uppercase`.', upper_fix))
parts.append(rs_map('LOWER_FIX', '/// Assigned code points whose `str.lower` differs from `char::to_lowercase`.', lower_fix))
parts.append(rs_ranges('DECIMAL', '/// Decimal digits (category Nd): each range is whole runs of ten, digit\n/// value `(c - start) % 10`.', decimal))
parts.append(rs_ranges('DIGIT_EXTRA', '/// Digits that are not decimal (Numeric_Type=Digit: superscripts, circled\n/// digits ...): `str.isdigit` is DECIMAL plus these.', digit_extra))
parts.append(rs_ranges('NONPRINTABLE', '/// Assigned code points that `str.isprintable` rejects (categories Cc, Cf,\n/// Cs, Co, Zl, Zp, Zs; unassigned ones are rejected too).', nonprint))
parts.append(rs_ranges('TITLECASE', '/// Titlecase letters (category Lt).', lt))
parts.append(rs_map('TITLE_MAP', '/// Code points whose full titlecase mapping differs from their uppercase\n/// mapping (`str.title`, `str.capitalize`).', title_map))
parts.append(rs_map('FOLD_MAP', '/// Code points whose full case folding (`str.casefold`) differs from\n/// their lowercase mapping, except Cherokee (handled by rule in\n/// `str_unicode::casefold`).', fold_map))
parts.append(rs_ranges('XID_START_TOGGLE', '/// Assigned code points where XID_Start (`str.isidentifier`, first char)\n/// differs from `str.isalpha`.', xs_t))
parts.append(rs_ranges('XID_CONTINUE_TOGGLE', '/// Assigned code points where XID_Continue differs from\n/// (XID_Start or `char::is_alphabetic` or decimal).', xc_t))
sys.stdout.write('\n'.join(parts))
for n, t in [('unassigned', ranges(unassigned)), ('alpha', alpha_t), ('numeric', numeric_t), ('lower', lower_t), ('upper', upper_t), ('upfix', upper_fix), ('lofix', lower_fix), ('dec', decimal), ('digx', digit_extra), ('nonprint', nonprint), ('lt', lt), ('title', title_map), ('fold', fold_map), ('xs', xs_t), ('xc', xc_t)]:
    print(n, len(t), file=sys.stderr)
