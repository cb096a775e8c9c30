import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generatedProfile } from '../../../src/core/cluster/profiles';
import { ScoreTree } from '../../../src/core/cluster/controllers/scoreTree';
import { SeededRandom } from '../../../src/core/sim/random';
import { makeCluster } from './fakes';

function replicaSet(name: string, replicas: number, cpu: string) {
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name, image: 'luksa/kubia', resources: { requests: { cpu, memory: '16Mi' } } }] } },
    },
  };
}

/** A run of scale-ups and scale-downs of two kinds of pods on small nodes (some fill up, some pods stay Pending). */
function placements(linearOnly: boolean): string[] {
  const { cluster } = makeCluster({ profile: generatedProfile(200, 1, 4), freeze: false });
  cluster.scheduler.linearOnly = linearOnly;
  const scale = (name: string, replicas: number) => {
    const rs = cluster.api.get('ReplicaSet', 'default', name);
    cluster.api.write({ ...rs, spec: { ...rs.spec, replicas } });
    cluster.advanceUntil(() => false, 20_000);
  };
  cluster.api.create(replicaSet('a', 900, '100m'));
  cluster.api.create(replicaSet('b', 250, '250m'));
  cluster.advanceUntil(() => false, 20_000);
  scale('a', 400);
  scale('b', 600);
  scale('a', 1300);
  const pods = cluster.store.list('Pod').map((p) => `${p.metadata.name} ${p.spec.nodeName ?? '-'} ${p.status?.phase}`);
  return [...pods, `start ${cluster.scheduler.searchStart}`, `random ${cluster.random.save()}`];
}

test('the score tree places every pod where the full pass over the nodes would (large clusters, full nodes, two kinds of pods)', () => {
  const tree = placements(false);
  const pass = placements(true);
  assert.ok(tree.some((l) => l.endsWith(' - Pending')), 'some pods found no room');
  assert.ok(tree.length > 1500);
  assert.deepEqual(tree, pass);
});

test('ScoreTree answers range maxima, ties, the n-th tie and the search span as a scan of its leaves does', () => {
  const random = new SeededRandom(3);
  const tree = new ScoreTree();
  for (let round = 0; round < 200; round++) {
    const length = 1 + random.int(70);
    const leaves = Array.from({ length }, () => (random.int(5) === 0 ? -Infinity : random.int(4)));
    tree.build(length, (i) => leaves[i]!);
    for (let k = 0; k < 20; k++) {
      const i = random.int(length);
      leaves[i] = random.int(5) === 0 ? -Infinity : random.int(4);
      tree.set(i, leaves[i]!);
      const from = random.int(length);
      const to = from + 1 + random.int(length - from);
      const inRange = leaves.slice(from, to).filter((v) => v !== -Infinity);
      const best = inRange.length ? Math.max(...inRange) : -Infinity;
      tree.top(from, to);
      assert.equal(tree.topScore, best);
      assert.equal(tree.topCount, best === -Infinity ? 0 : inRange.filter((v) => v === best).length);
      if (tree.topCount) {
        const n = random.int(tree.topCount);
        const positions = leaves.map((v, p) => (p >= from && p < to && v === best ? p : -1)).filter((p) => p >= 0);
        assert.equal(tree.nth(from, to, best, n), positions[n]);
      }
      const fitting = leaves.filter((v) => v !== -Infinity).length;
      assert.equal(tree.fitting, fitting);
      if (fitting) {
        const want = 1 + random.int(fitting);
        let seen = 0;
        let visited = 0;
        for (let p = from % length; seen < want; p = (p + 1) % length, visited++) if (leaves[p] !== -Infinity) seen++;
        assert.equal(tree.span(from % length, want), visited);
      }
    }
  }
});
