import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { defineRule } from './types';

/**
 * BuildKit FromPlatformFlagConstDisallowed: a constant `--platform` pins a stage to one
 * platform. Not reported when the stage name contains the platform's OS/architecture
 * (`AS build-amd64`), which marks a deliberate per-platform stage, as in BuildKit.
 */
export const platformConst = defineRule(
  {
    code: 'DF031',
    aliases: ['FromPlatformFlagConstDisallowed'],
    severity: 'warning',
    family: 'buildkit',
    title: 'Do not hard-code --platform in FROM',
    docs: docsUrl('DF031'),
    explanation: {
      why: 'FROM --platform=linux/amd64 builds that stage for amd64 even when you build for arm64 (an Apple silicon Mac, a Raspberry Pi), producing an image that cannot run there or runs emulated.',
      fix: 'Remove the flag, or use a variable such as $BUILDPLATFORM for build-tool stages.',
      bad: 'FROM --platform=linux/amd64 node:20',
      good: 'FROM --platform=$BUILDPLATFORM node:20 AS build',
    },
  },
  (context, report) => {
    for (const stage of context.stages) {
      const flag = stage.from.getPlatformFlag();
      const value = flag?.getValue();
      if (!flag || !value || value.includes('$')) continue;
      const parts = value.toLowerCase().split('/');
      const name = stage.name?.toLowerCase() ?? '';
      if (name && parts.some((p) => p && name.includes(p))) continue;
      report({
        range: flag.getValueRange() ?? flag.getRange(),
        message: l10n.t('FROM --platform={0} pins this stage to one platform, so builds for other platforms get the wrong architecture. Remove it or use $BUILDPLATFORM / $TARGETPLATFORM.', value),
      });
    }
  },
);
