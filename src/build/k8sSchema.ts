/**
 * Build-time generator of `src/core/manifest/schema/k8s-schema.json`: walks the type
 * declarations of `kubernetes-models` (generated from the Kubernetes OpenAPI v3 spec,
 * so they carry required fields, enums and descriptions) with the TypeScript parser and
 * writes a compact table of the stable built-in kinds and every type they reach.
 * Not bundled. `npm run generate:schema` rewrites the table; a unit test fails when the
 * committed table differs from a fresh run.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import type { ObjectType, SchemaTable } from '../core/manifest/schema/types';

/** Stable API groups/versions whose kinds are validated (alpha/beta are left alone). */
export const STABLE_GROUP_VERSIONS = [
  'v1',
  'apps/v1',
  'batch/v1',
  'autoscaling/v1',
  'autoscaling/v2',
  'networking.k8s.io/v1',
  'policy/v1',
  'rbac.authorization.k8s.io/v1',
  'storage.k8s.io/v1',
  'scheduling.k8s.io/v1',
  'coordination.k8s.io/v1',
  'discovery.k8s.io/v1',
  'node.k8s.io/v1',
];

/** Kinds that are API calls or read-only views, not objects a learner applies. */
const SKIP_KINDS = new Set(['Binding', 'ComponentStatus', 'Event', 'Endpoints', 'EndpointSlice', 'Lease', 'Node', 'Eviction', 'Scale', 'IPAddress', 'ServiceCIDR', 'CSINode', 'VolumeAttachment']);

/** How scalar type aliases of apimachinery map to type codes. */
const ALIASES: Record<string, string> = { IntOrString: 'io', Quantity: 'q', Time: 't', MicroTime: 't' };

function findRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

/** First paragraph of a JSDoc comment, whitespace collapsed. */
function describe(node: ts.Node): string {
  const docs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc;
  const comment = docs?.[0]?.comment;
  const text = typeof comment === 'string' ? comment : (comment?.map((c) => c.text).join('') ?? '');
  const first = text.split(/\n\s*\n/)[0] ?? '';
  return first.replace(/\s+/g, ' ').trim();
}

class Generator {
  readonly types: Record<string, ObjectType> = {};
  private readonly modelsDir: string;
  private readonly machineryDir: string;

  constructor(private readonly root: string) {
    this.modelsDir = path.join(root, 'node_modules', 'kubernetes-models');
    this.machineryDir = path.join(root, 'node_modules', '@kubernetes-models', 'apimachinery');
  }

  /** `apps/v1/Deployment`, `meta/v1/ObjectMeta`: short, stable type ids. */
  private idOf(file: string): string {
    const rel = file.startsWith(this.machineryDir)
      ? path.relative(path.join(this.machineryDir), file).replace(/^apis\//, '')
      : path.relative(this.modelsDir, file);
    return rel.replace(/\.d\.ts$/, '').split(path.sep).join('/');
  }

  private resolveImport(from: string, spec: string): string {
    const base = spec.startsWith('.') ? path.resolve(path.dirname(from), spec) : path.join(this.root, 'node_modules', spec);
    return `${base}.d.ts`;
  }

  /** Type code of the declaration in `file` (visiting it when it is an object type). */
  typeOfFile(file: string, topLevel = false): string {
    const id = this.idOf(file);
    if (this.types[id]) return id;
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const imports = new Map<string, string>();
    let iface: ts.InterfaceDeclaration | undefined;
    let alias: ts.TypeAliasDeclaration | undefined;
    for (const st of source.statements) {
      if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)) {
        const spec = st.moduleSpecifier.text;
        const named = st.importClause?.namedBindings;
        if (named && ts.isNamedImports(named))
          for (const el of named.elements) imports.set(el.name.text, this.resolveImport(file, spec));
      } else if (ts.isInterfaceDeclaration(st) && !iface) iface = st;
      else if (ts.isTypeAliasDeclaration(st) && !alias) alias = st;
    }
    const baseName = path.basename(file, '.d.ts');
    if (!iface) {
      if (ALIASES[baseName]) return ALIASES[baseName]!;
      if (alias && alias.type.kind === ts.SyntaxKind.StringKeyword) return 's';
      return 'a';
    }
    if (iface.members.length === 0) return 'a'; // free-form (FieldsV1, RawExtension, JSON)
    const type: { d?: string; f: Record<string, [string, string?]>; r?: string[] } = { f: {} };
    this.types[id] = type; // registered first: recursive types (JSONSchemaProps) terminate
    const d = describe(iface);
    if (d) type.d = d;
    const required: string[] = [];
    for (const member of iface.members) {
      if (!ts.isPropertySignature(member) || !member.type) continue;
      const name = ts.isStringLiteral(member.name) || ts.isIdentifier(member.name) ? member.name.text : '';
      if (!name) continue;
      // A kind's `status` is written by controllers, never by learners: accepted as is.
      const code = name === 'apiVersion' || name === 'kind' ? 's' : topLevel && name === 'status' ? 'a' : this.typeCode(member.type, imports);
      const desc = describe(member);
      type.f[name] = desc ? [code, desc] : [code];
      if (!member.questionToken && name !== 'apiVersion' && name !== 'kind') required.push(name);
    }
    if (required.length) type.r = required;
    return id;
  }

  private typeCode(node: ts.TypeNode, imports: Map<string, string>): string {
    switch (node.kind) {
      case ts.SyntaxKind.StringKeyword:
        return 's';
      case ts.SyntaxKind.NumberKeyword:
        return 'i'; // API conventions: no floats in built-in APIs; every number is int32/int64
      case ts.SyntaxKind.BooleanKeyword:
        return 'b';
      case ts.SyntaxKind.AnyKeyword:
      case ts.SyntaxKind.UnknownKeyword:
        return 'a';
    }
    if (ts.isParenthesizedTypeNode(node)) return this.typeCode(node.type, imports);
    if (ts.isArrayTypeNode(node)) return `[]${this.typeCode(node.elementType, imports)}`;
    if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) return `=${node.literal.text}`;
    if (ts.isUnionTypeNode(node)) {
      const literals = node.types.filter((t): t is ts.LiteralTypeNode => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal));
      if (literals.length === node.types.length) return `=${literals.map((l) => (l.literal as ts.StringLiteral).text).join('|')}`;
      return 'a';
    }
    if (ts.isTypeLiteralNode(node)) {
      const index = node.members.find(ts.isIndexSignatureDeclaration);
      return index?.type ? `{}${this.typeCode(index.type, imports)}` : 'a';
    }
    if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
      const name = node.typeName.text;
      if (name === 'Array' && node.typeArguments?.[0]) return `[]${this.typeCode(node.typeArguments[0], imports)}`;
      if (name === 'Record' && node.typeArguments?.[1]) return `{}${this.typeCode(node.typeArguments[1], imports)}`;
      const file = imports.get(name);
      if (file && fs.existsSync(file)) return this.typeOfFile(file);
    }
    return 'a';
  }
}

/** `v1`, `apps/v1`, `extensions/v1beta1`…: every group/version folder of kubernetes-models. */
function listGroupVersions(modelsDir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(modelsDir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('_')) continue;
    if (/^v\d/.test(entry.name)) out.push(entry.name);
    else
      for (const v of fs.readdirSync(path.join(modelsDir, entry.name), { withFileTypes: true }))
        if (v.isDirectory() && /^v\d/.test(v.name)) out.push(`${entry.name}/${v.name}`);
  }
  return out.sort();
}

export function generateK8sSchema(root = findRoot()): SchemaTable {
  const gen = new Generator(root);
  const modelsDir = path.join(root, 'node_modules', 'kubernetes-models');
  const version = (JSON.parse(fs.readFileSync(path.join(modelsDir, 'package.json'), 'utf8')) as { version: string }).version;
  const kinds: Record<string, string> = {};
  const known: string[] = [];
  for (const gv of listGroupVersions(modelsDir)) {
    for (const file of fs.readdirSync(path.join(modelsDir, gv)).filter((f) => f.endsWith('.d.ts')).sort()) {
      const text = fs.readFileSync(path.join(modelsDir, gv, file), 'utf8');
      const kind = /\n {4}"kind": "([^"]+)";/.exec(text)?.[1];
      if (kind && !kind.endsWith('List')) known.push(`${gv} ${kind}`);
    }
  }
  for (const gv of STABLE_GROUP_VERSIONS) {
    const dir = path.join(modelsDir, gv);
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.d.ts') && f !== 'index.d.ts').sort()) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const iface = /export interface I\w+ extends TypeMeta \{[\s\S]*?\n\}/.exec(text)?.[0] ?? '';
      const apiVersion = /\n {4}"apiVersion": "([^"]+)";/.exec(iface)?.[1];
      const kind = /\n {4}"kind": "([^"]+)";/.exec(iface)?.[1];
      if (!kind || apiVersion !== gv || kind.endsWith('List') || SKIP_KINDS.has(kind)) continue;
      kinds[`${apiVersion} ${kind}`] = gen.typeOfFile(path.join(dir, file), true);
    }
  }
  const types: Record<string, ObjectType> = {};
  for (const id of Object.keys(gen.types).sort()) types[id] = gen.types[id]!;
  return {
    source: `kubernetes-models@${version} (Kubernetes 1.33 OpenAPI v3)`,
    kinds,
    known: known.filter((k) => !(k in kinds)).sort(),
    types,
  };
}

export const SCHEMA_FILE = path.join('src', 'core', 'manifest', 'schema', 'k8s-schema.json');

export function renderK8sSchema(table: SchemaTable): string {
  return JSON.stringify(table) + '\n';
}

if (require.main === module) {
  const root = findRoot();
  const out = renderK8sSchema(generateK8sSchema(root));
  fs.writeFileSync(path.join(root, SCHEMA_FILE), out);
  console.log(`${SCHEMA_FILE}: ${(out.length / 1024).toFixed(0)} KiB`);
}
