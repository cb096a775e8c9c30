import * as yaml from 'js-yaml';
import * as l10n from '../l10n';
import type { RuleSetting, RuleSettings } from '../settings';

/** The parts of hadolint's `.hadolint.yaml` Kube Tutor honours (hadolint README, "Configure"). */
export interface HadolintConfig {
  /** Rule ids turned off (`DL3008`, or our `DF…` codes). */
  readonly ignored: readonly string[];
  /** Severity overrides; hadolint's `style` is our `hint`. */
  readonly override: Readonly<Record<string, RuleSetting>>;
  /** When set, base images must come from one of these registries (DL3026). */
  readonly trustedRegistries: readonly string[];
  /** `disable-ignore-pragma: true`: inline `# hadolint ignore=` comments are not honoured. */
  readonly disableIgnorePragma: boolean;
}

export interface HadolintConfigResult {
  readonly config: HadolintConfig;
  /** Problems found in the file, worded for the user (the valid parts still apply). */
  readonly errors: readonly string[];
}

const LEVELS: Record<string, RuleSetting> = { error: 'error', warning: 'warning', info: 'info', style: 'hint', ignore: 'off' };

function stringList(value: unknown, field: string, errors: string[]): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  errors.push(l10n.t('"{0}" must be a list of strings.', field));
  return [];
}

/** Parses the text (or an already loaded object) of a `.hadolint.yaml`. Never throws. */
export function parseHadolintConfig(input: string | unknown): HadolintConfigResult {
  const errors: string[] = [];
  let doc: unknown = input;
  if (typeof input === 'string') {
    try {
      doc = yaml.load(input) ?? {};
    } catch (error) {
      errors.push(l10n.t('.hadolint.yaml is not valid YAML: {0}', error instanceof Error ? error.message.split('\n')[0]! : String(error)));
      doc = {};
    }
  }
  const obj = (typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? doc : {}) as Record<string, unknown>;
  const override: Record<string, RuleSetting> = {};
  const rawOverride = obj['override'];
  if (rawOverride !== undefined && rawOverride !== null) {
    if (typeof rawOverride !== 'object' || Array.isArray(rawOverride)) errors.push(l10n.t('"{0}" must be a mapping.', 'override'));
    else {
      for (const [level, codes] of Object.entries(rawOverride as Record<string, unknown>)) {
        const setting = LEVELS[level];
        if (!setting) {
          errors.push(l10n.t('Unknown severity "{0}" in override (use error, warning, info or style).', level));
          continue;
        }
        for (const code of stringList(codes, `override.${level}`, errors)) override[code] = setting;
      }
    }
  }
  return {
    config: {
      ignored: stringList(obj['ignored'], 'ignored', errors),
      override,
      trustedRegistries: stringList(obj['trustedRegistries'], 'trustedRegistries', errors),
      disableIgnorePragma: obj['disable-ignore-pragma'] === true,
    },
    errors,
  };
}

/** The config as rule settings: `ignored` → off, `override` → severities. */
export function hadolintRuleSettings(config: HadolintConfig): RuleSettings {
  const out: Record<string, RuleSetting> = { ...config.override };
  for (const code of config.ignored) out[code] = 'off';
  return out;
}
