/**
 * Seeded random source (mulberry32): the simulator never calls Math.random, so the
 * same seed gives the same pod names, IPs and ids in every run.
 */
const BYTE_HEX: readonly string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

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

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /**
   * `Math.floor(next() * maxExclusive)`, with mulberry32 written out again: a call to `next()`
   * that is not inlined returns its fraction as a heap-allocated number, and the scheduler draws
   * millions of these (tie-breaks) on a large cluster. Same sequence as `next()`.
   */
  int(maxExclusive: number): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * maxExclusive);
  }

  /**
   * The next draw as 8 lower-case hex digits: `Math.floor(next() * 2 ** 32)` padded, the same
   * sequence, without a radix conversion of a double (uids and container ids are hot).
   */
  hex8(): string {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const u = t ^ (t >>> 14);
    return BYTE_HEX[(u >>> 24) & 255]! + BYTE_HEX[(u >>> 16) & 255]! + BYTE_HEX[(u >>> 8) & 255]! + BYTE_HEX[u & 255]!;
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
