import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { baseImages, stageNamesBefore } from '../baseImage';
import { defineRule } from './types';

/** The registry of an image reference, as Docker resolves it (`docker.io` by default). */
export function registryOf(name: string): string {
  const first = name.split('/')[0]!;
  if (name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')) return first;
  return 'docker.io';
}

/**
 * hadolint DL3026: use only an allowed registry in the FROM image. Active only when
 * `.hadolint.yaml` lists `trustedRegistries`; `scratch` and earlier stages are fine.
 */
export const trustedRegistries = defineRule(
  {
    code: 'DF063',
    aliases: ['DL3026'],
    severity: 'warning',
    family: 'hadolint',
    title: 'Pull base images only from trusted registries',
    docs: docsUrl('DF063'),
    explanation: {
      why: 'Your team decided (in .hadolint.yaml, trustedRegistries) which registries base images may come from, for example a mirror that is scanned for vulnerabilities.',
      fix: 'Use the image from one of the trusted registries.',
      bad: '# trustedRegistries: [registry.example.com]\nFROM node:20',
      good: 'FROM registry.example.com/library/node:20',
    },
  },
  (context, report) => {
    const trusted = context.hadolint?.trustedRegistries ?? [];
    if (trusted.length === 0) return;
    baseImages(context).forEach((image, index) => {
      if (!image || image.name === 'scratch' || stageNamesBefore(context, index).has(image.name.toLowerCase())) return;
      const registry = registryOf(image.name);
      const ok = trusted.some((t) => t === registry || (t === 'docker.io' && registry === 'docker.io') || (t.startsWith('*.') && registry.endsWith(t.slice(1))));
      if (ok) return;
      report({
        range: image.from.getImageRange() ?? image.from.getRange(),
        message: l10n.t('"{0}" comes from {1}, which is not one of the trusted registries ({2}).', image.name, registry, trusted.join(', ')),
      });
    });
  },
);
