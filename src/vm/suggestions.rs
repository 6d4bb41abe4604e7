//! "Did you mean: 'x'?" — the hint CPython 3.11 adds to the last line of
//! a traceback for an AttributeError or NameError: the closest name by an
//! edit distance where changing case is cheaper than other edits, within a
//! third of the characters involved.

use super::Vm;
use crate::heap::ObjRef;
use crate::objects::exception::PyException;

/// The cost of inserting, deleting or replacing a character.
const MOVE_COST: usize = 2;
/// The cost of replacing a character by itself in another case.
const CASE_COST: usize = 1;
/// Longer names (after trimming common ends) are never close.
const MAX_STRING_SIZE: usize = 40;
/// With this many candidates or more, no suggestion is looked for.
const MAX_CANDIDATE_ITEMS: usize = 750;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance between byte strings `a` and `b`, or anything above
/// `max_cost` once it is sure to exceed it.
fn distance<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first())
        && x == y
    {
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last())
        && x == y
    {
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    // One row of the edit matrix, updated in place: row[i] is the cost of
    // turning the first i + 1 characters of `a` into the prefix of `b`
    // seen so far.
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut diagonal = bi * MOVE_COST;
        result = diagonal;
        let mut minimum = usize::MAX;
        for (ai, &ch) in a.iter().enumerate() {
            let substitute = diagonal + substitution_cost(code, ch);
            diagonal = row[ai];
            let insert_delete = result.min(diagonal) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The candidate closest to `name`, if any is close enough.
fn closest(name: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s.clone())
}

impl Vm {
    /// The name to suggest for an AttributeError or NameError (exactly
    /// those classes, as CPython), or None.
    pub fn error_suggestion(&mut self, exc: &ObjRef) -> Option<String> {
        let ty = exc.type_of();
        if ty.is(&self.exc.attribute_error) {
            let name = self.attribute_error_field(exc, "name")?;
            let name = name.as_str()?.to_string();
            let obj = self.attribute_error_field(exc, "obj")?;
            let mut names = crate::builtins::functions::dir_names(self, &obj);
            names.sort();
            names.dedup();
            return closest(&name, &names);
        }
        if !ty.is(&self.exc.name_error) {
            return None;
        }
        let name = self.exception_get_attr(exc, "name")?;
        let name = name.as_str()?.to_string();
        // The innermost frame of the traceback (the first entry, recorded
        // as the error left it): its local variables, then
        // the globals of its module, then the builtins.
        let code = exc
            .downcast::<PyException>()?
            .traceback
            .borrow()
            .first()?
            .code
            .clone();
        let co = code.downcast::<crate::objects::code::PyCode>()?;
        if let Some(s) = closest(&name, &co.data.co.varnames) {
            return Some(s);
        }
        let filename = co.data.co.filename.clone();
        for scope in [
            self.module_globals_for(&filename),
            Some(self.builtins.clone()),
        ] {
            let Some(d) = scope else { continue };
            let keys: Vec<String> = self
                .dict_items(&d)
                .iter()
                .filter_map(|(k, _)| k.as_str().map(str::to_string))
                .collect();
            if let Some(s) = closest(&name, &keys) {
                return Some(s);
            }
        }
        None
    }

    /// The globals of the loaded module whose code comes from `filename`
    /// (`__main__` for code of no module file).
    fn module_globals_for(&mut self, filename: &str) -> Option<ObjRef> {
        let modules = self.modules.clone();
        let key = self.intern("__file__");
        let mut main = None;
        for (name, m) in self.dict_items(&modules) {
            let Some(module) = m.downcast::<crate::objects::module::PyModule>() else {
                continue;
            };
            let d = module.dict.clone();
            if name.as_str() == Some("__main__") {
                main = Some(d.clone());
            }
            if self
                .dict_get_str(&d, &key)
                .is_some_and(|f| f.as_str() == Some(filename))
            {
                return Some(d);
            }
        }
        main
    }
}
