/**
 * Seeded random source (mulberry32): the simulator never calls Math.random, so the
 * same seed gives the same pod names, IPs and ids in every run.
 */
/** Char codes of the lower-case hex digits. */
const HEX = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
/** Char codes of the UUID variant digits 8, 9, a, b. */
const VARIANT = Array.from('89ab', (c) => c.charCodeAt(0));

export class SeededRandom {
  /**
   * The 32 state bits as a signed int32: a small integer the engine stores in place, where an
   * unsigned value above 2^31 would be a new heap number on every draw (the bit operations below
   * read both the same). `save` reports the unsigned value.
   */
  private state: number;
  /** Scratch char codes for the string builders. */
  private readonly codes: number[] = [];

  constructor(seed = 0x6b756265) {
    this.state = seed | 0;
  }

  /**
   * One mulberry32 step: the 32 output bits as a signed int32 (`>>> 0` gives the unsigned value).
   * Every draw goes through here; an int32 result is never boxed, where a fraction returned from
   * a call that is not inlined would be a new heap number (the scheduler draws millions).
   */
  private bits(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return t ^ (t >>> 14);
  }

  /** Uniform in [0, 1). */
  next(): number {
    return (this.bits() >>> 0) / 4294967296;
  }

  /** `Math.floor(next() * maxExclusive)`. */
  int(maxExclusive: number): number {
    return Math.floor(((this.bits() >>> 0) / 4294967296) * maxExclusive);
  }

  /**
   * 32 lower-case hex digits from 4 draws, each `Math.floor(next() * 2 ** 32)` padded to 8 (the
   * same sequence), built as one string: uids and container ids are hot.
   */
  hex32(): string {
    const a = this.bits();
    const b = this.bits();
    const c = this.bits();
    const d = this.bits();
    const h = HEX;
    return String.fromCharCode(
      h[(a >>> 28) & 15]!, h[(a >>> 24) & 15]!, h[(a >>> 20) & 15]!, h[(a >>> 16) & 15]!, h[(a >>> 12) & 15]!, h[(a >>> 8) & 15]!, h[(a >>> 4) & 15]!, h[a & 15]!,
      h[(b >>> 28) & 15]!, h[(b >>> 24) & 15]!, h[(b >>> 20) & 15]!, h[(b >>> 16) & 15]!, h[(b >>> 12) & 15]!, h[(b >>> 8) & 15]!, h[(b >>> 4) & 15]!, h[b & 15]!,
      h[(c >>> 28) & 15]!, h[(c >>> 24) & 15]!, h[(c >>> 20) & 15]!, h[(c >>> 16) & 15]!, h[(c >>> 12) & 15]!, h[(c >>> 8) & 15]!, h[(c >>> 4) & 15]!, h[c & 15]!,
      h[(d >>> 28) & 15]!, h[(d >>> 24) & 15]!, h[(d >>> 20) & 15]!, h[(d >>> 16) & 15]!, h[(d >>> 12) & 15]!, h[(d >>> 8) & 15]!, h[(d >>> 4) & 15]!, h[d & 15]!,
    );
  }

  /**
   * `prefix` and then the hex digits of `words` draws (8 each, what as many `hex32()` words would
   * spell), built as one flat string: a concatenation would leave a rope the engine flattens on
   * first hashing, and container ids are hot.
   */
  hexWords(words: number, prefix = ''): string {
    const codes = this.codes;
    let n = 0;
    for (let i = 0; i < prefix.length; i++) codes[n++] = prefix.charCodeAt(i);
    for (let w = 0; w < words; w++) {
      const x = this.bits();
      for (let shift = 28; shift >= 0; shift -= 4) codes[n++] = HEX[(x >>> shift) & 15]!;
    }
    codes.length = n;
    return String.fromCharCode.apply(null, codes);
  }

  /**
   * A version-4 UUID from 4 draws, `xxxxxxxx-xxxx-4xxx-Vxxx-xxxxxxxxxxxx` (V one of 8, 9, a, b),
   * spelled from the digits `hex32()` would give: digit 12 gives way to the version, digit 16 keeps
   * its low two bits under the variant. One flat string (uids key the cluster's maps).
   */
  uuid(): string {
    const codes = this.codes;
    const words = [this.bits(), this.bits(), this.bits(), this.bits()];
    let n = 0;
    for (let i = 0; i < 32; i++) {
      if (i === 8 || i === 12 || i === 16 || i === 20) codes[n++] = 45; // '-'
      const digit = (words[i >> 3]! >>> ((7 - (i & 7)) * 4)) & 15;
      codes[n++] = i === 12 ? 52 /* '4' */ : i === 16 ? VARIANT[digit & 3]! : HEX[digit]!;
    }
    codes.length = n;
    return String.fromCharCode.apply(null, codes);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /** Lower-case hex, e.g. container and image ids. */
  hex(length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += '0123456789abcdef'[this.int(16)];
    return out;
  }

  /** Kubernetes name suffix alphabet (no vowels, no confusable digits), as `kubia-7xk2p`. */
  suffix(length = 5): string {
    const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[this.int(alphabet.length)];
    return out;
  }

  /** Serialisable state, for persisting the simulator. */
  save(): number {
    return this.state >>> 0;
  }

  restore(state: number): void {
    this.state = state | 0;
  }
}
