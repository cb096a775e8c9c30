import { dockerfileRules } from './dockerfile';
import { ruleDocFiles } from './dockerfile/ruleDocs';
import { manifestRules } from './manifest';
import { manifestRuleDocPage, manifestRulesIndex } from './manifest/ruleDocs';

/** Pages the docs generator owns in docs/rules (anything else there is stale). */
export const RULE_DOC_FILE = /^(README|DF\d+|K8S\d+|YAML\d+|COMPOSE\d+)\.md$/;

/**
 * Every generated file of docs/rules: one page per rule code (Dockerfile, manifest, Compose,
 * YAML) and the README index of both families. `npm run docs:rules` writes them.
 */
export function allRuleDocFiles(): Map<string, string> {
  const files = ruleDocFiles(dockerfileRules);
  files.set('README.md', `${files.get('README.md') ?? ''}\n${manifestRulesIndex(manifestRules)}`);
  for (const r of manifestRules) files.set(`${r.code}.md`, manifestRuleDocPage(r));
  return files;
}
