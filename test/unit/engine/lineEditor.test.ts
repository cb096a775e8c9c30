import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineEditor, toCrlf } from '../../../src/core/shell/lineEditor';

const lines = (e: LineEditor, data: string): string[] => e.feed(data).events.flatMap((ev) => (ev.kind === 'line' ? [ev.text] : []));

test('typing, backspace and Enter submit the edited line', () => {
  const e = new LineEditor();
  assert.deepEqual(lines(e, 'docker pss\x7f\r'), ['docker ps']);
  assert.equal(e.line, '');
});

test('cursor movement inserts in the middle; Ctrl+A/E, Ctrl+U, Ctrl+W edit like readline', () => {
  const e = new LineEditor();
  e.feed('docker ru');
  e.feed('\x1b[D\x1b[D');
  e.feed('X');
  assert.equal(e.line, 'docker Xru');
  e.feed('\x01Y');
  assert.equal(e.line, 'Ydocker Xru');
  e.feed('\x05 kubia');
  e.feed('\x17');
  assert.equal(e.line, 'Ydocker Xru ');
  e.feed('\x15');
  assert.equal(e.line, '');
});

test('history: up/down recall previous lines and restore the draft', () => {
  const e = new LineEditor();
  lines(e, 'docker ps\r');
  lines(e, 'docker images\r');
  e.feed('dra');
  e.feed('\x1b[A');
  assert.equal(e.line, 'docker images');
  e.feed('\x1b[A');
  assert.equal(e.line, 'docker ps');
  e.feed('\x1b[B\x1b[B');
  assert.equal(e.line, 'dra');
});

test('Ctrl+C interrupts and clears; secret input echoes nothing and skips history', () => {
  const e = new LineEditor();
  const r = e.feed('abc\x03');
  assert.deepEqual(r.events, [{ kind: 'interrupt' }]);
  assert.equal(r.output.endsWith('^C\r\n'), true);
  e.secret = true;
  const s = e.feed('hunter2\r');
  assert.equal(s.output, '\r\n');
  assert.deepEqual(s.events, [{ kind: 'line', text: 'hunter2' }]);
  e.secret = false;
  e.feed('\x1b[A');
  assert.equal(e.line, '', 'the password is not in history');
});

test('output uses CRLF', () => {
  assert.equal(toCrlf('a\nb\r\nc\n'), 'a\r\nb\r\nc\r\n');
});
