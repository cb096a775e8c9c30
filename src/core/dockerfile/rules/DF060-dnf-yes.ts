import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { hasFlag } from '../shell/parse';
import { checkMissingFlag } from './packageManagers';
import { defineRule } from './types';

/** hadolint DL3038: use the -y switch to avoid manual input: dnf install -y (also microdnf). */
export const dnfYes = defineRule(
  {
    code: 'DF060',
    keywords: ['RUN'],
    aliases: ['DL3038'],
    severity: 'warning',
    family: 'hadolint',
    title: 'Use dnf install -y',
    docs: docsUrl('DF060'),
    explanation: {
      why: 'dnf asks "Is this ok [y/N]" and the build cannot answer, so the step fails.',
      fix: 'Add -y (or --assumeyes) right after install.',
      bad: 'RUN dnf install httpd',
      good: 'RUN dnf install -y httpd',
    },
  },
  (context, report) =>
    checkMissingFlag(context, report, {
      names: ['dnf', 'microdnf'],
      subcommands: ['install', 'groupinstall', 'localinstall'],
      accepted: (c) => hasFlag(c, 'y', 'assumeyes'),
      insert: '-y',
      title: l10n.t('Add -y'),
      message: () => l10n.t('{0} install will wait for a confirmation the build cannot give. Add -y.', 'dnf'),
    }),
);
