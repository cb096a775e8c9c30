import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { resolve } from '../posixPath';
import { entryInstructions, scriptOf } from './entrypoint';
import { exposedPorts, portRange } from './expose';
import { sourceOf, stageFiles, workdirAt } from './imageFiles';
import { defineRule } from './types';

/** Ports a source file visibly listens on: `listen(8080)`, `app.run(port=5000)`, `ListenAndServe(":8080")`. */
export function listenPorts(source: string): Array<{ port: number; line: number }> {
  const out: Array<{ port: number; line: number }> = [];
  const patterns = [/\.listen\(\s*(\d{1,5})\s*[,)]/g, /\brun\([^)]*\bport\s*=\s*(\d{1,5})/g, /ListenAndServe(?:TLS)?\(\s*"[^"]*:(\d{1,5})"/g];
  for (const re of patterns) {
    for (const m of source.matchAll(re)) out.push({ port: Number(m[1]), line: source.slice(0, m.index).split('\n').length });
  }
  return out;
}

/**
 * EXPOSE differs from the port the application statically listens on (kubia's
 * `www.listen(8080)`). Needs the build context to read the script CMD runs.
 */
export const exposeListen = defineRule(
  {
    code: 'DF067',
    keywords: ['EXPOSE'],
    aliases: [],
    severity: 'warning',
    family: 'context',
    title: 'EXPOSE the port the application listens on',
    docs: docsUrl('DF067'),
    explanation: {
      why: 'EXPOSE tells people and tools (docker run -P, Kubernetes containerPort habits) where the app listens. If it names another port, "docker run -p 8080:80" forwards traffic to a port nobody listens on and requests fail.',
      fix: 'EXPOSE the port the code passes to listen().',
      bad: '// app.js: server.listen(8080)\nEXPOSE 80',
      good: 'EXPOSE 8080',
    },
  },
  (context, report) => {
    const index = context.buildContext;
    if (!index?.snapshot.readFile) return;
    for (const inst of entryInstructions(context)) {
      const ref = scriptOf(context, inst);
      const workdir = workdirAt(context, inst);
      if (!ref || workdir === undefined) continue;
      const source = sourceOf(context, stageFiles(context, inst.stage), resolve(workdir, ref.script));
      if (!source) continue;
      const text = index.snapshot.readFile(source);
      if (text === undefined) continue;
      const listens = listenPorts(text);
      if (listens.length === 0) continue;
      const ports = exposedPorts(context).filter((p) => p.inst.stage === inst.stage && (p.protocol ?? 'tcp').toLowerCase() === 'tcp');
      if (ports.length === 0) continue;
      const exposed = (port: number) => ports.some((p) => {
        const r = portRange(p.port);
        return r !== undefined && r[0] <= port && port <= r[1];
      });
      const missing = listens.find((l) => !exposed(l.port));
      if (!missing || listens.some((l) => exposed(l.port))) continue;
      const first = ports[0]!;
      const range = first.arg.getRange();
      report({
        range,
        message: l10n.t('The application listens on port {0} ({1}, line {2}), but EXPOSE says {3}. Traffic published to {3} would reach no one: EXPOSE {0}.', String(missing.port), source, String(missing.line), first.value),
        ...(first.literal ? { fix: [{ title: l10n.t('Change to {0}', String(missing.port)), preferred: true, edits: [{ range, newText: String(missing.port) }] }] } : {}),
      });
    }
  },
);
