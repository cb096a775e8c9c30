import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers';

interface MenuItem {
  readonly command: string;
  readonly when?: string;
}

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  contributes: { commands: Array<{ command: string }>; menus: Record<string, MenuItem[]>; views: Record<string, Array<{ id: string }>>; viewsWelcome: Array<{ view: string }> };
};
const source = (file: string) => fs.readFileSync(path.join(ROOT, 'src', 'extension', 'cluster', file), 'utf8');

test('every Cluster command in package.json is registered, and every registered one is contributed', () => {
  const contributed = pkg.contributes.commands.map((c) => c.command).filter((c) => c.startsWith('kubeTutor.cluster.')).sort();
  const registered = [...source('commands.ts').matchAll(/registerCommand\('(kubeTutor\.cluster\.\w+)'/g)].map((m) => m[1]!).sort();
  assert.deepEqual(registered, contributed);
  assert.ok(contributed.length >= 16, `${contributed.length} cluster commands`);
});

test('the Cluster view context menus match the tree items they are for, and only contributed commands appear in menus', () => {
  const contextValues = [...source('tree.ts').matchAll(/'(kubeTutor\.(?:pod|deployment|replicaset|rc|service|node))'/g)].map((m) => m[1]!);
  assert.deepEqual([...new Set(contextValues)].sort(), ['kubeTutor.deployment', 'kubeTutor.node', 'kubeTutor.pod', 'kubeTutor.rc', 'kubeTutor.replicaset', 'kubeTutor.service']);
  const commands = new Set(pkg.contributes.commands.map((c) => c.command));
  const items = pkg.contributes.menus['view/item/context']!.filter((i) => i.when?.includes('view == kubeTutor.cluster'));
  assert.ok(items.length >= 8);
  for (const item of items) {
    assert.ok(commands.has(item.command), item.command);
    const equal = /viewItem == ([\w.]+)/.exec(item.when!);
    const match = /viewItem =~ \/(.+)\//.exec(item.when!);
    const matched = contextValues.filter((v) => (equal ? v === equal[1] : new RegExp(match![1]!).test(v)));
    assert.ok(matched.length, `${item.command} (${item.when}) matches no tree item`);
  }
  // Scale is offered on workloads only; logs on pods only.
  const on = (command: string) => contextValues.filter((v) => items.some((i) => i.command === command && (/viewItem == ([\w.]+)/.exec(i.when!)?.[1] === v || new RegExp(/viewItem =~ \/(.+)\//.exec(i.when!)?.[1] ?? '^$').test(v))));
  assert.deepEqual([...new Set(on('kubeTutor.cluster.scale'))].sort(), ['kubeTutor.deployment', 'kubeTutor.rc', 'kubeTutor.replicaset']);
  assert.deepEqual([...new Set(on('kubeTutor.cluster.logs'))], ['kubeTutor.pod']);
  assert.ok(pkg.contributes.views.explorer!.some((v) => v.id === 'kubeTutor.cluster'), 'the Cluster view is in the explorer');
  assert.ok(pkg.contributes.viewsWelcome.some((w) => w.view === 'kubeTutor.cluster'), 'it has a welcome view (Start Cluster)');
  assert.ok(pkg.contributes.menus.commandPalette!.some((i) => i.command === 'kubeTutor.cluster.applyDocument' && i.when === 'false'), 'the CodeLens-only command is hidden from the palette');
});
