//! The control-flow graph of one code unit and the passes that turn it into
//! a [`CodeObject`], following CPython 3.11's `assemble()` step by step so
//! that the instruction stream comes out the same:
//!
//! ```text
//!  blocks (symbolic jumps, SETUP_*/POP_BLOCK pseudo-ops, RESUME)
//!    │ normalize, extend small exit blocks, prefix (COPY_FREE_VARS, MAKE_CELL, RETURN_GENERATOR)
//!    │ cell offsets → slots
//!    │ peephole (optimize_basic_block), unreachable code, redundant jumps
//!    │ duplicate exits without line numbers, trim trailing constants
//!    │ line-number propagation, stack depth
//!    │ exception handlers from the SETUP/POP_BLOCK nesting → per-instruction handler
//!    ▼
//!  flat instructions with absolute jump targets + compressed exception table
//! ```
//!
//! Blocks live in a `Vec` in allocation order; CPython walks some passes in
//! its `b_list` order (newest block first), which is the reverse of that.

use super::code::{ConstValue, ExceptionEntry, Position};
use super::consts::ConstPool;
pub(crate) use super::effects::stack_effect;
use super::opcode::{Instr, Op};
use super::swaps::{apply_static_swaps, swaptimize};

/// "No block": an instruction without a jump target.
pub(crate) const NO_BLOCK: usize = usize::MAX;

/// Blocks of at most this many instructions that end the code are copied
/// into the blocks jumping to them (CPython's `MAX_COPY_SIZE`).
const MAX_COPY_SIZE: usize = 4;

/// An opcode while compiling: a real instruction or one of CPython's
/// pseudo-instructions that the assembler removes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum IOp {
    /// A real opcode.
    Real(Op),
    /// Push an exception handler (target) that receives the exception.
    SetupFinally,
    /// Push a handler that also receives the raising instruction's index.
    SetupCleanup,
    /// Push the handler of a `with` block (lasti, depth below `__enter__`'s result).
    SetupWith,
    /// Pop the innermost handler.
    PopBlock,
    /// An unconditional jump that CPython does not thread or inline.
    JumpNoInterrupt,
    /// CPython's RESUME: kept while optimizing so blocks look the same, dropped on output.
    Resume,
}

/// A source location; `line < 0` means "artificial, no line".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Loc {
    pub line: i32,
    pub end_line: i32,
    pub col: i32,
    pub end_col: i32,
}

impl Loc {
    /// No location at all.
    pub const NONE: Loc = Loc {
        line: -1,
        end_line: -1,
        col: -1,
        end_col: -1,
    };
}

/// One instruction of a block.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Ins {
    pub op: IOp,
    pub arg: u32,
    pub target: usize,
    pub loc: Loc,
    /// Innermost exception handler block (set by `label_exception_targets`).
    pub except: usize,
}

impl Ins {
    pub fn new(op: IOp, arg: u32, target: usize, loc: Loc) -> Ins {
        Ins {
            op,
            arg,
            target,
            loc,
            except: NO_BLOCK,
        }
    }

    pub(crate) fn is(&self, op: Op) -> bool {
        self.op == IOp::Real(op)
    }
}

/// A basic block.
#[derive(Clone, Debug, Default)]
pub(crate) struct Block {
    pub instrs: Vec<Ins>,
    /// The block that follows in layout order (`b_next`).
    pub next: Option<usize>,
    /// Set when RETURN_VALUE was emitted into this block.
    pub has_return: bool,
    exit: bool,
    nofallthrough: bool,
    predecessors: u32,
    startdepth: i32,
    preserve_lasti: bool,
    visited: bool,
    except_stack: Option<Vec<usize>>,
    offset: usize,
}

/// Whether `op` is a jump (its target is another block).
pub(crate) fn is_jump(op: IOp) -> bool {
    matches!(
        op,
        IOp::JumpNoInterrupt
            | IOp::Real(
                Op::Jump
                    | Op::PopJumpIfFalse
                    | Op::PopJumpIfTrue
                    | Op::PopJumpIfNone
                    | Op::PopJumpIfNotNone
                    | Op::JumpIfFalseOrPop
                    | Op::JumpIfTrueOrPop
                    | Op::ForIter
                    | Op::Send
            )
    )
}

fn is_block_push(op: IOp) -> bool {
    matches!(op, IOp::SetupFinally | IOp::SetupCleanup | IOp::SetupWith)
}

fn is_uncond_jump(op: IOp) -> bool {
    matches!(op, IOp::Real(Op::Jump) | IOp::JumpNoInterrupt)
}

fn is_scope_exit(op: IOp) -> bool {
    matches!(
        op,
        IOp::Real(Op::ReturnValue | Op::RaiseVarargs | Op::Reraise)
    )
}

/// Everything the assembler needs besides the blocks.
pub(crate) struct AssembleInput<'a> {
    /// Number of entries in varnames when the body was compiled.
    pub nlocals: usize,
    /// Cell variable names in cell-index order.
    pub cellvars: &'a [String],
    /// Slot of each parameter that is also a cell (`None` otherwise).
    pub cell_param_slot: Vec<Option<usize>>,
    /// Number of free variables.
    pub nfreevars: usize,
    /// Whether the code is a generator (RETURN_GENERATOR prefix, start depth 1).
    pub generator: bool,
    /// `co_firstlineno`.
    pub firstlineno: i32,
}

/// What the assembler produces.
pub(crate) struct Assembled {
    pub code: Vec<Instr>,
    pub positions: Vec<Position>,
    pub exception_table: Vec<ExceptionEntry>,
    pub stacksize: u32,
    pub cell_slots: Vec<u32>,
    pub nlocalsplus: u32,
}

/// The blocks of one code unit.
pub(crate) struct Cfg {
    pub blocks: Vec<Block>,
    pub current: usize,
}

impl Cfg {
    /// A graph with one (entry) block.
    pub fn new() -> Cfg {
        Cfg {
            blocks: vec![Block::default()],
            current: 0,
        }
    }

    /// Allocates a block that is not yet placed in the layout.
    pub fn new_block(&mut self) -> usize {
        self.blocks.push(Block::default());
        self.blocks.len() - 1
    }

    /// Places `b` after the current block and makes it current.
    pub fn use_next_block(&mut self, b: usize) {
        let cur = self.current;
        self.blocks[cur].next = Some(b);
        self.current = b;
    }

    /// Appends an instruction to the current block.
    pub fn emit(&mut self, ins: Ins) {
        // Code after a return / raise / unconditional jump starts a new
        // (unreachable) block, as CPython's implicit blocks do.
        if let Some(last) = self.blocks[self.current].instrs.last()
            && (is_scope_exit(last.op) || is_uncond_jump(last.op))
        {
            let b = self.new_block();
            self.use_next_block(b);
        }
        let cur = self.current;
        if ins.op == IOp::Real(Op::ReturnValue) {
            self.blocks[cur].has_return = true;
        }
        self.blocks[cur].instrs.push(ins);
    }

    fn first_nonempty(&self, mut b: usize) -> usize {
        while self.blocks[b].instrs.is_empty() {
            match self.blocks[b].next {
                Some(n) => b = n,
                None => break,
            }
        }
        b
    }

    fn layout(&self) -> Vec<usize> {
        let mut order = Vec::new();
        let mut b = Some(0);
        while let Some(i) = b {
            order.push(i);
            b = self.blocks[i].next;
        }
        order
    }

    fn normalize_basic_block(&mut self, b: usize) {
        let n = self.blocks[b].instrs.len();
        for i in 0..n {
            let op = self.blocks[b].instrs[i].op;
            if is_scope_exit(op) {
                self.blocks[b].exit = true;
                self.blocks[b].nofallthrough = true;
            } else if is_jump(op) && op != IOp::Real(Op::Send) {
                if is_uncond_jump(op) {
                    self.blocks[b].nofallthrough = true;
                }
                let t = self.first_nonempty(self.blocks[b].instrs[i].target);
                self.blocks[b].instrs[i].target = t;
            }
        }
    }

    fn extend_block(&mut self, b: usize) {
        let Some(last) = self.blocks[b].instrs.last().copied() else {
            return;
        };
        if last.op != IOp::Real(Op::Jump) {
            return;
        }
        let t = last.target;
        if self.blocks[t].exit
            && self.blocks[t].instrs.len() <= MAX_COPY_SIZE
            && self.blocks[t].instrs.iter().all(|x| x.loc.line < 0)
        {
            let copy = self.blocks[t].instrs.clone();
            let blk = &mut self.blocks[b];
            if let Some(l) = blk.instrs.last_mut() {
                l.op = IOp::Real(Op::Nop);
            }
            blk.instrs.extend(copy);
            blk.exit = true;
        }
    }

    /// Runs every assembler pass and flattens the graph.
    pub fn assemble(mut self, input: AssembleInput<'_>, pool: &mut ConstPool) -> Assembled {
        let nblocks = self.blocks.len();
        for b in (0..nblocks).rev() {
            self.normalize_basic_block(b);
        }
        for b in (0..nblocks).rev() {
            self.extend_block(b);
        }
        self.insert_prefix(&input);
        let ncells = input.cellvars.len();
        let (fixed, numdropped) = self.fix_cell_offsets(&input);
        let nlocalsplus = input.nlocals + ncells + input.nfreevars - numdropped;
        self.optimize_cfg(pool);
        self.duplicate_exits_without_lineno();
        pool.trim_unused(self.max_const_index());
        self.propagate_line_numbers();
        self.guarantee_lineno_for_exits(input.firstlineno);
        let stacksize = self.stackdepth(input.generator);
        self.label_exception_targets();
        self.convert_exception_handlers_to_nops();
        for b in self.layout() {
            self.clean_basic_block(b);
        }
        let (code, positions, exception_table) = self.emit_code();
        let cell_slots = fixed[..ncells].iter().map(|&s| s as u32).collect();
        Assembled {
            code,
            positions,
            exception_table,
            stacksize: stacksize.max(0) as u32,
            cell_slots,
            nlocalsplus: nlocalsplus as u32,
        }
    }

    /// COPY_FREE_VARS, MAKE_CELL (in slot order), RETURN_GENERATOR + POP_TOP.
    fn insert_prefix(&mut self, input: &AssembleInput<'_>) {
        let mut prefix = Vec::new();
        if input.nfreevars > 0 {
            prefix.push(Ins::new(
                IOp::Real(Op::CopyFreeVars),
                input.nfreevars as u32,
                NO_BLOCK,
                Loc::NONE,
            ));
        }
        // MAKE_CELL args are cell indexes here, fixed to slots later; order by slot.
        let ncells = input.cellvars.len();
        let mut by_slot: Vec<(usize, usize)> = (0..ncells)
            .map(|i| (input.cell_param_slot[i].unwrap_or(input.nlocals + i), i))
            .collect();
        by_slot.sort();
        for (_, i) in by_slot {
            prefix.push(Ins::new(
                IOp::Real(Op::MakeCell),
                i as u32,
                NO_BLOCK,
                Loc::NONE,
            ));
        }
        if input.generator {
            let line = input.firstlineno;
            prefix.push(Ins::new(
                IOp::Real(Op::ReturnGenerator),
                0,
                NO_BLOCK,
                Loc {
                    line,
                    end_line: line,
                    col: -1,
                    end_col: -1,
                },
            ));
            prefix.push(Ins::new(IOp::Real(Op::PopTop), 0, NO_BLOCK, Loc::NONE));
        }
        let entry = &mut self.blocks[0].instrs;
        entry.splice(0..0, prefix);
    }

    /// Maps cell/free indexes of deref instructions to localsplus slots.
    /// Returns the map and how many cells share a parameter's slot.
    fn fix_cell_offsets(&mut self, input: &AssembleInput<'_>) -> (Vec<usize>, usize) {
        let ncells = input.cellvars.len();
        let noffsets = ncells + input.nfreevars;
        let mut fixed: Vec<usize> = (0..noffsets).map(|i| input.nlocals + i).collect();
        for (i, slot) in input.cell_param_slot.iter().enumerate() {
            if let Some(s) = slot {
                fixed[i] = *s;
            }
        }
        let mut numdropped = 0;
        for (i, f) in fixed.iter_mut().enumerate() {
            if *f == i + input.nlocals {
                *f -= numdropped;
            } else {
                numdropped += 1;
            }
        }
        for blk in &mut self.blocks {
            for ins in &mut blk.instrs {
                if let IOp::Real(
                    Op::MakeCell
                    | Op::LoadClosure
                    | Op::LoadDeref
                    | Op::StoreDeref
                    | Op::DeleteDeref
                    | Op::LoadClassDeref,
                ) = ins.op
                    && let Some(&f) = fixed.get(ins.arg as usize)
                {
                    ins.arg = f as u32;
                }
            }
        }
        (fixed, numdropped)
    }

    fn max_const_index(&self) -> usize {
        let mut max = 0;
        for b in self.layout() {
            for ins in &self.blocks[b].instrs {
                if (ins.is(Op::LoadConst) || ins.is(Op::KwNames)) && ins.arg as usize > max {
                    max = ins.arg as usize;
                }
            }
        }
        max
    }

    fn optimize_cfg(&mut self, pool: &mut ConstPool) {
        for b in self.layout() {
            self.optimize_basic_block(b, pool);
            self.clean_basic_block(b);
        }
        for b in (0..self.blocks.len()).rev() {
            self.extend_block(b);
        }
        self.mark_reachable();
        for b in self.layout() {
            if self.blocks[b].predecessors == 0 {
                self.blocks[b].instrs.clear();
                self.blocks[b].nofallthrough = false;
            }
        }
        self.eliminate_empty_basic_blocks();
        for b in self.layout() {
            self.clean_basic_block(b);
        }
        let mut maybe_empty = false;
        for b in self.layout() {
            let next = self.blocks[b].next;
            if let Some(last) = self.blocks[b].instrs.last_mut()
                && is_uncond_jump(last.op)
                && Some(last.target) == next
            {
                last.op = IOp::Real(Op::Nop);
                self.blocks[b].nofallthrough = false;
                maybe_empty = true;
            }
        }
        if maybe_empty {
            self.eliminate_empty_basic_blocks();
        }
    }

    fn eliminate_empty_basic_blocks(&mut self) {
        for b in self.layout() {
            if let Some(mut next) = self.blocks[b].next {
                while self.blocks[next].instrs.is_empty() {
                    match self.blocks[next].next {
                        Some(n) => next = n,
                        None => break,
                    }
                }
                self.blocks[b].next = Some(next);
            }
        }
        for b in self.layout() {
            if let Some(last) = self.blocks[b].instrs.last().copied()
                && is_jump(last.op)
            {
                let t = self.first_nonempty(last.target);
                if let Some(l) = self.blocks[b].instrs.last_mut() {
                    l.target = t;
                }
            }
        }
    }

    fn mark_reachable(&mut self) {
        for blk in &mut self.blocks {
            blk.predecessors = 0;
        }
        let mut stack = vec![0usize];
        self.blocks[0].predecessors = 1;
        while let Some(b) = stack.pop() {
            if let Some(next) = self.blocks[b].next
                && !self.blocks[b].nofallthrough
            {
                if self.blocks[next].predecessors == 0 {
                    stack.push(next);
                }
                self.blocks[next].predecessors += 1;
            }
            for i in 0..self.blocks[b].instrs.len() {
                let ins = self.blocks[b].instrs[i];
                if is_jump(ins.op) || is_block_push(ins.op) {
                    let t = ins.target;
                    if self.blocks[t].predecessors == 0 {
                        stack.push(t);
                    }
                    self.blocks[t].predecessors += 1;
                }
            }
        }
    }

    /// Removes NOPs that carry no line-number information of their own.
    fn clean_basic_block(&mut self, b: usize) {
        let next_first_line = {
            let mut next = self.blocks[b].next;
            while let Some(n) = next {
                if !self.blocks[n].instrs.is_empty() {
                    break;
                }
                next = self.blocks[n].next;
            }
            next.map(|n| self.blocks[n].instrs[0].loc.line)
        };
        let instrs = &mut self.blocks[b].instrs;
        let mut dest = 0;
        let mut prev_lineno = -1;
        let n = instrs.len();
        for src in 0..n {
            let lineno = instrs[src].loc.line;
            if instrs[src].is(Op::Nop) {
                if lineno < 0 || prev_lineno == lineno {
                    continue;
                }
                if src < n - 1 {
                    let next_lineno = instrs[src + 1].loc.line;
                    if next_lineno < 0 || next_lineno == lineno {
                        instrs[src + 1].loc = instrs[src].loc;
                        continue;
                    }
                } else if next_first_line == Some(lineno) {
                    continue;
                }
            }
            if dest != src {
                instrs[dest] = instrs[src];
            }
            dest += 1;
            prev_lineno = lineno;
        }
        instrs.truncate(dest);
    }

    fn jump_thread(&mut self, b: usize, i: usize, target: Ins, op: IOp) -> bool {
        let ins = &mut self.blocks[b].instrs[i];
        if ins.loc.line == target.loc.line && ins.target != target.target {
            ins.target = target.target;
            ins.op = op;
            return true;
        }
        false
    }

    fn optimize_basic_block(&mut self, b: usize, pool: &mut ConstPool) {
        let nop = Ins::new(IOp::Real(Op::Nop), 0, NO_BLOCK, Loc::NONE);
        let mut i = 0usize;
        while i < self.blocks[b].instrs.len() {
            let len = self.blocks[b].instrs.len();
            let ins = self.blocks[b].instrs[i];
            let oparg = ins.arg;
            let nextop = if i + 1 < len {
                Some(self.blocks[b].instrs[i + 1].op)
            } else {
                None
            };
            let target = if is_jump(ins.op) || is_block_push(ins.op) {
                let t = self.first_nonempty(ins.target);
                self.blocks[b].instrs[i].target = t;
                self.blocks[t].instrs.first().copied().unwrap_or(nop)
            } else {
                nop
            };
            let ins = self.blocks[b].instrs[i];
            let mut step_back = false;
            match ins.op {
                IOp::Real(Op::LoadConst) => {
                    let cv = pool.get(oparg as usize).cloned();
                    match nextop {
                        Some(IOp::Real(Op::PopJumpIfFalse | Op::PopJumpIfTrue)) => {
                            let is_true = cv.as_ref().map(const_truth).unwrap_or(false);
                            let jump_if_true = nextop == Some(IOp::Real(Op::PopJumpIfTrue));
                            let blk = &mut self.blocks[b];
                            blk.instrs[i].op = IOp::Real(Op::Nop);
                            if is_true == jump_if_true {
                                blk.instrs[i + 1].op = IOp::Real(Op::Jump);
                                blk.nofallthrough = true;
                            } else {
                                blk.instrs[i + 1].op = IOp::Real(Op::Nop);
                            }
                        }
                        Some(IOp::Real(Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop)) => {
                            let is_true = cv.as_ref().map(const_truth).unwrap_or(false);
                            let jump_if_true = nextop == Some(IOp::Real(Op::JumpIfTrueOrPop));
                            let blk = &mut self.blocks[b];
                            if is_true == jump_if_true {
                                blk.instrs[i + 1].op = IOp::Real(Op::Jump);
                                blk.nofallthrough = true;
                            } else {
                                blk.instrs[i].op = IOp::Real(Op::Nop);
                                blk.instrs[i + 1].op = IOp::Real(Op::Nop);
                            }
                        }
                        Some(IOp::Real(Op::IsOp)) => {
                            let jump_op = self.blocks[b].instrs.get(i + 2).map(|x| x.op);
                            if matches!(cv, Some(ConstValue::None))
                                && matches!(
                                    jump_op,
                                    Some(IOp::Real(Op::PopJumpIfFalse | Op::PopJumpIfTrue))
                                )
                            {
                                let blk = &mut self.blocks[b];
                                let nextarg = blk.instrs[i + 1].arg != 0;
                                let is_false = jump_op == Some(IOp::Real(Op::PopJumpIfFalse));
                                blk.instrs[i].op = IOp::Real(Op::Nop);
                                blk.instrs[i + 1].op = IOp::Real(Op::Nop);
                                blk.instrs[i + 2].op = if nextarg ^ is_false {
                                    IOp::Real(Op::PopJumpIfNotNone)
                                } else {
                                    IOp::Real(Op::PopJumpIfNone)
                                };
                            }
                        }
                        _ => {}
                    }
                }
                IOp::Real(Op::BuildTuple) => {
                    let mut handled = false;
                    if let Some(IOp::Real(Op::UnpackSequence)) = nextop
                        && self.blocks[b].instrs[i + 1].arg == oparg
                    {
                        let blk = &mut self.blocks[b];
                        match oparg {
                            1 => {
                                blk.instrs[i].op = IOp::Real(Op::Nop);
                                blk.instrs[i + 1].op = IOp::Real(Op::Nop);
                                handled = true;
                            }
                            2 | 3 => {
                                blk.instrs[i].op = IOp::Real(Op::Nop);
                                blk.instrs[i + 1].op = IOp::Real(Op::Swap);
                                handled = true;
                            }
                            _ => {}
                        }
                    }
                    if !handled && i >= oparg as usize {
                        self.fold_tuple_on_constants(b, i, oparg as usize, pool);
                    }
                }
                IOp::Real(Op::JumpIfFalseOrPop) => match target.op {
                    IOp::Real(Op::PopJumpIfFalse) => {
                        step_back = self.jump_thread(b, i, target, IOp::Real(Op::PopJumpIfFalse));
                    }
                    IOp::Real(Op::Jump | Op::JumpIfFalseOrPop) => {
                        step_back = self.jump_thread(b, i, target, IOp::Real(Op::JumpIfFalseOrPop));
                    }
                    IOp::Real(Op::JumpIfTrueOrPop | Op::PopJumpIfTrue)
                        if ins.loc.line == target.loc.line =>
                    {
                        let t = self.blocks[ins.target].next.unwrap_or(ins.target);
                        let x = &mut self.blocks[b].instrs[i];
                        x.op = IOp::Real(Op::PopJumpIfFalse);
                        x.target = t;
                        step_back = true;
                    }
                    _ => {}
                },
                IOp::Real(Op::JumpIfTrueOrPop) => match target.op {
                    IOp::Real(Op::PopJumpIfTrue) => {
                        step_back = self.jump_thread(b, i, target, IOp::Real(Op::PopJumpIfTrue));
                    }
                    IOp::Real(Op::Jump | Op::JumpIfTrueOrPop) => {
                        step_back = self.jump_thread(b, i, target, IOp::Real(Op::JumpIfTrueOrPop));
                    }
                    IOp::Real(Op::JumpIfFalseOrPop | Op::PopJumpIfFalse)
                        if ins.loc.line == target.loc.line =>
                    {
                        let t = self.blocks[ins.target].next.unwrap_or(ins.target);
                        let x = &mut self.blocks[b].instrs[i];
                        x.op = IOp::Real(Op::PopJumpIfTrue);
                        x.target = t;
                        step_back = true;
                    }
                    _ => {}
                },
                IOp::Real(
                    op @ (Op::PopJumpIfNone
                    | Op::PopJumpIfNotNone
                    | Op::PopJumpIfFalse
                    | Op::PopJumpIfTrue
                    | Op::Jump),
                ) if target.is(Op::Jump) => {
                    step_back = self.jump_thread(b, i, target, IOp::Real(op));
                }
                IOp::Real(Op::Swap) => {
                    if oparg == 1 {
                        self.blocks[b].instrs[i].op = IOp::Real(Op::Nop);
                    } else {
                        i = swaptimize(&mut self.blocks[b].instrs, i);
                        apply_static_swaps(&mut self.blocks[b].instrs, i);
                    }
                }
                IOp::Real(Op::PushNull) => {
                    if let Some(IOp::Real(Op::LoadGlobal)) = nextop {
                        let blk = &mut self.blocks[b];
                        blk.instrs[i].op = IOp::Real(Op::Nop);
                        blk.instrs[i].arg = 0;
                        blk.instrs[i + 1].arg |= 1;
                    }
                }
                _ => {}
            }
            if !step_back {
                i += 1;
            }
        }
    }

    fn fold_tuple_on_constants(&mut self, b: usize, i: usize, n: usize, pool: &mut ConstPool) {
        let instrs = &self.blocks[b].instrs;
        let start = i - n;
        if !instrs[start..i].iter().all(|x| x.is(Op::LoadConst)) {
            return;
        }
        let mut items = Vec::with_capacity(n);
        for x in &instrs[start..i] {
            match pool.get(x.arg as usize) {
                Some(c) => items.push(c.clone()),
                None => return,
            }
        }
        let idx = pool.add(ConstValue::Tuple(items));
        let instrs = &mut self.blocks[b].instrs;
        for x in &mut instrs[start..i] {
            x.op = IOp::Real(Op::Nop);
        }
        instrs[i].op = IOp::Real(Op::LoadConst);
        instrs[i].arg = idx as u32;
    }

    fn duplicate_exits_without_lineno(&mut self) {
        let is_exit_without_lineno =
            |blk: &Block| blk.exit && blk.instrs.iter().all(|x| x.loc.line < 0);
        let nblocks = self.blocks.len();
        for b in (0..nblocks).rev() {
            let Some(last) = self.blocks[b].instrs.last().copied() else {
                continue;
            };
            if !is_jump(last.op) {
                continue;
            }
            let target = last.target;
            if is_exit_without_lineno(&self.blocks[target]) && self.blocks[target].predecessors > 1
            {
                let mut copy = Block {
                    instrs: self.blocks[target].instrs.clone(),
                    exit: self.blocks[target].exit,
                    nofallthrough: true,
                    predecessors: 1,
                    next: self.blocks[target].next,
                    ..Block::default()
                };
                copy.instrs[0].loc = last.loc;
                self.blocks.push(copy);
                let new_target = self.blocks.len() - 1;
                if let Some(l) = self.blocks[b].instrs.last_mut() {
                    l.target = new_target;
                }
                self.blocks[target].predecessors -= 1;
                self.blocks[target].next = Some(new_target);
            }
        }
        for b in (0..nblocks).rev() {
            while let Some(n) = self.blocks[b].next {
                if self.blocks[n].instrs.is_empty() {
                    self.blocks[b].next = self.blocks[n].next;
                } else {
                    break;
                }
            }
        }
        for b in (0..nblocks).rev() {
            if !self.blocks[b].nofallthrough
                && let Some(n) = self.blocks[b].next
                && let Some(last) = self.blocks[b].instrs.last().copied()
                && is_exit_without_lineno(&self.blocks[n])
            {
                self.blocks[n].instrs[0].loc = last.loc;
            }
        }
    }

    fn propagate_line_numbers(&mut self) {
        for b in self.layout() {
            if self.blocks[b].instrs.is_empty() {
                continue;
            }
            let mut prev = Loc::NONE;
            for ins in &mut self.blocks[b].instrs {
                if ins.loc.line < 0 {
                    ins.loc = prev;
                } else {
                    prev = ins.loc;
                }
            }
            if !self.blocks[b].nofallthrough
                && let Some(n) = self.blocks[b].next
                && self.blocks[n].predecessors == 1
                && let Some(first) = self.blocks[n].instrs.first_mut()
                && first.loc.line < 0
            {
                first.loc = prev;
            }
            if let Some(last) = self.blocks[b].instrs.last().copied()
                && is_jump(last.op)
            {
                let t = last.target;
                if self.blocks[t].predecessors == 1
                    && let Some(first) = self.blocks[t].instrs.first_mut()
                    && first.loc.line < 0
                {
                    first.loc = last.loc;
                }
            }
        }
    }

    fn guarantee_lineno_for_exits(&mut self, firstlineno: i32) {
        let mut lineno = firstlineno;
        for b in self.layout() {
            let blk = &mut self.blocks[b];
            let Some(last) = blk.instrs.last().copied() else {
                continue;
            };
            if last.loc.line < 0 {
                if last.is(Op::ReturnValue) {
                    for ins in &mut blk.instrs {
                        ins.loc.line = lineno;
                    }
                }
            } else {
                lineno = last.loc.line;
            }
        }
    }

    fn stackdepth(&mut self, generator: bool) -> i32 {
        for blk in &mut self.blocks {
            blk.startdepth = i32::MIN;
        }
        let mut maxdepth = 0;
        let mut stack = Vec::new();
        let push = |blocks: &mut Vec<Block>, stack: &mut Vec<usize>, b: usize, depth: i32| {
            if blocks[b].startdepth < depth && blocks[b].startdepth < 100 {
                blocks[b].startdepth = depth;
                stack.push(b);
            }
        };
        push(
            &mut self.blocks,
            &mut stack,
            0,
            if generator { 1 } else { 0 },
        );
        while let Some(b) = stack.pop() {
            let mut depth = self.blocks[b].startdepth;
            let mut next = self.blocks[b].next;
            for i in 0..self.blocks[b].instrs.len() {
                let ins = self.blocks[b].instrs[i];
                let new_depth = depth + stack_effect(ins.op, ins.arg, false);
                maxdepth = maxdepth.max(new_depth);
                if is_jump(ins.op) || is_block_push(ins.op) {
                    let target_depth = depth + stack_effect(ins.op, ins.arg, true);
                    maxdepth = maxdepth.max(target_depth);
                    push(&mut self.blocks, &mut stack, ins.target, target_depth);
                }
                depth = new_depth;
                if is_uncond_jump(ins.op) || is_scope_exit(ins.op) {
                    next = None;
                    break;
                }
            }
            if let Some(n) = next {
                push(&mut self.blocks, &mut stack, n, depth);
            }
        }
        maxdepth
    }

    fn label_exception_targets(&mut self) {
        for blk in &mut self.blocks {
            blk.visited = false;
            blk.except_stack = None;
        }
        let mut todo = vec![0usize];
        self.blocks[0].visited = true;
        self.blocks[0].except_stack = Some(Vec::new());
        while let Some(b) = todo.pop() {
            let mut stack = self.blocks[b].except_stack.take().unwrap_or_default();
            let mut handler = stack.last().copied().unwrap_or(NO_BLOCK);
            let mut moved = false;
            for i in 0..self.blocks[b].instrs.len() {
                let ins = self.blocks[b].instrs[i];
                if is_block_push(ins.op) {
                    let t = ins.target;
                    if !self.blocks[t].visited {
                        self.blocks[t].except_stack = Some(stack.clone());
                        self.blocks[t].visited = true;
                        todo.push(t);
                    }
                    if matches!(ins.op, IOp::SetupWith | IOp::SetupCleanup) {
                        self.blocks[t].preserve_lasti = true;
                    }
                    stack.push(t);
                    handler = t;
                } else if ins.op == IOp::PopBlock {
                    stack.pop();
                    handler = stack.last().copied().unwrap_or(NO_BLOCK);
                } else if is_jump(ins.op) {
                    self.blocks[b].instrs[i].except = handler;
                    let t = ins.target;
                    if !self.blocks[t].visited {
                        if !self.blocks[b].nofallthrough {
                            self.blocks[t].except_stack = Some(stack.clone());
                        } else {
                            self.blocks[t].except_stack = Some(std::mem::take(&mut stack));
                            moved = true;
                        }
                        self.blocks[t].visited = true;
                        todo.push(t);
                    }
                } else {
                    self.blocks[b].instrs[i].except = handler;
                }
            }
            if !self.blocks[b].nofallthrough
                && let Some(n) = self.blocks[b].next
                && !self.blocks[n].visited
                && !moved
            {
                self.blocks[n].except_stack = Some(stack);
                self.blocks[n].visited = true;
                todo.push(n);
            }
        }
    }

    fn convert_exception_handlers_to_nops(&mut self) {
        for blk in &mut self.blocks {
            for ins in &mut blk.instrs {
                if is_block_push(ins.op) || ins.op == IOp::PopBlock {
                    ins.op = IOp::Real(Op::Nop);
                    ins.except = NO_BLOCK;
                }
            }
        }
    }

    fn emit_code(&mut self) -> (Vec<Instr>, Vec<Position>, Vec<ExceptionEntry>) {
        let order = self.layout();
        let mut offset = 0;
        for &b in &order {
            self.blocks[b].offset = offset;
            offset += self.blocks[b]
                .instrs
                .iter()
                .filter(|x| x.op != IOp::Resume)
                .count();
        }
        let mut code = Vec::with_capacity(offset);
        let mut positions = Vec::with_capacity(offset);
        let mut table = Vec::new();
        let mut cur_handler = NO_BLOCK;
        let mut start = 0usize;
        for &b in &order {
            for ins in &self.blocks[b].instrs {
                let op = match ins.op {
                    IOp::Real(op) => op,
                    IOp::JumpNoInterrupt => Op::Jump,
                    IOp::Resume => continue,
                    // Already converted to NOPs; kept for completeness.
                    IOp::SetupFinally | IOp::SetupCleanup | IOp::SetupWith | IOp::PopBlock => {
                        Op::Nop
                    }
                };
                let here = code.len();
                if ins.except != cur_handler {
                    self.push_entry(&mut table, start, here, cur_handler);
                    start = here;
                    cur_handler = ins.except;
                }
                let arg = if is_jump(ins.op) {
                    self.blocks[ins.target].offset as u32
                } else {
                    ins.arg
                };
                code.push(Instr::new(op, arg));
                positions.push(to_position(ins.loc));
            }
        }
        let end = code.len();
        self.push_entry(&mut table, start, end, cur_handler);
        (code, positions, table)
    }

    fn push_entry(&self, table: &mut Vec<ExceptionEntry>, start: usize, end: usize, h: usize) {
        if h == NO_BLOCK || end <= start {
            return;
        }
        let blk = &self.blocks[h];
        let depth = blk.startdepth - 1 - blk.preserve_lasti as i32;
        table.push(ExceptionEntry {
            start: start as u32,
            end: end as u32,
            target: blk.offset as u32,
            depth: depth.max(0) as u32,
            push_lasti: blk.preserve_lasti,
        });
    }
}

fn to_position(loc: Loc) -> Position {
    if loc.line < 0 {
        return Position::default();
    }
    Position {
        line: loc.line as u32,
        col: loc.col.max(0) as u32,
        end_line: loc.end_line.max(0) as u32,
        end_col: loc.end_col.max(0) as u32,
    }
}

/// Python truthiness of a constant.
pub(crate) fn const_truth(c: &ConstValue) -> bool {
    match c {
        ConstValue::None => false,
        ConstValue::Bool(b) => *b,
        ConstValue::Int(i) => i.sign() != num_bigint::Sign::NoSign,
        ConstValue::Float(f) => *f != 0.0,
        ConstValue::Str(s) => !s.is_empty(),
        ConstValue::Bytes(b) => !b.is_empty(),
        ConstValue::Ellipsis | ConstValue::Code(_) => true,
        ConstValue::Tuple(t) | ConstValue::FrozenSet(t) => !t.is_empty(),
    }
}
