//! Running source text: compile, turn the compiler's code objects into heap
//! code objects, run them as `__main__`, and report uncaught exceptions the
//! way CPython does (traceback on stderr, exit status 1; SystemExit's code).

use super::Vm;
use crate::compiler::code::{CodeObject, ConstValue};
use crate::compiler::{self, Mode};
use crate::heap::{self, ObjRef};
use crate::objects::code::{CodeData, PyCode};
use crate::objects::exception::PyException;
use crate::objects::{PyErr, PyResult};
use std::rc::Rc;

/// Looks like an identifier: such str constants are interned, as CPython
/// interns identifier-like constants at compile time.
fn identifier_like(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// Rewrites common instruction pairs into superinstructions, as CPython
/// 3.11 does: the first instruction of a pair becomes the combined one and
/// the second stays in place, so a jump to it (or an exception raised by
/// it) behaves exactly as before. Arguments that do not fit 16 bits are
/// left alone.
pub fn quicken(code: &[crate::compiler::opcode::Instr]) -> Vec<crate::compiler::opcode::Instr> {
    use crate::compiler::opcode::{Instr, Op};
    let mut out = code.to_vec();
    let mut i = 0;
    while i + 1 < code.len() {
        let (a, b) = (code[i], code[i + 1]);
        // Two loads feeding an arithmetic operator or a comparison become
        // one instruction that reads its operands in place (the loads and
        // the operator stay behind it for the slow path and for jumps).
        let third = code.get(i + 2).map(|c| c.op);
        let triple = match (a.op, b.op, third) {
            (Op::LoadFast, Op::LoadConst, Some(Op::BinaryOp)) => Some(Op::FastConstBinaryOp),
            (Op::LoadFast, Op::LoadFast, Some(Op::BinaryOp)) => Some(Op::FastFastBinaryOp),
            (Op::LoadConst, Op::LoadFast, Some(Op::BinaryOp)) => Some(Op::ConstFastBinaryOp),
            (Op::LoadFast, Op::LoadConst, Some(Op::CompareOp)) => Some(Op::FastConstCompareOp),
            (Op::LoadFast, Op::LoadFast, Some(Op::CompareOp)) => Some(Op::FastFastCompareOp),
            (Op::LoadFast, Op::LoadConst, Some(Op::BinarySubscr)) => Some(Op::FastConstSubscr),
            (Op::LoadFast, Op::LoadFast, Some(Op::BinarySubscr)) => Some(Op::FastFastSubscr),
            _ => None,
        };
        if let Some(op) = triple
            && a.arg < 1 << 16
            && b.arg < 1 << 16
        {
            out[i] = Instr::new(op, a.arg | (b.arg << 16));
            i += 3;
            continue;
        }
        // A constant right operand of an operator whose left operand is
        // already on the stack.
        let with_const = match (a.op, b.op) {
            (Op::LoadConst, Op::BinaryOp) => Some(Op::ConstBinaryOp),
            (Op::LoadConst, Op::CompareOp) => Some(Op::ConstCompareOp),
            _ => None,
        };
        if let Some(op) = with_const {
            out[i] = Instr::new(op, a.arg);
            i += 2;
            continue;
        }
        let fused = match (a.op, b.op) {
            (Op::LoadFast, Op::LoadFast) => Some(Op::LoadFastLoadFast),
            (Op::LoadFast, Op::LoadConst) => Some(Op::LoadFastLoadConst),
            (Op::StoreFast, Op::LoadFast) => Some(Op::StoreFastLoadFast),
            (Op::LoadConst, Op::LoadFast) => Some(Op::LoadConstLoadFast),
            (Op::StoreFast, Op::StoreFast) => Some(Op::StoreFastStoreFast),
            _ => None,
        };
        match fused {
            Some(op) if a.arg < 1 << 16 && b.arg < 1 << 16 => {
                out[i] = Instr::new(op, a.arg | (b.arg << 16));
                // The second instruction may itself start a pair only when
                // reached by a jump; the fused path skips it.
                i += 2;
            }
            _ => i += 1,
        }
    }
    out
}

impl Vm {
    /// Turns a compiled code object into a heap code object.
    pub fn make_code(&mut self, co: &CodeObject) -> ObjRef {
        let consts: Vec<ObjRef> = co.consts.iter().map(|c| self.make_const(c)).collect();
        let names = co.names.iter().map(|n| self.intern(n)).collect();
        let mut localsplus_names: Vec<ObjRef> =
            co.varnames.iter().map(|n| self.intern(n)).collect();
        let mut slot_names = vec![None; co.nlocalsplus as usize];
        for (i, n) in localsplus_names.iter().enumerate() {
            if i < slot_names.len() {
                slot_names[i] = Some(n.clone());
            }
        }
        for (i, cell) in co.cellvars.iter().enumerate() {
            if let Some(&slot) = co.cell_slots.get(i)
                && (slot as usize) < slot_names.len()
                && slot_names[slot as usize].is_none()
            {
                slot_names[slot as usize] = Some(self.intern(cell));
            }
        }
        let nfree = co.freevars.len();
        let first_free = (co.nlocalsplus as usize).saturating_sub(nfree);
        for (i, f) in co.freevars.iter().enumerate() {
            if first_free + i < slot_names.len() {
                slot_names[first_free + i] = Some(self.intern(f));
            }
        }
        localsplus_names = slot_names
            .into_iter()
            .map(|n| n.unwrap_or_else(|| self.empty_str.clone()))
            .collect();
        let ncells_extra = (co.nlocalsplus as usize)
            .saturating_sub(co.varnames.len())
            .saturating_sub(nfree) as u32;
        let name = self.intern(&co.name);
        let qualname = self.new_str(&co.qualname);
        let data = CodeData {
            quick: quicken(&co.code),
            co: co.clone(),
            consts,
            names,
            localsplus_names,
            name,
            qualname,
            ncells_extra,
            fast_argc: if co.kwonlyargcount == 0
                && co.flags
                    & (crate::compiler::code::flags::VARARGS
                        | crate::compiler::code::flags::VARKEYWORDS)
                    == 0
            {
                co.argcount
            } else {
                u32::MAX
            },
            global_cache: std::cell::RefCell::new((0..co.names.len()).map(|_| None).collect()),
            attr_cache: std::cell::RefCell::new(vec![Default::default(); co.names.len()]),
            method_cache: std::cell::RefCell::new(vec![None; co.names.len()]),
        };
        heap::alloc_object(
            &self.types.code,
            PyCode {
                data: Rc::new(data),
            },
        )
    }

    fn make_const(&mut self, c: &ConstValue) -> ObjRef {
        let obj = self.make_const_object(c);
        if let Some(arena) = self.const_arena.as_mut()
            && !matches!(c, ConstValue::Code(_))
            && obj.flags() & heap::flags::IMMORTAL == 0
            && !matches!(c, ConstValue::Str(s) if identifier_like(s))
        {
            arena.push(obj.clone());
        }
        obj
    }

    fn make_const_object(&mut self, c: &ConstValue) -> ObjRef {
        match c {
            ConstValue::None => self.none(),
            ConstValue::Bool(b) => self.new_bool(*b),
            ConstValue::Int(i) => self.new_bigint(i.clone()),
            ConstValue::Float(f) => self.new_float(*f),
            ConstValue::Str(s) => {
                if identifier_like(s) {
                    self.intern(s)
                } else {
                    self.new_str(s)
                }
            }
            ConstValue::Bytes(b) => self.new_bytes(b),
            ConstValue::Ellipsis => self.ellipsis.clone(),
            ConstValue::Tuple(items) => {
                let v: Vec<ObjRef> = items.iter().map(|i| self.make_const(i)).collect();
                // Tracked until a collection sees it holds only atoms,
                // as in CPython.
                self.new_tuple(v)
            }
            ConstValue::FrozenSet(items) => {
                // CPython builds this constant twice (the compiler's
                // constant merging remakes it from the first build's
                // iteration order), and the slot order, which is what
                // printing and iteration show, is the second build's.
                let v: Vec<ObjRef> = items.iter().map(|i| self.make_const(i)).collect();
                let first = self.new_set(true);
                for x in v {
                    let _ = self.set_add(&first, x);
                }
                let order: Vec<ObjRef> = self
                    .dict_items(&first)
                    .into_iter()
                    .map(|(k, _)| k)
                    .collect();
                let second = self.new_set(true);
                for x in order {
                    let _ = self.set_add(&second, x);
                }
                second
            }
            ConstValue::Code(co) => self.make_code(co),
        }
    }

    /// Compiles `source` (reporting syntax errors as Python exceptions).
    pub fn compile(&mut self, source: &str, filename: &str, mode: Mode) -> PyResult {
        match compiler::compile_source(source, filename, mode) {
            Ok(co) => Ok(self.make_code(&co)),
            Err(e) => Err(self.syntax_error(&e, filename, source)),
        }
    }

    /// Compiles `source` that runs next (a script, or exec/eval of a
    /// string): also returns its constants, to be dropped once it has run
    /// (see `const_arena`).
    pub fn compile_to_run(
        &mut self,
        source: &str,
        filename: &str,
        mode: Mode,
    ) -> PyResult<(ObjRef, Vec<ObjRef>)> {
        let outer = self.const_arena.replace(Vec::new());
        let code = self.compile(source, filename, mode);
        let arena = std::mem::replace(&mut self.const_arena, outer).unwrap_or_default();
        Ok((code?, arena))
    }

    /// Runs `source` as the `__main__` module. Returns the exit status.
    pub fn run_main(&mut self, source: &str, filename: &str) -> i32 {
        self.sources.insert(filename.to_string(), Rc::from(source));
        self.set_script_path(filename);
        let main = self.new_module("__main__");
        let globals = match main.downcast::<crate::objects::module::PyModule>() {
            Some(m) => m.dict.clone(),
            None => return 1,
        };
        // CPython's order: __name__, __doc__, __package__, __loader__,
        // __spec__, __annotations__, __builtins__, __file__, __cached__.
        self.init_main_globals(&globals, filename);
        let annotations = self.new_dict();
        self.dict_set_name(&globals, "__annotations__", annotations);
        let b = self.builtins_module();
        self.dict_set_name(&globals, "__builtins__", b);
        if filename != "<string>" && filename != "<stdin>" {
            let f = self.new_str(filename);
            self.dict_set_name(&globals, "__file__", f);
        }
        // A script (or stdin) has `__cached__ = None`; `-c` has none at all.
        if filename != "<string>" {
            let none = self.none();
            self.dict_set_name(&globals, "__cached__", none);
        }
        let modules = self.modules.clone();
        self.dict_set_name(&modules, "__main__", main.clone());
        let result = match self.compile_to_run(source, filename, Mode::Exec) {
            Ok((code, arena)) => {
                let r = self.run_code(&code, &globals, None);
                drop(arena);
                r
            }
            Err(e) => Err(e),
        };
        let status = match result {
            Ok(_) => 0,
            Err(e) => self.report_uncaught(e),
        };
        drop(globals);
        drop(main);
        self.flush_stdout();
        status
    }

    /// The `builtins` module object.
    pub fn builtins_module(&mut self) -> ObjRef {
        let modules = self.modules.clone();
        let k = self.intern("builtins");
        self.dict_get_str(&modules, &k)
            .unwrap_or_else(|| self.builtins.clone())
    }

    /// Prints an uncaught exception (or handles SystemExit) and returns the
    /// process exit status.
    pub fn report_uncaught(&mut self, err: PyErr) -> i32 {
        self.flush_stdout();
        let exc = err.0;
        if self.isinstance(&exc, &self.exc.system_exit.clone()) {
            let code = exc
                .downcast::<PyException>()
                .map(|e| e.args.borrow().clone())
                .and_then(|a| {
                    let items = self.tuple_items(&a).to_vec();
                    match items.len() {
                        0 => None,
                        1 => Some(items[0].clone()),
                        _ => Some(a),
                    }
                });
            return match code {
                None => 0,
                Some(c) if c.is(&self.none) => 0,
                Some(c) => match crate::vm::ops::as_bigint(&c) {
                    Some(n) if c.kind() != crate::heap::Kind::Float => {
                        num_traits::ToPrimitive::to_i64(&n)
                            .map(|v| v as i32)
                            .unwrap_or(-1)
                    }
                    _ => {
                        let s = self.display_string(&c);
                        eprintln!("{s}");
                        1
                    }
                },
            };
        }
        let text = self.format_exception(&exc);
        eprint!("{text}");
        if self.isinstance(&exc, &self.exc.keyboard_interrupt.clone()) {
            return 130;
        }
        1
    }
}
