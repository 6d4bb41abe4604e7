//! Stack effects of instructions (CPython 3.11's `stack_effect`), used to
//! compute each code object's maximum stack depth and handler depths.

use super::cfg::IOp;
use super::opcode::Op;

/// Stack effect of an instruction, on the fall-through path (`jump` false)
/// or when it jumps / its handler runs (`jump` true). CPython's `stack_effect`.
pub(crate) fn stack_effect(op: IOp, arg: u32, jump: bool) -> i32 {
    let arg_i = arg as i32;
    let op = match op {
        IOp::SetupFinally | IOp::SetupWith => return if jump { 1 } else { 0 },
        IOp::SetupCleanup => return if jump { 2 } else { 0 },
        IOp::PopBlock | IOp::JumpNoInterrupt | IOp::Resume => return 0,
        IOp::Real(op) => op,
    };
    match op {
        Op::Nop | Op::Swap => 0,
        Op::PopTop => -1,
        Op::PushNull | Op::Copy => 1,
        Op::LoadConst | Op::LoadFast | Op::LoadName => 1,
        Op::StoreFast | Op::StoreName | Op::StoreGlobal | Op::StoreDeref => -1,
        Op::DeleteFast | Op::DeleteName | Op::DeleteGlobal | Op::DeleteDeref => 0,
        Op::LoadGlobal => 1 + (arg_i & 1),
        Op::MakeCell | Op::CopyFreeVars => 0,
        Op::LoadClosure | Op::LoadDeref | Op::LoadClassDeref => 1,
        Op::LoadAttr => 0,
        Op::StoreAttr => -2,
        Op::DeleteAttr => -1,
        Op::LoadMethod => 1,
        Op::BinarySubscr => -1,
        Op::StoreSubscr => -3,
        Op::DeleteSubscr => -2,
        Op::BuildSlice => {
            if arg == 3 {
                -2
            } else {
                -1
            }
        }
        Op::UnaryPositive | Op::UnaryNegative | Op::UnaryNot | Op::UnaryInvert => 0,
        Op::BinaryOp | Op::CompareOp | Op::IsOp | Op::ContainsOp => -1,
        Op::BuildTuple | Op::BuildList | Op::BuildSet | Op::BuildString => 1 - arg_i,
        Op::BuildMap => 1 - 2 * arg_i,
        Op::BuildConstKeyMap => -arg_i,
        Op::ListAppend | Op::SetAdd => -1,
        Op::MapAdd => -2,
        Op::ListExtend | Op::SetUpdate | Op::DictUpdate | Op::DictMerge => -1,
        Op::ListToTuple => 0,
        Op::FormatValue => {
            if arg & 4 != 0 {
                -1
            } else {
                0
            }
        }
        Op::UnpackSequence => arg_i - 1,
        Op::UnpackEx => (arg_i & 0xff) + (arg_i >> 8),
        Op::Jump => 0,
        Op::PopJumpIfFalse | Op::PopJumpIfTrue | Op::PopJumpIfNone | Op::PopJumpIfNotNone => -1,
        Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
            if jump {
                0
            } else {
                -1
            }
        }
        Op::GetIter => 0,
        Op::ForIter => {
            if jump {
                -1
            } else {
                1
            }
        }
        Op::ReturnValue => -1,
        Op::KwNames => 0,
        Op::Call => -1 - arg_i,
        Op::CallFunctionEx => -2 - (arg_i & 1),
        Op::MakeFunction => {
            -((arg & 1 != 0) as i32)
                - ((arg & 2 != 0) as i32)
                - ((arg & 4 != 0) as i32)
                - ((arg & 8 != 0) as i32)
        }
        Op::LoadBuildClass => 1,
        Op::RaiseVarargs => -arg_i,
        Op::PushExcInfo => 1,
        Op::PopExcept => -1,
        Op::CheckExcMatch => 0,
        Op::Reraise => -1,
        Op::LoadAssertionError => 1,
        Op::BeforeWith => 1,
        Op::WithExceptStart => 1,
        Op::ReturnGenerator => 0,
        Op::YieldValue => 0,
        Op::GetYieldFromIter => 0,
        Op::Send => {
            if jump {
                -1
            } else {
                0
            }
        }
        Op::ImportName => -1,
        Op::ImportFrom => 1,
        Op::ImportStar => -1,
        Op::SetupAnnotations => 0,
        Op::PrintExpr => -1,
        // Superinstructions stand for their first instruction only; the
        // second stays in the stream and is counted on its own.
        Op::LoadFastLoadFast | Op::LoadFastLoadConst | Op::LoadConstLoadFast => 1,
        Op::FastConstBinaryOp
        | Op::FastFastBinaryOp
        | Op::ConstFastBinaryOp
        | Op::FastConstCompareOp
        | Op::FastFastCompareOp
        | Op::FastConstSubscr
        | Op::FastFastSubscr
        | Op::ConstBinaryOp
        | Op::ConstCompareOp => 1,
        Op::StoreFastLoadFast | Op::StoreFastStoreFast => -1,
    }
}
