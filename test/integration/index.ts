// Runs inside the VS Code extension host (code-server's remote host or @vscode/test-electron).
// Exported `run()` is what VS Code calls for `extensionTestsPath`; results also go to a JSON file
// (KUBE_TUTOR_TEST_RESULTS) so the driver can count passes and failures.
import * as fs from 'node:fs';
import * as path from 'node:path';

interface Results {
  passes: string[];
  failures: Array<{ title: string; error: string }>;
}

export function run(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const M = require('mocha');
  const Mocha = typeof M === 'function' ? M : M.Mocha;
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec' });
  // KUBE_TUTOR_TEST_GREP narrows a local run to matching titles (the full suite runs in CI).
  if (process.env.KUBE_TUTOR_TEST_GREP) mocha.grep(process.env.KUBE_TUTOR_TEST_GREP);
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  const resultsFile = process.env.KUBE_TUTOR_TEST_RESULTS;
  const results: Results = { passes: [], failures: [] };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures: number) => {
      if (resultsFile) {
        fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
        fs.writeFileSync(resultsFile, JSON.stringify(results, null, 2));
      }
      if (failures) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t: { fullTitle(): string }) => results.passes.push(t.fullTitle()));
    runner.on('fail', (t: { fullTitle(): string }, err: unknown) =>
      results.failures.push({ title: t.fullTitle(), error: String((err as Error)?.stack ?? err) }),
    );
  });
}
