/**
 * `curl` in the Kube Tutor terminal: HTTP requests over the simulated `Network`
 * (published container ports, Service IPs). Error lines use curl's own wording and
 * exit codes (6 resolve, 7 connect, 52 empty reply, 56 reset).
 */
import * as l10n from '@vscode/l10n';
import type { Network } from '../sim/network';
import type { CommandContext, CommandProvider } from './types';

const IP = /^\d{1,3}(\.\d{1,3}){3}$/;

export class CurlProvider implements CommandProvider {
  readonly names = ['curl'] as const;
  readonly summary = l10n.t('send an HTTP request to a published port or a Service, e.g. curl localhost:8080');

  constructor(private readonly network: Network) {}

  run(argv: readonly string[], ctx: CommandContext): number {
    let silent = false;
    let showError = false;
    let include = false;
    let method = 'GET';
    let url: string | undefined;
    for (let i = 1; i < argv.length; i++) {
      const a = argv[i]!;
      if (a === '-s' || a === '--silent') silent = true;
      else if (a === '-S' || a === '--show-error') showError = true;
      else if (a === '-sS' || a === '-Ss') silent = showError = true;
      else if (a === '-i' || a === '--include') include = true;
      else if (a === '-v' || a === '--verbose' || a === '-L' || a === '--location' || a === '-f' || a === '--fail') continue;
      else if (a === '-X' || a === '--request') method = argv[++i] ?? 'GET';
      else if (a.startsWith('-')) {
        ctx.err(`curl: option ${a}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n`);
        return 2;
      } else url = a;
    }
    if (!url) {
      ctx.err("curl: try 'curl --help' or 'curl --manual' for more information\n");
      return 2;
    }
    const m = /^(?:(https?):\/\/)?(\[[^\]]+\]|[^/:?#]+)(?::(\d+))?(\/[^?#]*)?/.exec(url);
    if (!m) {
      ctx.err(`curl: (3) URL rejected: Malformed input to a URL function\n`);
      return 3;
    }
    const scheme = m[1] ?? 'http';
    const host = m[2]!;
    const port = m[3] ? Number(m[3]) : scheme === 'https' ? 443 : 80;
    const path = m[4] ?? '/';
    const fail = (error: string, code: number): number => {
      if (!silent || showError) ctx.err(`${error}\n`);
      return code;
    };
    if (host !== 'localhost' && !IP.test(host) && !this.network.isListening(host, port)) {
      return fail(`curl: (6) Could not resolve host: ${host}`, 6);
    }
    const result = this.network.request({ host, port, path, method });
    if (!result.ok) {
      const code = fail(result.error, result.exitCode);
      if (result.hint) ctx.err(`${result.hint}\n`);
      return code;
    }
    if (include) ctx.out(`HTTP/1.1 ${result.status} ${result.status === 200 ? 'OK' : ''}\nContent-Length: ${result.body.length}\n\n`);
    ctx.out(result.body);
    return 0;
  }
}
