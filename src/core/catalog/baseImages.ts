/**
 * A small, dated catalogue of well-known base images: which release lines are
 * end-of-life and what to move to. Used by the Dockerfile linter (DF069) and meant to
 * be reused by the simulator.
 * NOTE: the engine's image catalogue (src/core/engine) describes image contents for the
 * simulator; the two should merge into one catalogue once both exist on main.
 * Sources: endoflife.date pages of each product, checked for the date in `AS_OF`.
 */
export const AS_OF = '2026-11';

export interface ImageLifecycle {
  /** Repository names this entry covers (`node`, `library/node`, `docker.io/library/node`). */
  readonly names: readonly string[];
  /** How a tag's release line is read: `major` (`20.11-alpine` → 20) or `minor` (`3.18` → 3.18). */
  readonly line: 'major' | 'minor';
  /** Release lines without security updates any more. */
  readonly eol: readonly string[];
  /** Release lines to suggest, newest first. */
  readonly supported: readonly string[];
  /** The whole image is deprecated (use `replacement`). */
  readonly deprecated?: boolean;
  readonly replacement?: string;
  /** Codename tags (`bookworm`, `jammy`) and their release line. */
  readonly codenames?: Readonly<Record<string, string>>;
}

const range = (from: number, to: number, step = 1): string[] => {
  const out: string[] = [];
  for (let v = from; v <= to; v += step) out.push(String(v));
  return out;
};

export const BASE_IMAGES: readonly ImageLifecycle[] = [
  { names: ['node'], line: 'major', eol: [...range(0, 21), '23', '25'], supported: ['24', '22', '26'] },
  { names: ['ubuntu'], line: 'minor', eol: ['12.04', '14.04', '16.04', '18.04', '20.04', '20.10', '21.04', '21.10', '22.10', '23.04', '23.10', '24.10', '25.04'], supported: ['24.04', '22.04', '26.04'], codenames: { precise: '12.04', trusty: '14.04', xenial: '16.04', bionic: '18.04', focal: '20.04', jammy: '22.04', noble: '24.04' } },
  { names: ['debian'], line: 'major', eol: range(6, 11), supported: ['13', '12'], codenames: { wheezy: '7', jessie: '8', stretch: '9', buster: '10', bullseye: '11', bookworm: '12', trixie: '13' } },
  { names: ['alpine'], line: 'minor', eol: [...range(0, 20).map((m) => `3.${m}`)], supported: ['3.22', '3.23', '3.21'] },
  { names: ['python'], line: 'minor', eol: ['2.7', '3.0', '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8', '3.9'], supported: ['3.13', '3.12', '3.14', '3.11', '3.10'] },
  { names: ['golang'], line: 'minor', eol: range(0, 24).map((m) => `1.${m}`), supported: ['1.26', '1.25'] },
  { names: ['redis'], line: 'minor', eol: ['2.8', '3.0', '3.2', '4.0', '5.0', '6.0', '6.2', '7.0'], supported: ['8.2', '8.0', '7.4', '7.2'] },
  { names: ['nginx'], line: 'minor', eol: range(0, 26).map((m) => `1.${m}`), supported: ['1.28', '1.29'] },
  { names: ['openjdk'], line: 'major', eol: [], supported: [], deprecated: true, replacement: 'eclipse-temurin' },
  { names: ['centos'], line: 'major', eol: range(5, 8), supported: [], deprecated: true, replacement: 'rockylinux or almalinux' },
  { names: ['busybox'], line: 'minor', eol: [], supported: ['1.37', '1.36'] },
];

function shortName(name: string): string {
  return name.replace(/^(docker\.io\/)?(library\/)?/, '');
}

export function lookupImage(name: string): ImageLifecycle | undefined {
  const short = shortName(name.toLowerCase());
  return BASE_IMAGES.find((i) => i.names.includes(short));
}

/** The release line of a tag (`7.10.1-alpine` → `7` or `7.10`), `undefined` for `latest`, `lts`, codenames… */
export function releaseLine(entry: ImageLifecycle, tag: string): string | undefined {
  const codename = entry.codenames?.[tag.split('-')[0]!];
  if (codename) return codename;
  const m = /^v?(\d+)(?:\.(\d+))?/.exec(tag);
  if (!m) return undefined;
  if (entry.line === 'major') return m[1];
  return m[2] === undefined ? undefined : `${m[1]}.${m[2]}`;
}

export type Lifecycle =
  | { readonly status: 'eol'; readonly line: string; readonly suggestion: string | undefined }
  | { readonly status: 'deprecated'; readonly replacement: string }
  | { readonly status: 'supported' | 'unknown' };

export function lifecycleOf(name: string, tag: string): Lifecycle {
  const entry = lookupImage(name);
  if (!entry) return { status: 'unknown' };
  if (entry.deprecated) return { status: 'deprecated', replacement: entry.replacement ?? '' };
  const line = releaseLine(entry, tag);
  if (line === undefined) return { status: 'unknown' };
  if (entry.eol.includes(line)) {
    const suffix = tag.includes('-') ? tag.slice(tag.indexOf('-')) : '';
    const next = entry.supported[0];
    return { status: 'eol', line, suggestion: next ? `${next}${suffix}` : undefined };
  }
  return { status: entry.supported.includes(line) ? 'supported' : 'unknown' };
}
