// A small, fast, non-cryptographic string hash for stable synthetic ids (64-bit FNV-1a).

/**
 * 64-bit FNV-1a over the string's UTF-16 code units, as 16 lowercase hex digits. For ASCII text
 * this equals the byte-wise FNV-1a 64 reference values. 64 bits, not 32, so that ids made from
 * hundreds of thousands of payloads do not collide in practice.
 *
 * The 64-bit state is kept in four 16-bit limbs because JavaScript numbers cannot multiply 64-bit
 * integers exactly, and BigInt would be an order of magnitude slower.
 */
export function fnv1a64Hex(text: string): string {
  // Offset basis 0xcbf29ce484222325, low limb first.
  let h0 = 0x2325
  let h1 = 0x8422
  let h2 = 0x9ce4
  let h3 = 0xcbf2
  for (let i = 0; i < text.length; i++) {
    // A whole code unit fits the low limb, so one xor per character.
    h0 ^= text.charCodeAt(i)
    // Multiply by the FNV prime 0x100000001b3 = 2^40 + 0x1b3: the 2^40 part shifts limbs 0 and 1
    // up by 8 bits into limbs 2 and 3.
    const t0 = h0 * 0x1b3
    const t1 = h1 * 0x1b3 + (t0 >>> 16)
    const t2 = h2 * 0x1b3 + (t1 >>> 16) + (h0 << 8)
    const t3 = h3 * 0x1b3 + (t2 >>> 16) + (h1 << 8)
    h0 = t0 & 0xffff
    h1 = t1 & 0xffff
    h2 = t2 & 0xffff
    h3 = t3 & 0xffff
  }
  return hex4(h3) + hex4(h2) + hex4(h1) + hex4(h0)
}

function hex4(limb: number): string {
  return limb.toString(16).padStart(4, '0')
}
