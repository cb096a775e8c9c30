import type { Diagnostic } from './diagnostic';
import { lintDockerfile, dockerfileRules, type DockerfileLintOptions } from './dockerfile';
import type { FileKind } from './files';
import { lintYaml, manifestRules } from './manifest';
import { describeRule, type RuleMeta } from './rule';
import type { RuleSettings } from './settings';

/** `rules` applies to every linter; the other fields only to Dockerfiles. */
export interface LintOptions extends DockerfileLintOptions {
  readonly rules?: RuleSettings;
}

export function lintText(kind: FileKind, text: string, options: LintOptions = {}): Diagnostic[] {
  switch (kind) {
    case 'dockerfile':
      return lintDockerfile(text, options);
    case 'yaml':
      return lintYaml(text, options);
  }
}

/** Every rule of every linter, for `kube-tutor rules` and the docs. */
export function allRules(): RuleMeta[] {
  return [...dockerfileRules, ...manifestRules].map(describeRule);
}
