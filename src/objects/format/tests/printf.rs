//! `str % args` against CPython, through a small mock of the object layer.

use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};

use super::{float_from_bits, outcome, report, rows};
use crate::objects::format::{
    ArgRef, CharArg, FormatError, PercentArgs, float_repr, float_required_error,
    int_required_error, percent_format,
};

/// The Python values the tables use.
#[derive(Clone, Debug)]
enum Value {
    Int(BigInt),
    Bool(bool),
    Float(f64),
    Str(String),
    None,
    Tuple(Vec<Value>),
    List(Vec<Value>),
    Dict(Vec<(String, Value)>),
}

impl Value {
    /// Reads the table encoding: `i:5`, `f:<bits>`, `s:text`, `b:1`, `n:`, `T[a|b]`,
    /// `L[a|b]`, `D[k=v|k2=v2]`.
    fn decode(text: &str) -> Value {
        if let Some(inner) = text.strip_prefix("T[").and_then(|t| t.strip_suffix(']')) {
            return Value::Tuple(
                split_items(inner)
                    .iter()
                    .map(|s| Value::decode(s))
                    .collect(),
            );
        }
        if let Some(inner) = text.strip_prefix("L[").and_then(|t| t.strip_suffix(']')) {
            return Value::List(
                split_items(inner)
                    .iter()
                    .map(|s| Value::decode(s))
                    .collect(),
            );
        }
        if let Some(inner) = text.strip_prefix("D[").and_then(|t| t.strip_suffix(']')) {
            let entries = split_items(inner)
                .iter()
                .map(|item| {
                    let (key, value) = item.split_once('=').expect("dict entry");
                    (key.to_string(), Value::decode(value))
                })
                .collect();
            return Value::Dict(entries);
        }
        let (tag, body) = text.split_once(':').expect("tagged value");
        match tag {
            "i" => Value::Int(body.parse().expect("int")),
            "b" => Value::Bool(body == "1"),
            "f" => Value::Float(float_from_bits(body)),
            "s" => Value::Str(body.to_string()),
            _ => Value::None,
        }
    }

    fn type_name(&self) -> &'static str {
        match self {
            Value::Int(_) => "int",
            Value::Bool(_) => "bool",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::None => "NoneType",
            Value::Tuple(_) => "tuple",
            Value::List(_) => "list",
            Value::Dict(_) => "dict",
        }
    }

    fn repr(&self) -> String {
        match self {
            Value::Str(s) => {
                let quote = if s.contains('\'') && !s.contains('"') {
                    '"'
                } else {
                    '\''
                };
                format!("{quote}{s}{quote}")
            }
            Value::Tuple(items) if items.len() == 1 => format!("({},)", items[0].repr()),
            Value::Tuple(items) => format!("({})", join_reprs(items)),
            Value::List(items) => format!("[{}]", join_reprs(items)),
            Value::Dict(entries) => {
                let parts: Vec<String> = entries
                    .iter()
                    .map(|(k, v)| format!("'{k}': {}", v.repr()))
                    .collect();
                format!("{{{}}}", parts.join(", "))
            }
            other => other.str(),
        }
    }

    fn str(&self) -> String {
        match self {
            Value::Int(v) => v.to_string(),
            Value::Bool(true) => "True".into(),
            Value::Bool(false) => "False".into(),
            Value::Float(x) => float_repr(*x),
            Value::Str(s) => s.clone(),
            Value::None => "None".into(),
            other => other.repr(),
        }
    }

    fn ascii(&self) -> String {
        let mut out = String::new();
        for c in self.repr().chars() {
            match c as u32 {
                0..=0x7f => out.push(c),
                code @ 0x80..=0xff => out.push_str(&format!("\\x{code:02x}")),
                code @ 0x100..=0xffff => out.push_str(&format!("\\u{code:04x}")),
                code => out.push_str(&format!("\\U{code:08x}")),
            }
        }
        out
    }

    fn as_int(&self) -> Option<BigInt> {
        match self {
            Value::Int(v) => Some(v.clone()),
            Value::Bool(b) => Some(BigInt::from(u8::from(*b))),
            _ => None,
        }
    }
}

fn join_reprs(items: &[Value]) -> String {
    items.iter().map(Value::repr).collect::<Vec<_>>().join(", ")
}

/// Splits `a|T[b|c]|d` at the top-level bars.
fn split_items(text: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut depth = 0;
    let mut current = String::new();
    for c in text.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            '|' if depth == 0 => {
                items.push(std::mem::take(&mut current));
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    if !current.is_empty() {
        items.push(current);
    }
    items
}

/// The mock object layer: the right operand and the value of the last `%(key)`.
struct MockArgs {
    operand: Value,
    current: Option<Value>,
}

impl MockArgs {
    fn get(&self, arg: ArgRef) -> &Value {
        match (arg, &self.operand) {
            (ArgRef::Item(i), Value::Tuple(items)) => &items[i],
            _ => self.current.as_ref().unwrap_or(&self.operand),
        }
    }
}

impl PercentArgs for MockArgs {
    type Error = FormatError;

    fn tuple_len(&self) -> Option<usize> {
        match &self.operand {
            Value::Tuple(items) => Some(items.len()),
            _ => None,
        }
    }

    fn is_mapping(&self) -> bool {
        matches!(self.operand, Value::Dict(_) | Value::List(_))
    }

    fn select_key(&mut self, key: &str) -> Result<(), FormatError> {
        let Value::Dict(entries) = &self.operand else {
            return Err(FormatError::type_error(
                "list indices must be integers or slices, not str",
            ));
        };
        let value = entries
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone());
        self.current = Some(value.ok_or_else(|| FormatError::value(format!("KeyError {key}")))?);
        Ok(())
    }

    fn to_str(&mut self, arg: ArgRef) -> Result<String, FormatError> {
        Ok(self.get(arg).str())
    }

    fn to_repr(&mut self, arg: ArgRef) -> Result<String, FormatError> {
        Ok(self.get(arg).repr())
    }

    fn to_ascii(&mut self, arg: ArgRef) -> Result<String, FormatError> {
        Ok(self.get(arg).ascii())
    }

    fn to_int(&mut self, arg: ArgRef, conversion: char) -> Result<BigInt, FormatError> {
        let value = self.get(arg);
        match value {
            Value::Float(x) if !matches!(conversion, 'o' | 'x' | 'X') => {
                Ok(BigInt::from_f64(x.trunc()).unwrap_or_default())
            }
            other => other
                .as_int()
                .ok_or_else(|| int_required_error(conversion, other.type_name())),
        }
    }

    fn to_float(&mut self, arg: ArgRef) -> Result<f64, FormatError> {
        match self.get(arg) {
            Value::Float(x) => Ok(*x),
            other => other
                .as_int()
                .and_then(|v| v.to_f64())
                .ok_or_else(|| float_required_error(other.type_name())),
        }
    }

    fn to_char(&mut self, arg: ArgRef) -> Result<CharArg, FormatError> {
        Ok(match self.get(arg) {
            Value::Str(s) if s.chars().count() == 1 => {
                CharArg::Char(s.chars().next().unwrap_or(' '))
            }
            other => other.as_int().map_or(CharArg::Invalid, CharArg::Int),
        })
    }

    fn to_star_int(&mut self, arg: ArgRef) -> Result<Option<BigInt>, FormatError> {
        Ok(self.get(arg).as_int())
    }
}

#[test]
fn percent_matches_cpython() {
    let table = rows(include_str!("data/printf.txt"));
    let mut failures = Vec::new();
    for row in &table {
        let (fmt, encoded, expected) = (&row[0], &row[1], &row[2]);
        let mut args = MockArgs {
            operand: Value::decode(encoded),
            current: None,
        };
        let ours = outcome(&percent_format(fmt, &mut args));
        if &ours != expected {
            failures.push(format!(
                "{fmt:?} % {encoded} = {ours:?}, CPython {expected:?}"
            ));
        }
    }
    report("percent format", &failures, table.len());
}

#[test]
fn percent_works_through_a_trait_object() {
    let mut args = MockArgs {
        operand: Value::Int(BigInt::from(42)),
        current: None,
    };
    let dynamic: &mut dyn PercentArgs<Error = FormatError> = &mut args;
    assert_eq!(percent_format("[%5d]", dynamic).unwrap(), "[   42]");
}
