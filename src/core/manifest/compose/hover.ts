import * as l10n from '@vscode/l10n';
import { keyPathAt } from '../explain';

/**
 * Short descriptions of the Compose keys learners meet (the Compose specification's essentials,
 * compose-spec/compose-spec `spec.md`), localized. `undefined` for other keys.
 */
function serviceKey(key: string): string | undefined {
  switch (key) {
    case 'image': return l10n.t('The image to start the container from (`name:tag`). Pulled when missing, unless `build` is set and builds it.');
    case 'build': return l10n.t('Build the image from a Dockerfile: a context folder relative to this file (`build: ./web`), or `context`, `dockerfile`, `args`, `target`.');
    case 'ports': return l10n.t('Publishes container ports on the host: `"HOST:CONTAINER"` (quote it), optionally with an IP and `/udp`, or the long form with `target` and `published`. Like `docker run -p`.');
    case 'environment': return l10n.t('Environment variables of the container: a mapping `KEY: value` or a list of `KEY=value`. Like `docker run -e`.');
    case 'env_file': return l10n.t('Files of `KEY=value` lines added to the environment, relative to this file.');
    case 'depends_on': return l10n.t('Services to start before this one (and stop after it). Only the order: use `condition: service_healthy` to wait until they are ready.');
    case 'volumes': return l10n.t('Mounts: `SOURCE:TARGET[:ro]` where SOURCE is a host path (`./data`, a bind mount) or a named volume declared under the top-level `volumes`. Like `docker run -v`.');
    case 'command': return l10n.t('Overrides the image\'s CMD: a string or a list (`["npm", "start"]`).');
    case 'entrypoint': return l10n.t('Overrides the image\'s ENTRYPOINT.');
    case 'container_name': return l10n.t('A fixed container name instead of `<project>-<service>-1`. The service cannot then be scaled.');
    case 'restart': return l10n.t('Restart policy: `no` (default), `always`, `on-failure[:N]` or `unless-stopped`.');
    case 'networks': return l10n.t('Networks the service joins (declared under the top-level `networks`). Services reach each other by service name.');
    case 'expose': return l10n.t('Ports reachable by other services only, not published on the host.');
    case 'working_dir': return l10n.t('Overrides the image\'s WORKDIR.');
    case 'healthcheck': return l10n.t('A command that tells whether the container is healthy (`test`, `interval`, `retries`…); `depends_on` can wait for it.');
    case 'profiles': return l10n.t('The service starts only when one of these profiles is active (`docker compose --profile NAME up`).');
    default: return undefined;
  }
}

function topLevelKey(key: string): string | undefined {
  switch (key) {
    case 'services': return l10n.t('The containers of the application, one entry per service; `docker compose up` starts them all.');
    case 'volumes': return l10n.t('Named volumes that services can mount; they keep data when containers are removed.');
    case 'networks': return l10n.t('Networks that services can join; by default every service is on one network of the project.');
    case 'version': return l10n.t('Obsolete: Compose v2 ignores it (and warns).');
    case 'name': return l10n.t('The project name (default: the folder name); it prefixes containers, networks and volumes.');
    default: return undefined;
  }
}

export interface ComposeHover {
  readonly key: string;
  readonly path: string;
  readonly description: string;
}

/** The Compose key under the cursor and its description, for the hover of Compose files. */
export function composeHoverAt(text: string, line: number, character: number): ComposeHover | undefined {
  const at = keyPathAt(text, line, character);
  if (!at) return undefined;
  const { key, parents } = at;
  const description = parents.length === 0 ? topLevelKey(key) : parents.length === 2 && parents[0] === 'services' ? serviceKey(key) : undefined;
  return description ? { key, path: [...parents, key].join('.'), description } : undefined;
}
