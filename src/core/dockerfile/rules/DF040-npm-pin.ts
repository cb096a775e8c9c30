import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { checkPinned } from './packageManagers';
import { defineRule } from './types';

/**
 * hadolint DL3016: pin versions in npm install. Not judged: `npm install` without
 * packages (from package-lock), `npm ci`, paths, URLs, git and tarballs.
 */
export const npmPin = defineRule(
  {
    code: 'DF040',
    keywords: ['RUN'],
    aliases: ['DL3016'],
    severity: 'info',
    family: 'hadolint',
    title: 'Pin versions in npm install',
    docs: docsUrl('DF040'),
    explanation: {
      why: 'npm install express installs the latest release at build time; pin it so the image does not change underneath you.',
      fix: 'Write package@version, or let package.json/package-lock.json decide (npm ci).',
      bad: 'RUN npm install -g nodemon',
      good: 'RUN npm install -g nodemon@3.1.0',
    },
  },
  (context, report) =>
    checkPinned(context, report, {
      names: ['npm'],
      subcommands: ['install', 'i', 'add'],
      flagsWithValue: ['prefix', 'registry', 'cache', 'userconfig', 'loglevel', 'w', 'workspace', 'omit', 'include'],
      pinned: (p) => p.indexOf('@', 1) > 0 || /^(\.|\/|~|git[+:]|https?:|file:|github:)/.test(p) || /\.(tgz|tar\.gz)$/.test(p),
      message: (p) => l10n.t('Package "{0}" has no version: pin it as "{0}@<version>" so rebuilds install the same thing.', p),
    }),
);
