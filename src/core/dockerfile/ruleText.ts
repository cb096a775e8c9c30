import * as l10n from '../l10n';
import type { DockerfileRule } from './rules/types';

/**
 * A rule's teaching text (title, why, how to fix) in the display language. Rule files keep it
 * in English, the one source also used for the generated docs; the Korean lives in the l10n
 * bundle with the English text as its key (a unit test checks that every rule has it).
 */
export interface LocalizedRuleText {
  readonly title: string;
  readonly why: string;
  readonly fix: string;
}

export function ruleTexts(rule: DockerfileRule): readonly string[] {
  return [rule.title, rule.explanation.why, rule.explanation.fix];
}

export function localizedRuleText(rule: DockerfileRule): LocalizedRuleText {
  // Called with a variable, so the message extraction does not mistake these keys for source messages.
  const t = (english: string): string => l10n.t(english);
  return { title: t(rule.title), why: t(rule.explanation.why), fix: t(rule.explanation.fix) };
}
