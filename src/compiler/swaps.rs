//! SWAP peephole optimizations from CPython 3.11: `swaptimize` rewrites a
//! run of SWAPs into the fewest equivalent ones, and `apply_static_swaps`
//! swaps the following STORE_FAST / POP_TOP instructions instead of stack
//! items when that is safe.

use super::cfg::{IOp, Ins};
use super::opcode::Op;

/// Replaces a run of SWAPs (and NOPs) by the fewest SWAPs with the same
/// effect (CPython's `swaptimize`). Returns the index of the run's last
/// instruction.
pub(crate) fn swaptimize(instrs: &mut [Ins], ix: usize) -> usize {
    let run = &mut instrs[ix..];
    let mut depth = run[0].arg as usize;
    let mut len = 0;
    let mut more = false;
    loop {
        len += 1;
        if len >= run.len() {
            break;
        }
        match run[len].op {
            IOp::Real(Op::Swap) => {
                depth = depth.max(run[len].arg as usize);
                more = true;
            }
            IOp::Real(Op::Nop) => {}
            _ => break,
        }
    }
    if !more {
        return ix;
    }
    const VISITED: isize = -1;
    let mut stack: Vec<isize> = (0..depth as isize).collect();
    for ins in &run[..len] {
        if ins.is(Op::Swap) {
            let k = ins.arg as usize - 1;
            stack.swap(0, k);
        }
    }
    let mut current = len as isize - 1;
    for i in 0..depth {
        if stack[i] == VISITED || stack[i] == i as isize {
            continue;
        }
        let mut j = i;
        loop {
            if j != 0 && current >= 0 {
                run[current as usize].op = IOp::Real(Op::Swap);
                run[current as usize].arg = j as u32 + 1;
                current -= 1;
            }
            if stack[j] == VISITED {
                break;
            }
            let next_j = stack[j] as usize;
            stack[j] = VISITED;
            j = next_j;
        }
    }
    while current >= 0 {
        run[current as usize].op = IOp::Real(Op::Nop);
        current -= 1;
    }
    ix + len - 1
}

fn swappable(ins: &Ins) -> bool {
    ins.is(Op::StoreFast) || ins.is(Op::PopTop)
}

fn stores_to(ins: &Ins) -> Option<u32> {
    if ins.is(Op::StoreFast) {
        Some(ins.arg)
    } else {
        None
    }
}

fn next_swappable_instruction(instrs: &[Ins], mut i: usize, lineno: i32) -> Option<usize> {
    loop {
        i += 1;
        let ins = instrs.get(i)?;
        if lineno >= 0 && ins.loc.line != lineno {
            return None;
        }
        if ins.is(Op::Nop) {
            continue;
        }
        return if swappable(ins) { Some(i) } else { None };
    }
}

/// Swaps instructions instead of stack items where the SWAP is followed by
/// stores / pops (CPython's `apply_static_swaps`).
pub(crate) fn apply_static_swaps(instrs: &mut [Ins], i: usize) {
    let mut i = i as isize;
    while i >= 0 {
        let iu = i as usize;
        let swap = instrs[iu];
        if !swap.is(Op::Swap) {
            if swap.is(Op::Nop) || swappable(&swap) {
                i -= 1;
                continue;
            }
            return;
        }
        let Some(j) = next_swappable_instruction(instrs, iu, -1) else {
            return;
        };
        let mut k = j;
        let lineno = instrs[j].loc.line;
        let mut count = swap.arg as i64 - 1;
        while count > 0 {
            match next_swappable_instruction(instrs, k, lineno) {
                Some(x) => k = x,
                None => return,
            }
            count -= 1;
        }
        let store_j = stores_to(&instrs[j]);
        let store_k = stores_to(&instrs[k]);
        if store_j.is_some() || store_k.is_some() {
            if store_j == store_k {
                return;
            }
            for ins in &instrs[j + 1..k] {
                let s = stores_to(ins);
                if s.is_some() && (s == store_j || s == store_k) {
                    return;
                }
            }
        }
        instrs[iu].op = IOp::Real(Op::Nop);
        instrs.swap(j, k);
        i -= 1;
    }
}
