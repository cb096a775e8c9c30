import * as l10n from '@vscode/l10n';
import type { Fix } from '../../diagnostic';
import { docsUrl } from '../../rule';
import { edit, endOfLine } from '../fixes';
import { asMap, get, pair } from '../yaml/ast';
import { containerAnchor, containers, podSite, type ContainerSite } from '../workload';
import type { ManifestFile } from '../context';
import type { ObjectRule } from './types';

const DEFAULTS = { cpu: '100m', memory: '128Mi' };

/** Adds `resources` with modest requests and a memory limit (or fills `resources: {}`). */
function addResourcesFix(file: ManifestFile, c: ContainerSite): Fix | undefined {
  const existing = pair(c.node, 'resources');
  const flow = `{requests: {cpu: ${DEFAULTS.cpu}, memory: ${DEFAULTS.memory}}, limits: {memory: ${DEFAULTS.memory}}}`;
  if (existing) {
    const value = asMap(existing.value);
    if (!value || value.pairs.length > 0) return undefined;
    if (existing.value.end > existing.value.start)
      return { title: l10n.t('Add resource requests and a memory limit'), edits: [edit(file.lines, existing.value.start, existing.value.end, flow)], preferred: true };
    return { title: l10n.t('Add resource requests and a memory limit'), edits: [edit(file.lines, existing.value.start, existing.value.end, ` ${flow}`)], preferred: true };
  }
  if (c.node.flow) return undefined;
  const first = c.node.pairs[0];
  if (!first) return undefined;
  const ind = ' '.repeat(file.lines.position(first.key.start).character);
  const at = endOfLine(file.lines, c.node.end);
  const text = [
    '',
    `${ind}resources:`,
    `${ind}  requests:`,
    `${ind}    cpu: ${DEFAULTS.cpu}`,
    `${ind}    memory: ${DEFAULTS.memory}`,
    `${ind}  limits:`,
    `${ind}    memory: ${DEFAULTS.memory}`,
  ].join('\n');
  return { title: l10n.t('Add resource requests and a memory limit'), edits: [edit(file.lines, at, at, text)], preferred: true };
}

/**
 * kube-linter `unset-cpu-requirements`/`unset-memory-requirements`, kube-score
 * `container-resources`: without requests the scheduler packs blindly; without a memory
 * limit one leaking container can starve the node.
 */
export const resourcesRule: ObjectRule = {
  code: 'K8S012',
  aliases: ['unset-cpu-requirements', 'unset-memory-requirements', 'container-resources'],
  severity: 'warning',
  title: 'Set resource requests and a memory limit on every container',
  docs: docsUrl('K8S012'),
  check({ file, object }, report) {
    const site = podSite(object);
    if (!site) return;
    for (const c of containers(site)) {
      const resources = get(c.node, 'resources');
      const requests = get(resources, 'requests');
      const limitsMemory = get(resources, 'limits', 'memory');
      const noCpu = !get(requests, 'cpu');
      const noMemory = !get(requests, 'memory') && !limitsMemory;
      if (!noCpu && !noMemory && limitsMemory) continue;
      const missing: string[] = [];
      if (noCpu) missing.push('requests.cpu');
      if (noMemory) missing.push('requests.memory');
      if (!limitsMemory) missing.push('limits.memory');
      const anchor = containerAnchor(c);
      const fix = missing.length === 3 ? addResourcesFix(file, c) : undefined;
      report({
        range: file.lines.range(anchor.start, anchor.end),
        message: l10n.t('Container "{0}" has no resources.{1}: set requests so the scheduler can place it, and a memory limit so it cannot starve the node.', c.name ?? '?', missing.join(', resources.')),
        ...(fix ? { fix: [fix] } : {}),
      });
    }
  },
};
