/**
 * Static reading of a Node.js entry file (never executed): parses it with acorn and
 * finds what `node app.js` would do — startup `console.log`s, `server.listen(PORT)`, the
 * request handler's response body, and identifiers that are not defined anywhere
 * (the seed's `reponse.end(...)`), which throw a ReferenceError when reached.
 */
import * as acorn from 'acorn';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Node = Record<string, any>;

/** A value we can compute statically: literal text with holes for runtime facts. */
type Piece = string | { readonly hole: 'hostname' | 'remoteAddress' | 'url' | 'method' };

export interface NodeAppAnalysis {
  readonly startupLog: readonly string[];
  /** Syntax or top-level ReferenceError: the process dies at startup. */
  readonly startupError?: StackError;
  readonly port?: number;
  readonly requestLog?: readonly Piece[][];
  readonly body?: readonly Piece[];
  readonly requestError?: StackError;
}

export interface StackError {
  readonly name: 'ReferenceError' | 'SyntaxError';
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly lineText: string;
  /** Function name for the stack frame (`handler`), absent at top level. */
  readonly functionName?: string;
}

const GLOBALS = new Set(
  'console require process Buffer module exports __dirname __filename setTimeout setInterval clearTimeout clearInterval setImmediate JSON Math Date Object Array String Number Boolean parseInt parseFloat isNaN Promise Error TypeError RangeError Symbol Map Set WeakMap RegExp undefined NaN Infinity global globalThis URL encodeURIComponent decodeURIComponent arguments'.split(
    ' ',
  ),
);

export function analyseNodeApp(source: string, envPort?: string): NodeAppAnalysis {
  const lines = source.split(/\r?\n/);
  let program: Node;
  try {
    program = acorn.parse(source, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true, allowReturnOutsideFunction: true, locations: true }) as Node;
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } }).loc ?? { line: 1, column: 0 };
    const message = String((error as Error).message).replace(/ \(\d+:\d+\)$/, '');
    return {
      startupLog: [],
      startupError: { name: 'SyntaxError', message, line: loc.line, column: loc.column + 1, lineText: lines[loc.line - 1] ?? '' },
    };
  }

  const topScope = declaredNames(program.body as Node[]);
  const requires = new Map<string, string>();
  const numbers = new Map<string, number>();
  const functions = new Map<string, Node>();
  for (const stmt of program.body as Node[]) {
    if (stmt.type === 'VariableDeclaration') {
      for (const d of stmt.declarations as Node[]) {
        if (d.id.type !== 'Identifier' || !d.init) continue;
        const init = d.init as Node;
        if (init.type === 'CallExpression' && init.callee.type === 'Identifier' && init.callee.name === 'require' && init.arguments[0]?.type === 'Literal') {
          requires.set(d.id.name, String(init.arguments[0].value));
        } else if (init.type === 'Literal' && typeof init.value === 'number') {
          numbers.set(d.id.name, init.value);
        } else if (init.type === 'FunctionExpression' || init.type === 'ArrowFunctionExpression') {
          functions.set(d.id.name, init);
        }
      }
    } else if (stmt.type === 'FunctionDeclaration' && stmt.id) {
      functions.set(stmt.id.name, stmt);
    }
  }

  const ctx: EvalContext = { requires, numbers, env: { PORT: envPort } };
  const startupLog: string[] = [];
  let port: number | undefined;
  let handler: { fn: Node; name?: string } | undefined;
  for (const stmt of program.body as Node[]) {
    const undefinedRef = firstUndefined(stmt, topScope, true);
    if (undefinedRef) {
      return { startupLog, startupError: refError(undefinedRef, lines) };
    }
    walkCalls(stmt, (call) => {
      const log = consoleLog(call, ctx);
      if (log) startupLog.push(piecesToText(log, {}));
      const created = createServerHandler(call, functions);
      if (created) handler = created;
      const listened = listenPort(call, ctx);
      if (listened !== undefined) port = listened;
    });
  }
  if (port === undefined || !handler) return { startupLog, ...(port !== undefined ? { port } : {}) };

  const fn = handler.fn;
  const params = (fn.params as Node[]).map((p) => (p.type === 'Identifier' ? (p.name as string) : ''));
  const [reqName = '', resName = ''] = params;
  const scope = new Set([...topScope, ...params, ...declaredNames(fn.body.type === 'BlockStatement' ? fn.body.body : [])]);
  const handlerCtx: EvalContext = { ...ctx, request: reqName };
  const statements: Node[] = fn.body.type === 'BlockStatement' ? fn.body.body : [{ type: 'ExpressionStatement', expression: fn.body }];
  const requestLog: Piece[][] = [];
  let body: Piece[] | undefined;
  for (const stmt of statements) {
    const undefinedRef = firstUndefined(stmt, scope, false);
    if (undefinedRef) {
      return { startupLog, port, requestLog, requestError: refError(undefinedRef, lines, handler.name ?? '<anonymous>') };
    }
    walkCalls(stmt, (call) => {
      const log = consoleLog(call, handlerCtx);
      if (log) requestLog.push(log);
      const callee = call.callee as Node;
      if (callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && callee.object.name === resName && ['end', 'send', 'write'].includes(callee.property.name)) {
        const arg = call.arguments[0] as Node | undefined;
        const value = arg ? evaluate(arg, handlerCtx) : [''];
        body = [...(body ?? []), ...(value ?? [''])];
      }
    });
  }
  return { startupLog, port, requestLog, body: body ?? [] };
}

interface EvalContext {
  readonly requires: Map<string, string>;
  readonly numbers: Map<string, number>;
  readonly env: Record<string, string | undefined>;
  readonly request?: string;
}

function refError(node: Node, lines: string[], functionName?: string): StackError {
  return {
    name: 'ReferenceError',
    message: `${node.name} is not defined`,
    line: node.loc?.start.line ?? 1,
    column: (node.loc?.start.column ?? 0) + 1,
    lineText: lines[(node.loc?.start.line ?? 1) - 1] ?? '',
    ...(functionName ? { functionName } : {}),
  };
}

function declaredNames(statements: Node[]): Set<string> {
  const out = new Set<string>();
  const visit = (node: Node | null | undefined, nested: boolean): void => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'VariableDeclaration') for (const d of node.declarations as Node[]) patternNames(d.id, out);
    if ((node.type === 'FunctionDeclaration' || node.type === 'ClassDeclaration') && node.id) out.add(node.id.name);
    if (nested && /Function/.test(node.type)) return;
    for (const key of Object.keys(node)) {
      if (key === 'loc') continue;
      const child = node[key];
      if (Array.isArray(child)) child.forEach((c) => visit(c as Node, true));
      else if (child && typeof child === 'object' && typeof child.type === 'string' && !/Function/.test(child.type)) visit(child as Node, true);
    }
  };
  statements.forEach((s) => visit(s, false));
  return out;
}

function patternNames(node: Node, out: Set<string>): void {
  if (node.type === 'Identifier') out.add(node.name);
  else if (node.type === 'ObjectPattern') for (const p of node.properties as Node[]) patternNames(p.value ?? p.argument, out);
  else if (node.type === 'ArrayPattern') for (const e of node.elements as Node[]) if (e) patternNames(e, out);
  else if (node.type === 'AssignmentPattern') patternNames(node.left, out);
  else if (node.type === 'RestElement') patternNames(node.argument, out);
}

/**
 * First identifier read in `stmt` that no scope declares, in source order. Function bodies
 * are skipped at top level (they run later); `typeof x` is allowed, as in JavaScript.
 */
function firstUndefined(stmt: Node, scope: Set<string>, skipFunctions: boolean): Node | undefined {
  let found: Node | undefined;
  const visit = (node: Node, parent: Node | undefined, key: string, localScope: Set<string>): void => {
    if (found || !node || typeof node.type !== 'string') return;
    if (/Function/.test(node.type)) {
      if (skipFunctions) return;
      const inner = new Set(localScope);
      for (const p of node.params as Node[]) patternNames(p, inner);
      if (node.id) inner.add(node.id.name);
      for (const n of declaredNames(node.body.type === 'BlockStatement' ? node.body.body : [])) inner.add(n);
      visit(node.body, node, 'body', inner);
      return;
    }
    if (node.type === 'Identifier') {
      const isProperty = parent && ((parent.type === 'MemberExpression' && key === 'property' && !parent.computed) || (parent.type === 'Property' && key === 'key' && !parent.computed));
      const isDeclaration = parent && ((parent.type === 'VariableDeclarator' && key === 'id') || key === 'label');
      const isTypeof = parent && parent.type === 'UnaryExpression' && parent.operator === 'typeof';
      if (!isProperty && !isDeclaration && !isTypeof && !localScope.has(node.name) && !GLOBALS.has(node.name)) found = node;
      return;
    }
    for (const k of Object.keys(node)) {
      if (k === 'loc' || k === 'type') continue;
      const child = node[k];
      if (Array.isArray(child)) child.forEach((c) => c && visit(c as Node, node, k, localScope));
      else if (child && typeof child === 'object' && typeof child.type === 'string') visit(child as Node, node, k, localScope);
    }
  };
  visit(stmt, undefined, '', scope);
  return found;
}

function walkCalls(node: Node, onCall: (call: Node) => void): void {
  if (!node || typeof node.type !== 'string') return;
  if (/Function/.test(node.type)) return;
  for (const k of Object.keys(node)) {
    if (k === 'loc') continue;
    const child = node[k];
    if (Array.isArray(child)) child.forEach((c) => c && walkCalls(c as Node, onCall));
    else if (child && typeof child === 'object' && typeof child.type === 'string') walkCalls(child as Node, onCall);
  }
  if (node.type === 'CallExpression') onCall(node);
}

function consoleLog(call: Node, ctx: EvalContext): Piece[] | undefined {
  const c = call.callee as Node;
  if (c.type !== 'MemberExpression' || c.object.type !== 'Identifier' || c.object.name !== 'console') return undefined;
  if (!['log', 'info', 'error', 'warn'].includes(c.property.name)) return undefined;
  const parts = (call.arguments as Node[]).map((a) => evaluate(a, ctx) ?? ['…']);
  const out: Piece[] = [];
  parts.forEach((p, i) => {
    if (i) out.push(' ');
    out.push(...p);
  });
  return out;
}

function createServerHandler(call: Node, functions: Map<string, Node>): { fn: Node; name?: string } | undefined {
  const c = call.callee as Node;
  const isCreate = c.type === 'MemberExpression' && c.property.name === 'createServer';
  if (!isCreate) return undefined;
  const arg = call.arguments[call.arguments.length - 1] as Node | undefined;
  if (!arg) return undefined;
  if (arg.type === 'Identifier' && functions.has(arg.name)) return { fn: functions.get(arg.name)!, name: arg.name };
  if (/Function/.test(arg.type)) return { fn: arg, ...(arg.id ? { name: arg.id.name } : {}) };
  return undefined;
}

function listenPort(call: Node, ctx: EvalContext): number | undefined {
  const c = call.callee as Node;
  if (c.type !== 'MemberExpression' || c.property.name !== 'listen') return undefined;
  const arg = call.arguments[0] as Node | undefined;
  if (!arg) return undefined;
  const text = evaluate(arg, ctx);
  const value = text && text.every((p) => typeof p === 'string') ? Number(text.join('')) : NaN;
  return Number.isInteger(value) && value > 0 && value < 65536 ? value : undefined;
}

function evaluate(node: Node, ctx: EvalContext): Piece[] | undefined {
  switch (node.type) {
    case 'Literal':
      return [String(node.value)];
    case 'TemplateLiteral': {
      const out: Piece[] = [];
      (node.quasis as Node[]).forEach((q, i) => {
        out.push(q.value.cooked as string);
        const expr = node.expressions[i] as Node | undefined;
        if (expr) out.push(...(evaluate(expr, ctx) ?? ['…']));
      });
      return out;
    }
    case 'BinaryExpression': {
      if (node.operator !== '+') return undefined;
      const l = evaluate(node.left, ctx);
      const r = evaluate(node.right, ctx);
      return l && r ? [...l, ...r] : undefined;
    }
    case 'LogicalExpression': {
      const l = evaluate(node.left, ctx);
      if (node.operator === '||' && l && l.join('') !== 'undefined') return l;
      return evaluate(node.right, ctx);
    }
    case 'Identifier':
      if (ctx.numbers.has(node.name)) return [String(ctx.numbers.get(node.name))];
      return undefined;
    case 'CallExpression': {
      const c = node.callee as Node;
      if (c.type === 'MemberExpression' && c.object.type === 'Identifier' && ctx.requires.get(c.object.name) === 'os' && c.property.name === 'hostname') return [{ hole: 'hostname' }];
      return undefined;
    }
    case 'MemberExpression': {
      const path = memberPath(node);
      if (!path) return undefined;
      if (path[0] === 'process' && path[1] === 'env' && path[2]) {
        const v = ctx.env[path[2]];
        return v === undefined ? ['undefined'] : [v];
      }
      if (ctx.request && path[0] === ctx.request) {
        const last = path[path.length - 1];
        if (last === 'remoteAddress') return [{ hole: 'remoteAddress' }];
        if (last === 'url') return [{ hole: 'url' }];
        if (last === 'method') return [{ hole: 'method' }];
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

function memberPath(node: Node): string[] | undefined {
  if (node.type === 'Identifier') return [node.name];
  if (node.type === 'MemberExpression' && !node.computed) {
    const head = memberPath(node.object);
    return head ? [...head, node.property.name] : undefined;
  }
  return undefined;
}

export function piecesToText(pieces: readonly Piece[], facts: { hostname?: string; remoteAddress?: string }): string {
  return pieces
    .map((p) => {
      if (typeof p === 'string') return p;
      if (p.hole === 'hostname') return facts.hostname ?? '';
      if (p.hole === 'remoteAddress') return facts.remoteAddress ?? '';
      if (p.hole === 'url') return '/';
      return 'GET';
    })
    .join('');
}

/** Node's uncaught exception report (node_errors.cc `GetErrorSource` + the V8 stack) for this version. */
export function formatNodeCrash(error: StackError, file: string, nodeVersion: string): string[] {
  const major = Number(nodeVersion.split('.')[0]) || 22;
  const indent = error.lineText.slice(0, error.column - 1).replace(/[^\t]/g, ' ');
  const out = [`${file}:${error.line}`, error.lineText, `${indent}^`, '', `${error.name}: ${error.message}`];
  if (error.name === 'SyntaxError') {
    out.push(major < 12 ? '    at createScript (vm.js:53:10)' : '    at wrapSafe (node:internal/modules/cjs/loader:1469:18)');
  } else if (error.functionName) {
    out.push(`    at Server.${error.functionName} (${file}:${error.line}:${error.column})`);
    if (major < 8) {
      out.push('    at emitTwo (events.js:106:13)', '    at Server.emit (events.js:194:7)', '    at HTTPParser.parserOnIncoming [as onIncoming] (_http_server.js:563:12)', '    at HTTPParser.parserOnHeadersComplete (_http_common.js:99:23)');
    } else {
      out.push('    at Server.emit (node:events:518:28)', '    at parserOnIncoming (node:_http_server:1141:12)', '    at HTTPParser.parserOnHeadersComplete (node:_http_common:118:17)');
    }
  } else {
    out.push(major < 8 ? `    at Object.<anonymous> (${file}:${error.line}:${error.column})` : `    at Object.<anonymous> (${file}:${error.line}:${error.column})`);
    out.push(major < 8 ? '    at Module._compile (module.js:571:32)' : '    at Module._compile (node:internal/modules/cjs/loader:1546:14)');
  }
  if (major >= 12) out.push('', `Node.js v${nodeVersion}`);
  return out;
}
