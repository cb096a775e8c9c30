import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expandVariables } from '../../../src/core/dockerfile/variables';
import { parseImageReference } from '../../../src/core/dockerfile/baseImage';

const vars: Record<string, string> = { NODE: '20', EMPTY: '', IMAGE: 'node' };
const lookup = (n: string) => vars[n];

test('expands $VAR and ${VAR}', () => {
  assert.equal(expandVariables('node:$NODE', lookup), 'node:20');
  assert.equal(expandVariables('${IMAGE}:${NODE}-alpine', lookup), 'node:20-alpine');
});

test('supports :- and :+ modifiers like BuildKit', () => {
  assert.equal(expandVariables('${MISSING:-18}', lookup), '18');
  assert.equal(expandVariables('${EMPTY:-18}', lookup), '18');
  assert.equal(expandVariables('${EMPTY-18}', lookup), '');
  assert.equal(expandVariables('${NODE:+set}', lookup), 'set');
  assert.equal(expandVariables('${MISSING:+set}', lookup), '');
});

test('an undefined variable makes the value unknown', () => {
  assert.equal(expandVariables('node:$MISSING', lookup), undefined);
});

test('escaped dollar stays literal', () => {
  assert.equal(expandVariables('a\\$NODE', lookup), 'a$NODE');
  assert.equal(expandVariables('a`$NODE', lookup, '`'), 'a$NODE');
});

test('image references: registry ports are not tags', () => {
  assert.deepEqual(parseImageReference('localhost:5000/app'), { name: 'localhost:5000/app' });
  assert.deepEqual(parseImageReference('localhost:5000/app:1.2'), { name: 'localhost:5000/app', tag: '1.2' });
  assert.deepEqual(parseImageReference('node@sha256:ab'), { name: 'node', digest: 'sha256:ab' });
});
