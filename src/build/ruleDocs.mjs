// Writes docs/rules/*.md from the rule metadata (src/core/ruleDocs.ts: Dockerfile, manifest, Compose, YAML).
// Usage: npm run docs:rules      (test/unit/dockerfile/docs.test.ts fails when they are stale)
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const entry = `export { allRuleDocFiles, RULE_DOC_FILE } from './src/core/ruleDocs';\n`;
const out = await esbuild.build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'error' });
const mod = { exports: {} };
new Function('module', 'exports', 'require', out.outputFiles[0].text)(mod, mod.exports, createRequire(path.join(root, 'package.json')));
const files = mod.exports.allRuleDocFiles();
const dir = path.join(root, 'docs', 'rules');
fs.mkdirSync(dir, { recursive: true });
for (const f of fs.readdirSync(dir)) if (mod.exports.RULE_DOC_FILE.test(f) && !files.has(f)) fs.rmSync(path.join(dir, f));
for (const [name, text] of files) fs.writeFileSync(path.join(dir, name), text);
console.log(`wrote ${files.size} files to docs/rules`);
