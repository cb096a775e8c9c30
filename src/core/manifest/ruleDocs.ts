import type { RuleMeta } from '../rule';
import { MANIFEST_EXPLANATIONS } from './ruleExplanations';

/** docs/rules pages of the manifest, Compose and YAML rules (run `npm run docs:rules`; a unit test checks them). */
type Family = 'yaml' | 'schema' | 'object' | 'folder' | 'compose';

const FAMILY: Record<Family, string> = {
  yaml: 'YAML (any manifest or Compose file)',
  schema: 'Kubernetes schema (what the API server refuses)',
  object: 'Kubernetes best practice (per object)',
  folder: 'Across objects (the folder `kubectl apply -f DIR` sends)',
  compose: 'Compose specification',
};

const SEVERITY_NOTE: Record<string, string> = {
  error: 'The API server or docker compose would reject it, or it cannot work.',
  warning: 'It is accepted, but it is risky or will bite later.',
  info: 'A teaching note.',
  hint: 'A teaching note.',
};

export function familyOf(code: string): Family {
  if (code.startsWith('YAML')) return 'yaml';
  if (code.startsWith('COMPOSE')) return 'compose';
  const n = Number(code.slice(3));
  return n <= 10 ? 'schema' : n < 30 ? 'object' : 'folder';
}

function aliasText(alias: string): string {
  // kube-linter check names are kebab-case; kube-score's (container-resources…) too: name them as text.
  return `\`${alias}\``;
}

export function manifestRuleDocPage(rule: RuleMeta): string {
  const e = MANIFEST_EXPLANATIONS[rule.code];
  if (!e) throw new Error(`${rule.code} has no explanation in src/core/manifest/ruleExplanations.ts`);
  const aliases = rule.aliases.length ? `${rule.aliases.map(aliasText).join(', ')} (kube-linter / kube-score / kubeconform names; they work in settings and annotations)` : 'none (Kube Tutor only)';
  const k8s = rule.code.startsWith('K8S');
  return [
    `# ${rule.code}: ${rule.title}`,
    '',
    '| | |',
    '|---|---|',
    `| Severity | \`${rule.severity}\` — ${SEVERITY_NOTE[rule.severity]} |`,
    `| Family | ${FAMILY[familyOf(rule.code)]} |`,
    `| Aliases | ${aliases} |`,
    '',
    '## Why',
    '',
    e.why.en,
    '',
    '## How to fix',
    '',
    e.fix.en,
    '',
    '## Example',
    '',
    'Flagged:',
    '',
    '```yaml',
    e.bad,
    '```',
    '',
    'Fixed:',
    '',
    '```yaml',
    e.good,
    '```',
    '',
    '## Real command',
    '',
    '```sh',
    e.command,
    '```',
    '',
    '## 설명 (한국어)',
    '',
    `**${e.title.ko}.** ${e.why.ko}`,
    '',
    e.fix.ko,
    '',
    '## Turning it off',
    '',
    ...(k8s ? [`- For one object: the annotation \`kube-tutor.io/ignore: ${rule.code}\` in its \`metadata.annotations\`.`] : []),
    `- Everywhere: \`"kubeTutor.manifest.rules": { "${rule.code}": "off" }\` in the settings (or another severity).`,
    '',
    '<!-- Generated from the rule metadata by `npm run docs:rules`. Do not edit. -->',
    '',
  ].join('\n');
}

export function manifestRulesIndex(rules: readonly RuleMeta[]): string {
  const lines = [
    '# Kubernetes manifest, Compose and YAML rules',
    '',
    `Kube Tutor checks manifests and Compose files with ${rules.length} rules. Codes are stable; aliases are kube-linter, kube-score and kubeconform names.`,
    '',
  ];
  for (const family of Object.keys(FAMILY) as Family[]) {
    const members = rules.filter((r) => familyOf(r.code) === family);
    if (members.length === 0) continue;
    lines.push(`## ${FAMILY[family]} (${members.length})`, '', '| Code | Severity | Aliases | Rule |', '|---|---|---|---|');
    for (const r of members) lines.push(`| [${r.code}](${r.code}.md) | ${r.severity} | ${r.aliases.join(', ') || '—'} | ${r.title} |`);
    lines.push('');
  }
  lines.push('<!-- Generated from the rule metadata by `npm run docs:rules`. Do not edit. -->', '');
  return lines.join('\n');
}
