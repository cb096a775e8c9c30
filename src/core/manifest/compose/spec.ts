/**
 * The Compose specification's property names (compose-spec/compose-spec,
 * schema/compose-spec.json, 2025): what `docker compose config` accepts. Every key may
 * also be an extension `x-…`.
 */
export const TOP_LEVEL_KEYS = ['version', 'name', 'include', 'services', 'networks', 'volumes', 'secrets', 'configs', 'models'];

export const SERVICE_KEYS = [
  'annotations', 'attach', 'blkio_config', 'build', 'cap_add', 'cap_drop', 'cgroup', 'cgroup_parent', 'command', 'configs',
  'container_name', 'cpu_count', 'cpu_percent', 'cpu_shares', 'cpu_quota', 'cpu_period', 'cpu_rt_period', 'cpu_rt_runtime',
  'cpus', 'cpuset', 'credential_spec', 'depends_on', 'deploy', 'develop', 'device_cgroup_rules', 'devices', 'dns', 'dns_opt',
  'dns_search', 'domainname', 'entrypoint', 'env_file', 'environment', 'expose', 'extends', 'external_links', 'extra_hosts',
  'gpus', 'group_add', 'healthcheck', 'hostname', 'image', 'init', 'ipc', 'isolation', 'label_file', 'labels', 'links',
  'logging', 'mac_address', 'mem_limit', 'mem_reservation', 'mem_swappiness', 'memswap_limit', 'models', 'network_mode',
  'networks', 'oom_kill_disable', 'oom_score_adj', 'pid', 'pids_limit', 'platform', 'ports', 'post_start', 'pre_stop',
  'privileged', 'profiles', 'provider', 'pull_policy', 'pull_refresh_after', 'read_only', 'restart', 'runtime', 'scale',
  'secrets', 'security_opt', 'shm_size', 'stdin_open', 'stop_grace_period', 'stop_signal', 'storage_opt', 'sysctls', 'tmpfs',
  'tty', 'ulimits', 'use_api_socket', 'user', 'userns_mode', 'uts', 'volumes', 'volumes_from', 'working_dir',
];

export const BUILD_KEYS = [
  'context', 'dockerfile', 'dockerfile_inline', 'entitlements', 'args', 'ssh', 'labels', 'cache_from', 'cache_to', 'no_cache',
  'additional_contexts', 'network', 'provenance', 'sbom', 'pull', 'target', 'shm_size', 'extra_hosts', 'isolation', 'privileged',
  'secrets', 'tags', 'ulimits', 'platforms',
];

export const PORT_KEYS = ['name', 'mode', 'host_ip', 'target', 'published', 'protocol', 'app_protocol'];

export const RESTART_VALUES = ['no', 'always', 'on-failure', 'unless-stopped'];

/** `docker-compose.yml`, `compose.yaml`, overrides (`docker-compose.prod.yml`) and the seeds' `4-docker-compose.yml`. */
export function isComposeFileName(path: string | undefined): boolean {
  if (!path) return false;
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1).toLowerCase();
  return /^(docker-)?compose(\.[\w-]+)?\.ya?ml$/.test(name) || /[-_.]docker-compose(\.[\w-]+)?\.ya?ml$/.test(name);
}
