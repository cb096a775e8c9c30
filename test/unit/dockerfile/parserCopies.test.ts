import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { From } from '../../../src/core/dockerfile/parser';
import { createContext } from '../../../src/core/dockerfile/context';
import type { Range } from '../../../src/core/diagnostic';

const show = (r: Range | null) => (r ? `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}` : 'null');

test('FROM getters give the same ranges however often and in whatever order they are asked', () => {
  const text = 'FROM registry.example.com:5000/team/app:1.2 AS build\n';
  const from = createContext(text).stages[0]!.from;
  const all = (f: From) => [f.getImageRange(), f.getRegistryRange(), f.getImageNameRange(), f.getImageTagRange(), f.getImageDigestRange(), f.getBuildStageRange()].map(show);
  const expected = ['0:5-0:43', '0:5-0:30', '0:31-0:39', '0:40-0:43', 'null', '0:47-0:52'];
  assert.deepEqual(all(from), expected);
  // (values as dockerfile-ast gives them; its getters reassign range.start/end of the ranges they get from one another: ours do not)
  assert.deepEqual([from.getImageTagRange(), from.getImageNameRange(), from.getRegistryRange()].map(show), [expected[3], expected[2], expected[1]]);
  assert.deepEqual(all(from), expected);
  assert.equal(show(from.getArguments()[0]!.getRange()), expected[0]);
  assert.deepEqual([from.getImageName(), from.getImageTag(), from.getImageDigest(), from.getBuildStage()], ['team/app', '1.2', null, 'build']);
});

test('a caller that modifies the arguments or flags it got does not change what the next caller gets', () => {
  const context = createContext('FROM alpine:3.20\nCOPY --chown=node:node --chmod=644 a.js b.js /app/\n');
  const copy = context.instructions[1]!.node;
  const values = () => copy.getArguments().map((a) => a.getValue());
  assert.deepEqual(values(), ['a.js', 'b.js', '/app/']);
  copy.getArguments().shift();
  copy.getFlags().pop();
  assert.deepEqual(values(), ['a.js', 'b.js', '/app/']);
  assert.deepEqual(copy.getFlags().map((f) => f.getName()), ['chown', 'chmod']);
});
