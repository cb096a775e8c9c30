import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { KUBIA_APP_JS } from '../../../src/core/engine/catalogue';
import { analyseNodeApp, formatNodeCrash, piecesToText } from '../../../src/core/engine/nodeApp';
import { FIXTURES } from '../helpers';

const seedApp = fs.readFileSync(path.join(FIXTURES, 'workspaces', 'kubia', 'app.js'), 'utf8');

test("the seed's app.js listens on 8080 and crashes on the first request (reponse is not defined)", () => {
  const a = analyseNodeApp(seedApp);
  assert.deepEqual(a.startupLog, ['Kubia server starting...']);
  assert.equal(a.port, 8080);
  assert.ok(a.requestError);
  assert.equal(a.requestError.message, 'reponse is not defined');
  assert.equal(a.requestError.line, 9);
  assert.equal(a.requestError.column, 2);
  assert.equal(a.requestError.functionName, 'handler');
  assert.deepEqual(a.requestLog?.map((p) => piecesToText(p, { remoteAddress: '::ffff:172.17.0.1' })), ['Received request from ::ffff:172.17.0.1']);
});

test('node 7 prints the crash the way a learner sees it in docker logs', () => {
  const a = analyseNodeApp(seedApp);
  const lines = formatNodeCrash(a.requestError!, '/app.js', '7.10.1');
  assert.deepEqual(lines.slice(0, 6), ['/app.js:9', '\treponse.end("You\'ve hit " + os.hostname() + "\\n");', '\t^', '', 'ReferenceError: reponse is not defined', '    at Server.handler (/app.js:9:2)']);
  assert.ok(!lines.some((l) => l.startsWith('Node.js v')), 'node 7 has no version footer');
  const modern = formatNodeCrash(a.requestError!, '/app.js', '22.11.0');
  assert.equal(modern[modern.length - 1], 'Node.js v22.11.0');
});

test("the book's kubia app answers You've hit <hostname>", () => {
  const a = analyseNodeApp(KUBIA_APP_JS);
  assert.equal(a.requestError, undefined);
  assert.equal(a.port, 8080);
  assert.equal(piecesToText(a.body!, { hostname: 'kubia-7xk2p' }), "You've hit kubia-7xk2p\n");
});

test('arrow handlers, template literals and process.env.PORT are read statically', () => {
  const a = analyseNodeApp("const os = require('os');\nrequire('http').createServer((req, res) => { res.end(`hi ${os.hostname()}`); }).listen(process.env.PORT || 3000);\n", '4000');
  assert.equal(a.port, 4000);
  assert.equal(piecesToText(a.body!, { hostname: 'h' }), 'hi h');
  assert.equal(analyseNodeApp("require('http').createServer((q, s) => s.end('x')).listen(process.env.PORT || 3000);\n").port, 3000);
});

test('a syntax error or a top-level undefined name kills the process at startup', () => {
  const syntax = analyseNodeApp('const x = ;\n');
  assert.equal(syntax.startupError?.name, 'SyntaxError');
  assert.equal(syntax.startupError?.line, 1);
  const top = analyseNodeApp("console.log('a');\nconsole.lgo('b');\nfoo.bar();\n");
  assert.equal(top.startupError?.message, 'foo is not defined');
  assert.deepEqual(top.startupLog, ['a']);
});

test('a script without listen() just runs and exits', () => {
  const a = analyseNodeApp("console.log('done');\n");
  assert.equal(a.port, undefined);
  assert.deepEqual(a.startupLog, ['done']);
});
