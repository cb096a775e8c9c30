import { test } from 'node:test';
import assert from 'node:assert/strict';
import { familiarTagged, fullTagged, parseReference } from '../../../src/core/engine/reference';

test('references normalise like distribution/reference', () => {
  assert.equal(fullTagged(parseReference('kubia')), 'docker.io/library/kubia:latest');
  assert.equal(fullTagged(parseReference('mucha0619/kubia')), 'docker.io/mucha0619/kubia:latest');
  assert.equal(familiarTagged(parseReference('docker.io/library/node:7')), 'node:7');
  assert.equal(fullTagged(parseReference('localhost:5000/kubia:v1')), 'localhost:5000/kubia:v1');
  assert.equal(familiarTagged(parseReference('redis:v1.0')), 'redis:v1.0');
});

test('invalid references are rejected with docker wording', () => {
  assert.throws(() => parseReference('Kubia'), /repository name \(library\/Kubia\) must be lowercase/);
  assert.throws(() => parseReference('kubia:'), /invalid reference format/);
  assert.throws(() => parseReference('ku bia'), /invalid reference format/);
});
