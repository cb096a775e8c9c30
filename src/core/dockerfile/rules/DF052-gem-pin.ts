import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { hasFlag } from '../shell/parse';
import { checkPinned } from './packageManagers';
import { defineRule } from './types';

/** hadolint DL3028: pin versions in gem install (`gem:version` or `-v`). */
export const gemPin = defineRule(
  {
    code: 'DF052',
    keywords: ['RUN'],
    aliases: ['DL3028'],
    severity: 'info',
    family: 'hadolint',
    title: 'Pin versions in gem install',
    docs: docsUrl('DF052'),
    explanation: {
      why: 'gem install rails installs the newest release at build time; a pinned version keeps rebuilds identical.',
      fix: 'Write gem:version or use -v <version> (or a Gemfile.lock with bundle install).',
      bad: 'RUN gem install bundler',
      good: 'RUN gem install bundler:2.5.6',
    },
  },
  (context, report) =>
    checkPinned(context, report, {
      names: ['gem'],
      subcommands: ['install', 'i'],
      flagsWithValue: ['source', 'i', 'install-dir', 'n', 'bindir', 'platform'],
      skipCommand: (c) => hasFlag(c, 'v', 'version'),
      pinned: (p) => p.includes(':') || p.endsWith('.gem'),
      message: (p) => l10n.t('Gem "{0}" has no version: pin it as "{0}:<version>" so rebuilds install the same thing.', p),
    }),
);
