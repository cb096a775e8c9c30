import type { Rule, RuleMeta } from '../../rule';
import type { DockerfileContext } from '../context';

/** Teaching text of a rule: what the docs page and the hover show. English; one source. */
export interface RuleExplanation {
  /** Why it matters (one paragraph). */
  readonly why: string;
  /** How to fix it (one paragraph). */
  readonly fix: string;
  /** A Dockerfile snippet the rule flags. */
  readonly bad: string;
  /** The same snippet, fixed. */
  readonly good: string;
}

/** Family, for `kube-tutor rules` and the docs index. */
export type RuleFamily = 'syntax' | 'buildkit' | 'hadolint' | 'context';

export interface DockerfileRuleMeta extends RuleMeta {
  readonly family: RuleFamily;
  readonly explanation: RuleExplanation;
}

export type DockerfileRule = Rule<DockerfileContext> & DockerfileRuleMeta;

/** Joins a rule's metadata (data) and its check (logic), which live apart in the rule file. */
export function defineRule(meta: DockerfileRuleMeta, check: DockerfileRule['check']): DockerfileRule {
  return { ...meta, check };
}
