import * as l10n from '@vscode/l10n';

/*
 * Value formats checked by the API server's validation (k8s.io/apimachinery
 * pkg/util/validation/validation.go and pkg/api/resource/quantity.go). The messages
 * follow the API server's own wording so learners recognise them later.
 */

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const IANA_SVC_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;
const QUANTITY = /^[+-]?(\d+\.?\d*|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;

/** IsDNS1123Label. */
export function dns1123Label(value: string): string | undefined {
  if (value.length > 63) return l10n.t('must be no more than 63 characters');
  if (!DNS1123_LABEL.test(value))
    return l10n.t(
      "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name', or '123-abc')",
    );
  return undefined;
}

/** IsDNS1123Subdomain. */
export function dns1123Subdomain(value: string): string | undefined {
  if (value.length > 253) return l10n.t('must be no more than 253 characters');
  if (!DNS1123_SUBDOMAIN.test(value))
    return l10n.t(
      "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')",
    );
  return undefined;
}

/** IsDNS1035Label: Service names must start with a letter. */
export function dns1035Label(value: string): string | undefined {
  if (value.length > 63) return l10n.t('must be no more than 63 characters');
  if (!DNS1035_LABEL.test(value))
    return l10n.t(
      "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name', or 'abc-123')",
    );
  return undefined;
}

/** IsQualifiedName: label and annotation keys, `prefix/name`. */
export function qualifiedName(value: string): string | undefined {
  // Most keys have no prefix: checked without splitting.
  if (!value.includes('/')) return qualifiedNamePart(value);
  const parts = value.split('/');
  if (parts.length > 2) return l10n.t("a qualified name must consist of an optional DNS subdomain prefix and '/', then a name");
  const name = parts[parts.length - 1]!;
  if (parts.length === 2) {
    if (!parts[0]) return l10n.t('prefix part must be non-empty');
    const prefix = dns1123Subdomain(parts[0]);
    if (prefix) return l10n.t('prefix part {0}', prefix);
  }
  return qualifiedNamePart(name);
}

/** The name part of a qualified name (after the optional `prefix/`). */
function qualifiedNamePart(name: string): string | undefined {
  if (!name) return l10n.t('name part must be non-empty');
  if (name.length > 63) return l10n.t('name part must be no more than 63 characters');
  if (!QUALIFIED_NAME.test(name))
    return l10n.t(
      "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc')",
    );
  return undefined;
}

/** IsValidLabelValue. */
export function labelValue(value: string): string | undefined {
  if (value.length > 63) return l10n.t('must be no more than 63 characters');
  if (value && !QUALIFIED_NAME.test(value))
    return l10n.t(
      "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue', or 'my_value', or '12345')",
    );
  return undefined;
}

/** IsValidPortNum. */
export function portNumber(value: number): string | undefined {
  return value >= 1 && value <= 65535 ? undefined : l10n.t('must be between 1 and 65535, inclusive');
}

/** The default `--service-node-port-range` of kube-apiserver. */
export function nodePort(value: number): string | undefined {
  return value >= 30000 && value <= 32767
    ? undefined
    : l10n.t('provided port is not in the valid range. The range of valid ports is 30000-32767');
}

/** IsValidPortName (IANA_SVC_NAME). */
export function portName(value: string): string | undefined {
  if (value.length > 15) return l10n.t('must be no more than 15 characters');
  if (!IANA_SVC_NAME.test(value)) return l10n.t("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
  if (value.includes('--')) return l10n.t('must not contain consecutive hyphens');
  if (!/[a-z]/.test(value)) return l10n.t('must contain at least one letter (a-z)');
  return undefined;
}

/** resource.ParseQuantity. */
export function quantity(value: string): string | undefined {
  return QUANTITY.test(value.trim()) && value.trim() === value
    ? undefined
    : l10n.t("quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$' (e.g. 500m, 0.5, 128Mi, 1Gi)");
}
