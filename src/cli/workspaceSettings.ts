import * as fs from 'node:fs';
import * as l10n from '@vscode/l10n';
import * as path from 'node:path';
import type { FileKind } from '../core/files';
import { isRuleSetting, type RuleSetting, type RuleSettings } from '../core/settings';

/** The rule settings of a folder's `.vscode/settings.json`, as the editor reads them. */
export interface FolderRuleSettings {
  readonly file?: string;
  readonly rules: Readonly<Record<FileKind, RuleSettings | undefined>>;
  /** Problems worth telling (unreadable JSON, values that are not a severity). */
  readonly errors: readonly string[];
}

const SECTIONS: Record<FileKind, string> = { dockerfile: 'kubeTutor.dockerfile.rules', yaml: 'kubeTutor.manifest.rules' };
const NONE: FolderRuleSettings = { rules: { dockerfile: undefined, yaml: undefined }, errors: [] };

/**
 * VS Code's settings files are JSON with comments and trailing commas (JSONC): drop both,
 * leaving strings alone, so `JSON.parse` can read them.
 */
export function stripJsonc(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else {
      out += c;
      i++;
    }
  }
  // A comma before a closing bracket (only whitespace between, comments are gone already).
  return out.replace(/,(\s*[}\]])/g, '$1');
}

/** Reads the rule settings of one settings file's text. */
export function parseRuleSettings(text: string, file: string): FolderRuleSettings {
  let json: unknown;
  try {
    json = JSON.parse(stripJsonc(text.replace(/^\uFEFF/, '')));
  } catch (error) {
    return { file, rules: NONE.rules, errors: [l10n.t('{0}: not valid JSON ({1}); its rule settings are ignored', file, (error as Error).message)] };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { file, rules: NONE.rules, errors: [l10n.t('{0}: expected an object of settings', file)] };
  const errors: string[] = [];
  const read = (kind: FileKind): RuleSettings | undefined => {
    const raw = (json as Record<string, unknown>)[SECTIONS[kind]];
    if (raw === undefined) return undefined;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      errors.push(l10n.t('{0}: "{1}" must be an object of rule codes to "error", "warning", "info", "hint" or "off"', file, SECTIONS[kind]));
      return undefined;
    }
    const rules: Record<string, RuleSetting> = {};
    for (const [code, value] of Object.entries(raw)) {
      if (isRuleSetting(value)) rules[code] = value;
      else errors.push(l10n.t('{0}: "{1}": {2} has {3}; expected "error", "warning", "info", "hint" or "off"', file, SECTIONS[kind], JSON.stringify(code), JSON.stringify(value)));
    }
    return rules;
  };
  return { file, rules: { dockerfile: read('dockerfile'), yaml: read('yaml') }, errors };
}

/**
 * The `.vscode/settings.json` nearest to `dir`, looking up to `root` (the folder the command runs
 * in, like a VS Code workspace folder): what the editor applies to files of that folder. Cached
 * per settings file.
 */
export class WorkspaceRuleSettings {
  private readonly byFile = new Map<string, FolderRuleSettings>();

  constructor(
    private readonly root: string,
    private readonly report: (message: string) => void,
  ) {}

  forFolder(dir: string): FolderRuleSettings {
    let d = path.resolve(dir);
    const top = path.resolve(this.root);
    for (;;) {
      const file = path.join(d, '.vscode', 'settings.json');
      if (fs.existsSync(file)) return this.read(file);
      if (d === top || path.dirname(d) === d) return NONE;
      d = path.dirname(d);
    }
  }

  private read(file: string): FolderRuleSettings {
    let settings = this.byFile.get(file);
    if (!settings) {
      const shown = path.relative(this.root, file) || file;
      try {
        settings = parseRuleSettings(fs.readFileSync(file, 'utf8'), shown);
      } catch (error) {
        settings = { file: shown, rules: NONE.rules, errors: [`${shown}: ${(error as NodeJS.ErrnoException).code ?? 'cannot read file'}`] };
      }
      for (const e of settings.errors) this.report(e);
      this.byFile.set(file, settings);
    }
    return settings;
  }
}
