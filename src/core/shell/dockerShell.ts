/**
 * Wires a Shell with the Docker side of the simulator (docker + curl providers) over
 * one engine and its network. The cluster adds its own providers to the same shell.
 */
import { DockerProvider } from '../cli/docker';
import type { DockerEngine } from '../engine/engine';
import type { Locale } from '../tutor/text';
import { CurlProvider } from './curl';
import { ExplainProvider } from './explain';
import { Shell, type ShellOptions } from './shell';
import type { CommandProvider } from './types';

/**
 * `extra`: more providers for the same terminal (e.g. `kubectl` over the cluster sharing this engine's network and registry).
 * `explain CODE` prints the tutor's explanation in `locale`; pass `hint: hintLine` (./explain) to end
 * known errors with a hint to run it (the extension's terminal does; the scripted CLI keeps the tools' exact output).
 */
export function createDockerShell(engine: DockerEngine, options: Omit<ShellOptions, 'clock'> & { readonly locale?: Locale }, extra: readonly CommandProvider[] = []): Shell {
  const shell = new Shell({ ...options, clock: engine.clock });
  shell.register(new DockerProvider(engine));
  shell.register(new CurlProvider(engine.network));
  shell.register(new ExplainProvider(options.locale));
  for (const provider of extra) shell.register(provider);
  return shell;
}
