import * as vscode from 'vscode';
import type { FileKind } from '../core/files';
import { isRuleSetting, type RuleSetting, type RuleSettings } from '../core/settings';

const SECTION: Record<FileKind, string> = { dockerfile: 'kubeTutor.dockerfile', yaml: 'kubeTutor.manifest' };

/**
 * `kubeTutor.dockerfile.rules` or `kubeTutor.manifest.rules` for a resource: per-code (or
 * alias) severity or "off". Values of other shapes are ignored (the settings UI flags them).
 */
export function ruleSettings(kind: FileKind, uri: vscode.Uri | undefined): RuleSettings {
  const raw = vscode.workspace.getConfiguration(SECTION[kind], uri).get<Record<string, unknown>>('rules', {});
  const rules: Record<string, RuleSetting> = {};
  for (const [code, value] of Object.entries(raw ?? {})) if (isRuleSetting(value)) rules[code] = value;
  return rules;
}
