import { compareDiagnostics, type Diagnostic } from '../diagnostic';
import { toDiagnostic, type RuleMeta } from '../rule';
import { applyRuleSettings, type RuleSettings } from '../settings';
import { isKubernetesDocument, isSuppressed, toObject, type ManifestFile, type ManifestObject, type RawFinding } from './context';
import { folderRules, objectRules } from './rules';
import type { KnownImages } from './rules/types';
import { composeContext, type FileExists } from './compose/context';
import { composeRules } from './compose/rules';
import { isComposeFileName } from './compose/spec';
import { schemaChecks } from './schema/checks';
import { validateObject } from './schema/validate';
import * as l10n from '@vscode/l10n';
import { MAX_FINDINGS, problemMessage, tooManyFindingsRule, yamlLimitRule, yamlSyntaxRule } from './syntax';
import { parseYaml } from './yaml/parse';

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
}

/** Templating languages (Helm, Jinja) are not YAML until rendered: leave them alone. */
function isTemplate(text: string): boolean {
  return /\{\{|\{%/.test(text);
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
  private dropped = 0;
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
  for (const object of file.objects) {
    if (collector.full) {
      collector.truncate();
      break;
    }
    try {
      validateObject(file, object, collector.emit, () => collector.full);
    } catch (error) {
      collector.push(internalError('schema validation', error));
    }
    for (const rule of objectRules) {
      const effective = applyRuleSettings(rule, options.rules);
      if (!effective || isSuppressed(object, rule)) continue;
      try {
        rule.check({ file, object, ...(options.images ? { images: options.images } : {}) }, (finding) => collector.push(toDiagnostic(effective, finding)));
      } catch (error) {
        collector.push(internalError(rule.code, error));
      }
    }
  }
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
