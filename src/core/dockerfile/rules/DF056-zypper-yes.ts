import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { hasFlag } from '../shell/parse';
import { checkMissingFlag } from './packageManagers';
import { defineRule } from './types';

/** hadolint DL3034: non-interactive switch missing from zypper command (-n, -y, --non-interactive, --no-confirm). */
export const zypperYes = defineRule(
  {
    code: 'DF056',
    keywords: ['RUN'],
    aliases: ['DL3034'],
    severity: 'warning',
    family: 'hadolint',
    title: 'Use zypper install -y',
    docs: docsUrl('DF056'),
    explanation: {
      why: 'zypper asks for confirmation and the build cannot answer.',
      fix: 'Add -y (or zypper --non-interactive).',
      bad: 'RUN zypper install curl',
      good: 'RUN zypper install -y curl',
    },
  },
  (context, report) =>
    checkMissingFlag(context, report, {
      names: ['zypper'],
      subcommands: ['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch'],
      accepted: (c) => hasFlag(c, 'n', 'y', 'non-interactive', 'no-confirm'),
      insert: '-y',
      title: l10n.t('Add -y'),
      message: () => l10n.t('{0} install will wait for a confirmation the build cannot give. Add -y.', 'zypper'),
    }),
);
