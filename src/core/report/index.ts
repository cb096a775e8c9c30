import type { Diagnostic, Severity } from '../diagnostic';
import type { RuleMeta } from '../rule';

/** The findings of one file, as the CLI reports them. */
export interface FileReport {
  /** Path as the user gave it (relative paths stay relative). */
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
}

export type OutputFormat = 'text' | 'json' | 'sarif';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

function toPosix(path: string): string {
  return path.replace(/\\/g, '/');
}

/** `file:line:col severity code message`, one-based, one line per finding. */
export function formatText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    for (const d of report.diagnostics) {
      lines.push(
        `${toPosix(report.file)}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}`,
      );
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** One JSON array; positions zero-based as in LSP. A stable contract for CI scripts. */
export function formatJson(reports: readonly FileReport[]): string {
  const items = reports.flatMap((report) =>
    report.diagnostics.map((d) => ({
      file: toPosix(report.file),
      range: {
        start: { line: d.range.start.line, character: d.range.start.character },
        end: { line: d.range.end.line, character: d.range.end.character },
      },
      severity: d.severity,
      code: d.code,
      aliases: [...d.aliases],
      message: d.message,
    })),
  );
  return JSON.stringify(items, null, 2) + '\n';
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  hint: 'note',
};

export interface ToolInfo {
  readonly name: string;
  readonly version: string;
  readonly informationUri: string;
}

/** SARIF 2.1.0, as GitHub code scanning and other code-scanning tools read it. */
export function formatSarif(reports: readonly FileReport[], rules: readonly RuleMeta[], tool: ToolInfo): string {
  const ruleIndex = new Map(rules.map((r, i) => [r.code, i]));
  const results = reports.flatMap((report) =>
    report.diagnostics.map((d) => ({
      ruleId: d.code,
      ...(ruleIndex.has(d.code) ? { ruleIndex: ruleIndex.get(d.code) } : {}),
      level: SARIF_LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(toPosix(report.file)) },
            region: {
              startLine: d.range.start.line + 1,
              startColumn: d.range.start.character + 1,
              endLine: d.range.end.line + 1,
              endColumn: d.range.end.character + 1,
            },
          },
        },
      ],
      ...(d.aliases.length ? { properties: { aliases: [...d.aliases] } } : {}),
    })),
  );
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            informationUri: tool.informationUri,
            rules: rules.map((r) => ({
              id: r.code,
              shortDescription: { text: r.title },
              helpUri: r.docs,
              defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
              properties: { aliases: [...r.aliases] },
            })),
          },
        },
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

/** `kube-tutor rules` in text: one rule per line. */
export function formatRulesText(rules: readonly RuleMeta[]): string {
  return (
    rules
      .map((r) => `${r.code.padEnd(8)} ${r.severity.padEnd(7)} ${(r.aliases.join(',') || '-').padEnd(12)} ${r.title}`)
      .join('\n') + '\n'
  );
}

export function formatRulesJson(rules: readonly RuleMeta[]): string {
  return (
    JSON.stringify(
      rules.map((r) => ({ code: r.code, aliases: [...r.aliases], severity: r.severity, title: r.title, docs: r.docs })),
      null,
      2,
    ) + '\n'
  );
}
