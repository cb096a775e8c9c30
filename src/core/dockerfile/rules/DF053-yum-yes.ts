import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { hasFlag } from '../shell/parse';
import { checkMissingFlag } from './packageManagers';
import { defineRule } from './types';

/** hadolint DL3030: use the -y switch to avoid manual input: yum install -y. */
export const yumYes = defineRule(
  {
    code: 'DF053',
    keywords: ['RUN'],
    aliases: ['DL3030'],
    severity: 'warning',
    family: 'hadolint',
    title: 'Use yum install -y',
    docs: docsUrl('DF053'),
    explanation: {
      why: 'yum asks "Is this ok [y/N]" and the build cannot answer, so the install is cancelled and the step fails.',
      fix: 'Add -y (or --assumeyes) right after install.',
      bad: 'RUN yum install httpd',
      good: 'RUN yum install -y httpd',
    },
  },
  (context, report) =>
    checkMissingFlag(context, report, {
      names: ['yum'],
      subcommands: ['install', 'groupinstall', 'localinstall'],
      accepted: (c) => hasFlag(c, 'y', 'assumeyes'),
      insert: '-y',
      title: l10n.t('Add -y'),
      message: () => l10n.t('{0} install will wait for a confirmation the build cannot give. Add -y.', 'yum'),
    }),
);
