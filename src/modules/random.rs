//! `_random`: the Mersenne Twister (MT19937) core of the `random` module,
//! seeded the way CPython's `_randommodule.c` seeds it (an int seed's
//! absolute value split into 32-bit words, fed to `init_by_array`), so the
//! same seed gives CPython's exact sequence. The rest of `random` is Python
//! (`py/random.py`) built on `random()` and `getrandbits()`, as in CPython.
//!
//! Generator states live in a table owned by this module; a `Random` object
//! holds the index of its state (a handle) and frees it when it dies.

use super::args::{add_functions, to_bigint, to_i64};
use crate::builtins::{Args, arity, no_kwargs};
use crate::heap::ObjRef;
use crate::objects::PyResult;
use crate::vm::Vm;
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;
use std::cell::RefCell;

const N: usize = 624;
const M: usize = 397;

/// One generator's state.
#[derive(Clone)]
struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn new() -> Mt {
        let mut mt = Mt {
            state: [0; N],
            index: N + 1,
        };
        mt.init_genrand(5489);
        mt
    }

    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        let len = key.len().max(1);
        for _ in 0..N.max(len) {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key.get(j).copied().unwrap_or(0))
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
            if j >= len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
        }
        self.state[0] = 0x8000_0000;
    }

    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            const UPPER: u32 = 0x8000_0000;
            const LOWER: u32 = 0x7fff_ffff;
            let mag = |y: u32| if y & 1 == 1 { 0x9908_b0df } else { 0 };
            for k in 0..N {
                let y = (self.state[k] & UPPER) | (self.state[(k + 1) % N] & LOWER);
                self.state[k] = self.state[(k + M) % N] ^ (y >> 1) ^ mag(y);
            }
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }
}

thread_local! {
    /// Every live generator state, by handle; freed slots are `None`.
    static STATES: RefCell<Vec<Option<Box<Mt>>>> = const { RefCell::new(Vec::new()) };
}

fn with_state<T>(vm: &mut Vm, handle: &ObjRef, f: impl FnOnce(&mut Mt) -> T) -> PyResult<T> {
    let h = to_i64(vm, handle)?;
    STATES.with(|s| {
        let mut s = s.borrow_mut();
        match usize::try_from(h)
            .ok()
            .and_then(|h| s.get_mut(h))
            .and_then(|m| m.as_mut())
        {
            Some(m) => Ok(f(m)),
            None => Err(vm.value_error("invalid random state handle")),
        }
    })
}

/// Builds the `_random` module.
pub fn create(vm: &mut Vm) -> ObjRef {
    let m = vm.new_module("_random");
    add_functions(
        vm,
        &m,
        "_random",
        &[
            ("new", new),
            ("free", free),
            ("seed", seed),
            ("seed_os", seed_os),
            ("random", random),
            ("getrandbits", getrandbits),
            ("getstate", getstate),
            ("setstate", setstate),
            ("sha512", sha512),
        ],
    );
    m
}

fn new(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "new", &args, 0, 0)?;
    let h = STATES.with(|s| {
        let mut s = s.borrow_mut();
        match s.iter().position(|m| m.is_none()) {
            Some(i) => {
                s[i] = Some(Box::new(Mt::new()));
                i
            }
            None => {
                s.push(Some(Box::new(Mt::new())));
                s.len() - 1
            }
        }
    });
    Ok(vm.new_int(h as i64))
}

fn free(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "free", &args, 1, 1)?;
    let h = to_i64(vm, &args.pos[0])?;
    STATES.with(|s| {
        if let Some(slot) = usize::try_from(h)
            .ok()
            .and_then(|h| s.borrow_mut().get_mut(h).map(|m| m.take()))
        {
            drop(slot);
        }
    });
    Ok(vm.none())
}

/// `seed(handle, n)`: `init_by_array` over the 32-bit words of `abs(n)`.
fn seed(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "seed", &args)?;
    arity(vm, "seed", &args, 2, 2)?;
    let n = to_bigint(vm, &args.pos[1])?;
    let (_, mut words) = n.to_u32_digits();
    if words.is_empty() {
        words.push(0);
    }
    with_state(vm, &args.pos[0], |m| m.init_by_array(&words))?;
    Ok(vm.none())
}

/// `seed_os(handle)`: seeds from the operating system's randomness (or the
/// clock, when there is none), as `random.seed()` does.
fn seed_os(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "seed_os", &args, 1, 1)?;
    let mut bytes = vec![0u8; N * 4];
    let ok = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut bytes))
        .is_ok();
    if !ok {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        bytes = t.to_le_bytes().to_vec();
    }
    let words: Vec<u32> = bytes
        .chunks(4)
        .map(|c| c.iter().rev().fold(0u32, |a, &b| (a << 8) | b as u32))
        .collect();
    with_state(vm, &args.pos[0], |m| m.init_by_array(&words))?;
    Ok(vm.none())
}

fn random(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "random", &args, 1, 1)?;
    let r = with_state(vm, &args.pos[0], |m| m.random())?;
    Ok(vm.new_float(r))
}

fn getrandbits(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, "getrandbits", &args)?;
    arity(vm, "getrandbits", &args, 2, 2)?;
    let k = to_i64(vm, &args.pos[1])?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if k > 1 << 26 {
        return Err(vm.overflow_error("getrandbits() bit count too large"));
    }
    if k <= 32 {
        let r = with_state(vm, &args.pos[0], |m| {
            if k == 0 { 0 } else { m.next_u32() >> (32 - k) }
        })?;
        return Ok(vm.new_int(r as i64));
    }
    let words = with_state(vm, &args.pos[0], |m| {
        let mut left = k;
        let mut words = Vec::with_capacity((k as usize).div_ceil(32));
        while left > 0 {
            let mut r = m.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            words.push(r);
            left -= 32;
        }
        words
    })?;
    Ok(vm.new_bigint(BigInt::from_slice(Sign::Plus, &words)))
}

/// `getstate(handle)`: the 624 state words and the index, as a tuple.
fn getstate(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "getstate", &args, 1, 1)?;
    let (words, index) = with_state(vm, &args.pos[0], |m| (m.state, m.index))?;
    let mut items: Vec<ObjRef> = words.iter().map(|&w| vm.new_int(w as i64)).collect();
    items.push(vm.new_int(index as i64));
    Ok(vm.new_tuple(items))
}

fn setstate(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "setstate", &args, 2, 2)?;
    let items = vm.collect_iterable(&args.pos[1])?;
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (w, o) in words.iter_mut().zip(&items) {
        let b = to_bigint(vm, o)?;
        *w = b.to_u32().ok_or_else(|| {
            vm.overflow_error("Python int too large to convert to C unsigned long")
        })?;
    }
    let index = to_i64(vm, &items[N])?;
    if !(0..=N as i64).contains(&index) {
        return Err(vm.value_error("invalid state"));
    }
    with_state(vm, &args.pos[0], |m| {
        m.state = words;
        m.index = index as usize;
    })?;
    Ok(vm.none())
}

/// `sha512(data)`: the digest of a bytes object, as bytes.
fn sha512(vm: &mut Vm, args: Args) -> PyResult {
    arity(vm, "sha512", &args, 1, 1)?;
    let Some(data) = args.pos[0]
        .var_items::<crate::objects::bytes::PyBytes>()
        .map(<[u8]>::to_vec)
    else {
        return Err(vm.type_error("sha512() needs bytes"));
    };
    let d = super::sha512::sha512(&data);
    Ok(vm.new_bytes(&d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_sequence() {
        // The reference output of mt19937ar.c for init_by_array({0x123, 0x234, 0x345, 0x456}).
        let mut m = Mt::new();
        m.init_by_array(&[0x123, 0x234, 0x345, 0x456]);
        assert_eq!(m.next_u32(), 1_067_595_299);
        assert_eq!(m.next_u32(), 955_945_823);
    }
}
