// One build script, four bundles:
//   dist/extension.js  node/cjs, `vscode` external   (the extension host side)
//   dist/cli.js        node/cjs                      (`kube-tutor` command line)
//   dist/webview.js    browser/iife                  (the topology webview)
//   dist/layoutWorker.js browser/iife                (its graph layout worker: dagre off the UI thread)
// Usage: node esbuild.js [--production] [--watch]
const esbuild = require('esbuild');
const { version } = require('./package.json');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints errors in the shape of the `$esbuild-watch` problem matcher. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
  define: { KUBE_TUTOR_VERSION: JSON.stringify(version) },
  plugins: watch ? [problemMatcher] : [],
};

const node = {
  ...common,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Prefer the CommonJS entry of dual packages (jsonc-parser, vscode-languageserver-types).
  mainFields: ['main', 'module'],
};

const builds = [
  {
    ...node,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
    loader: { '.html': 'text' },
  },
  { ...node, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js' },
  {
    ...common,
    entryPoints: ['webview/main.ts'],
    outfile: 'dist/webview.js',
    platform: 'browser',
    format: 'iife',
    target: ['chrome120'],
    tsconfig: 'webview/tsconfig.json',
  },
  {
    ...common,
    entryPoints: ['webview/layout/worker.ts'],
    outfile: 'dist/layoutWorker.js',
    platform: 'browser',
    format: 'iife',
    target: ['chrome120'],
    tsconfig: 'webview/tsconfig.json',
  },
];

async function main() {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  if (watch) {
    await Promise.all(contexts.map((ctx) => ctx.watch()));
    return;
  }
  try {
    await Promise.all(contexts.map((ctx) => ctx.rebuild()));
  } finally {
    await Promise.all(contexts.map((ctx) => ctx.dispose()));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
