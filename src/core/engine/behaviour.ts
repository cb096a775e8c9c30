/**
 * What a container does, decided statically from its image (config + filesystem) and
 * its command line — never by running anything. Models the programs the curriculum
 * uses: node apps (read with acorn), busybox/coreutils one-shots, shells, redis, nginx,
 * mysql, wordpress; anything else found on PATH runs "idle".
 */
import type { AppBehaviour } from '../sim/images';
import type { MergedFs } from './fs';
import { normalizePath } from './fs';
import { DEFAULT_PATH, envValue } from './model';
import { analyseNodeApp, formatNodeCrash, piecesToText } from './nodeApp';

export interface ProcessSpec {
  readonly argv: readonly string[];
  readonly env: readonly string[];
  readonly workdir: string;
  readonly tty: boolean;
  readonly interactive: boolean;
  /** Virtual time of start, for programs that timestamp their logs (redis). */
  readonly now: number;
}

export type Inference = { readonly ok: true; readonly behaviour: AppBehaviour } | { readonly ok: false; readonly error: string; readonly exitCode: number };

/** runc's wording when the executable is missing (`docker run IMAGE foo`). */
export function execNotFound(name: string): string {
  return `exec: "${name}": executable file not found in $PATH`;
}

const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh']);

export function inferBehaviour(fs: MergedFs, spec: ProcessSpec): Inference {
  let argv = [...spec.argv];
  if (!argv.length) return { ok: false, error: 'no command specified', exitCode: 126 };
  // Official images' docker-entrypoint.sh exec the command they are given.
  if (/docker-entrypoint\.sh$/.test(argv[0]!) && argv.length > 1) argv = argv.slice(1);
  const pathVar = envValue(spec.env, 'PATH') ?? DEFAULT_PATH;
  const exe = fs.which(argv[0]!, pathVar);
  if (!exe) return { ok: false, error: execNotFound(argv[0]!), exitCode: 127 };
  const name = exe.slice(exe.lastIndexOf('/') + 1);
  const args = argv.slice(1);
  const exit = (output: string[], exitCode = 0): Inference => ({ ok: true, behaviour: { kind: 'exit', output, exitCode } });
  const idle = (startupLog: string[] = []): Inference => ({ ok: true, behaviour: { kind: 'idle', startupLog } });

  switch (name) {
    case 'echo':
      return exit([args.join(' ')]);
    case 'true':
      return exit([]);
    case 'false':
      return exit([], 1);
    case 'hello':
      return exit(HELLO.split('\n'));
    case 'sleep':
      return idle();
    case 'cat':
      if (!args.length) return spec.interactive ? idle() : exit([]);
      return exit(args.map((a) => fs.resolve(normalizePath(a, spec.workdir))?.content?.replace(/\n$/, '') ?? `cat: can't open '${a}': No such file or directory`));
    case 'hostname':
    case 'uname':
    case 'whoami':
    case 'pwd':
    case 'ls':
    case 'env':
    case 'date':
      return exit([]);
    case 'node':
    case 'nodejs':
      return nodeBehaviour(fs, spec, args);
    case 'redis-server':
      return redisBehaviour(args, spec.now, envValue(spec.env, 'REDIS_VERSION') ?? '4.0.9');
    case 'nginx': {
      // The default server serves /usr/share/nginx/html (a learner's COPY index.html shows up).
      const index = fs.resolve('/usr/share/nginx/html/index.html')?.content ?? NGINX_INDEX;
      return { ok: true, behaviour: { kind: 'server', port: 80, protocol: 'http', startupLog: NGINX_LOG, respond: () => index } };
    }
    case 'mysqld':
      return mysqlBehaviour(spec.env);
    case 'apache2-foreground':
      return {
        ok: true,
        behaviour: { kind: 'server', port: 80, protocol: 'http', startupLog: ['WordPress not found in /var/www/html - copying now...', 'Complete! WordPress has been successfully copied to /var/www/html', "AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using 172.17.0.2. Set the 'ServerName' directive globally to suppress this message"], respond: () => WORDPRESS_INSTALL },
      };
    default:
      if (SHELLS.has(name) || name === 'python3' || name === 'python' || name === 'jshell') {
        // Without -i the shell reads EOF from stdin and exits at once (`docker run ubuntu`).
        if (args[0] === '-c') return exit([]);
        return spec.interactive ? idle() : exit([]);
      }
      return idle();
  }
}

function nodeBehaviour(fs: MergedFs, spec: ProcessSpec, args: string[]): Inference {
  const version = envValue(spec.env, 'NODE_VERSION') ?? '22.11.0';
  const script = args.find((a) => !a.startsWith('-'));
  if (!script) return spec.interactive ? { ok: true, behaviour: { kind: 'idle', startupLog: [`Welcome to Node.js v${version}.`, 'Type ".help" for more information.'] } } : { ok: true, behaviour: { kind: 'exit', output: [], exitCode: 0 } };
  const file = normalizePath(script, spec.workdir);
  const entry = fs.resolve(file);
  if (!entry || entry.type !== 'file') {
    const major = Number(version.split('.')[0]);
    const lines =
      major < 12
        ? ['module.js:472', '    throw err;', '    ^', '', `Error: Cannot find module '${file}'`, '    at Function.Module._resolveFilename (module.js:470:15)', '    at Function.Module._load (module.js:418:25)', '    at Module.runMain (module.js:605:10)', '    at run (bootstrap_node.js:427:7)', '    at startup (bootstrap_node.js:151:9)', '    at bootstrap_node.js:542:3']
        : ['node:internal/modules/cjs/loader:1252', '  throw err;', '  ^', '', `Error: Cannot find module '${file}'`, '    at Function._resolveFilename (node:internal/modules/cjs/loader:1249:15)', '    at Function._load (node:internal/modules/cjs/loader:1075:27)', '    at node:internal/main/run_main_module:36:49 {', "  code: 'MODULE_NOT_FOUND',", '  requireStack: []', '}', '', `Node.js v${version}`];
    return { ok: true, behaviour: { kind: 'exit', output: lines, exitCode: 1 } };
  }
  const analysis = analyseNodeApp(entry.content ?? '', envValue(spec.env, 'PORT'));
  if (analysis.startupError) {
    return { ok: true, behaviour: { kind: 'exit', output: [...analysis.startupLog, ...formatNodeCrash(analysis.startupError, file, version)], exitCode: 1 } };
  }
  if (analysis.port === undefined) return { ok: true, behaviour: { kind: 'exit', output: [...analysis.startupLog], exitCode: 0 } };
  const requestLog = analysis.requestLog ?? [];
  const body = analysis.body ?? [];
  const crash = analysis.requestError;
  return {
    ok: true,
    behaviour: {
      kind: 'server',
      port: analysis.port,
      protocol: 'http',
      startupLog: analysis.startupLog,
      requestLog: (remoteAddress) => requestLog.map((pieces) => piecesToText(pieces, { remoteAddress })),
      ...(crash ? { crashOnRequest: { log: formatNodeCrash(crash, file, version), exitCode: 1 } } : { respond: (hostname: string) => piecesToText(body, { hostname }) }),
    },
  };
}

/** redis `server.c` main(): `--name value` pairs become config lines (so "--protected-mode no" as one word is fine). */
function redisBehaviour(args: string[], now: number, version: string): Inference {
  const legacy = Number(version.split('.')[0]) < 6;
  let port = 6379;
  const lines: string[] = [];
  for (const arg of args) {
    if (arg.startsWith('--')) lines.push(arg.slice(2));
    else if (lines.length) lines[lines.length - 1] += ` ${arg}`;
  }
  for (let i = 0; i < lines.length; i++) {
    const words = lines[i]!.trim().split(/\s+/);
    const known = KNOWN_REDIS_DIRECTIVES[words[0]!.toLowerCase()];
    if (known === undefined || words.length - 1 < known) {
      return { ok: true, behaviour: { kind: 'exit', output: ['', legacy ? '*** FATAL CONFIG FILE ERROR ***' : `*** FATAL CONFIG FILE ERROR (Redis ${version}) ***`, `Reading the configuration file, at line ${i + 2}`, `>>> '${words.join(' ')}'`, 'Bad directive or wrong number of arguments'], exitCode: 1 } };
    }
    if (words[0] === 'port') port = Number(words[1]);
  }
  const stamp = redisTime(now, legacy);
  if (legacy) {
    return {
      ok: true,
      behaviour: {
        kind: 'server',
        port,
        protocol: 'tcp',
        startupLog: [
          `1:C ${stamp} # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
          `1:C ${stamp} # Redis version=${version}, bits=64, commit=00000000, modified=0, pid=1, just started`,
          args.length ? `1:C ${stamp} # Configuration loaded` : `1:C ${stamp} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf`,
          `1:M ${stamp} * Running mode=standalone, port=${port}.`,
          `1:M ${stamp} # Server initialized`,
          `1:M ${stamp} * Ready to accept connections`,
        ],
      },
    };
  }
  const log = [
    `1:C ${stamp} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
    `1:C ${stamp} * Redis version=${version}, bits=64, commit=00000000, modified=0, pid=1, just started`,
    args.length ? `1:C ${stamp} * Configuration loaded` : `1:C ${stamp} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf`,
    `1:M ${stamp} * monotonic clock: POSIX clock_gettime`,
    `1:M ${stamp} * Running mode=standalone, port=${port}.`,
    `1:M ${stamp} * Server initialized`,
    `1:M ${stamp} * Ready to accept connections tcp`,
  ];
  return { ok: true, behaviour: { kind: 'server', port, protocol: 'tcp', startupLog: log } };
}

/** Minimum argument counts of the directives learners pass on the command line. */
const KNOWN_REDIS_DIRECTIVES: Record<string, number> = {
  'protected-mode': 1, port: 1, bind: 1, appendonly: 1, requirepass: 1, save: 0, maxmemory: 1, 'maxmemory-policy': 1, loglevel: 1, databases: 1, dir: 1, dbfilename: 1, daemonize: 1,
};

function redisTime(ms: number, legacy: boolean): string {
  const d = new Date(ms);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())} ${months[d.getUTCMonth()]}${legacy ? '' : ` ${d.getUTCFullYear()}`} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}`;
}

function mysqlBehaviour(env: readonly string[]): Inference {
  const ok = ['MYSQL_ROOT_PASSWORD', 'MYSQL_ALLOW_EMPTY_PASSWORD', 'MYSQL_RANDOM_ROOT_PASSWORD'].some((n) => envValue(env, n) !== undefined);
  if (!ok) {
    return {
      ok: true,
      behaviour: {
        kind: 'exit',
        output: ['2026-01-01 00:00:00+00:00 [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified', '    You need to specify one of the following as an environment variable:', '    - MYSQL_ROOT_PASSWORD', '    - MYSQL_ALLOW_EMPTY_PASSWORD', '    - MYSQL_RANDOM_ROOT_PASSWORD'],
        exitCode: 1,
      },
    };
  }
  return { ok: true, behaviour: { kind: 'server', port: 3306, protocol: 'tcp', startupLog: ['[Note] mysqld (mysqld 5.7.44) starting as process 1 ...', '[Note] mysqld: ready for connections.', "Version: '5.7.44'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)"] } };
}

const HELLO = `
Hello from Docker!
This message shows that your installation appears to be working correctly.

To generate this message, Docker took the following steps:
 1. The Docker client contacted the Docker daemon.
 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.
    (amd64)
 3. The Docker daemon created a new container from that image which runs the
    executable that produces the output you are currently reading.
 4. The Docker daemon streamed that output to the Docker client, which sent it
    to your terminal.

To try something more ambitious, you can run an Ubuntu container with:
 $ docker run -it ubuntu bash

Share images, automate workflows, and more with a free Docker ID:
 https://hub.docker.com/

For more examples and ideas, visit:
 https://docs.docker.com/get-started/
`;

const NGINX_LOG = [
  '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
  '/docker-entrypoint.sh: Configuration complete; ready for start up',
];

const NGINX_INDEX = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>
</body>
</html>
`;

const WORDPRESS_INSTALL = '<!DOCTYPE html>\n<html lang="en-US">\n<head><title>WordPress &rsaquo; Installation</title></head>\n<body class="wp-core-ui language-chooser">\n</body>\n</html>\n';
