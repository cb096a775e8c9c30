/** Flags and usage of the docker subcommands Kube Tutor simulates (docker CLI v27 wording). */
import type { CommandSpec, FlagSpec } from './flags';

const b = (name: string, description: string, short?: string): FlagSpec => ({ name, type: 'bool', description, ...(short ? { short } : {}) });
const s = (name: string, description: string, short?: string, placeholder = 'string'): FlagSpec => ({ name, type: 'string', description, placeholder, ...(short ? { short } : {}) });
const l = (name: string, description: string, short?: string, placeholder = 'list'): FlagSpec => ({ name, type: 'list', description, placeholder, ...(short ? { short } : {}) });
const i = (name: string, description: string, short?: string): FlagSpec => ({ name, type: 'int', description, placeholder: 'int', ...(short ? { short } : {}) });

const RUN_FLAGS: FlagSpec[] = [
  b('detach', 'Run container in background and print container ID', 'd'),
  l('env', 'Set environment variables', 'e'),
  s('entrypoint', 'Overwrite the default ENTRYPOINT of the image'),
  s('hostname', 'Container host name', 'h'),
  b('interactive', 'Keep STDIN open even if not attached', 'i'),
  l('label', 'Set meta data on a container', 'l'),
  s('name', 'Assign a name to the container'),
  l('publish', "Publish a container's port(s) to the host", 'p'),
  b('publish-all', 'Publish all exposed ports to random ports', 'P'),
  b('rm', 'Automatically remove the container and its associated anonymous volumes when it exits'),
  b('tty', 'Allocate a pseudo-TTY', 't'),
  s('workdir', 'Working directory inside the container', 'w'),
  s('network', 'Connect a container to a network'),
  s('restart', 'Restart policy to apply when a container exits'),
  l('volume', 'Bind mount a volume', 'v'),
];

export const SPECS: Record<string, CommandSpec> = {
  run: { usage: 'docker run [OPTIONS] IMAGE [COMMAND] [ARG...]', description: 'Create and run a new container from an image', flags: RUN_FLAGS, stopAtFirstArg: true, minArgs: 1, aliases: ['docker container run', 'docker run'] },
  create: { usage: 'docker create [OPTIONS] IMAGE [COMMAND] [ARG...]', description: 'Create a new container', flags: RUN_FLAGS.filter((f) => f.name !== 'detach' && f.name !== 'rm'), stopAtFirstArg: true, minArgs: 1 },
  start: { usage: 'docker start [OPTIONS] CONTAINER [CONTAINER...]', description: 'Start one or more stopped containers', flags: [b('attach', 'Attach STDOUT/STDERR and forward signals', 'a'), b('interactive', "Attach container's STDIN", 'i')], minArgs: 1 },
  stop: { usage: 'docker stop [OPTIONS] CONTAINER [CONTAINER...]', description: 'Stop one or more running containers', flags: [i('time', 'Seconds to wait before killing the container', 't'), s('signal', 'Signal to send to the container', 's')], minArgs: 1 },
  restart: { usage: 'docker restart [OPTIONS] CONTAINER [CONTAINER...]', description: 'Restart one or more containers', flags: [i('time', 'Seconds to wait before killing the container', 't')], minArgs: 1 },
  kill: { usage: 'docker kill [OPTIONS] CONTAINER [CONTAINER...]', description: 'Kill one or more running containers', flags: [s('signal', 'Signal to send to the container', 's')], minArgs: 1 },
  rm: { usage: 'docker rm [OPTIONS] CONTAINER [CONTAINER...]', description: 'Remove one or more containers', flags: [b('force', 'Force the removal of a running container (uses SIGKILL)', 'f'), b('volumes', 'Remove anonymous volumes associated with the container', 'v')], minArgs: 1, aliases: ['docker container rm', 'docker container remove', 'docker rm'] },
  ps: { usage: 'docker ps [OPTIONS]', description: 'List containers', flags: [b('all', 'Show all containers (default shows just running)', 'a'), b('quiet', 'Only display container IDs', 'q'), b('no-trunc', "Don't truncate output"), b('latest', 'Show the latest created container (includes all states)', 'l'), l('filter', 'Filter output based on conditions provided', 'f', 'filter'), s('format', 'Format output using a custom template')], maxArgs: 0, aliases: ['docker container ls', 'docker container list', 'docker container ps', 'docker ps'] },
  logs: { usage: 'docker logs [OPTIONS] CONTAINER', description: 'Fetch the logs of a container', flags: [b('follow', 'Follow log output', 'f'), b('timestamps', 'Show timestamps', 't'), s('tail', 'Number of lines to show from the end of the logs', 'n')], minArgs: 1, maxArgs: 1 },
  exec: { usage: 'docker exec [OPTIONS] CONTAINER COMMAND [ARG...]', description: 'Execute a command in a running container', flags: [b('detach', 'Detached mode: run command in the background', 'd'), l('env', 'Set environment variables', 'e'), b('interactive', 'Keep STDIN open even if not attached', 'i'), b('tty', 'Allocate a pseudo-TTY', 't'), s('workdir', 'Working directory inside the container', 'w'), s('user', 'Username or UID', 'u')], stopAtFirstArg: true, minArgs: 2 },
  inspect: { usage: 'docker inspect [OPTIONS] NAME|ID [NAME|ID...]', description: 'Return low-level information on Docker objects', flags: [s('format', 'Format output using a custom template', 'f'), s('type', 'Only inspect objects of the given type')], minArgs: 1 },
  commit: { usage: 'docker commit [OPTIONS] CONTAINER [REPOSITORY[:TAG]]', description: "Create a new image from a container's changes", flags: [s('author', 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")', 'a'), l('change', 'Apply Dockerfile instruction to the created image', 'c'), s('message', 'Commit message', 'm'), b('pause', 'Pause container during commit', 'p')], minArgs: 1, maxArgs: 2 },
  build: {
    usage: 'docker build [OPTIONS] PATH | URL | -',
    description: 'Build an image from a Dockerfile',
    flags: [l('build-arg', 'Set build-time variables'), s('file', 'Name of the Dockerfile (Default is \'PATH/Dockerfile\')', 'f'), b('no-cache', 'Do not use cache when building the image'), b('quiet', 'Suppress the build output and print image ID on success', 'q'), l('tag', 'Name and optionally a tag in the "name:tag" format', 't'), s('target', 'Set the target build stage to build.'), b('pull', 'Always attempt to pull a newer version of the image'), b('rm', 'Remove intermediate containers after a successful build'), s('platform', 'Set platform if server is multi-platform capable'), s('progress', 'Set type of progress output ("auto", "plain", "tty", "quiet", "rawjson"). Use plain to show container output')],
    minArgs: 1,
    maxArgs: 1,
  },
  'buildx-build': {
    usage: 'docker buildx build [OPTIONS] PATH | URL | -',
    description: 'Start a build',
    flags: [l('build-arg', 'Set build-time variables'), s('file', 'Name of the Dockerfile (default: "PATH/Dockerfile")', 'f'), b('no-cache', 'Do not use cache when building the image'), b('quiet', 'Suppress the build output and print image ID on success', 'q'), l('tag', 'Name and optionally a tag (format: "name:tag")', 't'), s('target', 'Set the target build stage to build'), b('pull', 'Always attempt to pull all referenced images'), s('platform', 'Set target platform for build'), s('progress', 'Set type of progress output ("auto", "plain", "tty", "rawjson"). Use plain to show container output'), b('load', 'Shorthand for "--output=type=docker"')],
    minArgs: 1,
    maxArgs: 1,
    aliases: ['docker buildx build', 'docker buildx b', 'docker builder build', 'docker image build', 'docker build'],
  },
  images: { usage: 'docker images [OPTIONS] [REPOSITORY[:TAG]]', description: 'List images', flags: [b('all', 'Show all images (default hides intermediate images)', 'a'), b('quiet', 'Only show image IDs', 'q'), b('no-trunc', "Don't truncate output"), l('filter', 'Filter output based on conditions provided', 'f', 'filter'), s('format', 'Format output using a custom template')], maxArgs: 1, aliases: ['docker image ls', 'docker image list', 'docker images'] },
  rmi: { usage: 'docker rmi [OPTIONS] IMAGE [IMAGE...]', description: 'Remove one or more images', flags: [b('force', 'Force removal of the image', 'f')], minArgs: 1, aliases: ['docker image rm', 'docker image remove', 'docker rmi'] },
  tag: { usage: 'docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]', description: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE', flags: [], minArgs: 2, maxArgs: 2, aliases: ['docker image tag', 'docker tag'] },
  pull: { usage: 'docker pull [OPTIONS] NAME[:TAG|@DIGEST]', description: 'Download an image from a registry', flags: [b('all-tags', 'Download all tagged images in the repository', 'a'), b('quiet', 'Suppress verbose output', 'q'), s('platform', 'Set platform if server is multi-platform capable')], minArgs: 1, maxArgs: 1, aliases: ['docker image pull', 'docker pull'] },
  push: { usage: 'docker push [OPTIONS] NAME[:TAG]', description: 'Upload an image to a registry', flags: [b('all-tags', 'Push all tags of an image to the repository', 'a'), b('quiet', 'Suppress verbose output', 'q')], minArgs: 1, maxArgs: 1, aliases: ['docker image push', 'docker push'] },
  login: { usage: 'docker login [OPTIONS] [SERVER]', description: 'Authenticate to a registry.\nDefaults to Docker Hub if no server is specified.', flags: [s('username', 'Username', 'u'), s('password', 'Password or Personal Access Token (PAT)', 'p'), b('password-stdin', 'Take the Password or Personal Access Token (PAT) from stdin')], maxArgs: 1 },
  logout: { usage: 'docker logout [SERVER]', description: 'Log out from a registry.\nIf no server is specified, the default is defined by the daemon.', flags: [], maxArgs: 1 },
  history: { usage: 'docker history [OPTIONS] IMAGE', description: 'Show the history of an image', flags: [b('no-trunc', "Don't truncate output"), b('quiet', 'Only show image IDs', 'q'), b('human', 'Print sizes and dates in human readable format', 'H')], minArgs: 1, maxArgs: 1 },
  'container-prune': { usage: 'docker container prune [OPTIONS]', description: 'Remove all stopped containers', flags: [b('force', 'Do not prompt for confirmation', 'f')], maxArgs: 0 },
  'image-prune': { usage: 'docker image prune [OPTIONS]', description: 'Remove unused images', flags: [b('all', 'Remove all unused images, not just dangling ones', 'a'), b('force', 'Do not prompt for confirmation', 'f')], maxArgs: 0 },
  'system-prune': { usage: 'docker system prune [OPTIONS]', description: 'Remove unused data', flags: [b('all', 'Remove all unused images not just dangling ones', 'a'), b('force', 'Do not prompt for confirmation', 'f'), b('volumes', 'Prune anonymous volumes')], maxArgs: 0 },
  version: { usage: 'docker version [OPTIONS]', description: 'Show the Docker version information', flags: [s('format', 'Format output using a custom template', 'f')], maxArgs: 0 },
};

export const TOP_LEVEL = Object.keys(SPECS);
