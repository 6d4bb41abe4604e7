//! CPython 3.11's list sort (Objects/listobject.c `listsort`): timsort
//! with binary insertion for short runs, galloping merges and the
//! powersort merge policy. Reproducing it step for step matters beyond
//! speed: the comparisons made (and so what `__lt__` with side effects
//! sees), the order left by inconsistent comparisons (NaNs), and the
//! permutation left when a comparison raises all follow from it.
//!
//! The sort permutes `slots`, indices into the caller's keys, with the
//! same moves CPython makes on its key and value arrays.

use crate::heap::ObjRef;
use crate::objects::PyResult;
use crate::vm::Vm;
use crate::vm::ops::{as_num, num_cmp};

/// Galloping starts after this many consecutive wins of one run.
const MIN_GALLOP: usize = 7;

/// The comparison: `keys[x] < keys[y]`.
struct Cmp<'a> {
    vm: &'a mut Vm,
    keys: &'a [ObjRef],
}

impl Cmp<'_> {
    /// `keys[x] < keys[y]` (PyObject_RichCompareBool with Py_LT).
    fn lt(&mut self, x: usize, y: usize) -> PyResult<bool> {
        let (a, b) = (&self.keys[x], &self.keys[y]);
        // Exact numbers and strs compare without dispatch (as CPython's
        // pre-sort type checks pick specialised compares).
        if (a.flags() | b.flags()) & crate::heap::flags::SUBCLASS == 0 {
            if let (Some(p), Some(q)) = (as_num(a), as_num(b)) {
                return Ok(num_cmp(p, q) == Some(std::cmp::Ordering::Less));
            }
            if let (Some(p), Some(q)) = (a.as_str(), b.as_str()) {
                return Ok(p < q);
            }
        }
        let r = self
            .vm
            .compare(a, b, crate::compiler::opcode::CompareOp::Lt)?;
        self.vm.truthy(&r)
    }
}

/// Where `key` goes in the sorted `run`, before any equal element; the
/// search starts at `hint` (gallop_left).
fn gallop_left(c: &mut Cmp<'_>, key: usize, run: &[usize], hint: usize) -> PyResult<usize> {
    let n = run.len() as isize;
    let hint = hint as isize;
    let mut lastofs: isize = 0;
    let mut ofs: isize = 1;
    if c.lt(run[hint as usize], key)? {
        let maxofs = n - hint;
        while ofs < maxofs {
            if c.lt(run[(hint + ofs) as usize], key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lastofs += hint;
        ofs += hint;
    } else {
        let maxofs = hint + 1;
        while ofs < maxofs {
            if c.lt(run[(hint - ofs) as usize], key)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if c.lt(run[m as usize], key)? {
            lastofs = m + 1;
        } else {
            ofs = m;
        }
    }
    Ok(ofs as usize)
}

/// Where `key` goes in the sorted `run`, after any equal element
/// (gallop_right).
fn gallop_right(c: &mut Cmp<'_>, key: usize, run: &[usize], hint: usize) -> PyResult<usize> {
    let n = run.len() as isize;
    let hint = hint as isize;
    let mut lastofs: isize = 0;
    let mut ofs: isize = 1;
    if c.lt(key, run[hint as usize])? {
        let maxofs = hint + 1;
        while ofs < maxofs {
            if c.lt(key, run[(hint - ofs) as usize])? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    } else {
        let maxofs = n - hint;
        while ofs < maxofs {
            if c.lt(key, run[(hint + ofs) as usize])? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lastofs += hint;
        ofs += hint;
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if c.lt(key, run[m as usize])? {
            ofs = m;
        } else {
            lastofs = m + 1;
        }
    }
    Ok(ofs as usize)
}

struct Sorter<'a> {
    cmp: Cmp<'a>,
    slots: Vec<usize>,
    min_gallop: usize,
    /// Pending runs: (start, length, power).
    pending: Vec<(usize, usize, u32)>,
}

impl Sorter<'_> {
    fn lt(&mut self, x: usize, y: usize) -> PyResult<bool> {
        self.cmp.lt(x, y)
    }

    /// Sorts `slots[lo..hi]`, of which `lo..start` is already sorted.
    fn binarysort(&mut self, lo: usize, hi: usize, mut start: usize) -> PyResult<()> {
        if lo == start {
            start += 1;
        }
        while start < hi {
            let pivot = self.slots[start];
            let (mut l, mut r) = (lo, start);
            loop {
                let p = l + ((r - l) >> 1);
                if self.lt(pivot, self.slots[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
                if l >= r {
                    break;
                }
            }
            self.slots.copy_within(l..start, l + 1);
            self.slots[l] = pivot;
            start += 1;
        }
        Ok(())
    }

    /// The length of the run at `lo` and whether it is (strictly)
    /// descending.
    fn count_run(&mut self, lo: usize, hi: usize) -> PyResult<(usize, bool)> {
        if lo + 1 == hi {
            return Ok((1, false));
        }
        let mut n = 2;
        if self.lt(self.slots[lo + 1], self.slots[lo])? {
            let mut i = lo + 2;
            while i < hi {
                if !self.lt(self.slots[i], self.slots[i - 1])? {
                    break;
                }
                i += 1;
                n += 1;
            }
            Ok((n, true))
        } else {
            let mut i = lo + 2;
            while i < hi {
                if self.lt(self.slots[i], self.slots[i - 1])? {
                    break;
                }
                i += 1;
                n += 1;
            }
            Ok((n, false))
        }
    }

    /// Merges the adjacent runs `pa..pa+na` and `pb..pb+nb` (na <= nb),
    /// copying the first into a temporary.
    fn merge_lo(&mut self, pa: usize, mut na: usize, pb: usize, mut nb: usize) -> PyResult<()> {
        let tmp: Vec<usize> = self.slots[pa..pa + na].to_vec();
        let mut a = 0; // index into tmp
        let mut b = pb;
        let mut dest = pa;
        self.slots[dest] = self.slots[b];
        dest += 1;
        b += 1;
        nb -= 1;
        let result = (|| -> PyResult<bool> {
            if nb == 0 {
                return Ok(false);
            }
            if na == 1 {
                return Ok(true);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                loop {
                    if self.lt(self.slots[b], tmp[a])? {
                        self.slots[dest] = self.slots[b];
                        dest += 1;
                        b += 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 0 {
                            return Ok(false);
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    } else {
                        self.slots[dest] = tmp[a];
                        dest += 1;
                        a += 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 1 {
                            return Ok(true);
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = gallop_right(&mut self.cmp, self.slots[b], &tmp[a..a + na], 0)?;
                    acount = k;
                    if k > 0 {
                        self.slots[dest..dest + k].copy_from_slice(&tmp[a..a + k]);
                        dest += k;
                        a += k;
                        na -= k;
                        if na == 1 {
                            return Ok(true);
                        }
                        if na == 0 {
                            return Ok(false);
                        }
                    }
                    self.slots[dest] = self.slots[b];
                    dest += 1;
                    b += 1;
                    nb -= 1;
                    if nb == 0 {
                        return Ok(false);
                    }
                    let k = gallop_left(&mut self.cmp, tmp[a], &self.slots[b..b + nb], 0)?;
                    bcount = k;
                    if k > 0 {
                        self.slots.copy_within(b..b + k, dest);
                        dest += k;
                        b += k;
                        nb -= k;
                        if nb == 0 {
                            return Ok(false);
                        }
                    }
                    self.slots[dest] = tmp[a];
                    dest += 1;
                    a += 1;
                    na -= 1;
                    if na == 1 {
                        return Ok(true);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        })();
        match result {
            Ok(true) => {
                // CopyB: the last element of a goes after the rest of b.
                self.slots.copy_within(b..b + nb, dest);
                self.slots[dest + nb] = tmp[a];
                Ok(())
            }
            other => {
                if na > 0 {
                    self.slots[dest..dest + na].copy_from_slice(&tmp[a..a + na]);
                }
                other.map(|_| ())
            }
        }
    }

    /// Merges the adjacent runs (na > nb) from the right, copying the
    /// second into a temporary.
    fn merge_hi(&mut self, pa: usize, mut na: usize, pb: usize, mut nb: usize) -> PyResult<()> {
        let tmp: Vec<usize> = self.slots[pb..pb + nb].to_vec();
        // Positions of the last remaining elements (dest, a, tmp b).
        let mut dest = (pb + nb - 1) as isize;
        let mut a = (pa + na - 1) as isize;
        let mut b = nb as isize - 1;
        self.slots[dest as usize] = self.slots[a as usize];
        dest -= 1;
        a -= 1;
        na -= 1;
        let result = (|| -> PyResult<bool> {
            if na == 0 {
                return Ok(false);
            }
            if nb == 1 {
                return Ok(true);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                loop {
                    if self.lt(tmp[b as usize], self.slots[a as usize])? {
                        self.slots[dest as usize] = self.slots[a as usize];
                        dest -= 1;
                        a -= 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 0 {
                            return Ok(false);
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    } else {
                        self.slots[dest as usize] = tmp[b as usize];
                        dest -= 1;
                        b -= 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 1 {
                            return Ok(true);
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = gallop_right(
                        &mut self.cmp,
                        tmp[b as usize],
                        &self.slots[pa..pa + na],
                        na - 1,
                    )?;
                    let k = na - k;
                    acount = k;
                    if k > 0 {
                        dest -= k as isize;
                        a -= k as isize;
                        let (d, s) = ((dest + 1) as usize, (a + 1) as usize);
                        self.slots.copy_within(s..s + k, d);
                        na -= k;
                        if na == 0 {
                            return Ok(false);
                        }
                    }
                    self.slots[dest as usize] = tmp[b as usize];
                    dest -= 1;
                    b -= 1;
                    nb -= 1;
                    if nb == 1 {
                        return Ok(true);
                    }
                    let k = gallop_left(&mut self.cmp, self.slots[a as usize], &tmp[..nb], nb - 1)?;
                    let k = nb - k;
                    bcount = k;
                    if k > 0 {
                        dest -= k as isize;
                        b -= k as isize;
                        let (d, s) = ((dest + 1) as usize, (b + 1) as usize);
                        self.slots[d..d + k].copy_from_slice(&tmp[s..s + k]);
                        nb -= k;
                        if nb == 1 {
                            return Ok(true);
                        }
                        if nb == 0 {
                            return Ok(false);
                        }
                    }
                    self.slots[dest as usize] = self.slots[a as usize];
                    dest -= 1;
                    a -= 1;
                    na -= 1;
                    if na == 0 {
                        return Ok(false);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        })();
        match result {
            Ok(true) => {
                // CopyA: the first element of b goes before the rest of a.
                let d = (dest + 1) as usize - na;
                let s = (a + 1) as usize - na;
                self.slots.copy_within(s..s + na, d);
                self.slots[d - 1] = tmp[b as usize];
                Ok(())
            }
            other => {
                if nb > 0 {
                    let d = (dest + 1) as usize - nb;
                    self.slots[d..d + nb].copy_from_slice(&tmp[..nb]);
                }
                other.map(|_| ())
            }
        }
    }

    /// Merges pending runs `i` and `i + 1`.
    fn merge_at(&mut self, i: usize) -> PyResult<()> {
        let (pa, mut na, _) = self.pending[i];
        let (pb, mut nb, _) = self.pending[i + 1];
        self.pending[i].1 = na + nb;
        self.pending.remove(i + 1);
        let k = gallop_right(&mut self.cmp, self.slots[pb], &self.slots[pa..pa + na], 0)?;
        let pa = pa + k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        nb = gallop_left(
            &mut self.cmp,
            self.slots[pa + na - 1],
            &self.slots[pb..pb + nb],
            nb - 1,
        )?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(pa, na, pb, nb)
        } else {
            self.merge_hi(pa, na, pb, nb)
        }
    }
}

/// The powersort "power" of the boundary between runs `s1..s1+n1` and
/// the following `n2` items of a list of `n`.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

fn minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// Sorts `slots` (indices into `keys`) as CPython's listsort sorts its
/// keys; on an error the slots are left in the order the sort had
/// reached, as CPython leaves the list.
pub fn timsort(vm: &mut Vm, keys: &[ObjRef], slots: &mut Vec<usize>) -> PyResult<()> {
    let n = slots.len();
    if n < 2 {
        return Ok(());
    }
    let mut s = Sorter {
        cmp: Cmp { vm, keys },
        slots: std::mem::take(slots),
        min_gallop: MIN_GALLOP,
        pending: Vec::new(),
    };
    let r = (|| -> PyResult<()> {
        let minrun = minrun(n);
        let mut lo = 0;
        let mut remaining = n;
        while remaining > 0 {
            let (mut run, descending) = s.count_run(lo, lo + remaining)?;
            if descending {
                s.slots[lo..lo + run].reverse();
            }
            if run < minrun {
                let force = remaining.min(minrun);
                s.binarysort(lo, lo + force, lo + run)?;
                run = force;
            }
            if let Some(&(s1, n1, _)) = s.pending.last() {
                let power = powerloop(s1, n1, run, n);
                while s.pending.len() > 1 && s.pending[s.pending.len() - 2].2 > power {
                    let i = s.pending.len() - 2;
                    s.merge_at(i)?;
                }
                let last = s.pending.len() - 1;
                s.pending[last].2 = power;
            }
            s.pending.push((lo, run, 0));
            lo += run;
            remaining -= run;
        }
        while s.pending.len() > 1 {
            let mut i = s.pending.len() - 2;
            if i > 0 && s.pending[i - 1].1 < s.pending[i + 1].1 {
                i -= 1;
            }
            s.merge_at(i)?;
        }
        Ok(())
    })();
    *slots = s.slots;
    r
}
