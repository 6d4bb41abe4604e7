//! The `--dis` disassembler: prints a code object and every nested code
//! object in the layout of CPython 3.11's `dis.dis` (line numbers, `>>`
//! jump-target marks, argument meanings, exception table). Offsets are
//! instruction indices, since our instructions are not byte-sized.

use super::code::{CodeObject, ConstValue};
use super::opcode::{BinaryOp, CompareOp, Op};
use super::pyrepr::const_repr;
use std::fmt::Write;

/// Opcodes that take no argument (printed without an argument column).
fn has_arg(op: Op) -> bool {
    !matches!(
        op,
        Op::Nop
            | Op::PopTop
            | Op::PushNull
            | Op::BinarySubscr
            | Op::StoreSubscr
            | Op::DeleteSubscr
            | Op::UnaryPositive
            | Op::UnaryNegative
            | Op::UnaryNot
            | Op::UnaryInvert
            | Op::GetIter
            | Op::ReturnValue
            | Op::LoadBuildClass
            | Op::PushExcInfo
            | Op::PopExcept
            | Op::CheckExcMatch
            | Op::LoadAssertionError
            | Op::BeforeWith
            | Op::WithExceptStart
            | Op::ReturnGenerator
            | Op::YieldValue
            | Op::GetYieldFromIter
            | Op::ImportStar
            | Op::SetupAnnotations
            | Op::PrintExpr
            | Op::ListToTuple
    )
}

fn is_jump(op: Op) -> bool {
    matches!(
        op,
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
}

/// The localsplus name of a slot.
fn slot_name(code: &CodeObject, slot: u32) -> String {
    let slot = slot as usize;
    if let Some(n) = code.varnames.get(slot) {
        return n.clone();
    }
    let mut extra: Vec<&String> = code
        .cellvars
        .iter()
        .zip(&code.cell_slots)
        .filter(|(_, s)| (**s as usize) >= code.varnames.len())
        .map(|(n, _)| n)
        .collect();
    extra.extend(code.freevars.iter());
    extra
        .get(slot - code.varnames.len())
        .map(|s| s.to_string())
        .unwrap_or_else(|| format!("<slot {slot}>"))
}

fn argrepr(code: &CodeObject, op: Op, arg: u32) -> String {
    let name = |i: u32| code.names.get(i as usize).cloned().unwrap_or_default();
    match op {
        Op::LoadConst => code
            .consts
            .get(arg as usize)
            .map(const_repr)
            .unwrap_or_default(),
        Op::LoadName
        | Op::StoreName
        | Op::DeleteName
        | Op::StoreGlobal
        | Op::DeleteGlobal
        | Op::LoadAttr
        | Op::StoreAttr
        | Op::DeleteAttr
        | Op::LoadMethod
        | Op::ImportName
        | Op::ImportFrom => name(arg),
        Op::LoadGlobal => {
            if arg & 1 != 0 {
                format!("NULL + {}", name(arg >> 1))
            } else {
                name(arg >> 1)
            }
        }
        Op::LoadFast
        | Op::StoreFast
        | Op::DeleteFast
        | Op::MakeCell
        | Op::LoadClosure
        | Op::LoadDeref
        | Op::StoreDeref
        | Op::DeleteDeref
        | Op::LoadClassDeref => slot_name(code, arg),
        Op::CompareOp => CompareOp::decode(arg)
            .map(|c| c.symbol().to_string())
            .unwrap_or_default(),
        Op::BinaryOp => match BinaryOp::decode(arg) {
            Some((b, true)) => format!("{}=", b.symbol()),
            Some((b, false)) => b.symbol().to_string(),
            None => String::new(),
        },
        Op::FormatValue => {
            let mut s = ["", "str", "repr", "ascii"][(arg & 3) as usize].to_string();
            if arg & 4 != 0 {
                if !s.is_empty() {
                    s.push_str(", ");
                }
                s.push_str("with format");
            }
            s
        }
        Op::MakeFunction => ["defaults", "kwdefaults", "annotations", "closure"]
            .iter()
            .enumerate()
            .filter(|(i, _)| arg & (1 << i) != 0)
            .map(|(_, s)| *s)
            .collect::<Vec<_>>()
            .join(", "),
        op if is_jump(op) => format!("to {arg}"),
        _ => String::new(),
    }
}

fn disassemble_one(code: &CodeObject, out: &mut String) {
    let n = code.code.len();
    let mut targets = vec![false; n + 1];
    for ins in &code.code {
        if is_jump(ins.op) && (ins.arg as usize) <= n {
            targets[ins.arg as usize] = true;
        }
    }
    for e in &code.exception_table {
        if (e.target as usize) <= n {
            targets[e.target as usize] = true;
        }
    }
    let maxline = code.positions.iter().map(|p| p.line).max().unwrap_or(0);
    let lineno_width = if maxline >= 1000 {
        maxline.to_string().len()
    } else {
        3
    };
    let offset_width = if n >= 10000 { n.to_string().len() } else { 4 };
    let mut last_line = 0u32;
    for (i, ins) in code.code.iter().enumerate() {
        let line = code.positions.get(i).map(|p| p.line).unwrap_or(0);
        let starts = line != 0 && line != last_line;
        if starts {
            if i > 0 {
                out.push('\n');
            }
            last_line = line;
        }
        let mut fields: Vec<String> = Vec::new();
        if starts {
            fields.push(format!("{line:>lineno_width$}"));
        } else {
            fields.push(" ".repeat(lineno_width));
        }
        fields.push("   ".into());
        fields.push(if targets[i] { ">>".into() } else { "  ".into() });
        fields.push(format!("{i:>offset_width$}"));
        fields.push(format!("{:<20}", ins.op.name()));
        if has_arg(ins.op) {
            fields.push(format!("{:>5}", ins.arg));
            let r = argrepr(code, ins.op, ins.arg);
            if !r.is_empty() {
                fields.push(format!("({r})"));
            }
        }
        let line_text = fields.join(" ");
        let _ = writeln!(out, "{}", line_text.trim_end());
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exception_table {
            let lasti = if e.push_lasti { " lasti" } else { "" };
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                e.start,
                e.end.saturating_sub(1),
                e.target,
                e.depth,
                lasti
            );
        }
    }
}

fn disassemble_rec(code: &CodeObject, out: &mut String) {
    disassemble_one(code, out);
    for c in &code.consts {
        if let ConstValue::Code(inner) = c {
            let _ = writeln!(
                out,
                "\nDisassembly of <code object {}, file \"{}\", line {}>:",
                inner.name, inner.filename, inner.firstlineno
            );
            disassemble_rec(inner, out);
        }
    }
}

/// Disassembles `code` and every code object nested in its constants,
/// shaped like CPython's `dis.dis` output.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_rec(code, &mut out);
    out
}
