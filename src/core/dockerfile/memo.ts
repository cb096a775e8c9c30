/**
 * dockerfile-ast computes every getter (arguments, ranges, flags…) from the text again
 * on each call, and 69 rules ask the same questions. The getters are pure for a parsed
 * document, so each instruction memoizes them on the instance (measured: several times
 * faster on a 200-line file; see bench/dockerfile.mjs).
 */
const GETTERS = [
  'getKeyword', 'getInstruction', 'getRange', 'getInstructionRange', 'getArgumentsRange',
  'getArgumentsContent', 'getArguments', 'getFlags', 'getJSONStrings', 'getProperties',
];

export function memoizeNode<T extends object>(node: T): T {
  const target = node as unknown as Record<string, unknown>;
  // From's image getters modify the range of its first argument in place
  // (dockerfile-ast instructions/from.js), so FROM keeps fresh arguments.
  const fresh = typeof target['getImageTagRange'] === 'function';
  for (const name of GETTERS) {
    if (fresh && name === 'getArguments') continue;
    const original = target[name];
    if (typeof original !== 'function') continue;
    let done = false;
    let value: unknown;
    target[name] = () => {
      if (!done) {
        value = (original as () => unknown).call(node);
        done = true;
      }
      // dockerfile-ast's own methods may modify the arrays they get: hand out copies
      return Array.isArray(value) ? value.slice() : value;
    };
  }
  return node;
}
