//! The second half of the symbol-table pass (CPython's `analyze_block` /
//! `analyze_name` / `update_symbols`): resolves every name of every scope to
//! local, global (explicit / implicit), free or cell, propagating free
//! variables up through enclosing scopes and turning captured locals into
//! cells; class bodies pass names through without binding them for methods.

use super::symtable::{BlockType, R, Scope, SymScope, err, flag};
use crate::parser::ast::Span;
use std::collections::{HashMap, HashSet};

type NameSet = HashSet<String>;

fn directive_span(ste: &Scope, name: &str) -> Span {
    ste.directives.get(name).copied().unwrap_or_default()
}

#[allow(clippy::too_many_arguments)]
fn analyze_name(
    ste: &mut Scope,
    scopes: &mut HashMap<String, SymScope>,
    name: &str,
    flags: u32,
    bound: Option<&mut NameSet>,
    local: &mut NameSet,
    free: &mut NameSet,
    global: &mut NameSet,
) -> R {
    if flags & flag::GLOBAL != 0 {
        if flags & flag::NONLOCAL != 0 {
            return Err(err(
                format!("name '{name}' is nonlocal and global"),
                directive_span(ste, name),
            ));
        }
        scopes.insert(name.to_string(), SymScope::GlobalExplicit);
        global.insert(name.to_string());
        // A global declaration hides an enclosing function's binding from
        // the blocks nested in this one (CPython discards it from `bound`).
        if let Some(b) = bound {
            b.remove(name);
        }
        return Ok(());
    }
    if flags & flag::NONLOCAL != 0 {
        let Some(bound) = bound else {
            return Err(err(
                "nonlocal declaration not allowed at module level".into(),
                directive_span(ste, name),
            ));
        };
        if !bound.contains(name) {
            return Err(err(
                format!("no binding for nonlocal '{name}' found"),
                directive_span(ste, name),
            ));
        }
        scopes.insert(name.to_string(), SymScope::Free);
        ste.has_free = true;
        free.insert(name.to_string());
        return Ok(());
    }
    if flags & flag::BOUND != 0 {
        scopes.insert(name.to_string(), SymScope::Local);
        local.insert(name.to_string());
        global.remove(name);
        return Ok(());
    }
    if let Some(b) = bound
        && b.contains(name)
    {
        scopes.insert(name.to_string(), SymScope::Free);
        ste.has_free = true;
        free.insert(name.to_string());
        return Ok(());
    }
    if global.contains(name) {
        scopes.insert(name.to_string(), SymScope::GlobalImplicit);
        return Ok(());
    }
    if ste.nested {
        ste.has_free = true;
    }
    scopes.insert(name.to_string(), SymScope::GlobalImplicit);
    Ok(())
}

pub(crate) fn analyze_block(
    all: &mut [Scope],
    idx: usize,
    bound: Option<&NameSet>,
    free: &mut NameSet,
    global: &mut NameSet,
) -> R {
    // Owned copy: global declarations in this block remove names from it.
    let mut bound: Option<NameSet> = bound.cloned();
    let mut local = NameSet::new();
    let mut scopes: HashMap<String, SymScope> = HashMap::new();
    let mut newglobal = NameSet::new();
    let mut newfree = NameSet::new();
    let mut newbound = NameSet::new();
    let kind = all[idx].kind;
    if kind == BlockType::Class {
        newglobal.extend(global.iter().cloned());
        if let Some(b) = &bound {
            newbound.extend(b.iter().cloned());
        }
    }
    {
        let ste = &mut all[idx];
        let entries: Vec<(String, u32)> = ste
            .names
            .iter()
            .cloned()
            .zip(ste.flags.iter().copied())
            .collect();
        for (name, flags) in entries {
            analyze_name(
                ste,
                &mut scopes,
                &name,
                flags,
                bound.as_mut(),
                &mut local,
                free,
                global,
            )?;
        }
    }
    if kind != BlockType::Class {
        if kind == BlockType::Function {
            newbound.extend(local.iter().cloned());
        }
        if let Some(b) = &bound {
            newbound.extend(b.iter().cloned());
        }
        newglobal.extend(global.iter().cloned());
    } else {
        newbound.insert("__class__".to_string());
    }
    let mut allfree = NameSet::new();
    let children = all[idx].children.clone();
    for c in children {
        let temp_bound = newbound.clone();
        let mut temp_free = newfree.clone();
        let mut temp_global = newglobal.clone();
        analyze_block(all, c, Some(&temp_bound), &mut temp_free, &mut temp_global)?;
        allfree.extend(temp_free);
        if all[c].has_free || all[c].child_free {
            all[idx].child_free = true;
        }
    }
    newfree.extend(allfree);
    if kind == BlockType::Function {
        for (name, sc) in scopes.iter_mut() {
            if *sc == SymScope::Local && newfree.remove(name) {
                *sc = SymScope::Cell;
            }
        }
    } else if kind == BlockType::Class && newfree.remove("__class__") {
        all[idx].needs_class_closure = true;
    }
    // update_symbols
    let ste = &mut all[idx];
    for i in 0..ste.names.len() {
        ste.scopes[i] = scopes.get(&ste.names[i]).copied();
    }
    let mut pending: Vec<&String> = newfree.iter().collect();
    pending.sort();
    for name in pending {
        if let Some(&i) = ste.index.get(name.as_str()) {
            if kind == BlockType::Class && ste.flags[i] & (flag::BOUND | flag::GLOBAL) != 0 {
                ste.flags[i] |= flag::FREE_CLASS;
            }
            continue;
        }
        if let Some(b) = &bound
            && !b.contains(name.as_str())
        {
            continue;
        }
        ste.set_flags(name, 0);
        let i = ste.index[name.as_str()];
        ste.scopes[i] = Some(SymScope::Free);
    }
    free.extend(newfree);
    Ok(())
}
