import * as l10n from '@vscode/l10n';
import { docsUrl } from '../../../rule';
import { edit } from '../../fixes';
import { pair } from '../../yaml/ast';
import type { ComposeRule } from '../context';

/** Docker Compose v2: "the attribute `version` is obsolete, it will be ignored". */
export const composeVersion: ComposeRule = {
  code: 'COMPOSE008',
  aliases: [],
  severity: 'info',
  title: 'The top-level version attribute is obsolete',
  docs: docsUrl('COMPOSE008'),
  check(ctx, report) {
    const version = pair(ctx.root, 'version');
    if (!version) return;
    const lines = ctx.file.lines;
    const line = lines.position(version.key.start).line;
    const ownLine = lines.position(version.value.end).line === line && lines.position(version.key.start).character === 0;
    report({
      range: lines.range(version.key.start, version.value.end),
      message: l10n.t('the attribute `version` is obsolete, it will be ignored: Compose always uses the latest specification.'),
      tags: ['deprecated'],
      ...(ownLine
        ? { fix: [{ title: l10n.t('Remove the version line'), edits: [edit(lines, lines.lineStart(line), line + 1 < lines.lineCount ? lines.lineStart(line + 1) : lines.text.length, '')], preferred: true }] }
        : {}),
    });
  },
};
