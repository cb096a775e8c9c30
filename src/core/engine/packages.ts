/**
 * Package facts for simulated `apt-get install`, `apk add`, `pip install`: what lands on
 * the filesystem and how big it is. Unknown packages get a generic, modest footprint.
 */
export interface PackageInfo {
  readonly version: string;
  readonly size: number;
  readonly bins: readonly string[];
  /** Extra packages apt pulls in (then it asks "Do you want to continue?" without -y). */
  readonly deps?: readonly string[];
}

export const APT: Record<string, PackageInfo> = {
  'redis-server': { version: '5:4.0.9-1ubuntu0.2', size: 3_704_000, bins: ['/usr/bin/redis-server', '/usr/bin/redis-cli', '/usr/bin/redis-benchmark'], deps: ['libjemalloc1', 'liblua5.1-0', 'redis-tools'] },
  curl: { version: '7.58.0-2ubuntu3.24', size: 1_211_000, bins: ['/usr/bin/curl'], deps: ['libcurl4', 'libnghttp2-14', 'librtmp1'] },
  wget: { version: '1.19.4-1ubuntu2.2', size: 2_880_000, bins: ['/usr/bin/wget'] },
  git: { version: '1:2.17.1-1ubuntu0.18', size: 33_800_000, bins: ['/usr/bin/git'], deps: ['git-man', 'less', 'libcurl3-gnutls', 'liberror-perl', 'perl'] },
  vim: { version: '2:8.0.1453-1ubuntu1.13', size: 30_100_000, bins: ['/usr/bin/vim'], deps: ['vim-common', 'vim-runtime', 'xxd'] },
  nginx: { version: '1.14.0-0ubuntu1.11', size: 11_400_000, bins: ['/usr/sbin/nginx'], deps: ['nginx-common', 'nginx-core'] },
  nodejs: { version: '8.10.0~dfsg-2ubuntu0.4', size: 29_500_000, bins: ['/usr/bin/node', '/usr/bin/nodejs'], deps: ['libuv1', 'libc-ares2'] },
  npm: { version: '3.5.2-0ubuntu4', size: 20_700_000, bins: ['/usr/bin/npm'], deps: ['node-gyp', 'nodejs-dev'] },
  python3: { version: '3.6.7-1~18.04', size: 25_400_000, bins: ['/usr/bin/python3'], deps: ['libpython3.6-minimal', 'python3-minimal'] },
  'python3-pip': { version: '9.0.1-2.3~ubuntu1.18.04.8', size: 14_900_000, bins: ['/usr/bin/pip3'], deps: ['python3-setuptools', 'python3-wheel'] },
  procps: { version: '2:3.3.12-3ubuntu1.2', size: 1_232_000, bins: ['/bin/ps', '/usr/bin/top', '/usr/bin/free'] },
  'iputils-ping': { version: '3:20161105-1ubuntu3', size: 106_000, bins: ['/bin/ping'] },
  'net-tools': { version: '1.60+git20161116.90da8a0-1ubuntu1', size: 1_000_000, bins: ['/sbin/ifconfig', '/bin/netstat'] },
  'ca-certificates': { version: '20230311ubuntu0.18.04.1', size: 420_000, bins: [] },
  'build-essential': { version: '12.4ubuntu1', size: 178_000_000, bins: ['/usr/bin/gcc', '/usr/bin/g++', '/usr/bin/make'], deps: ['gcc', 'g++', 'make', 'libc6-dev', 'dpkg-dev'] },
};

export const APK: Record<string, PackageInfo> = {
  curl: { version: '8.11.0-r2', size: 1_100_000, bins: ['/usr/bin/curl'] },
  bash: { version: '5.2.26-r0', size: 1_300_000, bins: ['/bin/bash'] },
  git: { version: '2.45.2-r0', size: 15_400_000, bins: ['/usr/bin/git'] },
  python3: { version: '3.12.7-r0', size: 45_000_000, bins: ['/usr/bin/python3'] },
  nodejs: { version: '20.15.1-r0', size: 48_000_000, bins: ['/usr/bin/node'] },
  npm: { version: '10.9.1-r0', size: 11_000_000, bins: ['/usr/bin/npm'] },
  redis: { version: '7.2.5-r0', size: 4_900_000, bins: ['/usr/bin/redis-server', '/usr/bin/redis-cli'] },
  'ca-certificates': { version: '20240705-r0', size: 700_000, bins: [] },
};

export function aptPackage(name: string): PackageInfo {
  return APT[name] ?? { version: '1.0-1', size: 1_500_000, bins: [`/usr/bin/${name}`] };
}

export function apkPackage(name: string): PackageInfo {
  return APK[name] ?? { version: '1.0-r0', size: 900_000, bins: [`/usr/bin/${name}`] };
}

/** Size of the apt package index `apt-get update` downloads (bionic main/universe + updates). */
export const APT_LISTS_SIZE = 26_896_000;
