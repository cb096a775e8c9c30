import { compareDiagnostics, type Diagnostic } from '../diagnostic';
import { toDiagnostic, type Finding, type RuleMeta } from '../rule';
import { applyRuleSettings, type RuleSettings } from '../settings';
import { isKubernetesDocument, isSuppressed, toObject, type ManifestFile, type ManifestObject, type RawFinding } from './context';
import { folderRules, objectRules } from './rules';
import type { KnownImages, ObjectContext, ObjectRule } from './rules/types';
import { composeContext, type FileExists } from './compose/context';
import { composeRules } from './compose/rules';
import { isComposeFileName } from './compose/spec';
import { schemaChecks } from './schema/checks';
import { validateObject } from './schema/validate';
import * as l10n from '@vscode/l10n';
import { MAX_FINDINGS, problemMessage, tooManyFindingsRule, yamlLimitRule, yamlSyntaxRule } from './syntax';
import { LineIndex } from './yaml/lines';
import { parseChunk, parseYaml, splitDocuments, YAML_LIMITS, type Budget, type YamlDocument, type YamlProblem } from './yaml/parse';
import { PlainValues } from './yaml/scan';
import type { Range } from '../diagnostic';

export { yamlSyntaxRule, yamlLimitRule };

export const manifestRules: readonly RuleMeta[] = [yamlSyntaxRule, yamlLimitRule, tooManyFindingsRule, ...schemaChecks, ...objectRules, ...folderRules, ...composeRules];

export { isComposeFileName };
export type { KnownImages };
export type { FileExists };

export interface ManifestLintOptions {
  readonly rules?: RuleSettings;
  /** The file's path: Compose files are recognised by name. */
  readonly fileName?: string;
  /** Existence of paths relative to the file's folder (Compose build contexts). */
  readonly fileExists?: FileExists;
  /** The simulator's images (K8S022 runs only when given: the editor, not the CLI). */
  readonly images?: KnownImages;
  /**
   * Results of the previous runs on this file (the editor keeps one per open document):
   * documents whose text did not change are not parsed or validated again.
   */
  readonly cache?: ManifestLintCache;
}

/** Templating languages (Helm, Jinja) are not YAML until rendered: leave them alone. */
function isTemplate(text: string): boolean {
  return text.includes('{{') || text.includes('{%');
}

/** Parses a file and picks its Kubernetes objects (documents with apiVersion or kind). */
export function readManifestFile(path: string, text: string): ManifestFile {
  const parsed = parseYaml(text);
  const objects: ManifestObject[] = [];
  for (const doc of parsed.documents) if (isKubernetesDocument(doc.root)) objects.push(toObject(doc, doc.root));
  return { path, text, lines: parsed.lines, parsed, objects };
}

class Collector {
  readonly out: Diagnostic[] = [];
  dropped = 0;
  constructor(
    private readonly file: ManifestFile,
    private readonly settings: RuleSettings | undefined,
  ) {}

  /** Keeps at most MAX_FINDINGS diagnostics: a pasted 20,000-line mistake stays responsive. */
  push(d: Diagnostic): void {
    if (this.out.length < MAX_FINDINGS) this.out.push(d);
    else this.dropped++;
  }

  truncate(): void {
    this.dropped++;
  }

  get full(): boolean {
    return this.out.length >= MAX_FINDINGS;
  }

  readonly emit = (f: RawFinding): void => {
    if (this.full) {
      this.dropped++;
      return;
    }
    const rule = applyRuleSettings(f.rule, this.settings);
    if (!rule || isSuppressed(f.object, f.rule)) return;
    this.push(toDiagnostic(rule, { range: this.file.lines.range(f.start, f.end), message: f.message, ...(f.fix ? { fix: f.fix } : {}) }));
  };

  finish(): Diagnostic[] {
    const rule = applyRuleSettings(tooManyFindingsRule, this.settings);
    if (this.dropped > 0 && rule)
      this.out.push(
        toDiagnostic(rule, {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          message: l10n.t('Only the first {0} findings of this file are shown.', String(MAX_FINDINGS)),
        }),
      );
    return this.out.sort(compareDiagnostics);
  }
}

function internalError(code: string, error: unknown): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: 'error',
    code: 'K8S000',
    aliases: [],
    message: `Internal error in ${code}: ${error instanceof Error ? error.message : String(error)}`,
  };
}

/**
 * Lints a YAML file: every document is parsed with exact positions; a syntax error is
 * reported where it is and never hides the other documents' findings. Documents with a
 * top-level apiVersion or kind are validated against the Kubernetes schema and rules;
 * other YAML (CI workflows, kubeconfig…) is left alone.
 */
export function lintYaml(text: string, options: ManifestLintOptions = {}): Diagnostic[] {
  if (isTemplate(text)) return [];
  if (options.cache && !isComposeFileName(options.fileName) && text.length <= YAML_LIMITS.maxChars) return lintYamlCached(text, options, options.cache);
  const file = readManifestFile(options.fileName ?? '', text);
  const collector = new Collector(file, options.rules);
  for (const doc of file.parsed.documents) {
    if (!doc.problem) continue;
    collector.emit({ rule: doc.problem.kind === 'syntax' ? yamlSyntaxRule : yamlLimitRule, start: doc.problem.start, end: doc.problem.end, message: problemMessage(doc.problem) });
  }
  if (isComposeFileName(options.fileName)) {
    const root = file.parsed.documents[0]?.root;
    if (root?.type === 'map') {
      const ctx = composeContext(file, root, options.fileExists);
      for (const rule of composeRules) {
        const effective = applyRuleSettings(rule, options.rules);
        if (!effective) continue;
        try {
          rule.check(ctx, (finding) => collector.push(toDiagnostic(effective, finding)));
        } catch (error) {
          collector.push(internalError(rule.code, error));
        }
      }
    }
    return collector.finish();
  }
  const linter = new ObjectLinter(file, collector, options);
  for (const object of file.objects) {
    if (collector.full) {
      collector.truncate();
      break;
    }
    linter.lint(object);
  }
  return collector.finish();
}

/** The object rules with the run's settings applied, resolved once per run (not per object). */
class ObjectLinter {
  private readonly rules: ReadonlyArray<readonly [ObjectRule, RuleMeta]>;
  /** The rule whose findings `report` turns into diagnostics (rules run one at a time). */
  private current: RuleMeta = objectRules[0]!;
  private readonly report = (finding: Finding): void => this.collector.push(toDiagnostic(this.current, finding));
  private readonly saturated = (): boolean => this.collector.full;

  constructor(
    private readonly file: ManifestFile,
    private readonly collector: Collector,
    private readonly options: ManifestLintOptions,
  ) {
    const rules: Array<readonly [ObjectRule, RuleMeta]> = [];
    for (const rule of objectRules) {
      const effective = applyRuleSettings(rule, options.rules);
      if (effective) rules.push([rule, effective]);
    }
    this.rules = rules;
  }

  /** Schema validation, then the object rules: one object's findings, in this order. */
  lint(object: ManifestObject): void {
    const { file, collector, options } = this;
    try {
      validateObject(file, object, collector.emit, this.saturated);
    } catch (error) {
      collector.push(internalError('schema validation', error));
    }
    // One context for all of the object's rules (they only read it).
    const context: ObjectContext = options.images ? { file, object, images: options.images } : { file, object };
    for (const [rule, effective] of this.rules) {
      if (isSuppressed(object, rule)) continue;
      this.current = effective;
      try {
        rule.check(context, this.report);
      } catch (error) {
        collector.push(internalError(rule.code, error));
      }
    }
  }
}

/** What one document of a file gave, kept by its text. */
interface CachedDocument {
  /** The document's text (its own copy: a slice would keep the whole file of that run alive). */
  readonly key: string;
  /** Listener nodes it took from the file's budget. */
  readonly nodes: number;
  /** Its YAML problem, offsets relative to the document's start. */
  readonly problem: YamlProblem | undefined;
  /** Line the document started on when this was computed (findings move with it). */
  readonly line: number;
  /** Is it a Kubernetes object (a top-level apiVersion or kind)? */
  readonly object: boolean;
  /** The object's findings in the order they were reported; `undefined` when not known (never validated, or cut by the cap). */
  readonly findings: readonly Diagnostic[] | undefined;
}

/**
 * Per-document results of `lintYaml` for one file, reused when the file is linted again:
 * after a keystroke only the edited document is parsed and validated, the others' findings
 * move with their document's line. A document's findings depend only on its own text
 * (rules and validation see their object, and the file only through its lines and text at
 * the object's offsets). Results are reused only where that gives exactly what a full run
 * gives: under the findings cap, within the node budget, with the same options.
 */
export class ManifestLintCache {
  private documents = new Map<string, CachedDocument>();
  private options = '';

  /** Documents whose findings were reused by the last run (for tests and the benchmark). */
  reused = 0;

  /** Forgets everything when the options differ from the previous run's. */
  begin(options: ManifestLintOptions): Map<string, CachedDocument> {
    const key = JSON.stringify([options.rules ?? null, options.images ?? null, options.fileName ?? '']);
    if (key !== this.options) {
      this.options = key;
      this.documents = new Map();
    }
    this.reused = 0;
    return this.documents;
  }

  /** Keeps only the documents of the last run. */
  end(documents: Map<string, CachedDocument>): void {
    this.documents = documents;
  }
}

/** A document's problem with offsets relative to its start. */
function relative(doc: YamlDocument, start: number): YamlProblem | undefined {
  return doc.problem && { ...doc.problem, start: doc.problem.start - start, end: doc.problem.end - start };
}

/** A copy of `s` that does not keep the (large) string it was sliced from alive. */
function detached(s: string): string {
  return (' ' + s).slice(1);
}

function shiftRange(r: Range, lines: number): Range {
  return { start: { line: r.start.line + lines, character: r.start.character }, end: { line: r.end.line + lines, character: r.end.character } };
}

function shiftDiagnostic(d: Diagnostic, lines: number): Diagnostic {
  if (lines === 0) return d;
  return {
    ...d,
    range: shiftRange(d.range, lines),
    ...(d.fix ? { fix: d.fix.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, range: shiftRange(e.range, lines) })) })) } : {}),
    ...(d.related ? { related: d.related.map((r) => ({ ...r, range: shiftRange(r.range, lines) })) } : {}),
  };
}

interface Entry {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly line: number;
  readonly cached: CachedDocument | undefined;
  /** Parsed in this run (a document not reused). */
  readonly doc: YamlDocument | undefined;
  readonly nodes: number;
}

/** `lintYaml` with per-document reuse (see `ManifestLintCache`); the same result as without. */
function lintYamlCached(text: string, options: ManifestLintOptions, cache: ManifestLintCache): Diagnostic[] {
  const previous = cache.begin(options);
  const next = new Map<string, CachedDocument>();
  const lines = new LineIndex(text);
  const budget: Budget = { nodes: YAML_LIMITS.maxNodes };
  const plainValues = new PlainValues();
  const entries: Entry[] = [];
  for (const [index, chunk] of splitDocuments(text).entries()) {
    const key = text.slice(chunk.start, chunk.end);
    const line = lines.position(chunk.start).line;
    const cached = previous.get(key);
    if (cached && cached.nodes <= budget.nodes) {
      budget.nodes -= cached.nodes;
      entries.push({ index, start: chunk.start, end: chunk.end, key, line, cached, doc: undefined, nodes: cached.nodes });
      continue;
    }
    const before = budget.nodes;
    const doc = parseChunk(text, chunk, index, budget, plainValues);
    entries.push({ index, start: chunk.start, end: chunk.end, key, line, cached: undefined, doc, nodes: before - budget.nodes });
    if (doc.problem?.kind === 'nodes') break; // the rest of the file is not read
  }
  const documents: YamlDocument[] = [];
  const objects: ManifestObject[] = [];
  const file: ManifestFile = { path: options.fileName ?? '', text, lines, parsed: { text, lines, documents }, objects };
  const collector = new Collector(file, options.rules);
  const linter = new ObjectLinter(file, collector, options);
  for (const e of entries) {
    const problem = e.cached ? e.cached.problem && { ...e.cached.problem, start: e.cached.problem.start + e.start, end: e.cached.problem.end + e.start } : e.doc?.problem;
    if (problem) collector.emit({ rule: problem.kind === 'syntax' ? yamlSyntaxRule : yamlLimitRule, start: problem.start, end: problem.end, message: problemMessage(problem) });
  }
  let stopped = false;
  for (const e of entries) {
    const cached = e.cached;
    if (stopped || (cached && !cached.object)) {
      // Not validated (not an object, or past the cap): what parsing told is kept.
      if (cached) next.set(cached.key, cached);
      else if (e.doc && e.doc.problem?.kind !== 'nodes') {
        const key = detached(e.key);
        next.set(key, { key, nodes: e.nodes, problem: relative(e.doc, e.start), line: e.line, object: isKubernetesDocument(e.doc.root), findings: undefined });
      }
      continue;
    }
    if (cached?.findings && !collector.full && collector.out.length + cached.findings.length < MAX_FINDINGS) {
      // Replayed: under the cap, pushing them is exactly what validating again would do.
      for (const d of cached.findings) collector.push(shiftDiagnostic(d, e.line - cached.line));
      next.set(cached.key, cached);
      cache.reused++;
      continue;
    }
    // Validated now (near the findings cap, a reused document is read again).
    const doc = e.doc ?? parseChunk(text, { start: e.start, end: e.end }, e.index, { nodes: Number.MAX_SAFE_INTEGER }, plainValues);
    documents.push(doc);
    const key = cached?.key ?? detached(e.key);
    if (!isKubernetesDocument(doc.root)) {
      if (doc.problem?.kind !== 'nodes') next.set(key, { key, nodes: e.nodes, problem: relative(doc, e.start), line: e.line, object: false, findings: undefined });
      continue;
    }
    const object = toObject(doc, doc.root);
    objects.push(object);
    if (collector.full) {
      collector.truncate();
      stopped = true;
      next.set(key, { key, nodes: e.nodes, problem: relative(doc, e.start), line: e.line, object: true, findings: undefined });
      continue;
    }
    const from = collector.out.length;
    const dropped = collector.dropped;
    linter.lint(object);
    // Findings kept only when nothing was held back by the cap: then these are all of them.
    const complete = collector.dropped === dropped && !collector.full;
    next.set(key, { key, nodes: e.nodes, problem: relative(doc, e.start), line: e.line, object: true, findings: complete ? collector.out.slice(from) : undefined });
  }
  cache.end(next);
  return collector.finish();
}

export interface FolderFile {
  readonly path: string;
  readonly text: string;
}

/**
 * Cross-resource checks over the YAML files of one folder (what `kubectl apply -f DIR`
 * sends together): a pure function of the files' texts. Returns only the cross-resource
 * findings, by file path; `lintYaml` gives each file's own.
 */
export function lintManifestFolder(files: readonly FolderFile[], options: Pick<ManifestLintOptions, 'rules'> = {}): Map<string, Diagnostic[]> {
  return lintParsedFolder(files.map((f) => readFolderFile(f.path, f.text)), options);
}

/** A folder file parsed for cross-resource rules (templates count as empty). Cache it by text. */
export function readFolderFile(path: string, text: string): ManifestFile {
  return readManifestFile(path, isTemplate(text) ? '' : text);
}

/** `lintManifestFolder` over files already parsed (the editor caches them per file version). */
export function lintParsedFolder(parsed: readonly ManifestFile[], options: Pick<ManifestLintOptions, 'rules'> = {}): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>(parsed.map((f) => [f.path, []]));
  for (const rule of folderRules) {
    const effective = applyRuleSettings(rule, options.rules);
    if (!effective) continue;
    try {
      rule.check({ files: parsed }, (file, object, finding) => {
        if (!isSuppressed(object, rule)) out.get(file.path)?.push(toDiagnostic(effective, finding));
      });
    } catch (error) {
      out.get(parsed[0]?.path ?? '')?.push(internalError(rule.code, error));
    }
  }
  for (const list of out.values()) list.sort(compareDiagnostics);
  return out;
}
