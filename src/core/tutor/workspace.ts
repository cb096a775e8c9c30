/** Facts from what can be read without the simulator: the lesson folder's files, with the linters' findings. */
import { fileKind } from '../files';
import { lintText } from '../lint';
import type { DiagnosticFact, Facts } from './facts';

/** Files and their diagnostics (Dockerfiles and YAML through `lintText`). */
export function workspaceFacts(files: Readonly<Record<string, string>>): Pick<Facts, 'files' | 'diagnostics'> {
  const diagnostics: Record<string, DiagnosticFact[]> = {};
  for (const [path, text] of Object.entries(files)) {
    const kind = fileKind(path);
    if (kind) diagnostics[path] = lintText(kind, text).map((d) => ({ code: d.code, severity: d.severity }));
  }
  return { files, diagnostics };
}
