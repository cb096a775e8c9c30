import { test } from 'node:test';
import assert from 'node:assert/strict';
import { humanDuration, humanSize, table } from '../../../src/core/engine/format';

test('humanDuration follows go-units', () => {
  const cases: [number, string][] = [
    [400, 'Less than a second'],
    [1000, '1 second'],
    [5000, '5 seconds'],
    [60_000, 'About a minute'],
    [14 * 60_000, '14 minutes'],
    [3_600_000, 'About an hour'],
    [5 * 3_600_000, '5 hours'],
    [3 * 86_400_000, '3 days'],
    [20 * 86_400_000, '2 weeks'],
    [90 * 86_400_000, '3 months'],
    [3 * 365 * 86_400_000, '3 years'],
  ];
  for (const [ms, text] of cases) assert.equal(humanDuration(ms), text, String(ms));
});

test('humanSize prints decimal units with 3 significant digits like docker images', () => {
  assert.equal(humanSize(93_748_000), '93.7MB');
  assert.equal(humanSize(660_100_000), '660MB');
  assert.equal(humanSize(4_269_000), '4.27MB');
  assert.equal(humanSize(13_256), '13.3kB');
  assert.equal(humanSize(999), '999B');
  assert.equal(humanSize(1_020_000_000), '1.02GB');
  assert.equal(humanSize(3072, 4), '3.072kB');
});

test('table pads columns like the docker CLI tabwriter (min width 10, padding 3)', () => {
  // The header and row of `docker image ls` from the seed (004).
  const text = table([
    ['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE'],
    ['redis', 'v1.0', '86e103ba6f7c', '14 minutes ago', '93.7MB'],
  ]);
  assert.equal(text, 'REPOSITORY   TAG       IMAGE ID       CREATED          SIZE\nredis        v1.0      86e103ba6f7c   14 minutes ago   93.7MB\n');
});
