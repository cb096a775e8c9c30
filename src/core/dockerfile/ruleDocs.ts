import type { DockerfileRule, RuleFamily } from './rules/types';

/** Generates docs/rules/*.md from rule metadata (run `npm run docs:rules`; a unit test checks they are current). */
const FAMILY: Record<RuleFamily, string> = {
  syntax: 'Syntax and structure',
  buildkit: 'BuildKit build checks',
  hadolint: 'hadolint best practices',
  context: 'Build context (Kube Tutor only)',
};

const SEVERITY_NOTE: Record<string, string> = {
  error: 'Docker would reject the file, or the result cannot work.',
  warning: 'It builds, but it is risky or will bite later.',
  info: 'A style or teaching note.',
  hint: 'A style or teaching note.',
};

function aliasLink(alias: string): string {
  if (/^DL\d{4}$/.test(alias)) return `[${alias}](https://github.com/hadolint/hadolint/wiki/${alias})`;
  if (/^[A-Z][a-z]+[A-Za-z]*$/.test(alias)) {
    const slug = alias.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
    return `[${alias}](https://docs.docker.com/reference/build-checks/${slug}/)`;
  }
  return alias;
}

export function ruleDocPage(rule: DockerfileRule): string {
  const e = rule.explanation;
  const aliases = rule.aliases.length ? rule.aliases.map(aliasLink).join(', ') : 'none (Kube Tutor only)';
  return [
    `# ${rule.code}: ${rule.title}`,
    '',
    `| | |`,
    `|---|---|`,
    `| Severity | \`${rule.severity}\` — ${SEVERITY_NOTE[rule.severity]} |`,
    `| Family | ${FAMILY[rule.family]} |`,
    `| Aliases | ${aliases} |`,
    '',
    '## Why',
    '',
    e.why,
    '',
    '## How to fix',
    '',
    e.fix,
    '',
    '## Example',
    '',
    'Flagged:',
    '',
    '```dockerfile',
    e.bad,
    '```',
    '',
    'Fixed:',
    '',
    '```dockerfile',
    e.good,
    '```',
    '',
    '## Turning it off',
    '',
    `- For one instruction: put \`# kube-tutor ignore=${rule.code}\`${rule.aliases[0] && /^DL/.test(rule.aliases[0]) ? ` (or \`# hadolint ignore=${rule.aliases[0]}\`)` : ''} on the line above.`,
    `- For the file: \`# kube-tutor global ignore=${rule.code}\`${rule.aliases.find((a) => !/^DL/.test(a)) ? ` or the BuildKit directive \`# check=skip=${rule.aliases.find((a) => !/^DL/.test(a))}\`` : ''}.`,
    `- Everywhere: \`"kubeTutor.dockerfile.rules": { "${rule.code}": "off" }\` in the settings, or list it under \`ignored\` in \`.hadolint.yaml\`.`,
    '',
    '<!-- Generated from the rule metadata by `npm run docs:rules`. Do not edit. -->',
    '',
  ].join('\n');
}

export function rulesIndex(rules: readonly DockerfileRule[]): string {
  const lines = ['# Dockerfile rules', '', `Kube Tutor checks Dockerfiles with ${rules.length} rules. Codes are stable; aliases are the ids of hadolint and BuildKit, whose pragmas and settings work too.`, ''];
  for (const family of Object.keys(FAMILY) as RuleFamily[]) {
    const members = rules.filter((r) => r.family === family);
    if (members.length === 0) continue;
    lines.push(`## ${FAMILY[family]} (${members.length})`, '', '| Code | Severity | Aliases | Rule |', '|---|---|---|---|');
    for (const r of members) lines.push(`| [${r.code}](${r.code}.md) | ${r.severity} | ${r.aliases.join(', ') || '—'} | ${r.title} |`);
    lines.push('');
  }
  lines.push('<!-- Generated from the rule metadata by `npm run docs:rules`. Do not edit. -->', '');
  return lines.join('\n');
}

/** Every generated file: `README.md` and one page per rule. */
export function ruleDocFiles(rules: readonly DockerfileRule[]): Map<string, string> {
  const files = new Map<string, string>([['README.md', rulesIndex(rules)]]);
  for (const r of rules) files.set(`${r.code}.md`, ruleDocPage(r));
  return files;
}
