import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SeededRandom } from '../../../src/core/sim/random';

/** mulberry32 as first written (unsigned state, every draw through `next`): the sequence saved clusters and tests rely on. */
class Reference {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  save(): number {
    return this.state;
  }
}

test('int, next and hex32 draw the reference mulberry32 sequence; save reports the unsigned state', () => {
  for (const seed of [0, 1, 42, 0x6b756265, 0x7fffffff, 0x80000000, 0xffffffff]) {
    const ours = new SeededRandom(seed);
    const ref = new Reference(seed);
    for (let i = 0; i < 2000; i++) {
      assert.equal(ours.int(27), Math.floor(ref.next() * 27));
      assert.equal(ours.next(), ref.next());
      const hex = Array.from({ length: 4 }, () => Math.floor(ref.next() * 0x100000000).toString(16).padStart(8, '0')).join('');
      assert.equal(ours.hex32(), hex);
      assert.equal(ours.save(), ref.save());
    }
  }
});

test('a restored state continues the same sequence, including states above 2^31', () => {
  const a = new SeededRandom(7);
  for (let i = 0; i < 100; i++) a.next();
  const b = new SeededRandom();
  b.restore(a.save());
  assert.deepEqual([a.suffix(), a.hex(12), a.int(1000)], [b.suffix(), b.hex(12), b.int(1000)]);
  const high = new SeededRandom();
  high.restore(0xfffffff0);
  assert.equal(high.save(), 0xfffffff0);
  const ref = new Reference(0xfffffff0);
  assert.equal(high.next(), ref.next());
  assert.equal(high.save(), ref.save());
});

test('uuid and hexWords spell the digits hex32 would draw (uids and container ids keep their values)', () => {
  for (const seed of [0, 1, 42, 0x6b756265, 0xffffffff]) {
    const ours = new SeededRandom(seed);
    const ref = new SeededRandom(seed);
    for (let i = 0; i < 500; i++) {
      const h = ref.hex32();
      const expected = `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[parseInt(h[16]!, 16) & 3]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
      assert.equal(ours.uuid(), expected);
      assert.equal(ours.hexWords(8, 'docker://'), `docker://${ref.hex32()}${ref.hex32()}`);
      assert.equal(ours.save(), ref.save());
    }
  }
});
