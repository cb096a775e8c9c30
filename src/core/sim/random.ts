/**
 * Seeded random source (mulberry32): the simulator never calls Math.random, so the
 * same seed gives the same pod names, IPs and ids in every run.
 */
/** Char codes of the lower-case hex digits. */
const HEX = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

export class SeededRandom {
  /**
   * The 32 state bits as a signed int32: a small integer the engine stores in place, where an
   * unsigned value above 2^31 would be a new heap number on every draw (the bit operations below
   * read both the same). `save` reports the unsigned value.
   */
  private state: number;

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
