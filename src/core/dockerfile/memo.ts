import * as ast from 'dockerfile-ast';
import { Argument, From, Instruction } from 'dockerfile-ast';

/**
 * dockerfile-ast computes every getter (arguments, ranges, flags…) from the text again on
 * each call, and 69 rules ask the same questions. The getters are pure for a parsed
 * document, so their results are kept per instance once `memoizeNode` marks it (after
 * parsing). The wrappers live on the prototypes (installed once by `memoizeParser`):
 * per-instance closures cost 16 allocations per instruction per lint, which profiling
 * showed at ~6 % of a 200-line lint.
 */
const GETTERS = [
  'getKeyword', 'getInstruction', 'getRange', 'getInstructionRange', 'getArgumentsRange',
  'getArgumentsContent', 'getArguments', 'getRawArguments', 'getFlags', 'getJSONStrings', 'getProperties',
  'getImage', 'getImageName', 'getImageTag', 'getImageDigest', 'getBuildStage',
];
/**
 * FROM's range getters reassign `range.start`/`range.end` of the ranges they get from one
 * another (dockerfile-ast instructions/from.js): cached, each caller gets its own copy.
 */
const RANGE_GETTERS = ['getImageRange', 'getImageNameRange', 'getImageTagRange', 'getImageDigestRange', 'getRegistryRange', 'getBuildStageRange'];

const MEMO = Symbol('kubeTutor.memo');
const RAW_ARGUMENTS = Symbol('kubeTutor.rawArguments');

type Memoized = { [MEMO]?: Map<unknown, unknown>; [RAW_ARGUMENTS]?: Argument[] };
type Range = { start: unknown; end: unknown };

/** Marks a parsed instruction: its getters answer from a cache from now on. */
export function memoizeNode<T extends object>(node: T): T {
  (node as Memoized)[MEMO] ??= new Map();
  return node;
}

let parserMemoized = false;

/**
 * Installs the caches (idempotent). Besides the getters above, the parser itself asks each
 * instruction for its raw arguments two or three times while parsing (heredoc scan, JSON
 * form, flags): profiling a 200-line file showed `getRawArguments` at ~6 calls per
 * instruction and the largest single cost, so that one is cached from the first call. The
 * arguments of a parsed instruction never change; callers get copies (FROM gets fresh
 * `Argument`s and ranges, since its image getters reassign the range of its first one).
 */
export function memoizeParser(): void {
  if (parserMemoized) return;
  parserMemoized = true;
  // local copies: through the CommonJS interop each `From` is a getter call (hot below)
  const FromClass = From;
  const ArgumentClass = Argument;

  type Raw = (this: Instruction) => Argument[];
  const base = Instruction.prototype as unknown as { getRawArguments: Raw };
  const raw = base.getRawArguments;
  base.getRawArguments = function (this: Instruction): Argument[] {
    const self = this as Memoized;
    let args = self[RAW_ARGUMENTS];
    if (!args) {
      args = raw.call(this);
      self[RAW_ARGUMENTS] = args;
    }
    if (this instanceof FromClass) return args.map((a) => new ArgumentClass(a.getValue(), { start: a.getRange().start, end: a.getRange().end }));
    return args.slice();
  };

  type Class = { readonly prototype: object };
  const classes = (Object.values(ast) as unknown[]).filter((v): v is Class => typeof v === 'function' && (v as Class).prototype instanceof Instruction);
  classes.push(Instruction, Object.getPrototypeOf(Instruction) as Class);
  for (const cls of classes) {
    const proto = cls.prototype as Record<string, unknown>;
    for (const name of [...GETTERS, ...RANGE_GETTERS]) {
      if (name === 'getRawArguments' || !Object.prototype.hasOwnProperty.call(proto, name)) continue;
      const original = proto[name];
      if (typeof original !== 'function') continue;
      const key = {}; // per class and getter: an override and its `super` call cache apart
      const range = RANGE_GETTERS.includes(name);
      const fresh = name === 'getArguments'; // FROM hands out fresh arguments (see above): not cached here
      proto[name] = function (this: Memoized): unknown {
        const cache = this[MEMO];
        if (!cache || (fresh && this instanceof FromClass)) return (original as () => unknown).call(this);
        let value = cache.get(key);
        if (value === undefined && !cache.has(key)) {
          value = (original as () => unknown).call(this);
          cache.set(key, value);
        }
        if (Array.isArray(value)) return value.slice();
        if (range && value) return { start: (value as Range).start, end: (value as Range).end };
        return value;
      };
    }
  }
}
