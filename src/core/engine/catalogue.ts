/**
 * The bundled "Docker Hub": well-known images with their real default config (from
 * their Dockerfiles on Docker Hub) and realistic sizes as `docker images` shows them.
 * Layers are content-addressed from (repository, first tag, index) so images built
 * FROM them share base layers, as on a real daemon.
 */
import type { ImageConfig } from '../sim/images';
import type { FsChanges, FsEntry } from './fs';
import { osFilesystem, type OsFlavour } from './osfs';

export interface CatalogueImage {
  /** `library/node`, `luksa/kubia`. */
  readonly repository: string;
  readonly tags: readonly string[];
  readonly created: string;
  readonly os: OsFlavour;
  readonly release: string;
  /** Another catalogue image (`library/node:7`) whose layers come first. */
  readonly base?: string;
  /** Sizes of this image's own layers in bytes (the last one carries `files`). */
  readonly layerSizes: readonly number[];
  readonly config: ImageConfig;
  readonly files?: FsChanges;
}

const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const exe = (size: number): FsEntry => ({ type: 'file', size, executable: true });
const text = (content: string): FsEntry => ({ type: 'file', size: content.length, content });

/** luksa/kubia's app.js from the book (github.com/luksa/kubernetes-in-action, Chapter02/kubia). */
export const KUBIA_APP_JS = `const http = require('http');
const os = require('os');

console.log("Kubia server starting...");

var handler = function(request, response) {
  console.log("Received request from " + request.connection.remoteAddress);
  response.writeHead(200);
  response.end("You've hit " + os.hostname() + "\\n");
};

var www = http.createServer(handler);
www.listen(8080);
`;

/** luksa/kubia:v1, v2 of the book's rolling-update chapter (Chapter09/kubia-v1, kubia-v2): same server, versioned answer. */
const kubiaVersionAppJs = (version: string): string =>
  KUBIA_APP_JS.replace(
    `response.end("You've hit " + os.hostname() + "\\n");`,
    `response.end("This is ${version} running in pod " + os.hostname() + "\\n");`,
  );

const nodeFiles = (version: string): FsChanges => ({
  '/usr/local/bin/node': exe(40_000_000),
  '/usr/local/bin/npm': { type: 'link', size: 0, target: '../lib/node_modules/npm/bin/npm-cli.js' },
  '/usr/local/lib/node_modules/npm/bin/npm-cli.js': exe(4_000),
  '/usr/local/bin/docker-entrypoint.sh': exe(388),
  '/usr/local/include/node/node_version.h': text(`#define NODE_VERSION "v${version}"\n`),
});

function node(tags: string[], version: string, created: string, os: OsFlavour, sizes: number[]): CatalogueImage {
  const modern = Number(version.split('.')[0]) >= 8;
  return {
    repository: 'library/node',
    tags,
    created,
    os,
    release: os === 'alpine' ? '3.20.3' : os === 'buildpack' && !modern ? '8' : '12',
    layerSizes: sizes,
    config: {
      env: [PATH, `NODE_VERSION=${version}`, `YARN_VERSION=${modern ? '1.22.22' : '0.24.6'}`],
      ...(modern ? { entrypoint: ['docker-entrypoint.sh'] } : {}),
      cmd: ['node'],
    },
    files: nodeFiles(version),
  };
}

export const CATALOGUE: readonly CatalogueImage[] = [
  {
    repository: 'library/hello-world',
    tags: ['latest', 'linux'],
    created: '2023-05-02T16:49:27Z',
    os: 'scratch',
    release: '',
    layerSizes: [13_256],
    config: { cmd: ['/hello'] },
    files: { '/hello': exe(13_256) },
  },
  {
    repository: 'library/busybox',
    tags: ['latest', '1.37.0', '1.37', '1', 'stable'],
    created: '2024-09-26T21:31:42Z',
    os: 'busybox',
    release: '1.37.0',
    layerSizes: [4_269_000],
    config: { env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], cmd: ['sh'] },
  },
  {
    repository: 'library/busybox',
    tags: ['1.36', '1.36.1'],
    created: '2023-05-19T00:00:00Z',
    os: 'busybox',
    release: '1.36.1',
    layerSizes: [4_261_000],
    config: { env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], cmd: ['sh'] },
  },
  {
    repository: 'library/alpine',
    tags: ['latest', '3.20', '3.20.3', '3'],
    created: '2024-09-06T22:20:07Z',
    os: 'alpine',
    release: '3.20.3',
    layerSizes: [7_797_000],
    config: { env: [PATH], cmd: ['/bin/sh'] },
  },
  {
    repository: 'library/ubuntu',
    tags: ['18.04', 'bionic'],
    created: '2023-05-30T09:32:09Z',
    os: 'ubuntu',
    release: '18.04',
    layerSizes: [63_148_000],
    config: { env: [PATH], cmd: ['/bin/bash'] },
  },
  {
    repository: 'library/ubuntu',
    tags: ['22.04', 'jammy'],
    created: '2024-10-11T03:41:22Z',
    os: 'ubuntu',
    release: '22.04',
    layerSizes: [77_863_000],
    config: { env: [PATH], cmd: ['/bin/bash'] },
  },
  {
    repository: 'library/ubuntu',
    tags: ['latest', '24.04', 'noble'],
    created: '2024-10-11T03:41:19Z',
    os: 'ubuntu',
    release: '24.04',
    layerSizes: [78_117_000],
    config: { env: [PATH], cmd: ['/bin/bash'] },
  },
  {
    repository: 'library/debian',
    tags: ['latest', 'bookworm', '12'],
    created: '2024-11-11T00:00:00Z',
    os: 'debian',
    release: '12',
    layerSizes: [116_547_000],
    config: { env: [PATH], cmd: ['bash'] },
  },
  {
    repository: 'library/debian',
    tags: ['bullseye', '11'],
    created: '2024-11-11T00:00:00Z',
    os: 'debian',
    release: '11',
    layerSizes: [124_112_000],
    config: { env: [PATH], cmd: ['bash'] },
  },
  node(['7', '7.10', '7.10.1'], '7.10.1', '2017-07-12T01:04:46Z', 'buildpack', [123_000_000, 44_300_000, 122_000_000, 325_000_000, 4_500, 45_795_500]),
  node(['latest', '23', '23.3.0'], '23.3.0', '2024-11-21T00:00:00Z', 'buildpack', [48_480_000, 24_060_000, 64_390_000, 211_300_000, 3_320, 216_400_000, 1_250_000, 451]),
  node(['lts', '22', '22.11.0', 'jod'], '22.11.0', '2024-11-12T00:00:00Z', 'buildpack', [48_480_000, 24_060_000, 64_390_000, 211_300_000, 3_320, 199_100_000, 1_250_000, 451]),
  node(['20', '20.18.0', 'iron'], '20.18.0', '2024-10-03T00:00:00Z', 'buildpack', [48_480_000, 24_060_000, 64_390_000, 211_300_000, 3_320, 190_800_000, 1_250_000, 451]),
  node(['22-alpine', 'lts-alpine', 'alpine'], '22.11.0', '2024-11-12T00:00:00Z', 'alpine', [3_624_000, 154_600_000, 1_390_000, 451]),
  node(['20-alpine'], '20.18.0', '2024-10-03T00:00:00Z', 'alpine', [3_624_000, 128_900_000, 1_390_000, 451]),
  {
    repository: 'luksa/kubia',
    tags: ['latest'],
    created: '2017-03-24T09:14:08Z',
    os: 'buildpack',
    release: '8',
    base: 'library/node:7',
    layerSizes: [367],
    config: { env: [PATH, 'NODE_VERSION=7.10.1', 'YARN_VERSION=0.24.6'], entrypoint: ['node', 'app.js'] },
    files: { '/app.js': text(KUBIA_APP_JS) },
  },
  ...(['v1', 'v2'] as const).map(
    (version, i): CatalogueImage => ({
      repository: 'luksa/kubia',
      tags: [version],
      created: `2017-0${5 + i}-10T08:00:00Z`,
      os: 'buildpack',
      release: '8',
      base: 'library/node:7',
      layerSizes: [389],
      config: { env: [PATH, 'NODE_VERSION=7.10.1', 'YARN_VERSION=0.24.6'], entrypoint: ['node', 'app.js'] },
      files: { '/app.js': text(kubiaVersionAppJs(version)) },
    }),
  ),
  {
    repository: 'library/redis',
    tags: ['latest', '7', '7.4', '7.4.1'],
    created: '2024-10-21T00:00:00Z',
    os: 'debian',
    release: '12',
    layerSizes: [28_230_000, 1_250, 1_000_000, 1_270_000, 84_200_000, 96, 3_300_000],
    config: {
      env: [PATH, 'GOSU_VERSION=1.17', 'REDIS_VERSION=7.4.1'],
      entrypoint: ['docker-entrypoint.sh'],
      cmd: ['redis-server'],
      workdir: '/data',
      exposedPorts: ['6379/tcp'],
    },
    files: { '/usr/local/bin/redis-server': exe(16_000_000), '/usr/local/bin/redis-cli': exe(8_000_000), '/usr/local/bin/docker-entrypoint.sh': exe(1_600), '/data': { type: 'dir', size: 0 } },
  },
  {
    repository: 'library/redis',
    tags: ['alpine', '7-alpine', '7.4-alpine'],
    created: '2024-10-21T00:00:00Z',
    os: 'alpine',
    release: '3.20.3',
    layerSizes: [3_624_000, 966, 1_000_000, 36_500_000, 96, 3_300],
    config: {
      env: [PATH, 'REDIS_VERSION=7.4.1'],
      entrypoint: ['docker-entrypoint.sh'],
      cmd: ['redis-server'],
      workdir: '/data',
      exposedPorts: ['6379/tcp'],
    },
    files: { '/usr/local/bin/redis-server': exe(16_000_000), '/usr/local/bin/redis-cli': exe(8_000_000), '/usr/local/bin/docker-entrypoint.sh': exe(1_600), '/data': { type: 'dir', size: 0 } },
  },
  {
    repository: 'library/nginx',
    tags: ['latest', '1.27', '1.27.2', 'mainline'],
    created: '2024-10-02T00:00:00Z',
    os: 'debian',
    release: '12',
    layerSizes: [28_230_000, 62_100_000, 626, 956, 404, 1_210, 1_400],
    config: {
      env: [PATH, 'NGINX_VERSION=1.27.2', 'NJS_VERSION=0.8.6', 'PKG_RELEASE=1~bookworm'],
      entrypoint: ['/docker-entrypoint.sh'],
      cmd: ['nginx', '-g', 'daemon off;'],
      exposedPorts: ['80/tcp'],
    },
    files: {
      '/usr/sbin/nginx': exe(1_400_000),
      '/etc/nginx/nginx.conf': text('user  nginx;\nworker_processes  auto;\n'),
      '/usr/share/nginx/html/index.html': text('<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n</head>\n<body>\n<h1>Welcome to nginx!</h1>\n</body>\n</html>\n'),
      '/docker-entrypoint.sh': exe(1_620),
    },
  },
  {
    repository: 'library/nginx',
    tags: ['alpine', '1.27-alpine'],
    created: '2024-10-02T00:00:00Z',
    os: 'alpine',
    release: '3.20.3',
    layerSizes: [3_624_000, 1_790_000, 628, 955, 405, 1_210, 1_400, 39_700_000],
    config: {
      env: [PATH, 'NGINX_VERSION=1.27.2'],
      entrypoint: ['/docker-entrypoint.sh'],
      cmd: ['nginx', '-g', 'daemon off;'],
      exposedPorts: ['80/tcp'],
    },
    files: {
      '/usr/sbin/nginx': exe(1_400_000),
      '/usr/share/nginx/html/index.html': text('<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n</head>\n<body>\n<h1>Welcome to nginx!</h1>\n</body>\n</html>\n'),
      '/docker-entrypoint.sh': exe(1_620),
    },
  },
  {
    repository: 'library/python',
    tags: ['latest', '3', '3.12', '3.12.7'],
    created: '2024-10-01T00:00:00Z',
    os: 'buildpack',
    release: '12',
    layerSizes: [48_480_000, 24_060_000, 64_390_000, 211_300_000, 6_160_000, 25_600_000, 249],
    config: { env: [PATH, 'LANG=C.UTF-8', 'PYTHON_VERSION=3.12.7'], cmd: ['python3'] },
    files: { '/usr/local/bin/python3': exe(17_000), '/usr/local/bin/python': { type: 'link', size: 0, target: 'python3' }, '/usr/local/bin/pip': exe(230) },
  },
  {
    repository: 'library/python',
    tags: ['3.12-slim', 'slim'],
    created: '2024-10-01T00:00:00Z',
    os: 'debian',
    release: '12',
    layerSizes: [28_230_000, 3_510_000, 12_580_000, 249],
    config: { env: [PATH, 'LANG=C.UTF-8', 'PYTHON_VERSION=3.12.7'], cmd: ['python3'] },
    files: { '/usr/local/bin/python3': exe(17_000), '/usr/local/bin/python': { type: 'link', size: 0, target: 'python3' }, '/usr/local/bin/pip': exe(230) },
  },
  {
    repository: 'library/golang',
    tags: ['latest', '1.23', '1.23.3'],
    created: '2024-11-06T00:00:00Z',
    os: 'buildpack',
    release: '12',
    layerSizes: [48_480_000, 24_060_000, 64_390_000, 92_300_000, 237_000_000, 126, 4_096],
    config: { env: ['PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'GOLANG_VERSION=1.23.3', 'GOTOOLCHAIN=local', 'GOPATH=/go'], workdir: '/go', cmd: ['bash'] },
    files: { '/usr/local/go/bin/go': exe(14_000_000), '/go': { type: 'dir', size: 0 } },
  },
  {
    repository: 'library/openjdk',
    tags: ['17', '17-jdk', '17-oracle'],
    created: '2022-04-27T00:00:00Z',
    os: 'oraclelinux',
    release: '8.5',
    layerSizes: [42_110_000, 14_300_000, 414_900_000],
    config: { env: ['PATH=/usr/java/openjdk-17/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'JAVA_HOME=/usr/java/openjdk-17', 'LANG=C.UTF-8', 'JAVA_VERSION=17.0.2'], cmd: ['jshell'] },
    files: { '/usr/java/openjdk-17/bin/java': exe(12_000), '/usr/java/openjdk-17/bin/jshell': exe(12_000) },
  },
  {
    repository: 'library/mysql',
    tags: ['5.7', '5.7.44'],
    created: '2023-10-25T00:00:00Z',
    os: 'oraclelinux',
    release: '7.9',
    layerSizes: [49_200_000, 884, 983_000, 4_200_000, 14_100_000, 2_610, 319, 338_000_000, 4_990, 94_000_000, 5_340],
    config: {
      env: [PATH, 'GOSU_VERSION=1.16', 'MYSQL_MAJOR=5.7', 'MYSQL_VERSION=5.7.44-1.el7'],
      entrypoint: ['docker-entrypoint.sh'],
      cmd: ['mysqld'],
      exposedPorts: ['3306/tcp', '33060/tcp'],
    },
    files: { '/usr/sbin/mysqld': exe(50_000_000), '/usr/bin/mysql': exe(8_000_000), '/usr/local/bin/docker-entrypoint.sh': exe(13_000) },
  },
  {
    repository: 'library/wordpress',
    tags: ['latest', '6', '6.7', 'php8.2-apache'],
    created: '2024-11-13T00:00:00Z',
    os: 'debian',
    release: '12',
    layerSizes: [28_230_000, 226, 104_300_000, 224, 20_100_000, 433, 488, 12_800_000, 490, 2_450_000, 245_000_000, 2_380, 247, 891, 31_800_000, 241_000_000],
    config: {
      env: [PATH, 'PHP_VERSION=8.2.26', 'APACHE_CONFDIR=/etc/apache2'],
      entrypoint: ['docker-entrypoint.sh'],
      cmd: ['apache2-foreground'],
      workdir: '/var/www/html',
      exposedPorts: ['80/tcp'],
    },
    files: { '/usr/local/bin/apache2-foreground': exe(1_300), '/usr/local/bin/docker-entrypoint.sh': exe(12_000), '/usr/src/wordpress/wp-config-docker.php': text('<?php\n') },
  },
];

export { osFilesystem };
