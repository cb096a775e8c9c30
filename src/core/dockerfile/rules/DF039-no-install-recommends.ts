import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { hasFlag } from '../shell/parse';
import { checkMissingFlag } from './packageManagers';
import { defineRule } from './types';

/** hadolint DL3015: avoid additional packages by specifying --no-install-recommends. */
export const noInstallRecommends = defineRule(
  {
    code: 'DF039',
    keywords: ['RUN'],
    aliases: ['DL3015'],
    severity: 'info',
    family: 'hadolint',
    title: 'Use apt-get install --no-install-recommends',
    docs: docsUrl('DF039'),
    explanation: {
      why: 'By default apt-get also installs "recommended" packages you did not ask for, which often doubles the image size.',
      fix: 'Add --no-install-recommends and list what you really need.',
      bad: 'RUN apt-get install -y curl',
      good: 'RUN apt-get install -y --no-install-recommends curl',
    },
  },
  (context, report) =>
    checkMissingFlag(context, report, {
      names: ['apt-get'],
      subcommands: ['install'],
      accepted: (c) => hasFlag(c, 'no-install-recommends') || c.args.some((a) => /APT::Install-Recommends=(false|0)/i.test(a.value)),
      insert: '--no-install-recommends',
      title: l10n.t('Add --no-install-recommends'),
      message: () => l10n.t('apt-get install also installs recommended packages you did not ask for. Add --no-install-recommends to keep the image small.'),
    }),
);
