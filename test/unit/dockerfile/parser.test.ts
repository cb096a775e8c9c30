import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ast from 'dockerfile-ast';
import { parseDockerfile } from '../../../src/core/dockerfile/parser';
import { SeededRandom } from '../../../src/core/sim/random';
import { FIXTURES } from '../helpers';
import { listFiles } from './fixtureOptions';

/**
 * Differential test: our parser against dockerfile-ast (a devDependency kept for this test),
 * on every fixture Dockerfile, the seed notes, tricky hand-written cases and seeded mutations.
 * Both are asked the same questions through the same duck-typed interface and must answer
 * the same instructions, keywords, arguments, flags, properties, JSON strings, heredocs and
 * ranges.
 */

type R = { start: { line: number; character: number }; end: { line: number; character: number } } | null;
const r = (x: R | undefined) => (x ? `${x.start.line}:${x.start.character}-${x.end.line}:${x.end.character}` : String(x));
type Arg = { getValue(): string; getRange(): R };
type AnyInstruction = {
  getKeyword(): string;
  getInstruction(): string;
  getRange(): R;
  getInstructionRange(): R;
  getArguments(): Arg[];
  getRawArguments(): Arg[];
  getArgumentsRange(): R;
  getArgumentsContent(): string | null;
  getRawArgumentsContent(): string | null;
  getFlags?(): Array<{ getName(): string; getValue(): string | null; getRange(): R; getNameRange(): R; getValueRange(): R }>;
  getJSONStrings?(): Array<{ getValue(): string; getJSONValue(): string; getRange(): R; getJSONRange(): R }>;
  getHeredocs?(): Array<{ getName(): string; getStartRange(): R; getNameRange(): R; getContentRange(): R; getDelimiterRange(): R }>;
  getProperties?(): Array<{ getName(): string; getValue(): string | null; getRange(): R; getNameRange(): R; getValueRange(): R }>;
  getTriggerInstruction?(): AnyInstruction | null;
};
type AnyFrom = AnyInstruction & {
  getImage(): string | null;
  getImageName(): string | null;
  getImageTag(): string | null;
  getImageDigest(): string | null;
  getBuildStage(): string | null;
  getImageRange(): R;
  getImageNameRange(): R;
  getImageTagRange(): R;
  getImageDigestRange(): R;
  getRegistryRange(): R;
  getBuildStageRange(): R;
  getPlatformFlag(): { getName(): string } | null;
};
type AnyDockerfile = {
  getInstructions(): AnyInstruction[];
  getEscapeCharacter(): string;
  getDirectives(): Array<{ getName(): string; getValue(): string; getRange(): R; getNameRange(): R; getValueRange(): R }>;
  getFROMs(): AnyFrom[];
  getInitialARGs(): AnyInstruction[];
};

const args = (list: Arg[]) => list.map((a) => `${JSON.stringify(a.getValue())}@${r(a.getRange())}`);
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
const FLAG_KEYWORDS = new Set(['FROM', 'HEALTHCHECK', 'ADD', 'CMD', 'COPY', 'ENTRYPOINT', 'RUN', 'SHELL', 'VOLUME']);
const JSON_KEYWORDS = new Set(['ADD', 'CMD', 'COPY', 'ENTRYPOINT', 'RUN', 'SHELL', 'VOLUME']);
const PROPERTY_KEYWORDS = new Set(['ARG', 'ENV', 'LABEL']);

function describeInstruction(i: AnyInstruction, depth = 0): unknown {
  const k = i.getKeyword();
  const out: Record<string, unknown> = {
    keyword: k,
    instruction: i.getInstruction(),
    range: r(i.getRange()),
    instructionRange: r(i.getInstructionRange()),
    raw: args(i.getRawArguments()),
    args: args(i.getArguments()),
    argumentsRange: r(i.getArgumentsRange()),
    argumentsContent: i.getArgumentsContent(),
    rawArgumentsContent: i.getRawArgumentsContent(),
  };
  if (FLAG_KEYWORDS.has(k)) out.flags = i.getFlags!().map((f) => [f.getName(), f.getValue(), r(f.getRange()), r(f.getNameRange()), r(f.getValueRange())]);
  if (JSON_KEYWORDS.has(k)) out.json = i.getJSONStrings!().map((s) => [s.getValue(), s.getJSONValue(), r(s.getRange()), r(s.getJSONRange())]);
  if (HEREDOC_KEYWORDS.has(k)) {
    // (both throw alike on a few inputs: a line break inside a continued `<<` word)
    try {
      out.heredocs = i.getHeredocs!().map((h) => [h.getName(), r(h.getStartRange()), r(h.getNameRange()), r(h.getContentRange()), r(h.getDelimiterRange())]);
    } catch (error) {
      out.heredocs = `throws ${(error as Error).name}`;
    }
  }
  if (PROPERTY_KEYWORDS.has(k)) out.properties = i.getProperties!().map((p) => [p.getName(), p.getValue(), r(p.getRange()), r(p.getNameRange()), r(p.getValueRange())]);
  if (k === 'FROM') {
    const f = i as AnyFrom;
    out.from = [
      f.getImage(), f.getImageName(), f.getImageTag(), f.getImageDigest(), f.getBuildStage(), f.getPlatformFlag()?.getName() ?? null,
      r(f.getImageRange()), r(f.getImageNameRange()), r(f.getImageTagRange()), r(f.getImageDigestRange()), r(f.getRegistryRange()), r(f.getBuildStageRange()),
    ];
  }
  if (k === 'ONBUILD' && depth === 0) {
    const t = i.getTriggerInstruction!();
    out.trigger = t ? describeInstruction(t, 1) : null;
  }
  return out;
}

function describe(d: AnyDockerfile): unknown {
  return {
    escape: d.getEscapeCharacter(),
    directives: d.getDirectives().map((x) => [x.getName(), x.getValue(), r(x.getRange()), r(x.getNameRange()), r(x.getValueRange())]),
    froms: d.getFROMs().length,
    initialArgs: d.getInitialARGs().map((a) => r(a.getRange())),
    instructions: d.getInstructions().map((i) => describeInstruction(i)),
  };
}

/** Compares; `false` when dockerfile-ast overflows its stack (ours must not throw there). */
function compare(text: string, label: string): boolean {
  const ours = describe(parseDockerfile(text) as unknown as AnyDockerfile);
  let theirs: unknown;
  try {
    theirs = describe(ast.DockerfileParser.parse(text) as unknown as AnyDockerfile);
  } catch (error) {
    // dockerfile-ast's FROM getters resolve variables recursively and can recurse forever
    if (error instanceof RangeError) return false;
    throw error;
  }
  assert.deepStrictEqual(ours, theirs, `${label}:\n${JSON.stringify(text)}`);
  return true;
}

function fixtureDockerfiles(): Array<[string, string]> {
  const files = listFiles(FIXTURES).filter((f) => /dockerfile|containerfile/i.test(path.basename(f)) && !f.endsWith('.expected') && !f.endsWith('.json'));
  return files.map((f) => [f, fs.readFileSync(path.join(FIXTURES, f), 'utf8')]);
}

/** The curriculum's notes (outside the repository; skipped where they are not present). */
function seedNotes(): Array<[string, string]> {
  const dir = path.resolve(__dirname, '../../../../../shared/seeds');
  const alt = '/work/shared/seeds';
  const seeds = fs.existsSync(dir) ? dir : fs.existsSync(alt) ? alt : undefined;
  if (!seeds) return [];
  return fs.readdirSync(seeds).map((f) => [f, fs.readFileSync(path.join(seeds, f), 'utf8')]);
}

const TRICKY = [
  '',
  '\n\n',
  'FROM',
  'FROM alpine',
  '\uFEFFFROM alpine\n',
  '\uFEFF# escape=`\nFROM alpine\nRUN echo `\n  hi\n',
  '# syntax=docker/dockerfile:1\n# escape=`\n# check=skip=all;error=true\nFROM alpine\nRUN echo \\ `\n  done\n',
  '#escape=\\\n\nFROM a\n',
  '# escape = `\n#syntax=x\nFROM a\n',
  '# directive=\n# x=1 2\nFROM a',
  '# not a directive\n# escape=`\nFROM a\nRUN a `\n b\n',
  'FROM alpine\r\nRUN echo a \\\r\n  b\r\n# c\r\nCMD ["a", "b"]\r\n',
  'FROM a\rRUN b\rCMD c\r',
  'FROM alpine\nRUN apt-get update && \\\n    # a comment inside\n\n    apt-get install -y curl\n',
  'FROM alpine\nRUN a \\   \n  b \\\t\n  c\n',
  'FROM alpine\nRUN \\\n\\\n  echo\n',
  'FROM alpine\nR\\\nUN echo hi\n',
  'FROM alpine\nRUN\\\n echo hi\n',
  'FROM alpine\nRU\\ N x\n',
  'FROM alpine\nRUN <<EOF\necho hi\nEOF\n',
  'FROM alpine\nRUN <<-EOF\n\techo hi\n\tEOF\nCMD x\n',
  'FROM alpine\nRUN <<"EOF" bash\necho $HOME\nEOF\n',
  "FROM alpine\nCOPY <<'A' <<B /dest/\naaa\nA\nbbb\nB\nRUN x\n",
  'FROM alpine\nRUN <<EOF\nno end\n',
  'FROM alpine\nRUN cat <<EOF > /f && <<X cat\nhi\nEOF\nthere\nX\nEXPOSE 80\n',
  'FROM alpine\nONBUILD RUN <<EOF\nx\nEOF\nONBUILD\nONBUILD COPY --from=a b c\n',
  'FROM alpine\nCOPY --from=build --chown=a:b --chmod=644 src/ dst/\nCOPY --link --from= x y\nADD --checksum=sha256:abc https://x/y /z\n',
  'FROM --platform=$BUILDPLATFORM golang:1.22@sha256:abcd AS build\nFROM build\nFROM localhost/app\nFROM localhost:5000/a/b:c\nFROM ${REG}/img:${TAG}\nFROM a/b@sha256:1 as X\n',
  'FROM registry.example.com:5000/team/app:1.2 AS build\n',
  'FROM a\\\n:1 \\\n AS \\\n  b\n',
  'ARG A=1 B="two words" C=\'x\'\nARG D\nFROM alpine\nENV X=1 Y=2\nENV Z a b c\nENV Q=\\\n  "multi \\\n  line"\nLABEL "a.b"="c d" e=f\nLABEL x\n',
  'FROM a\nENV A=${B:-x y} C="${D}" E=$F\nENV G="a\\"b" H=a\\ b\nENV I \\\n # comment\n  j\n',
  'FROM a\nENV A=1 \\\n  # a comment\n  B=2\nARG \\\n X=1\n',
  'FROM a\nCMD ["a", "b c",\n  "d"]\nENTRYPOINT ["x" , "y"] # trailing\nCMD []\nCMD [ ]\nCMD ["a\\"b", "c\\\\d", "e\\nf"]\nCMD ["unterminated\nCMD [\'single\']\nSHELL ["/bin/sh", "-c"]\nVOLUME ["/a", "/b"]\nRUN ["a", \\\n "b"]\n',
  'FROM a\nHEALTHCHECK --interval=30s --timeout=3s CMD curl -f http://x || exit 1\nHEALTHCHECK NONE\nHEALTHCHECK --retries=3\n',
  'FROM a\nRUN --mount=type=cache,target=/root/.cache --network=none pip install x\nRUN --mount=type=secret,id=x,dst=/s cat /s\n',
  'FROM a\nEXPOSE 80/tcp 443 \\\n  8080\nUSER node:node\nWORKDIR "/app dir"\nSTOPSIGNAL SIGTERM\nMAINTAINER me <me@x>\nBOGUS x y\n',
  'FROM a\nRUN echo \\$HOME \\\\ \\x\nRUN echo a\\ b\nRUN echo "a \\\n  b"\n',
  'FROM a\nRUN echo a \\\n\n\n  b\n# trailing comment\n   # indented comment\n',
  '  FROM a  \n\t RUN  b  \n',
  'FROM a\nRUN a #not a comment\nCOPY a b # comment\n',
  'FROM a\nRUN \\',
  'FROM a\nRUN a \\\n',
  'FROM a\nRUN x\\\n#c\n',
  'FROM a\nENV A\\ B=1\nENV A=\\\nENV\nARG\nLABEL a= b=\n',
  'FROM a\nENV A="unterminated\nENV B=\'x\'y\n',
  'FROM a\nLABEL a=${b c} d=${e\\\n f}\n',
  '# escape=`\nFROM a\nENV A=`"x`" B=C:\\dir\nRUN dir c:\\ `\n  && echo\nCOPY <<EOF c:\\x\nhi\nEOF\n',
  'FROM a\nCOPY <<EOF\\\n /x\nhi\nEOF\n',
  'FROM a\nRUN <<EOF <<-"X"\na\nEOF\n\tb\n\tX\n',
  'FROM a\nRUN <<<EOF\nx\n',
  'FROM a\nRUN echo <<EOF\nEOF\n',
  'FROM a\nRUN echo é ü 日本\nLABEL x="日本"\n',
  'FROM a\u0000\nRUN \u0000x\n',
];

test('our parser matches dockerfile-ast on every fixture Dockerfile', () => {
  const files = fixtureDockerfiles();
  assert.ok(files.length > 100, `fixtures found: ${files.length}`);
  for (const [name, text] of files) compare(text, name);
});

test('our parser matches dockerfile-ast on the seed notes (whole files and their code blocks)', () => {
  for (const [name, text] of seedNotes()) {
    compare(text, name);
    for (const block of text.matchAll(/```[a-zA-Z]*\n([\s\S]*?)```/g)) compare(block[1]!, `${name} (block)`);
  }
});

test('our parser matches dockerfile-ast on tricky cases', () => {
  for (const [i, text] of TRICKY.entries()) {
    compare(text, `case ${i}`);
    compare(text.replace(/\n/g, '\r\n'), `case ${i} (CRLF)`);
  }
});

/** Fragments that stress continuations, quotes, heredocs, JSON and directives. */
const PIECES = [
  '\\', '\\\n', '\\ \n', '\n', '\n\n', '\r\n', '\r', '"', "'", '[', ']', '["', '", "', '$', '${', '}', '${X:-', '#', ' # x', '\n# c\n',
  '<<EOF\n', '\nEOF\n', '<<-EOF\n', '\n\tEOF\n', '<<"EOF"', '--', '--from=', '--platform=', '--mount=type=cache,target=', '=', ' ', '\t',
  '@', ':', '/', 'FROM ', 'RUN ', 'COPY ', 'ADD ', 'CMD ', 'ONBUILD ', 'ARG ', 'ENV ', 'LABEL ', 'HEALTHCHECK ', ' AS ', '`',
  '# escape=`\n', '# syntax=x\n', '\uFEFF', 'localhost/', 'a.b:5000/', '@sha256:ab',
];

test('our parser matches dockerfile-ast on seeded mutations (3000; PARSER_MUTATIONS=n for more)', () => {
  const seeds = [...fixtureDockerfiles().map(([, t]) => t), ...TRICKY.filter((t) => t.length > 10)];
  const random = new SeededRandom(20261207);
  let skipped = 0;
  for (let n = 0; n < Number(process.env.PARSER_MUTATIONS ?? 3000); n++) {
    let text = seeds[random.int(seeds.length)]!;
    const steps = 1 + random.int(5);
    for (let s = 0; s < steps; s++) {
      const at = random.int(text.length + 1);
      switch (random.int(4)) {
        case 0:
          text = text.slice(0, at) + text.slice(at + 1 + random.int(6));
          break;
        case 3:
          text = PIECES[random.int(PIECES.length)]! + text;
          break;
        default:
          text = text.slice(0, at) + PIECES[random.int(PIECES.length)]! + text.slice(at);
      }
    }
    if (!compare(text, `mutation ${n}`)) skipped++;
  }
  assert.ok(skipped < 50, `dockerfile-ast failed on ${skipped} mutations`);
});
