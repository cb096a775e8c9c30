import * as l10n from '@vscode/l10n';
import { docsUrl } from '../../rule';
import { labelMapFix } from '../fixes';
import { asMap, get, pair, type YamlMap } from '../yaml/ast';
import { expressionsOf, labelRecord, podSite, selectorMatches } from '../workload';
import type { ObjectRule } from './types';

/**
 * The API server refuses a controller whose selector does not select its own template
 * (ValidateReplicaSetSpec, ValidateDeploymentSpec: "`selector` does not match template
 * `labels`"); the controller would create pods forever.
 */
export const selectorLabelsRule: ObjectRule = {
  code: 'K8S018',
  aliases: ['mismatching-selector'],
  severity: 'error',
  title: 'A controller selector must match its pod template labels',
  docs: docsUrl('K8S018'),
  check({ file, object }, report) {
    const kind = object.kind ?? '';
    if (!['ReplicationController', 'ReplicaSet', 'Deployment', 'DaemonSet', 'StatefulSet'].includes(kind)) return;
    const site = podSite(object);
    const selectorPair = pair(asMap(get(object.root, 'spec')), 'selector');
    if (!site || !selectorPair) return; // RC defaults its selector; missing selectors are K8S007
    const labels = labelRecord(site.labels);
    const selector = asMap(selectorPair.value);
    if (!selector) return;
    let matchLabels: Record<string, string>;
    let expressions: ReturnType<typeof expressionsOf> = [];
    let target: YamlMap | undefined;
    if (kind === 'ReplicationController') {
      matchLabels = labelRecord(selector);
      target = selector;
    } else {
      target = asMap(get(selector, 'matchLabels'));
      matchLabels = labelRecord(target);
      expressions = expressionsOf(selector);
      if (Object.keys(matchLabels).length === 0 && expressions.length === 0) {
        report({
          range: file.lines.range(selectorPair.key.start, selectorPair.key.end),
          message: l10n.t('spec.selector: Invalid value: empty selector is invalid for {0}', kind),
        });
        return;
      }
    }
    if (selectorMatches(matchLabels, expressions, labels)) return;
    const fix = target && expressions.length === 0 ? labelMapFix(file.lines, target, labels, l10n.t('Make the selector match the template labels')) : undefined;
    report({
      range: file.lines.range(selectorPair.key.start, selectorPair.key.end),
      message: l10n.t(
        'spec.template.metadata.labels: Invalid value: {0}: `selector` does not match template `labels` ({1}). The {2} would create pods it never counts.',
        JSON.stringify(labels),
        [
          ...Object.entries(matchLabels).map(([k, v]) => `${k}=${v}`),
          ...expressions.map((e) => `${e.key} ${e.operator}${e.values.length ? ` (${e.values.join(', ')})` : ''}`),
        ].join(', '),
        kind,
      ),
      ...(fix ? { fix: [fix] } : {}),
    });
  },
};
