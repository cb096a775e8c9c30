import { jsonStrings } from '../jsonArgs';
import type { Range } from '../../diagnostic';
import type { DockerfileContext, Inst } from '../context';
import { parseShell } from '../shell/parse';
import { basename } from '../posixPath';

/** Interpreters whose first non-flag argument is a script file. */
const INTERPRETERS: Record<string, { skipFirst?: string }> = {
  node: {}, nodejs: {}, python: {}, python2: {}, python3: {}, ruby: {}, perl: {}, php: {}, bash: {}, sh: {},
  deno: { skipFirst: 'run' }, bun: {}, java: {},
};

export interface ScriptRef {
  readonly inst: Inst;
  readonly interpreter: string;
  readonly script: string;
  readonly range: Range;
}

/** Words of a CMD/ENTRYPOINT with their ranges (exec or shell form). */
function words(context: DockerfileContext, inst: Inst): Array<{ value: string; range: Range }> {
  const raw = (inst.node.getArgumentsContent() ?? '').trim();
  if (raw.startsWith('[')) {
    return jsonStrings(context.lines, inst.node);
  }
  const argsRange = inst.node.getArgumentsRange();
  if (!argsRange || raw.includes('\n')) return [];
  const parsed = parseShell(raw);
  if (parsed.commands.length !== 1) return [];
  const base = context.lines.offsetAt(argsRange.start) + ((inst.node.getArgumentsContent() ?? '').length - (inst.node.getArgumentsContent() ?? '').trimStart().length);
  const c = parsed.commands[0]!;
  return [c.name, ...c.args].map((w) => ({ value: w.value, range: context.lines.rangeOf(base + w.start, base + w.end) }));
}

/** The script a CMD/ENTRYPOINT runs (`node app.js` → app.js), if statically visible. */
export function scriptOf(context: DockerfileContext, inst: Inst): ScriptRef | undefined {
  const w = words(context, inst);
  if (w.length < 2) return undefined;
  const interpreter = basename(w[0]!.value);
  const spec = INTERPRETERS[interpreter];
  if (!spec) return undefined;
  let rest = w.slice(1);
  if (interpreter === 'java') {
    const jar = rest.findIndex((x) => x.value === '-jar');
    if (jar < 0) return undefined;
    rest = rest.slice(jar + 1);
  } else {
    if (rest.some((x) => x.value === '-c' || x.value === '-e' || x.value === '-m' || x.value === '--eval' || x.value === '-r')) return undefined;
    if (spec.skipFirst && rest[0]?.value === spec.skipFirst) rest = rest.slice(1);
    rest = rest.filter((x) => !x.value.startsWith('-'));
  }
  const script = rest[0];
  if (!script || script.value === '.' || script.value.includes('$') || !/\.[A-Za-z0-9]+$|^[^.]+\/[^/]+$/.test(script.value)) return undefined;
  return { inst, interpreter, script: script.value, range: script.range };
}

/** The CMD and ENTRYPOINT instructions that take effect in each stage (the last of each). */
export function entryInstructions(context: DockerfileContext): Inst[] {
  // in the order each (stage, keyword) first appears, holding its last instruction
  const last: Inst[] = [];
  for (const inst of context.instructions) {
    if (inst.keyword !== 'CMD' && inst.keyword !== 'ENTRYPOINT') continue;
    let i = last.length - 1;
    while (i >= 0 && !(last[i]!.stage === inst.stage && last[i]!.keyword === inst.keyword)) i--;
    if (i >= 0) last[i] = inst;
    else last.push(inst);
  }
  return last;
}
