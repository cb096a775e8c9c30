import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseShell, flagsOf, argsNoFlags } from '../../../src/core/dockerfile/shell/parse';
import { createContext } from '../../../src/core/dockerfile/context';

const names = (script: string) => parseShell(script).commands.map((c) => [c.name.value, ...c.args.map((a) => a.value)].join(' '));

describe('shell tokenizer', () => {
  test('splits on &&, ||, ;, | and newlines; records pipes', () => {
    assert.deepEqual(names('apt-get update && apt-get install -y curl; echo a | tee b || true'), [
      'apt-get update', 'apt-get install -y curl', 'echo a', 'tee b', 'true',
    ]);
    assert.equal(parseShell('a | b').hasPipe, true);
    assert.equal(parseShell('a || b').hasPipe, false);
  });

  test('removes quotes but keeps quoted operators inside one word', () => {
    assert.deepEqual(names(`echo "a && b" 'c | d' e\\;f`), ['echo a && b c | d e;f']);
  });

  test('drops redirections, assignments and reserved words; keeps substitutions verbatim', () => {
    assert.deepEqual(names('DEBIAN_FRONTEND=noninteractive apt-get install x > /dev/null 2>&1'), ['apt-get install x']);
    assert.deepEqual(names('if true; then sudo ls; fi'), ['true', 'sudo ls']);
    assert.deepEqual(names('echo $(cd /x && pwd) ${A:-b}'), ['echo $(cd /x && pwd) ${A:-b}']);
    assert.deepEqual(names('for f in a b; do rm $f; done'), ['rm $f']);
  });

  test('never throws on half-typed input', () => {
    for (const s of ['echo "unterminated', "echo 'x", 'a &&', '$(', '`', '\\', '|', '2>']) assert.doesNotThrow(() => parseShell(s), s);
  });

  test('flags like hadolint: -yq is y and q; --yes=1 is yes; values of flags are dropped', () => {
    const [c] = parseShell('apt-get -yq install --no-install-recommends -t buster curl').commands;
    assert.deepEqual(flagsOf(c!), ['y', 'q', 'no-install-recommends', 't']);
    assert.deepEqual(argsNoFlags(c!, ['t']).map((w) => w.value), ['install', 'curl']);
  });
});

describe('RUN scripts', () => {
  test('continuations and comment lines inside them are removed; ranges map back to the document', () => {
    const text = 'FROM x\nRUN apt-get update && \\\n# a comment\n    apt-get install -y curl\n';
    const context = createContext(text);
    const run = context.shell(context.effective[1]!)!;
    assert.deepEqual(run.commands.map((c) => c.name.value), ['apt-get', 'apt-get']);
    const curl = run.commands[1]!.args[2]!;
    assert.deepEqual(run.rangeOf(curl), { start: { line: 3, character: 23 }, end: { line: 3, character: 27 } });
  });

  test('with escape=`, CRLF, blank and comment lines inside a continuation, every word maps back to its place', () => {
    const text = '# escape=`\r\nFROM x\r\nRUN echo a\\b && `\r\n  # note\r\n\r\n    apt-get install -y "cu rl" `  \r\n  wget\r\n';
    const context = createContext(text);
    const run = context.shell(context.effective[1]!)!;
    const at = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
    const words = run.commands.flatMap((c) => [c.name, ...c.args]).map((w) => `${w.value} ${at(run.rangeOf(w))}`);
    // a backslash is an ordinary character with escape=`: the shell itself removes it ("ab")
    assert.deepEqual(words, ['echo 2:4-2:8', 'ab 2:9-2:12', 'apt-get 5:4-5:11', 'install 5:12-5:19', '-y 5:20-5:22', 'cu rl 5:23-5:30', 'wget 6:2-6:6']);
  });

  test('heredoc bodies and exec form are parsed as scripts', () => {
    const context = createContext('FROM x\nRUN <<EOF\napt-get update\nsudo ls\nEOF\nRUN ["apt-get", "install", "curl"]\n');
    assert.deepEqual(context.shell(context.effective[1]!)!.commands.map((c) => c.name.value), ['apt-get', 'sudo']);
    const exec = context.shell(context.effective[2]!)!;
    assert.equal(exec.form, 'exec');
    assert.deepEqual(exec.commands[0]!.args.map((a) => a.value), ['install', 'curl']);
  });

  test('ONBUILD RUN is judged like RUN', () => {
    const context = createContext('FROM x\nONBUILD RUN sudo make\n');
    assert.equal(context.effective[1]!.keyword, 'RUN');
    assert.equal(context.shell(context.effective[1]!)!.commands[0]!.name.value, 'sudo');
  });
});
