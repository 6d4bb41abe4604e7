//! Symbol tables: the first compiler pass, a port of CPython 3.11's
//! `symtable.c`. It walks the whole module once, records for every scope
//! (module, class, function, lambda, comprehension) how each name is used
//! (`DEF_*` flags), then resolves every name to a scope — local, global
//! (explicit or implicit), free or cell — exactly as CPython does, including
//! the implicit `__class__` cell for `super()`, the rule that class bodies
//! are invisible to their methods, and walrus targets inside comprehensions
//! binding in the enclosing function.

use super::analyze::analyze_block;
use super::nodes::{NodeMap, node_key};
use crate::parser::ast::{Arguments, Comprehension, Expr, ExprKind, Module, Span, Stmt, StmtKind};
use crate::parser::error::SourceError;
use std::collections::{HashMap, HashSet};

/// `DEF_*` flags of a name in one scope.
pub(crate) mod flag {
    pub const GLOBAL: u32 = 1;
    pub const LOCAL: u32 = 2;
    pub const PARAM: u32 = 4;
    pub const NONLOCAL: u32 = 8;
    pub const USE: u32 = 16;
    pub const FREE_CLASS: u32 = 64;
    pub const IMPORT: u32 = 128;
    pub const ANNOT: u32 = 256;
    pub const COMP_ITER: u32 = 512;
    pub const BOUND: u32 = LOCAL | PARAM | IMPORT;
}

/// Where a name lives, once analysed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SymScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

/// The kind of a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BlockType {
    Module,
    Class,
    Function,
}

/// Which comprehension a comprehension scope implements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

/// One scope's table.
#[derive(Debug)]
pub(crate) struct Scope {
    pub kind: BlockType,
    pub comprehension: Option<CompKind>,
    pub(super) names: Vec<String>,
    pub(super) index: HashMap<String, usize>,
    pub(super) flags: Vec<u32>,
    pub(super) scopes: Vec<Option<SymScope>>,
    /// Parameters in order (posonly, args, kwonly, *args, **kwargs).
    pub varnames: Vec<String>,
    pub children: Vec<usize>,
    pub generator: bool,
    pub coroutine: bool,
    pub nested: bool,
    pub needs_class_closure: bool,
    pub varargs: bool,
    pub varkeywords: bool,
    pub(super) has_free: bool,
    pub(super) child_free: bool,
    pub(super) comp_iter_target: bool,
    pub(super) comp_iter_expr: u32,
    pub(super) directives: HashMap<String, Span>,
}

impl Scope {
    fn new(kind: BlockType, nested: bool) -> Scope {
        Scope {
            kind,
            comprehension: None,
            names: Vec::new(),
            index: HashMap::new(),
            flags: Vec::new(),
            scopes: Vec::new(),
            varnames: Vec::new(),
            children: Vec::new(),
            generator: false,
            coroutine: false,
            nested,
            needs_class_closure: false,
            varargs: false,
            varkeywords: false,
            has_free: false,
            child_free: false,
            comp_iter_target: false,
            comp_iter_expr: 0,
            directives: HashMap::new(),
        }
    }

    /// The `DEF_*` flags of `name` (0 when unknown).
    pub fn flags(&self, name: &str) -> u32 {
        self.index.get(name).map(|&i| self.flags[i]).unwrap_or(0)
    }

    /// The resolved scope of `name`, if the name occurs in this scope.
    pub fn scope_of(&self, name: &str) -> Option<SymScope> {
        self.index.get(name).and_then(|&i| self.scopes[i])
    }

    /// Names with the given scope (or with `extra_flag` set), sorted as CPython sorts them.
    pub fn sorted_names(&self, scope: SymScope, extra_flag: u32) -> Vec<String> {
        let mut v: Vec<String> = self
            .names
            .iter()
            .enumerate()
            .filter(|(i, _)| self.scopes[*i] == Some(scope) || self.flags[*i] & extra_flag != 0)
            .map(|(_, n)| n.clone())
            .collect();
        v.sort();
        v
    }

    pub(super) fn set_flags(&mut self, name: &str, f: u32) {
        match self.index.get(name) {
            Some(&i) => self.flags[i] = f,
            None => {
                self.index.insert(name.to_string(), self.names.len());
                self.names.push(name.to_string());
                self.flags.push(f);
                self.scopes.push(None);
            }
        }
    }
}

/// The symbol tables of a module: scope 0 is the module.
#[derive(Debug)]
pub(crate) struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: NodeMap<usize>,
}

impl SymbolTable {
    /// The scope created for an AST node (def/class statement, lambda,
    /// comprehension expression).
    pub fn scope_for(&self, key: usize) -> Option<usize> {
        self.by_node.get(&key).copied()
    }
}

/// CPython's private name mangling (`__x` in class `C` is `_C__x`).
pub(crate) fn mangle(private: Option<&str>, name: &str) -> String {
    if let Some(p) = private
        && name.starts_with("__")
        && !name.ends_with("__")
        && !name.contains('.')
    {
        let p = p.trim_start_matches('_');
        if !p.is_empty() {
            return format!("_{p}{name}");
        }
    }
    name.to_string()
}

const MAX_DEPTH: u32 = 3000;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Load,
    Store,
    Del,
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: NodeMap<usize>,
    stack: Vec<usize>,
    private: Option<String>,
    future_annotations: bool,
    depth: u32,
}

pub(crate) type R = Result<(), SourceError>;

pub(crate) fn err(msg: String, span: Span) -> SourceError {
    let mut e = SourceError::syntax(msg, span.start as usize);
    e.end_offset = Some(span.end as usize);
    e
}

/// Builds and analyses the symbol table of a module.
pub(crate) fn build(module: &Module, future_annotations: bool) -> Result<SymbolTable, SourceError> {
    build_body(&module.body, None, future_annotations)
}

/// Builds the table for an expression (eval mode).
pub(crate) fn build_expr(expr: &Expr) -> Result<SymbolTable, SourceError> {
    build_body(&[], Some(expr), false)
}

fn build_body(
    body: &[Stmt],
    expr: Option<&Expr>,
    future_annotations: bool,
) -> Result<SymbolTable, SourceError> {
    let mut b = Builder {
        scopes: vec![Scope::new(BlockType::Module, false)],
        by_node: NodeMap::default(),
        stack: vec![0],
        private: None,
        future_annotations,
        depth: 0,
    };
    for s in body {
        b.visit_stmt(s)?;
    }
    if let Some(e) = expr {
        b.visit_expr(e)?;
    }
    let mut free = HashSet::new();
    let mut global = HashSet::new();
    analyze_block(&mut b.scopes, 0, None, &mut free, &mut global)?;
    Ok(SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    })
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        let i = *self.stack.last().unwrap_or(&0);
        &mut self.scopes[i]
    }

    fn cur_idx(&self) -> usize {
        *self.stack.last().unwrap_or(&0)
    }

    fn enter_block(&mut self, kind: BlockType, key: usize) {
        let parent = self.cur_idx();
        let nested = self.scopes[parent].nested || self.scopes[parent].kind == BlockType::Function;
        self.scopes.push(Scope::new(kind, nested));
        let id = self.scopes.len() - 1;
        self.scopes[parent].children.push(id);
        self.by_node.insert(key, id);
        self.stack.push(id);
    }

    fn exit_block(&mut self) {
        self.stack.pop();
    }

    fn lookup(&self, name: &str) -> u32 {
        let m = mangle(self.private.as_deref(), name);
        self.scopes[self.cur_idx()].flags(&m)
    }

    fn add_def(&mut self, name: &str, f: u32, span: Span) -> R {
        let idx = self.cur_idx();
        self.add_def_in(name, f, idx, span)
    }

    fn add_def_in(&mut self, name: &str, f: u32, scope: usize, span: Span) -> R {
        let mangled = mangle(self.private.as_deref(), name);
        let ste = &mut self.scopes[scope];
        let old = ste.flags(&mangled);
        if f & flag::PARAM != 0 && old & flag::PARAM != 0 {
            return Err(err(
                format!("duplicate argument '{name}' in function definition"),
                span,
            ));
        }
        let mut val = old | f;
        if ste.comp_iter_target {
            if val & (flag::GLOBAL | flag::NONLOCAL) != 0 {
                return Err(err(
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{name}'"
                    ),
                    span,
                ));
            }
            val |= flag::COMP_ITER;
        }
        ste.set_flags(&mangled, val);
        if f & flag::PARAM != 0 {
            ste.varnames.push(mangled);
        } else if f & flag::GLOBAL != 0 {
            let top = &mut self.scopes[0];
            let g = top.flags(&mangled);
            top.set_flags(&mangled, g | f);
        }
        Ok(())
    }

    fn guard(&mut self, span: Span) -> R {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(err("too complex expression".into(), span));
        }
        Ok(())
    }

    fn visit_body(&mut self, body: &[Stmt]) -> R {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    fn visit_stmt(&mut self, s: &Stmt) -> R {
        self.guard(s.span)?;
        let r = self.visit_stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn visit_stmt_inner(&mut self, s: &Stmt) -> R {
        match &s.kind {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                ..
            } => {
                self.add_def(name, flag::LOCAL, s.span)?;
                self.visit_defaults(args)?;
                self.visit_annotations(args, returns.as_deref())?;
                for d in decorator_list {
                    self.visit_expr(d)?;
                }
                self.enter_block(BlockType::Function, node_key(s));
                self.visit_params(args)?;
                self.visit_body(body)?;
                self.exit_block();
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => {
                self.add_def(name, flag::LOCAL, s.span)?;
                for b in bases {
                    self.visit_expr(b)?;
                }
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
                for d in decorator_list {
                    self.visit_expr(d)?;
                }
                self.enter_block(BlockType::Class, node_key(s));
                let saved = self.private.replace(name.clone());
                let r = self.visit_body(body);
                self.private = saved;
                r?;
                self.exit_block();
            }
            StmtKind::Return { value } => {
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.visit_target(t, Ctx::Del)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    self.visit_target(t, Ctx::Store)?;
                }
                self.visit_expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name { id } = &target.kind {
                    let cur = self.lookup(id);
                    if cur & (flag::GLOBAL | flag::NONLOCAL) != 0 && self.cur_idx() != 0 && *simple
                    {
                        let what = if cur & flag::GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(err(
                            format!("annotated name '{id}' can't be {what}"),
                            s.span,
                        ));
                    }
                    if *simple {
                        self.add_def(id, flag::ANNOT | flag::LOCAL, target.span)?;
                    } else if value.is_some() {
                        self.add_def(id, flag::LOCAL, target.span)?;
                    }
                } else {
                    self.visit_target(target, Ctx::Store)?;
                }
                if !self.future_annotations {
                    self.visit_expr(annotation)?;
                }
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_target(target, Ctx::Store)?;
                self.visit_expr(value)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.visit_target(target, Ctx::Store)?;
                self.visit_expr(iter)?;
                self.visit_body(body)?;
                self.visit_body(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_body(body)?;
                self.visit_body(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_target(v, Ctx::Store)?;
                    }
                }
                self.visit_body(body)?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                    if let Some(c) = cause {
                        self.visit_expr(c)?;
                    }
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.visit_body(body)?;
                self.visit_body(orelse)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.visit_expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n, flag::LOCAL, h.span)?;
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                if let Some(m) = msg {
                    self.visit_expr(m)?;
                }
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    let name = a.asname.as_deref().unwrap_or(&a.name);
                    if name == "*" {
                        if self.scopes[self.cur_idx()].kind != BlockType::Module {
                            return Err(err(
                                "import * only allowed at module level".into(),
                                a.span,
                            ));
                        }
                        continue;
                    }
                    let store = name.split('.').next().unwrap_or(name);
                    self.add_def(store, flag::IMPORT, a.span)?;
                }
            }
            StmtKind::Global { names } => self.visit_global_nonlocal(names, s.span, true)?,
            StmtKind::Nonlocal { names } => self.visit_global_nonlocal(names, s.span, false)?,
            StmtKind::Expr { value } => self.visit_expr(value)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn visit_global_nonlocal(&mut self, names: &[String], span: Span, global: bool) -> R {
        let what = if global { "global" } else { "nonlocal" };
        for name in names {
            let cur = self.lookup(name);
            if cur & (flag::PARAM | flag::LOCAL | flag::USE | flag::ANNOT) != 0 {
                let msg = if cur & flag::PARAM != 0 {
                    format!("name '{name}' is parameter and {what}")
                } else if cur & flag::USE != 0 {
                    format!("name '{name}' is used prior to {what} declaration")
                } else if cur & flag::ANNOT != 0 {
                    format!("annotated name '{name}' can't be {what}")
                } else {
                    format!("name '{name}' is assigned to before {what} declaration")
                };
                return Err(err(msg, span));
            }
            self.add_def(
                name,
                if global { flag::GLOBAL } else { flag::NONLOCAL },
                span,
            )?;
            self.record_directive(name, span);
        }
        Ok(())
    }

    fn record_directive(&mut self, name: &str, span: Span) {
        let m = mangle(self.private.as_deref(), name);
        self.cur().directives.entry(m).or_insert(span);
    }

    fn visit_defaults(&mut self, args: &Arguments) -> R {
        for d in &args.defaults {
            self.visit_expr(d)?;
        }
        for d in args.kw_defaults.iter().flatten() {
            self.visit_expr(d)?;
        }
        Ok(())
    }

    fn visit_annotations(&mut self, args: &Arguments, returns: Option<&Expr>) -> R {
        if self.future_annotations {
            return Ok(());
        }
        for a in args.posonlyargs.iter().chain(&args.args) {
            if let Some(an) = &a.annotation {
                self.visit_expr(an)?;
            }
        }
        if let Some(an) = args.vararg.as_ref().and_then(|a| a.annotation.as_ref()) {
            self.visit_expr(an)?;
        }
        if let Some(an) = args.kwarg.as_ref().and_then(|a| a.annotation.as_ref()) {
            self.visit_expr(an)?;
        }
        for a in &args.kwonlyargs {
            if let Some(an) = &a.annotation {
                self.visit_expr(an)?;
            }
        }
        if let Some(r) = returns {
            self.visit_expr(r)?;
        }
        Ok(())
    }

    fn visit_params(&mut self, args: &Arguments) -> R {
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            self.add_def(&a.arg, flag::PARAM, a.span)?;
        }
        if let Some(a) = &args.vararg {
            self.add_def(&a.arg, flag::PARAM, a.span)?;
            self.cur().varargs = true;
        }
        if let Some(a) = &args.kwarg {
            self.add_def(&a.arg, flag::PARAM, a.span)?;
            self.cur().varkeywords = true;
        }
        Ok(())
    }

    fn visit_target(&mut self, e: &Expr, ctx: Ctx) -> R {
        self.guard(e.span)?;
        let r = match &e.kind {
            ExprKind::Name { id } => self.visit_name(id, ctx, e.span),
            ExprKind::Tuple { elts } | ExprKind::List { elts } => {
                elts.iter().try_for_each(|x| self.visit_target(x, ctx))
            }
            ExprKind::Starred { value } => self.visit_target(value, ctx),
            _ => self.visit_expr_inner(e),
        };
        self.depth -= 1;
        r
    }

    fn visit_name(&mut self, id: &str, ctx: Ctx, span: Span) -> R {
        if ctx == Ctx::Load && id == "__debug__" {
            // Folded to a constant before the symbol table sees it.
            return Ok(());
        }
        self.add_def(
            id,
            if ctx == Ctx::Load {
                flag::USE
            } else {
                flag::LOCAL
            },
            span,
        )?;
        if ctx == Ctx::Load
            && id == "super"
            && self.scopes[self.cur_idx()].kind == BlockType::Function
        {
            self.add_def("__class__", flag::USE, span)?;
        }
        Ok(())
    }

    fn visit_expr(&mut self, e: &Expr) -> R {
        self.guard(e.span)?;
        let r = self.visit_expr_inner(e);
        self.depth -= 1;
        r
    }

    fn visit_exprs(&mut self, es: &[Expr]) -> R {
        es.iter().try_for_each(|x| self.visit_expr(x))
    }

    fn visit_expr_inner(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                if self.scopes[self.cur_idx()].comp_iter_expr > 0 {
                    return Err(err(
                        "assignment expression cannot be used in a comprehension iterable expression".into(),
                        e.span,
                    ));
                }
                if self.scopes[self.cur_idx()].comprehension.is_some() {
                    self.extend_namedexpr_scope(target, e.span)?;
                }
                self.visit_expr(value)?;
                self.visit_name(target, Ctx::Store, e.span)?;
            }
            ExprKind::BoolOp { values, .. } => self.visit_exprs(values)?,
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.visit_defaults(args)?;
                self.enter_block(BlockType::Function, node_key(e));
                self.visit_params(args)?;
                self.visit_expr(body)?;
                self.exit_block();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    if let Some(k) = k {
                        self.visit_expr(k)?;
                    }
                    self.visit_expr(v)?;
                }
            }
            ExprKind::Set { elts } | ExprKind::List { elts } | ExprKind::Tuple { elts } => {
                self.visit_exprs(elts)?
            }
            ExprKind::ListComp { elt, generators } => {
                self.visit_comprehension(e, CompKind::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.visit_comprehension(e, CompKind::Set, generators, elt, None)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.visit_comprehension(e, CompKind::Gen, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.visit_comprehension(e, CompKind::Dict, generators, key, Some(value))?,
            ExprKind::Await { value } => {
                self.visit_expr(value)?;
                self.cur().coroutine = true;
            }
            ExprKind::Yield { value } => {
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
                self.yield_seen(e.span)?;
            }
            ExprKind::YieldFrom { value } => {
                self.visit_expr(value)?;
                self.yield_seen(e.span)?;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.visit_expr(left)?;
                self.visit_exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.visit_expr(func)?;
                self.visit_exprs(args)?;
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.visit_expr(value)?;
                if let Some(f) = format_spec {
                    self.visit_expr(f)?;
                }
            }
            ExprKind::JoinedStr { values } => self.visit_exprs(values)?,
            ExprKind::Constant { .. } => {}
            ExprKind::Attribute { value, .. } => self.visit_expr(value)?,
            ExprKind::Subscript { value, slice } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
            }
            ExprKind::Starred { value } => self.visit_expr(value)?,
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.visit_expr(x)?;
                }
            }
            ExprKind::Name { id } => self.visit_name(id, Ctx::Load, e.span)?,
        }
        Ok(())
    }

    fn yield_seen(&mut self, span: Span) -> R {
        self.cur().generator = true;
        if let Some(kind) = self.scopes[self.cur_idx()].comprehension {
            let what = match kind {
                CompKind::List => "list comprehension",
                CompKind::Set => "set comprehension",
                CompKind::Dict => "dict comprehension",
                CompKind::Gen => "generator expression",
            };
            return Err(err(format!("'yield' inside {what}"), span));
        }
        Ok(())
    }

    fn extend_namedexpr_scope(&mut self, target: &str, span: Span) -> R {
        for pos in (0..self.stack.len()).rev() {
            let ste_idx = self.stack[pos];
            let ste = &self.scopes[ste_idx];
            if ste.comprehension.is_some() {
                if ste.flags(target) & flag::COMP_ITER != 0 {
                    return Err(err(
                        format!(
                            "assignment expression cannot rebind comprehension iteration variable '{target}'"
                        ),
                        span,
                    ));
                }
                continue;
            }
            match ste.kind {
                BlockType::Function => {
                    let f = if ste.flags(target) & flag::GLOBAL != 0 {
                        flag::GLOBAL
                    } else {
                        flag::NONLOCAL
                    };
                    self.add_def(target, f, span)?;
                    self.record_directive(target, span);
                    return self.add_def_in(target, flag::LOCAL, ste_idx, span);
                }
                BlockType::Module => {
                    self.add_def(target, flag::GLOBAL, span)?;
                    self.record_directive(target, span);
                    return self.add_def_in(target, flag::GLOBAL, ste_idx, span);
                }
                BlockType::Class => {
                    return Err(err(
                        "assignment expression within a comprehension cannot be used in a class body".into(),
                        span,
                    ));
                }
            }
        }
        Ok(())
    }

    fn visit_comprehension(
        &mut self,
        e: &Expr,
        kind: CompKind,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> R {
        let Some(outermost) = generators.first() else {
            return Ok(());
        };
        self.cur().comp_iter_expr += 1;
        let r = self.visit_expr(&outermost.iter);
        self.cur().comp_iter_expr -= 1;
        r?;
        self.enter_block(BlockType::Function, node_key(e));
        if outermost.is_async {
            self.cur().coroutine = true;
        }
        self.cur().comprehension = Some(kind);
        self.add_def(".0", flag::PARAM, e.span)?;
        self.cur().comp_iter_target = true;
        let r = self.visit_target(&outermost.target, Ctx::Store);
        self.cur().comp_iter_target = false;
        r?;
        self.visit_exprs(&outermost.ifs)?;
        for g in &generators[1..] {
            self.cur().comp_iter_target = true;
            let r = self.visit_target(&g.target, Ctx::Store);
            self.cur().comp_iter_target = false;
            r?;
            self.cur().comp_iter_expr += 1;
            let r = self.visit_expr(&g.iter);
            self.cur().comp_iter_expr -= 1;
            r?;
            self.visit_exprs(&g.ifs)?;
            if g.is_async {
                self.cur().coroutine = true;
            }
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        if kind == CompKind::Gen {
            self.cur().generator = true;
        }
        self.exit_block();
        Ok(())
    }
}
