import * as l10n from '@vscode/l10n';
import { docsUrl, type RuleMeta } from '../rule';
import type { YamlProblem } from './yaml/parse';

/** YAML that cannot be parsed: nothing else in that document can be judged. */
export const yamlSyntaxRule: RuleMeta = {
  code: 'YAML001',
  aliases: [],
  severity: 'error',
  title: 'YAML syntax error',
  docs: docsUrl('YAML001'),
};

/** Inputs that would make any parser hang or explode: refused with a clear reason. */
export const yamlLimitRule: RuleMeta = {
  code: 'YAML002',
  aliases: [],
  severity: 'error',
  title: 'YAML too large, too deep or with too many alias expansions',
  docs: docsUrl('YAML002'),
};

/** A file with more findings than anyone reads: the rest is summarised in one note. */
export const tooManyFindingsRule: RuleMeta = {
  code: 'YAML003',
  aliases: [],
  severity: 'info',
  title: 'Only the first findings of a file are shown',
  docs: docsUrl('YAML003'),
};

export const MAX_FINDINGS = 1000;

export function problemMessage(problem: YamlProblem): string {
  switch (problem.kind) {
    case 'syntax':
      return l10n.t('YAML syntax error: {0}', problem.message);
    case 'size':
      return l10n.t(
        'File is larger than {0} MiB: not validated (the Kubernetes API server refuses requests over 3 MiB).',
        String((problem.limit ?? 0) / 1024 / 1024),
      );
    case 'depth':
      return l10n.t('YAML nesting is deeper than {0} levels: this document is not validated.', String(problem.limit ?? 0));
    case 'merges':
      return l10n.t('Merge keys (<<) copy more than {0} keys: this document is not validated.', String(problem.limit ?? 0));
    case 'nodes':
      return l10n.t('This file has more than {0} YAML nodes: validation stops here to stay responsive.', String(problem.limit ?? 0));
    case 'aliases':
      return l10n.t(
        'Aliases expand this document to more than {0} nodes (a "billion laughs" pattern): this document is not validated.',
        String(problem.limit ?? 0),
      );
  }
}
