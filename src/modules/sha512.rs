//! SHA-512 (FIPS 180-4), which `random.seed` applies to str and bytes
//! seeds. The round constants are derived rather than tabulated: the first
//! 64 bits of the fractional parts of the square roots (initial hash) and
//! cube roots (round constants) of the first primes.

use num_bigint::BigUint;
use num_traits::ToPrimitive;

/// The first `n` primes.
fn primes(n: usize) -> Vec<u64> {
    let mut out = Vec::with_capacity(n);
    let mut k = 2u64;
    while out.len() < n {
        if out.iter().all(|p| !k.is_multiple_of(*p)) {
            out.push(k);
        }
        k += 1;
    }
    out
}

/// The low 64 bits of `floor(root(p) * 2**64)` for the `degree`-th root.
fn fraction_bits(p: u64, degree: u32) -> u64 {
    let scaled = BigUint::from(p) << (64 * degree);
    let root = if degree == 2 {
        scaled.sqrt()
    } else {
        scaled.cbrt()
    };
    (root & BigUint::from(u64::MAX)).to_u64().unwrap_or(0)
}

/// The SHA-512 digest of `data`.
pub fn sha512(data: &[u8]) -> [u8; 64] {
    let ps = primes(80);
    let k: Vec<u64> = ps.iter().map(|&p| fraction_bits(p, 3)).collect();
    let mut h: Vec<u64> = ps[..8].iter().map(|&p| fraction_bits(p, 2)).collect();
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 128 != 112 {
        msg.push(0);
    }
    msg.extend_from_slice(&((data.len() as u128) * 8).to_be_bytes());
    for block in msg.chunks(128) {
        let mut w = [0u64; 80];
        for (i, word) in block.chunks(8).enumerate() {
            w[i] = u64::from_be_bytes(word.try_into().unwrap_or([0; 8]));
        }
        for i in 16..80 {
            let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
            let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let mut v = [h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7]];
        for i in 0..80 {
            let [a, b, c, d, e, f, g, hh] = v;
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(k[i])
                .wrapping_add(w[i]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            v = [t1.wrapping_add(t2), a, b, c, d.wrapping_add(t1), e, f, g];
        }
        for (x, y) in h.iter_mut().zip(v) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 64];
    for (i, x) in h.iter().enumerate() {
        out[i * 8..i * 8 + 8].copy_from_slice(&x.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn known_digest() {
        let d = super::sha512(b"abc");
        assert_eq!(&d[..4], &[0xdd, 0xaf, 0x35, 0xa1]);
        assert_eq!(&d[60..], &[0xa5, 0x4c, 0xa4, 0x9f]);
    }
}
