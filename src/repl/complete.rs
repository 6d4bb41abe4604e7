//! Tab completion in the spirit of CPython's `rlcompleter`: keywords,
//! built-ins and the session's names, and attributes after a dot
//! (`obj.<Tab>`, looked up with `dir()` and `getattr`, so only a plain
//! dotted name is evaluated, never a call). Callables get a `(`.
//!
//! The helper also colours the input line ([`super::highlight`]).

use crate::heap::ObjRef;
use crate::vm::Vm;
use rustyline::completion::{Completer, Pair};
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Context, Helper};
use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

/// Python 3.11's keywords (and soft keywords worth completing).
pub const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// Most completions shown: a huge `dir()` is cut here.
const MAX_CANDIDATES: usize = 500;

/// The rustyline helper of a session: completion and colouring.
pub struct ReplHelper {
    /// The interpreter, borrowed only while a completion is computed.
    pub vm: Rc<RefCell<Vm>>,
    /// The `__main__` globals.
    pub globals: ObjRef,
    /// Whether to colour the input line.
    pub colour: bool,
}

impl Helper for ReplHelper {}

impl Hinter for ReplHelper {
    type Hint = String;
}

impl Validator for ReplHelper {}

impl Highlighter for ReplHelper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if self.colour {
            Cow::Owned(super::highlight::colour(line))
        } else {
            Cow::Borrowed(line)
        }
    }

    fn highlight_char(&self, _line: &str, _pos: usize, kind: CmdKind) -> bool {
        self.colour && kind != CmdKind::MoveCursor
    }
}

impl Completer for ReplHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = &line[..pos];
        if before.trim().is_empty() {
            // Tab at the start of a line indents, as in CPython's REPL.
            let pad = " ".repeat(super::input::INDENT - before.len() % super::input::INDENT);
            return Ok((pos, vec![pair(pad)]));
        }
        let start = before
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphanumeric() || c == '_' || c == '.')
            .last()
            .map(|(i, _)| i)
            .unwrap_or(pos);
        let word = &before[start..];
        let Ok(mut vm) = self.vm.try_borrow_mut() else {
            return Ok((pos, Vec::new()));
        };
        Ok(match word.rfind('.') {
            Some(dot) => {
                let names =
                    attribute_candidates(&mut vm, &self.globals, &word[..dot], &word[dot + 1..]);
                (start + dot + 1, names.into_iter().map(pair).collect())
            }
            None => (
                start,
                global_candidates(&mut vm, &self.globals, word)
                    .into_iter()
                    .map(pair)
                    .collect(),
            ),
        })
    }
}

fn pair(s: String) -> Pair {
    Pair {
        display: s.clone(),
        replacement: s,
    }
}

/// Names for a word without a dot: keywords, globals, built-ins.
pub fn global_candidates(vm: &mut Vm, globals: &ObjRef, prefix: &str) -> Vec<String> {
    let mut out: Vec<String> = KEYWORDS
        .iter()
        .filter(|k| k.starts_with(prefix))
        .map(|k| {
            let suffix = match *k {
                "try" | "finally" | "else" => ":",
                "False" | "None" | "True" | "break" | "continue" | "pass" => "",
                _ => " ",
            };
            format!("{k}{suffix}")
        })
        .collect();
    let builtins = vm.builtins.clone();
    for dict in [globals.clone(), builtins] {
        for (k, v) in vm.dict_items(&dict) {
            let Some(name) = k.as_str() else { continue };
            if !name.starts_with(prefix) || (prefix.is_empty() && name.starts_with('_')) {
                continue;
            }
            let mut s = name.to_string();
            if crate::builtins::functions::is_callable(vm, &v) {
                s.push('(');
            }
            if !out.contains(&s) {
                out.push(s);
            }
        }
    }
    out.sort();
    out.truncate(MAX_CANDIDATES);
    out
}

/// Attributes of the object `path` (a dotted name) names, starting with
/// `prefix`. Names starting with `_` appear only when the prefix does.
pub fn attribute_candidates(
    vm: &mut Vm,
    globals: &ObjRef,
    path: &str,
    prefix: &str,
) -> Vec<String> {
    let Some(obj) = resolve(vm, globals, path) else {
        return Vec::new();
    };
    let builtins = vm.builtins.clone();
    let key = vm.intern("dir");
    let Some(dir) = vm
        .dict_get_str(&builtins, &key)
        .and_then(|d| vm.call(&d, std::slice::from_ref(&obj), None).ok())
        .and_then(|l| vm.collect_iterable(&l).ok())
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for name in dir {
        let Some(n) = name.as_str().map(str::to_string) else {
            continue;
        };
        let hidden = if prefix.is_empty() {
            n.starts_with('_')
        } else {
            prefix == "_" && n.starts_with("__")
        };
        if hidden || !n.starts_with(prefix) {
            continue;
        }
        let key = vm.intern(&n);
        let callable = match vm.getattr(&obj, &key) {
            Ok(v) => crate::builtins::functions::is_callable(vm, &v),
            Err(_) => false,
        };
        out.push(if callable { format!("{n}(") } else { n });
        if out.len() >= MAX_CANDIDATES {
            break;
        }
    }
    crate::vm::interrupt::clear();
    out.sort();
    out
}

/// The object a dotted name (`a.b.c`) refers to in the session, found
/// through globals, built-ins and `getattr`; `None` if any step fails.
pub fn resolve(vm: &mut Vm, globals: &ObjRef, path: &str) -> Option<ObjRef> {
    let mut parts = path.split('.');
    let first = parts.next()?;
    if !is_identifier(first) {
        return None;
    }
    let key = vm.intern(first);
    let builtins = vm.builtins.clone();
    let mut obj = vm
        .dict_get_str(globals, &key)
        .or_else(|| vm.dict_get_str(&builtins, &key))?;
    for part in parts {
        if !is_identifier(part) {
            return None;
        }
        let key = vm.intern(part);
        obj = vm.getattr(&obj, &key).ok()?;
    }
    Some(obj)
}

/// A Python identifier (ASCII letters, digits, `_`, or any alphabetic
/// character; not starting with a digit).
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_alphabetic() || c == '_')
        && chars.all(|c| c.is_alphanumeric() || c == '_')
}
