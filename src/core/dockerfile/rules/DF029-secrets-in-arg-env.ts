import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { defineRule } from './types';

/** BuildKit SecretsUsedInArgOrEnv: the key of an ARG/ENV names a secret (token, password, key…). */
const DENY = /(?:^|_)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const ALLOW = /(?:^|_)public(?:_|$)/i;

export const secretsInArgEnv = defineRule(
  {
    code: 'DF029',
    keywords: ['ARG', 'ENV'],
    aliases: ['SecretsUsedInArgOrEnv'],
    severity: 'warning',
    family: 'buildkit',
    title: 'Do not pass secrets with ARG or ENV',
    docs: docsUrl('DF029'),
    explanation: {
      why: 'ARG and ENV values are stored in the image: anyone who can pull it reads them with docker history or docker inspect, even if a later step deletes the file they were used for.',
      fix: 'Use a secret mount: RUN --mount=type=secret,id=token,env=TOKEN … and docker build --secret id=token,env=TOKEN.',
      bad: 'ARG GITHUB_TOKEN\nRUN git clone https://$GITHUB_TOKEN@github.com/me/repo',
      good: 'RUN --mount=type=secret,id=gh,env=GITHUB_TOKEN git clone https://$GITHUB_TOKEN@github.com/me/repo',
    },
  },
  (context, report) => {
    for (const inst of context.effective) {
      if (inst.keyword !== 'ARG' && inst.keyword !== 'ENV') continue;
      const properties = (inst.node as unknown as { getProperties(): Array<{ getName(): string; getNameRange(): import('../../diagnostic').Range }> }).getProperties();
      for (const p of properties) {
        const name = p.getName();
        if (!DENY.test(name) || ALLOW.test(name)) continue;
        report({
          range: p.getNameRange(),
          message: l10n.t('{0} "{1}" looks like a secret: ARG and ENV values stay readable in the image (docker history). Pass it with a secret mount (RUN --mount=type=secret) instead.', inst.keyword, name),
        });
      }
    }
  },
);
