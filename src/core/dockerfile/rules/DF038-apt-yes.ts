import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { flagsOf, hasFlag } from '../shell/parse';
import { checkMissingFlag } from './packageManagers';
import { defineRule } from './types';

/** hadolint DL3014: use the -y switch (also --yes, --assume-yes, -qq). */
export const aptYes = defineRule(
  {
    code: 'DF038',
    keywords: ['RUN'],
    aliases: ['DL3014'],
    severity: 'warning',
    family: 'hadolint',
    title: 'Use apt-get install -y',
    docs: docsUrl('DF038'),
    explanation: {
      why: 'A build has no keyboard: when apt-get asks "Do you want to continue? [Y/n]" it reads end-of-input, answers no, and the build fails ("Abort.").',
      fix: 'Add -y: apt-get install -y <packages>.',
      bad: 'RUN apt-get install curl',
      good: 'RUN apt-get install -y curl',
    },
  },
  (context, report) =>
    checkMissingFlag(context, report, {
      names: ['apt-get'],
      subcommands: ['install'],
      accepted: (c) => hasFlag(c, 'y', 'yes', 'assume-yes') || flagsOf(c).filter((f) => f === 'q').length >= 2 || c.args.some((a) => a.value === '-q=2'),
      insert: '-y',
      title: l10n.t('Add -y'),
      message: () => l10n.t('apt-get install will ask for confirmation and the build cannot answer, so it aborts. Add -y.'),
    }),
);
