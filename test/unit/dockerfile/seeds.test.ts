import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import * as fs from 'node:fs';
import { lintDockerfile } from '../../../src/core/dockerfile';
import { FIXTURES } from '../helpers';
import { snapshotOf } from './fixtureOptions';

const KUBIA = path.join(FIXTURES, 'workspaces', 'kubia');
const lint = (file: string, contextDir: string) =>
  lintDockerfile(fs.readFileSync(path.join(KUBIA, file), 'utf8'), { buildContext: snapshotOf(contextDir) }).map((d) => `${d.range.start.line + 1} ${d.code} ${d.severity}`);

/** The seed Dockerfiles show their real problems and nothing else (DESIGN.md, "Severity is a promise"). */
describe('seed Dockerfiles', () => {
  test('kubia: EOL node:7 and ADD for a local file; app.js is copied and found', () => {
    assert.deepEqual(lint('Dockerfile', KUBIA), ['1 DF069 warning', '2 DF043 warning']);
  });

  test('redis 3-Dockerfile: the one-argument "--protected-mode no", EOL ubuntu:18.04, apt notes as info', () => {
    assert.deepEqual(lint('redis/3-Dockerfile', path.join(KUBIA, 'redis')), [
      '2 DF069 warning', '4 DF036 info', '5 DF039 info', '5 DF035 info', '10 DF068 warning',
    ]);
  });

  test('the kubia notes version with trailing comments: each comment is explained once, as an error', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'dockerfile', 'DF006', 'kubia-seed.Dockerfile'), 'utf8');
    const found = lintDockerfile(text, { buildContext: snapshotOf(KUBIA) }).filter((d) => d.severity === 'error').map((d) => `${d.range.start.line + 1} ${d.code}`);
    assert.deepEqual(found, ['1 DF006', '2 DF006', '3 DF006']);
    assert.match(lintDockerfile(text).find((d) => d.code === 'DF006')!.message, /FROM requires either one or three arguments/);
  });
});
