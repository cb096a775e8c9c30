import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { argsNoFlags, commandName, flagsOf } from '../shell/parse';
import { runCommands } from './run';
import { defineRule } from './types';

const ARCHIVE = /\.(tar|tar\.(gz|bz2|xz)|tgz|tbz2?|txz)$/;

/** hadolint DL3010: use ADD for extracting archives into an image (COPY of an archive, then `tar x` of it). */
export const addArchive = defineRule(
  {
    code: 'DF051',
    keywords: ['COPY', 'RUN'],
    aliases: ['DL3010'],
    severity: 'info',
    family: 'hadolint',
    title: 'Use ADD to extract a local archive',
    docs: docsUrl('DF051'),
    explanation: {
      why: 'COPY app.tar.gz followed by RUN tar -xzf keeps the archive in one layer and the files in another. ADD extracts a local tar archive in one step and one layer.',
      fix: 'ADD app.tar.gz /app/ extracts it directly.',
      bad: 'COPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /app',
      good: 'ADD app.tar.gz /app/',
    },
  },
  (context, report) => {
    const runs = runCommands(context).filter((r) => commandName(r.command) === 'tar' && flagsOf(r.command).some((f) => f === 'x' || f === 'extract' || f === 'get'));
    for (const inst of context.effective) {
      if (inst.keyword !== 'COPY') continue;
      const args = inst.node.getArguments();
      for (const src of args.slice(0, -1)) {
        const base = src.getValue().split('/').pop() ?? '';
        if (!ARCHIVE.test(base)) continue;
        const extracted = runs.some((r) => r.inst.stage === inst.stage && r.inst.index > inst.index && argsNoFlags(r.command, ['C', 'directory']).concat(r.command.args).some((a) => a.value.endsWith(base)));
        if (!extracted) continue;
        report({ range: src.getRange(), message: l10n.t('"{0}" is copied and then extracted with tar: ADD extracts a local archive in one step, without keeping the archive in a layer.', base) });
      }
    }
  },
);
