//! The compiler's state: a stack of code units (one per scope being
//! compiled), each with its control-flow graph, constant pool, name tables
//! and block stack (`fblock`s: loops, try, with ... used by `break`,
//! `continue` and `return` to unwind). Also the emit helpers, name
//! resolution (`*_FAST` / `*_DEREF` / `*_GLOBAL` / `*_NAME`), source
//! locations and the final conversion of a unit to a [`CodeObject`].

use super::cfg::{AssembleInput, Cfg, IOp, Ins, Loc, NO_BLOCK};
use super::code::{CodeObject, ConstValue, flags};
use super::consts::ConstPool;
use super::fold::Folded;
use super::lines::LineIndex;
use super::opcode::Op;
use super::symtable::{BlockType, SymScope, SymbolTable, flag, mangle};
use crate::parser::ast::{Span, Stmt, StmtKind};
use crate::parser::error::SourceError;
use std::collections::HashMap;

/// CPython's limit on statically nested blocks (`CO_MAXBLOCKS`).
const MAX_BLOCKS: usize = 20;
/// Deepest AST nesting the compiler accepts.
const MAX_DEPTH: u32 = 3000;

pub(crate) type R = Result<(), SourceError>;

/// The kind of scope a unit compiles (CPython's `COMPILER_SCOPE_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ScopeType {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

/// Load, store or delete.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ctx {
    Load,
    Store,
    Del,
}

/// An ordered name table (`co_names`, `co_varnames` ...).
#[derive(Default, Debug)]
pub(crate) struct NameTable {
    pub list: Vec<String>,
    map: HashMap<String, u32>,
}

impl NameTable {
    pub fn add(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.map.get(name) {
            return i;
        }
        let i = self.list.len() as u32;
        self.list.push(name.to_string());
        self.map.insert(name.to_string(), i);
        i
    }

    pub fn get(&self, name: &str) -> Option<u32> {
        self.map.get(name).copied()
    }

    fn with_offset(names: Vec<String>, offset: u32) -> NameTable {
        let mut t = NameTable::default();
        for (i, n) in names.into_iter().enumerate() {
            t.map.insert(n.clone(), i as u32 + offset);
            t.list.push(n);
        }
        t
    }
}

/// The kinds of entries on the block stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FbKind {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
}

/// Extra data of a block-stack entry.
#[derive(Clone, Copy)]
pub(crate) enum FbDatum<'a> {
    None,
    /// The `finally` body to inline on early exits.
    Finally(&'a [Stmt]),
    /// The `with` statement (for its location).
    With(&'a Stmt),
    /// The `except ... as name` name to clear.
    Name(&'a str),
}

/// One block-stack entry.
#[derive(Clone, Copy)]
pub(crate) struct FBlock<'a> {
    pub kind: FbKind,
    pub block: usize,
    pub exit: usize,
    pub datum: FbDatum<'a>,
}

/// One code object being compiled.
pub(crate) struct Unit<'a> {
    pub scope: usize,
    pub scope_type: ScopeType,
    pub name: String,
    pub qualname: String,
    pub cfg: Cfg,
    pub consts: ConstPool,
    pub names: NameTable,
    pub varnames: NameTable,
    pub cellvars: NameTable,
    pub freevars: NameTable,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub firstlineno: i32,
    pub private: Option<String>,
    pub fblocks: Vec<FBlock<'a>>,
    pub loc: Loc,
    pub err_offset: usize,
}

/// The compiler.
pub(crate) struct Compiler<'a> {
    pub lines: LineIndex<'a>,
    pub filename: &'a str,
    pub st: SymbolTable,
    pub folded: Folded,
    pub units: Vec<Unit<'a>>,
    pub interactive: bool,
    pub future_lineno: i32,
    pub depth: u32,
}

impl<'a> Compiler<'a> {
    pub fn new(
        source: &'a str,
        filename: &'a str,
        st: SymbolTable,
        folded: Folded,
    ) -> Compiler<'a> {
        Compiler {
            lines: LineIndex::new(source),
            filename,
            st,
            folded,
            units: Vec::new(),
            interactive: false,
            future_lineno: 0,
            depth: 0,
        }
    }

    pub fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is being compiled")
    }

    pub fn ur(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is being compiled")
    }

    // ---- errors and locations ----

    /// A SyntaxError at the current node.
    pub fn error(&self, msg: impl Into<String>) -> SourceError {
        SourceError::syntax(msg, self.ur().err_offset)
    }

    pub fn enter_depth(&mut self, span: Span) -> R {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(SourceError::syntax(
                "too complex expression",
                span.start as usize,
            ));
        }
        Ok(())
    }

    pub fn loc_of(&self, span: Span) -> Loc {
        let (line, col) = self.lines.line_col(span.start as usize);
        let (end_line, end_col) = self.lines.line_col(span.end as usize);
        Loc {
            line: line as i32,
            end_line: end_line as i32,
            col: col as i32,
            end_col: end_col as i32,
        }
    }

    /// Start offset of a statement as CPython sees it: a decorated `def` /
    /// `class` starts at its keyword, not at the first decorator.
    pub fn stmt_start(&self, s: &Stmt) -> usize {
        let decos = match &s.kind {
            StmtKind::FunctionDef { decorator_list, .. }
            | StmtKind::ClassDef { decorator_list, .. } => decorator_list,
            _ => return s.span.start as usize,
        };
        match decos.last() {
            Some(last) if last.span.end > s.span.start => {
                self.lines.next_code_line_start(last.span.end as usize)
            }
            _ => s.span.start as usize,
        }
    }

    pub fn set_loc_span(&mut self, span: Span) {
        let loc = self.loc_of(span);
        let u = self.u();
        u.loc = loc;
        u.err_offset = span.start as usize;
    }

    pub fn set_loc_stmt(&mut self, s: &Stmt) {
        let start = self.stmt_start(s);
        self.set_loc_span(Span::new(start, s.span.end as usize));
    }

    /// Marks the following instructions as artificial (no line).
    pub fn unset_loc(&mut self) {
        self.u().loc.line = -1;
    }

    // ---- emitting ----

    fn push(&mut self, op: IOp, arg: u32, target: usize) {
        let u = self.u();
        let ins = Ins::new(op, arg, target, u.loc);
        u.cfg.emit(ins);
    }

    pub fn op(&mut self, op: Op) {
        self.push(IOp::Real(op), 0, NO_BLOCK);
    }

    pub fn op_i(&mut self, op: Op, arg: u32) {
        self.push(IOp::Real(op), arg, NO_BLOCK);
    }

    pub fn pseudo(&mut self, op: IOp) {
        self.push(op, 0, NO_BLOCK);
    }

    pub fn jump(&mut self, op: Op, target: usize) {
        self.push(IOp::Real(op), 0, target);
    }

    pub fn jump_pseudo(&mut self, op: IOp, target: usize) {
        self.push(op, 0, target);
    }

    /// A jump marked artificial (CPython's `ADDOP_JUMP_NOLINE`).
    pub fn jump_noline(&mut self, op: Op, target: usize) {
        let u = self.u();
        let mut loc = u.loc;
        loc.line = -1;
        u.cfg.emit(Ins::new(IOp::Real(op), 0, target, loc));
    }

    /// A pseudo-op marked artificial (`ADDOP_NOLINE`).
    pub fn pseudo_noline(&mut self, op: IOp) {
        let u = self.u();
        let mut loc = u.loc;
        loc.line = -1;
        u.cfg.emit(Ins::new(op, 0, NO_BLOCK, loc));
    }

    pub fn load_const(&mut self, c: ConstValue) {
        let i = self.u().consts.add(c);
        self.op_i(Op::LoadConst, i as u32);
    }

    pub fn add_const(&mut self, c: ConstValue) -> u32 {
        self.u().consts.add(c) as u32
    }

    /// An op on a (mangled) name in `co_names`.
    pub fn op_name(&mut self, op: Op, name: &str) {
        let m = mangle(self.ur().private.as_deref(), name);
        let i = self.u().names.add(&m);
        self.op_i(op, i);
    }

    /// An op on a name in `co_names`, without mangling.
    pub fn op_name_raw(&mut self, op: Op, name: &str) {
        let i = self.u().names.add(name);
        self.op_i(op, i);
    }

    pub fn new_block(&mut self) -> usize {
        self.u().cfg.new_block()
    }

    pub fn use_next_block(&mut self, b: usize) {
        self.u().cfg.use_next_block(b);
    }

    /// Starts a fresh block after the current one (`NEXT_BLOCK`).
    pub fn next_block(&mut self) {
        let b = self.new_block();
        self.use_next_block(b);
    }

    // ---- block stack ----

    pub fn push_fblock(
        &mut self,
        kind: FbKind,
        block: usize,
        exit: usize,
        datum: FbDatum<'a>,
    ) -> R {
        if self.ur().fblocks.len() >= MAX_BLOCKS {
            return Err(self.error("too many statically nested blocks"));
        }
        self.u().fblocks.push(FBlock {
            kind,
            block,
            exit,
            datum,
        });
        Ok(())
    }

    pub fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    // ---- names ----

    fn forbidden_name(&self, name: &str, ctx: Ctx) -> R {
        if name == "__debug__" {
            match ctx {
                Ctx::Store => return Err(self.error("cannot assign to __debug__")),
                Ctx::Del => return Err(self.error("cannot delete __debug__")),
                Ctx::Load => {}
            }
        }
        Ok(())
    }

    /// Checks an attribute / keyword name used as a store target.
    pub fn check_forbidden(&self, name: &str, ctx: Ctx) -> R {
        self.forbidden_name(name, ctx)
    }

    /// Loads, stores or deletes a variable, choosing the opcode family from
    /// the symbol table as CPython's `compiler_nameop` does.
    pub fn nameop(&mut self, name: &str, ctx: Ctx) -> R {
        self.forbidden_name(name, ctx)?;
        let u = self.ur();
        let mangled = mangle(u.private.as_deref(), name);
        let ste = &self.st.scopes[u.scope];
        let is_function = ste.kind == BlockType::Function;
        let is_class = ste.kind == BlockType::Class;
        enum Kind {
            Deref(u32),
            Fast,
            Global,
            Name,
        }
        let kind = match ste.scope_of(&mangled) {
            Some(SymScope::Free) => Kind::Deref(u.freevars.get(&mangled).unwrap_or(0)),
            Some(SymScope::Cell) => Kind::Deref(u.cellvars.get(&mangled).unwrap_or(0)),
            Some(SymScope::Local) if is_function => Kind::Fast,
            Some(SymScope::GlobalImplicit) if is_function => Kind::Global,
            Some(SymScope::GlobalExplicit) => Kind::Global,
            _ => Kind::Name,
        };
        match kind {
            Kind::Deref(i) => {
                let op = match ctx {
                    Ctx::Load if is_class => Op::LoadClassDeref,
                    Ctx::Load => Op::LoadDeref,
                    Ctx::Store => Op::StoreDeref,
                    Ctx::Del => Op::DeleteDeref,
                };
                self.op_i(op, i);
            }
            Kind::Fast => {
                let i = self.u().varnames.add(&mangled);
                let op = match ctx {
                    Ctx::Load => Op::LoadFast,
                    Ctx::Store => Op::StoreFast,
                    Ctx::Del => Op::DeleteFast,
                };
                self.op_i(op, i);
            }
            Kind::Global => {
                let i = self.u().names.add(&mangled);
                match ctx {
                    Ctx::Load => self.op_i(Op::LoadGlobal, i << 1),
                    Ctx::Store => self.op_i(Op::StoreGlobal, i),
                    Ctx::Del => self.op_i(Op::DeleteGlobal, i),
                }
            }
            Kind::Name => {
                let i = self.u().names.add(&mangled);
                let op = match ctx {
                    Ctx::Load => Op::LoadName,
                    Ctx::Store => Op::StoreName,
                    Ctx::Del => Op::DeleteName,
                };
                self.op_i(op, i);
            }
        }
        Ok(())
    }

    // ---- scopes ----

    /// Pushes a new unit for the scope created for `key`.
    pub fn enter_scope(&mut self, name: &str, scope_type: ScopeType, key: usize, lineno: i32) -> R {
        let scope = match scope_type {
            ScopeType::Module => 0,
            _ => self
                .st
                .scope_for(key)
                .ok_or_else(|| self.error("internal error: missing symbol table"))?,
        };
        let ste = &self.st.scopes[scope];
        let mut varnames = NameTable::default();
        for v in &ste.varnames {
            varnames.add(v);
        }
        let mut cells = ste.sorted_names(SymScope::Cell, 0);
        if ste.needs_class_closure {
            cells = vec!["__class__".to_string()];
        }
        let ncells = cells.len() as u32;
        let frees = ste.sorted_names(SymScope::Free, flag::FREE_CLASS);
        let private = self.units.last().and_then(|u| u.private.clone());
        let mut unit = Unit {
            scope,
            scope_type,
            name: name.to_string(),
            qualname: name.to_string(),
            cfg: Cfg::new(),
            consts: ConstPool::default(),
            names: NameTable::default(),
            varnames,
            cellvars: NameTable::with_offset(cells, 0),
            freevars: NameTable::with_offset(frees, ncells),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            firstlineno: lineno,
            private,
            fblocks: Vec::new(),
            loc: Loc {
                line: lineno,
                end_line: lineno,
                col: 0,
                end_col: 0,
            },
            err_offset: self.units.last().map(|u| u.err_offset).unwrap_or(0),
        };
        if scope_type == ScopeType::Module {
            unit.loc.line = 0;
        } else {
            unit.qualname = self.qualname_for(name, scope_type);
        }
        self.units.push(unit);
        self.pseudo(IOp::Resume);
        Ok(())
    }

    fn qualname_for(&self, name: &str, scope_type: ScopeType) -> String {
        let Some(parent) = self.units.last() else {
            return name.to_string();
        };
        if matches!(scope_type, ScopeType::Function | ScopeType::Class) {
            let mangled = mangle(parent.private.as_deref(), name);
            if self.st.scopes[parent.scope].scope_of(&mangled) == Some(SymScope::GlobalExplicit) {
                return name.to_string();
            }
        }
        match parent.scope_type {
            ScopeType::Module => name.to_string(),
            ScopeType::Function | ScopeType::Lambda => {
                format!("{}.<locals>.{}", parent.qualname, name)
            }
            ScopeType::Class | ScopeType::Comprehension => format!("{}.{}", parent.qualname, name),
        }
    }

    /// Finishes the current unit: adds the implicit `return None`, runs the
    /// assembler and pops the unit.
    pub fn exit_scope(&mut self, add_none: bool) -> CodeObject {
        let has_return = {
            let u = self.ur();
            u.cfg.blocks[u.cfg.current].has_return
        };
        if !has_return {
            self.unset_loc();
            if add_none {
                self.load_const(ConstValue::None);
            }
            self.op(Op::ReturnValue);
        }
        let Some(mut unit) = self.units.pop() else {
            return empty_code();
        };
        let ste = &self.st.scopes[unit.scope];
        let mut co_flags = 0;
        if ste.kind == BlockType::Function {
            co_flags |= flags::NEWLOCALS | flags::OPTIMIZED;
            if ste.nested {
                co_flags |= flags::NESTED;
            }
            if ste.generator && !ste.coroutine {
                co_flags |= flags::GENERATOR;
            }
            if ste.varargs {
                co_flags |= flags::VARARGS;
            }
            if ste.varkeywords {
                co_flags |= flags::VARKEYWORDS;
            }
        }
        let generator = ste.kind == BlockType::Function && (ste.generator || ste.coroutine);
        let cell_param_slot = unit
            .cellvars
            .list
            .iter()
            .map(|c| unit.varnames.get(c).map(|i| i as usize))
            .collect();
        let input = AssembleInput {
            nlocals: unit.varnames.list.len(),
            cellvars: &unit.cellvars.list,
            cell_param_slot,
            nfreevars: unit.freevars.list.len(),
            generator,
            firstlineno: unit.firstlineno,
        };
        let cfg = std::mem::replace(&mut unit.cfg, Cfg::new());
        let asm = cfg.assemble(input, &mut unit.consts);
        // co_cellvars lists cells in slot order (parameters first).
        let mut cells: Vec<(u32, String)> = asm
            .cell_slots
            .iter()
            .copied()
            .zip(unit.cellvars.list.drain(..))
            .collect();
        cells.sort();
        let (cell_slots, cellvars): (Vec<u32>, Vec<String>) = cells.into_iter().unzip();
        CodeObject {
            name: unit.name,
            qualname: unit.qualname,
            filename: self.filename.to_string(),
            firstlineno: unit.firstlineno.max(1) as u32,
            argcount: unit.argcount + unit.posonlyargcount,
            posonlyargcount: unit.posonlyargcount,
            kwonlyargcount: unit.kwonlyargcount,
            flags: co_flags,
            code: asm.code,
            positions: asm.positions,
            consts: unit.consts.into_vec(),
            names: unit.names.list,
            varnames: unit.varnames.list,
            cellvars,
            freevars: unit.freevars.list,
            cell_slots,
            nlocalsplus: asm.nlocalsplus,
            stacksize: asm.stacksize,
            exception_table: asm.exception_table,
        }
    }

    /// The innermost scope kind of the current unit.
    pub fn block_type(&self) -> BlockType {
        self.st.scopes[self.ur().scope].kind
    }

    /// CPython's `compiler_make_closure`: LOAD_CLOSURE the code's free
    /// variables, then MAKE_FUNCTION.
    pub fn make_closure(&mut self, code: CodeObject, mut fflags: u32) {
        if !code.freevars.is_empty() {
            let n = code.freevars.len() as u32;
            for name in &code.freevars {
                let u = self.ur();
                let is_cell = (u.scope_type == ScopeType::Class && name == "__class__")
                    || self.st.scopes[u.scope].scope_of(name) == Some(SymScope::Cell);
                let arg = if is_cell {
                    u.cellvars.get(name)
                } else {
                    u.freevars.get(name)
                };
                let arg = arg.unwrap_or(0);
                self.op_i(Op::LoadClosure, arg);
            }
            fflags |= 8;
            self.op_i(Op::BuildTuple, n);
        }
        self.load_const(ConstValue::Code(std::rc::Rc::new(code)));
        self.op_i(Op::MakeFunction, fflags);
    }
}

fn empty_code() -> CodeObject {
    CodeObject {
        name: String::new(),
        qualname: String::new(),
        filename: String::new(),
        firstlineno: 1,
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        flags: 0,
        code: Vec::new(),
        positions: Vec::new(),
        consts: Vec::new(),
        names: Vec::new(),
        varnames: Vec::new(),
        cellvars: Vec::new(),
        freevars: Vec::new(),
        cell_slots: Vec::new(),
        nlocalsplus: 0,
        stacksize: 0,
        exception_table: Vec::new(),
    }
}
