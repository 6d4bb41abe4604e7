//! The `str % args` operator: CPython's `PyUnicode_Format` (`unicodeobject.c`).
//!
//! A conversion is `%[(key)][flags][width][.precision][h|l|L]type` with flags `- + space
//! # 0`, `*` for a width or precision taken from the arguments, and types
//! `d i u o x X e E f F g G c r s a %`. The object layer owns the arguments and does the
//! Python-level conversions (`str()`, `repr()`, `__index__` …) through [`PercentArgs`];
//! this file does the parsing, argument bookkeeping, number layout and padding, and
//! raises CPython's errors in CPython's order (an argument is fetched before its type
//! letter is checked, so `'%y' % ()` complains about arguments, not about `y`).
//!
//! Argument bookkeeping mirrors CPython exactly: a tuple supplies items in order; any
//! other right operand is one argument; a mapping (not a tuple or str) also allows
//! `%(key)` lookups, after which the looked-up value is the single current argument, and
//! with a mapping unused arguments are not an error (`'abc' % {}` is `'abc'`).

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::advanced::int_to_char;
use super::float_fmt::{FloatFlags, write_double};
use super::int_fmt::{decimal_digits, radix_prefix};
use super::{FormatError, check_len};

/// Which argument a conversion reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgRef {
    /// Item `i` of the argument tuple.
    Item(usize),
    /// The whole right operand when it is not a tuple, or the value found by the
    /// latest [`PercentArgs::select_key`].
    Current,
}

/// What `%c` was given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CharArg {
    /// A str of exactly one character.
    Char(char),
    /// An int (or an object with `__index__`).
    Int(BigInt),
    /// Anything else, including strs of other lengths: "%c requires int or char".
    Invalid,
}

/// The object layer's side of `str % args`. `Error` is its exception type; any
/// [`FormatError`] raised here converts into it.
pub trait PercentArgs {
    /// The exception type conversions can raise.
    type Error: From<FormatError>;

    /// `Some(n)` when the right operand is a tuple of `n` items, `None` otherwise.
    fn tuple_len(&self) -> Option<usize>;

    /// Whether the right operand allows `%(key)`: CPython's `PyMapping_Check` and not
    /// a tuple or str (so a dict, but also a list).
    fn is_mapping(&self) -> bool;

    /// Looks `key` up in the mapping (`mapping[key]`, KeyError if absent); the value
    /// becomes the current argument, read as [`ArgRef::Current`].
    fn select_key(&mut self, key: &str) -> Result<(), Self::Error>;

    /// Whether this is `bytes % args`, where `%b` is `%s`'s other name.
    fn bytes_mode(&self) -> bool {
        false
    }

    /// `str(arg)`, for `%s` (the bytes of a bytes-like object for `bytes % args`).
    fn to_str(&mut self, arg: ArgRef) -> Result<String, Self::Error>;

    /// `repr(arg)`, for `%r`.
    fn to_repr(&mut self, arg: ArgRef) -> Result<String, Self::Error>;

    /// `ascii(arg)`, for `%a`.
    fn to_ascii(&mut self, arg: ArgRef) -> Result<String, Self::Error>;

    /// The integer value for `%d %i %u` (`int(arg)` for numbers) and `%o %x %X`
    /// (`arg.__index__()` for non-ints). A non-number fails with
    /// [`int_required_error`]`(conversion, type name)`.
    fn to_int(&mut self, arg: ArgRef, conversion: char) -> Result<BigInt, Self::Error>;

    /// `float(arg)` for `%e %f %g …`; a non-number fails with [`float_required_error`].
    fn to_float(&mut self, arg: ArgRef) -> Result<f64, Self::Error>;

    /// What `%c` was given.
    fn to_char(&mut self, arg: ArgRef) -> Result<CharArg, Self::Error>;

    /// The value of a `*` width or precision: `Some` for an int (bools included),
    /// `None` for anything else ("* wants int").
    fn to_star_int(&mut self, arg: ArgRef) -> Result<Option<BigInt>, Self::Error>;
}

/// The TypeError of `%d`-style conversions given a non-number:
/// `%d format: a real number is required, not str` (`%o %x %X`: "an integer is required").
pub fn int_required_error(conversion: char, type_name: &str) -> FormatError {
    let wanted = match conversion {
        'o' | 'x' | 'X' => "an integer",
        _ => "a real number",
    };
    FormatError::type_error(format!(
        "%{conversion} format: {wanted} is required, not {type_name}"
    ))
}

/// The TypeError of `%f`-style conversions given a non-number:
/// `must be real number, not str`.
pub fn float_required_error(type_name: &str) -> FormatError {
    FormatError::type_error(format!("must be real number, not {type_name}"))
}

/// The parsed `%` directive.
#[derive(Default)]
struct Directive {
    left_justify: bool,
    plus: bool,
    blank: bool,
    alternate: bool,
    zero: bool,
    width: Option<usize>,
    precision: Option<usize>,
}

/// CPython's argument cursor: `arglen` -1 and `argidx` -2 stand for one non-tuple value.
struct ArgCursor {
    len: i64,
    index: i64,
    mapping: bool,
}

impl ArgCursor {
    fn next(&mut self) -> Result<ArgRef, FormatError> {
        if self.index < self.len {
            let arg = if self.len < 0 {
                ArgRef::Current
            } else {
                ArgRef::Item(self.index as usize)
            };
            self.index += 1;
            Ok(arg)
        } else {
            Err(FormatError::type_error(
                "not enough arguments for format string",
            ))
        }
    }
}

fn not_all_converted(bytes: bool) -> FormatError {
    FormatError::type_error(if bytes {
        "not all arguments converted during bytes formatting"
    } else {
        "not all arguments converted during string formatting"
    })
}

/// `fmt % args`. See the module header for the rules; errors are CPython's.
pub fn percent_format<A: PercentArgs + ?Sized>(
    fmt: &str,
    args: &mut A,
) -> Result<String, A::Error> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut cursor = match args.tuple_len() {
        Some(len) => ArgCursor {
            len: len as i64,
            index: 0,
            mapping: false,
        },
        None => ArgCursor {
            len: -1,
            index: -2,
            mapping: args.is_mapping(),
        },
    };
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut pos = 0;
    while pos < chars.len() {
        if chars[pos] != '%' {
            let end = chars[pos..]
                .iter()
                .position(|&c| c == '%')
                .map_or(chars.len(), |i| pos + i);
            out.extend(&chars[pos..end]);
            pos = end;
            continue;
        }
        pos += 1;
        if chars.get(pos) == Some(&'%') {
            out.push('%');
            pos += 1;
            continue;
        }
        convert_one(&chars, &mut pos, &mut cursor, args, &mut out)?;
        if cursor.mapping && cursor.index < cursor.len {
            return Err(not_all_converted(args.bytes_mode()).into());
        }
    }
    if cursor.index < cursor.len && !cursor.mapping {
        return Err(not_all_converted(args.bytes_mode()).into());
    }
    Ok(out)
}

/// Parses and performs one conversion; `*pos` is just past its `%`.
fn convert_one<A: PercentArgs + ?Sized>(
    chars: &[char],
    pos: &mut usize,
    cursor: &mut ArgCursor,
    args: &mut A,
    out: &mut String,
) -> Result<(), A::Error> {
    let next = |pos: &mut usize| {
        let c = chars.get(*pos).copied();
        if c.is_some() {
            *pos += 1;
        }
        c
    };

    if chars.get(*pos) == Some(&'(') {
        if !cursor.mapping {
            return Err(FormatError::type_error("format requires a mapping").into());
        }
        let key_start = *pos + 1;
        let mut depth = 1;
        let mut end = key_start;
        while depth > 0 && end < chars.len() {
            match chars[end] {
                ')' => depth -= 1,
                '(' => depth += 1,
                _ => {}
            }
            end += 1;
        }
        if depth > 0 {
            return Err(FormatError::value("incomplete format key").into());
        }
        let key: String = chars[key_start..end - 1].iter().collect();
        args.select_key(&key)?;
        cursor.len = -1;
        cursor.index = -2;
        *pos = end;
    }

    let mut directive = Directive::default();
    let mut ch = next(pos);
    while let Some(c) = ch {
        match c {
            '-' => directive.left_justify = true,
            '+' => directive.plus = true,
            ' ' => directive.blank = true,
            '#' => directive.alternate = true,
            '0' => directive.zero = true,
            _ => break,
        }
        ch = next(pos);
    }

    if ch == Some('*') {
        let arg = cursor.next()?;
        let value = args
            .to_star_int(arg)?
            .ok_or_else(|| FormatError::type_error("* wants int"))?;
        let width = value
            .to_i64()
            .ok_or_else(|| FormatError::overflow("Python int too large to convert to C ssize_t"))?;
        if width < 0 {
            directive.left_justify = true;
        }
        directive.width = Some(width.unsigned_abs() as usize);
        ch = next(pos);
    } else if let Some(first) = ch.and_then(|c| c.to_digit(10)) {
        let mut width = u64::from(first);
        ch = next(pos);
        while let Some(digit) = ch.and_then(|c| c.to_digit(10)) {
            width = width
                .checked_mul(10)
                .and_then(|w| w.checked_add(u64::from(digit)))
                .filter(|&w| w <= i64::MAX as u64)
                .ok_or_else(|| FormatError::value("width too big"))?;
            ch = next(pos);
        }
        directive.width = Some(width as usize);
    }

    if ch == Some('.') {
        directive.precision = Some(0);
        ch = next(pos);
        if ch == Some('*') {
            let arg = cursor.next()?;
            let value = args
                .to_star_int(arg)?
                .ok_or_else(|| FormatError::type_error("* wants int"))?;
            let precision = value
                .to_i32()
                .ok_or_else(|| FormatError::overflow("Python int too large to convert to C int"))?;
            directive.precision = Some(precision.max(0) as usize);
            ch = next(pos);
        } else if let Some(first) = ch.and_then(|c| c.to_digit(10)) {
            let mut precision = u64::from(first);
            ch = next(pos);
            while let Some(digit) = ch.and_then(|c| c.to_digit(10)) {
                precision = precision * 10 + u64::from(digit);
                if precision > i32::MAX as u64 {
                    return Err(FormatError::value("precision too big").into());
                }
                ch = next(pos);
            }
            directive.precision = Some(precision as usize);
        }
    }

    // Length modifiers from C are accepted and ignored.
    if matches!(ch, Some('h' | 'l' | 'L')) {
        ch = next(pos);
    }
    let Some(conversion) = ch else {
        return Err(FormatError::value("incomplete format").into());
    };

    let arg = cursor.next()?;
    let (text, numeric) = match conversion {
        's' => (args.to_str(arg)?, false),
        'b' if args.bytes_mode() => (args.to_str(arg)?, false),
        'r' => (args.to_repr(arg)?, false),
        'a' => (args.to_ascii(arg)?, false),
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let value = args.to_int(arg, conversion)?;
            (
                format_long(&value, directive.alternate, directive.precision, conversion)?,
                true,
            )
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let value = args.to_float(arg)?;
            let flags = FloatFlags {
                alt: directive.alternate,
                ..FloatFlags::default()
            };
            let mut text = String::new();
            write_double(
                &mut text,
                value,
                conversion,
                directive.precision.unwrap_or(6),
                flags,
            )?;
            (text, true)
        }
        'c' if args.bytes_mode() => {
            // bytes: one byte from an int in range(256) or a length-1 bytes.
            let ch = match args.to_char(arg)? {
                CharArg::Char(ch) => ch,
                CharArg::Int(code) => match code.to_u8() {
                    Some(b) => char::from(b),
                    None => {
                        return Err(FormatError::overflow("%c arg not in range(256)").into());
                    }
                },
                CharArg::Invalid => {
                    return Err(FormatError::type_error(
                        "%c requires an integer in range(256) or a single byte",
                    )
                    .into());
                }
            };
            (ch.to_string(), false)
        }
        'c' => {
            let ch = match args.to_char(arg)? {
                CharArg::Char(ch) => ch,
                CharArg::Int(code) => int_to_char(code.to_i64().unwrap_or(-1))?,
                CharArg::Invalid => {
                    return Err(FormatError::type_error("%c requires int or char").into());
                }
            };
            (ch.to_string(), false)
        }
        _ => {
            let code = u32::from(conversion);
            let shown = if (31..=126).contains(&code) {
                conversion
            } else {
                '?'
            };
            return Err(FormatError::value(format!(
                "unsupported format character '{shown}' (0x{code:x}) at index {}",
                *pos - 1
            ))
            .into());
        }
    };
    write_padded(out, &directive, conversion, &text, numeric)?;
    Ok(())
}

/// CPython's `_PyUnicode_FormatLong`: `[-][0x]digits`, the digits zero-padded to at
/// least `precision`, the prefix only with `#`, upper case for `X`.
fn format_long(
    value: &BigInt,
    alternate: bool,
    precision: Option<usize>,
    conversion: char,
) -> Result<String, FormatError> {
    let precision = precision.unwrap_or(0);
    if precision > i32::MAX as usize - 3 {
        return Err(FormatError::overflow("precision too large"));
    }
    check_len(precision)?;
    let radix = match conversion {
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    };
    let digits = if radix == 10 {
        decimal_digits(value.magnitude())?
    } else {
        value.magnitude().to_str_radix(radix)
    };
    let mut out = String::with_capacity(digits.len().max(precision) + 3);
    if value.sign() == Sign::Minus {
        out.push('-');
    }
    if alternate {
        out.push_str(radix_prefix(radix));
    }
    out.extend(std::iter::repeat_n(
        '0',
        precision.saturating_sub(digits.len()),
    ));
    out.push_str(&digits);
    if conversion == 'X' {
        out.make_ascii_uppercase();
    }
    Ok(out)
}

/// CPython's `unicode_format_arg_output`: precision truncation for `s r a`, the sign
/// flags for numbers, `0` padding after the sign and `0x` prefix, justification.
fn write_padded(
    out: &mut String,
    directive: &Directive,
    conversion: char,
    text: &str,
    numeric: bool,
) -> Result<(), FormatError> {
    let total_chars = text.chars().count();
    let mut len = total_chars;
    if matches!(conversion, 's' | 'r' | 'a') {
        len = len.min(directive.precision.unwrap_or(usize::MAX));
    }
    let mut width = directive.width.unwrap_or(0);
    check_len(width)?;
    let fill = if numeric && directive.zero { '0' } else { ' ' };

    let mut body = text.chars();
    let mut sign = None;
    if numeric {
        match text.chars().next() {
            Some(c @ ('-' | '+')) => {
                sign = Some(c);
                body.next();
                len -= 1;
            }
            _ if directive.plus => sign = Some('+'),
            _ if directive.blank => sign = Some(' '),
            _ => {}
        }
    }
    width = width.max(len);
    let has_prefix = directive.alternate && matches!(conversion, 'x' | 'X' | 'o');
    let mut prefix_written = false;
    if let Some(sign) = sign {
        if fill != ' ' {
            out.push(sign);
        }
        if width > len {
            width -= 1;
        }
    }
    if has_prefix {
        if fill != ' ' {
            out.extend(body.by_ref().take(2));
            prefix_written = true;
        }
        width = width.saturating_sub(2);
        len = len.saturating_sub(2);
    }
    if width > len && !directive.left_justify {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if fill == ' ' {
        out.extend(sign);
        if has_prefix && !prefix_written {
            out.extend(body.by_ref().take(2));
        }
    }
    out.extend(body.take(len));
    if width > len {
        out.extend(std::iter::repeat_n(' ', width - len));
    }
    Ok(())
}
