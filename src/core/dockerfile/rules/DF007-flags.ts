import * as l10n from '../../l10n';
import type { Flag } from '../parser';
import { docsUrl } from '../../rule';
import { defineRule } from './types';
import { closest } from './util';

/** Flags BuildKit accepts per instruction (Dockerfile reference, dockerfile 1.x syntax); `true` = boolean flag. */
const FLAGS: Record<string, Record<string, boolean>> = {
  FROM: { platform: false },
  RUN: { mount: false, network: false, security: false },
  COPY: { from: false, chown: false, chmod: false, link: true, parents: true, exclude: false },
  ADD: { chown: false, chmod: false, link: true, 'keep-git-dir': true, checksum: false, exclude: false, unpack: true },
  HEALTHCHECK: { interval: false, timeout: false, 'start-period': false, 'start-interval': false, retries: false },
};
const DURATION = /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/;
const MOUNT_TYPES = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'];

/** BuildKit: "Unknown flag: chmodd", "time: missing unit in duration", "unsupported mount type". */
export const flags = defineRule(
  {
    code: 'DF007',
    keywords: ['FROM', 'RUN', 'COPY', 'ADD', 'HEALTHCHECK'],
    aliases: [],
    severity: 'error',
    family: 'syntax',
    title: 'Use only the flags an instruction accepts, with valid values',
    docs: docsUrl('DF007'),
    explanation: {
      why: 'Instructions accept a small set of --flags (COPY --chown/--chmod/--from, RUN --mount, HEALTHCHECK --interval…). Docker rejects an unknown flag or a malformed value such as a duration without a unit.',
      fix: 'Correct the flag name, give it a value with "=", and write durations with a unit (30s, 5m).',
      bad: 'HEALTHCHECK --interval=30 CMD curl -f http://localhost/',
      good: 'HEALTHCHECK --interval=30s CMD curl -f http://localhost/',
    },
  },
  (context, report) => {
    for (const inst of context.effective) {
      const known = FLAGS[inst.keyword];
      if (!known) continue;
      const list = inst.node.getFlags();
      for (const flag of list) {
        const name = flag.getName();
        if (!(name in known)) {
          const guess = closest(name, Object.keys(known));
          const range = flag.getNameRange();
          report({
            range: flag.getRange(),
            message: guess
              ? l10n.t('Unknown flag --{0} for {1}: did you mean --{2}?', name, inst.keyword, guess)
              : l10n.t('Unknown flag --{0} for {1}. It accepts: {2}.', name, inst.keyword, Object.keys(known).map((k) => `--${k}`).join(', ')),
            ...(guess ? { fix: [{ title: l10n.t('Change to --{0}', guess), preferred: true, edits: [{ range, newText: guess }] }] } : {}),
          });
          continue;
        }
        const value = flag.getValue();
        if (known[name]) {
          if (value !== null && !['true', 'false'].includes(value.toLowerCase()))
            report({ range: flag.getValueRange() ?? flag.getRange(), message: l10n.t('--{0} is a switch: write it without a value, or use true/false.', name) });
          continue;
        }
        if (value === null || value === '') {
          report({ range: flag.getRange(), message: l10n.t('--{0} needs a value: --{0}=<value>.', name) });
          continue;
        }
        checkValue(inst.keyword, flag, value, report);
      }
    }
  },
);

type Report = Parameters<Parameters<typeof defineRule>[1]>[1];

function checkValue(keyword: string, flag: Flag, value: string, report: Report): void {
  const name = flag.getName();
  const range = flag.getValueRange() ?? flag.getRange();
  if (value.includes('$')) return; // judged once variables are known
  if (keyword === 'HEALTHCHECK') {
    if (name === 'retries') {
      if (!/^\d+$/.test(value)) report({ range, message: l10n.t('--retries must be a whole number, not "{0}".', value) });
    } else if (!DURATION.test(value)) {
      const fix = /^\d+$/.test(value) ? [{ title: l10n.t('Use {0}s', value), preferred: true, edits: [{ range, newText: `${value}s` }] }] : undefined;
      report({
        range,
        message: l10n.t('--{0}={1} is not a duration: Docker needs a unit, e.g. 30s, 5m or 1h30m.', name, value),
        ...(fix ? { fix } : {}),
      });
    }
  } else if (name === 'chmod' && /^\d+$/.test(value) && !/^[0-7]{3,4}$/.test(value)) {
    report({ range, message: l10n.t('--chmod={0} is not a valid octal mode (digits 0-7, e.g. 755 or 0644).', value) });
  } else if (name === 'network' && !['default', 'none', 'host'].includes(value)) {
    report({ range, message: l10n.t('--network must be default, none or host, not "{0}".', value) });
  } else if (name === 'security' && !['sandbox', 'insecure'].includes(value)) {
    report({ range, message: l10n.t('--security must be sandbox or insecure, not "{0}".', value) });
  } else if (name === 'mount') {
    const type = /(?:^|,)type=([^,]*)/.exec(value)?.[1] ?? 'bind';
    if (!MOUNT_TYPES.includes(type)) report({ range, message: l10n.t('Unsupported mount type "{0}": use one of {1}.', type, MOUNT_TYPES.join(', ')) });
  }
}
