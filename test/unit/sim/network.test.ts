import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Network, type HttpRequest } from '../../../src/core/sim/network';

const get = (host: string, port: number): HttpRequest => ({ host, port, path: '/', method: 'GET' });

test('a resolver answers for the addresses it keeps; listeners come first, and a taken address is refused', () => {
  const net = new Network();
  const pods = new Map([['10.244.0.5', 8080]]);
  const remove = net.resolve((host, port) => (pods.get(host) === port ? { handle: () => ({ ok: true, status: 200, body: `pod ${host}\n` }) } : undefined));
  assert.deepEqual(net.request(get('10.244.0.5', 8080)), { ok: true, status: 200, body: 'pod 10.244.0.5\n' });
  assert.equal(net.isListening('10.244.0.5', 8080), true);
  assert.equal(net.isListening('10.244.0.5', 9090), false);
  assert.equal(net.attach('10.244.0.5', 8080, () => ({ ok: true, status: 200, body: 'other' })), false, 'the resolver has the address');
  assert.throws(() => net.listen('10.244.0.5', 8080, () => ({ ok: true, status: 200, body: 'other' })), /address already in use: 10\.244\.0\.5:8080/);

  pods.delete('10.244.0.5');
  const r = net.request(get('10.244.0.5', 8080));
  assert.equal(r.ok, false);
  assert.match(!r.ok ? r.error : '', /Failed to connect to 10\.244\.0\.5 port 8080/);

  net.listen('localhost', 8080, () => ({ ok: true, status: 200, body: 'published' }));
  pods.set('localhost', 8080);
  assert.deepEqual(net.request(get('127.0.0.1', 8080)), { ok: true, status: 200, body: 'published' }, 'a listener wins over a resolver');
  remove();
  pods.set('10.244.0.5', 8080);
  assert.equal(net.isListening('10.244.0.5', 8080), false, 'a removed resolver is not asked');
});
