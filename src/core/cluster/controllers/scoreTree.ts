/**
 * The scheduler's node scores for one kind of pod, as a max tree over the node list: each leaf is
 * a node's score (`-Infinity` when the pod does not fit), each inner node the maximum below it,
 * how many leaves share it, and how many leaves fit. A decision then costs a few walks down the
 * tree instead of a pass over the 420–500 nodes kube-scheduler's search visits, and placing a
 * pod updates one leaf. The answers are those of that pass, node for node (see `scheduler.test`).
 */
export class ScoreTree {
  private size = 1;
  private max = new Float64Array(2);
  private ties = new Int32Array(2);
  private fit = new Int32Array(2);
  /** Leaves in use (the node list's length). */
  length = 0;
  /** Result of `top`: the best score in the range and how many leaves have it. */
  topScore = -Infinity;
  topCount = 0;

  /** Rebuilds over `length` leaves; `score(i)` is leaf i's score, `-Infinity` when it does not fit. */
  build(length: number, score: (i: number) => number): void {
    let size = 1;
    while (size < length) size *= 2;
    if (size !== this.size || this.max.length !== 2 * size) {
      this.size = size;
      this.max = new Float64Array(2 * size);
      this.ties = new Int32Array(2 * size);
      this.fit = new Int32Array(2 * size);
    }
    this.length = length;
    for (let i = 0; i < size; i++) this.leaf(size + i, i < length ? score(i) : -Infinity);
    for (let p = size - 1; p >= 1; p--) this.pull(p);
  }

  /** Sets leaf i's score and the maxima above it. */
  set(i: number, score: number): void {
    let p = this.size + i;
    this.leaf(p, score);
    for (p >>= 1; p >= 1; p >>= 1) this.pull(p);
  }

  /** How many leaves fit. */
  get fitting(): number {
    return this.fit[1]!;
  }

  /**
   * How many leaves a search from `start` (wrapping at the end) visits until it has seen `k`
   * fitting ones: the position after the k-th, counted from `start`. At least one leaf fits k times.
   */
  span(start: number, k: number): number {
    const before = this.fitBefore(start);
    const after = this.fit[1]! - before;
    if (after >= k) return this.kth(before + k) - start + 1;
    return this.length - start + this.kth(k - after) + 1;
  }

  /** The best score in [from, to) into `topScore`/`topCount`. */
  top(from: number, to: number): void {
    this.topScore = -Infinity;
    this.topCount = 0;
    for (let a = from + this.size, b = to + this.size; a < b; a >>= 1, b >>= 1) {
      if (a & 1) this.fold(a++);
      if (b & 1) this.fold(--b);
    }
    if (this.topScore === -Infinity) this.topCount = 0;
  }

  /** Takes tree node p into the running `top` answer. */
  private fold(p: number): void {
    const m = this.max[p]!;
    if (m > this.topScore) {
      this.topScore = m;
      this.topCount = this.ties[p]!;
    } else if (m === this.topScore) this.topCount += this.ties[p]!;
  }

  /** The leaf of the n-th (from 0) leaf scoring `score` in [from, to), in leaf order; -1 when there are fewer. */
  nth(from: number, to: number, score: number, n: number): number {
    this.wanted = n;
    return this.find(1, 0, this.size, from, to, score);
  }

  private wanted = 0;

  /** Walks down to the wanted leaf; `score` is the best of [from, to), so no leaf inside scores more. */
  private find(p: number, lo: number, hi: number, from: number, to: number, score: number): number {
    if (hi <= from || lo >= to || this.max[p]! < score) return -1;
    if (from <= lo && hi <= to) {
      if (this.ties[p]! <= this.wanted) {
        this.wanted -= this.ties[p]!;
        return -1;
      }
      if (p >= this.size) return p - this.size;
    }
    const mid = (lo + hi) >> 1;
    const left = this.find(2 * p, lo, mid, from, to, score);
    return left >= 0 ? left : this.find(2 * p + 1, mid, hi, from, to, score);
  }

  /** Fitting leaves before position i. */
  private fitBefore(i: number): number {
    let n = 0;
    for (let a = this.size, b = this.size + i; a < b; a >>= 1, b >>= 1) {
      if (a & 1) n += this.fit[a++]!;
      if (b & 1) n += this.fit[--b]!;
    }
    return n;
  }

  /** Position of the k-th (from 1) fitting leaf. */
  private kth(k: number): number {
    let p = 1;
    while (p < this.size) {
      const left = this.fit[2 * p]!;
      if (k <= left) p = 2 * p;
      else {
        k -= left;
        p = 2 * p + 1;
      }
    }
    return p - this.size;
  }

  private leaf(p: number, score: number): void {
    this.max[p] = score;
    const fits = score !== -Infinity ? 1 : 0;
    this.ties[p] = fits;
    this.fit[p] = fits;
  }

  private pull(p: number): void {
    const l = 2 * p;
    const r = l + 1;
    const ml = this.max[l]!;
    const mr = this.max[r]!;
    this.max[p] = ml >= mr ? ml : mr;
    this.ties[p] = ml > mr ? this.ties[l]! : mr > ml ? this.ties[r]! : this.ties[l]! + this.ties[r]!;
    this.fit[p] = this.fit[l]! + this.fit[r]!;
  }
}
