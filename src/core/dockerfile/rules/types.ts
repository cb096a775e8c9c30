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
  /**
   * The instruction keywords the rule can report about (an ONBUILD trigger counts as its own
   * keyword): the registry skips the rule for a file where none of them occurs. Leave it out
   * when the rule judges the file as a whole; list every keyword without which the rule
   * cannot report.
   */
  readonly keywords?: readonly string[];
}

export type DockerfileRule = Rule<DockerfileContext> & DockerfileRuleMeta;

/** Joins a rule's metadata (data) and its check (logic), which live apart in the rule file. */
export function defineRule(meta: DockerfileRuleMeta, check: DockerfileRule['check']): DockerfileRule {
  return { ...meta, check };
}
