import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitCommandLine } from '../../../src/core/tutor/argv';

test('splits like a POSIX shell: quotes, escapes, comments', () => {
  assert.deepEqual(splitCommandLine('docker run busybox echo "Hello world"'), { argv: ['docker', 'run', 'busybox', 'echo', 'Hello world'] });
  assert.deepEqual(splitCommandLine(`echo 'a "b"' "c \\"d\\"" e\\ f # tail`), { argv: ['echo', 'a "b"', 'c "d"', 'e f'] });
  assert.deepEqual(splitCommandLine('a#b'), { argv: ['a#b'] });
});

test('typographic quotes from the seed are ordinary characters, as in bash', () => {
  assert.deepEqual(splitCommandLine('docker run busybox echo “Hello world”'), { argv: ['docker', 'run', 'busybox', 'echo', '“Hello', 'world”'] });
});

test('unterminated quotes are reported, not guessed', () => {
  assert.match((splitCommandLine('echo "abc') as { error: string }).error, /matching `"'/);
  assert.match((splitCommandLine("echo 'abc") as { error: string }).error, /matching `''/);
});
