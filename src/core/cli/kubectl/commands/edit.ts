/**
 * `kubectl edit TYPE NAME | TYPE/NAME | TYPE -l SEL [-o yaml|json]` (pkg/cmd/edit): the objects
 * go to an editor as YAML under kubectl's header; each save applies them (labels, annotations,
 * spec and data of the live object are replaced, as kubectl's patch from original to edited
 * does) and prints `deployment.apps/kubia edited`. A save with errors reopens the text with the
 * failures as comments on top; an unchanged save is "Edit cancelled, no changes made.".
 *
 * The editor is the front end's (`CommandContext.edit`): the VS Code terminal opens a tab, so
 * unlike kubectl the command does not block; the outcome of each save is printed when it
 * happens. Front ends without an editor (the scripted CLI) get an error naming `apply -f`.
 */
import { load, YAMLException } from 'js-yaml';
import { ApiError } from '../../../cluster/errors';
import { canonicalJson } from '../../../cluster/json';
import type { Json, KObject } from '../../../cluster/types';
import type { EditOutcome } from '../../../shell/types';
import { type Invocation, type KubectlCommand, OUTPUT_FLAG, fail } from '../context';
import { asList, qualifiedName, toJson, toYaml } from '../output';
import { targets } from '../resources';
import { selectorFlag } from './get';

export const EDIT_HEADER =
  "# Please edit the object below. Lines beginning with a '#' will be ignored,\n" +
  '# and an empty file will abort the edit. If an error occurs while saving this file will be\n' +
  '# reopened with the relevant failures.\n' +
  '#\n';

const identity = (o: Json): string => `${o.apiVersion ?? ''}|${o.kind ?? ''}|${o.metadata?.name ?? ''}|${o.metadata?.namespace ?? ''}`;

/** What an edit may change: the rest (status, uid, resourceVersion…) is the server's. */
const editable = (o: Json): string => canonicalJson({ labels: o.metadata?.labels ?? {}, annotations: o.metadata?.annotations ?? {}, spec: o.spec ?? null, data: o.data ?? null });

function render(objects: readonly KObject[], format: string): string {
  const body = objects.length === 1 ? objects[0]! : asList([...objects]);
  return format === 'json' ? toJson(body) : toYaml(body);
}

/** Parses the saved text: `undefined` when it is empty once comments are gone. */
function parse(text: string): Json[] | undefined {
  const content = text
    .split('\n')
    .map((l) => (l.trimStart().startsWith('#') ? '' : l)) // blank, so YAML errors keep their line numbers
    .join('\n');
  if (!content.trim()) return undefined;
  const doc = load(content) as Json;
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new Error('json: cannot unmarshal the document into an object; edit one object, or a List with items');
  return doc.kind === 'List' && Array.isArray(doc.items) ? doc.items : [doc];
}

/** Applies one save of the editor; pure over the cluster, so tests drive it without an editor. */
export function applyEdit(inv: Invocation, originals: readonly KObject[], text: string, format: string): EditOutcome {
  const { cluster } = inv;
  let edited: Json[] | undefined;
  try {
    edited = parse(text);
  } catch (e) {
    const reason = e instanceof YAMLException ? `error converting YAML to JSON: yaml: line ${(e.mark?.line ?? 0) + 1}: ${e.reason}` : (e as Error).message;
    return reopen(text, [`The edited file had a syntax error: ${reason}`], 'error: Edit cancelled, the file could not be parsed; fix the error shown at the top and save again.');
  }
  if (!edited) return { status: 'cancelled', message: 'Edit cancelled, saved file was empty.' };
  if (edited.length !== originals.length || edited.some((o, i) => identity({ ...o, metadata: { ...o.metadata, namespace: o.metadata?.namespace ?? originals[i]!.metadata.namespace } }) !== identity(originals[i]!)))
    return reopen(text, ['At least one of apiVersion, kind and name was changed'], 'error: At least one of apiVersion, kind and name was changed');
  const changed = edited.map((o, i) => [o, originals[i]!] as const).filter(([o, original]) => editable(o) !== editable(original));
  if (!changed.length) return { status: 'unchanged', message: 'Edit cancelled, no changes made.' };
  const lines: string[] = [];
  const failures: string[] = [];
  for (const [o, original] of changed) {
    const live = cluster.api.tryGet(original.kind, original.metadata.namespace, original.metadata.name);
    if (!live) {
      failures.push(ApiError.notFound(original.kind, original.metadata.name).toKubectl());
      continue;
    }
    const next: Json = { ...live, metadata: { ...live.metadata, labels: o.metadata?.labels, annotations: o.metadata?.annotations, resourceVersion: undefined } };
    if ('spec' in o) next.spec = o.spec;
    if ('data' in o) next.data = o.data;
    try {
      cluster.api.update(next);
      lines.push(`${qualifiedName(live.kind, live.metadata.name)} edited`);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      failures.push(e.toKubectl());
    }
  }
  if (failures.length) {
    const current = originals.map((o) => cluster.api.tryGet(o.kind, o.metadata.namespace, o.metadata.name) ?? o);
    return { ...reopen(format === 'json' ? render(current, format) : text, failures, failures.map((f) => `error: ${f.replace(/^Error from server \(\w+\): /, '')}`).join('\n')), ...(lines.length ? { applied: lines } : {}) };
  }
  return { status: 'applied', message: lines.join('\n') };
}

function reopen(text: string, failures: readonly string[], message: string): EditOutcome {
  const body = text.startsWith(EDIT_HEADER) ? text.slice(EDIT_HEADER.length).replace(/^(#.*\n)*/, '') : text;
  const notes = failures.flatMap((f) => f.split('\n')).map((l) => `# ${l}`);
  return { status: 'error', message, text: `${EDIT_HEADER}${notes.join('\n')}\n#\n${body}` };
}

export const edit: KubectlCommand = {
  name: 'edit',
  flags: [OUTPUT_FLAG, { name: 'selector', short: 'l', type: 'string' }, { name: 'all', type: 'bool' }],
  run(inv) {
    const { flags, ctx, cluster } = inv;
    const format = flags.string('output', 'yaml');
    if (format !== 'yaml' && format !== 'json') fail(`the edit mode "${format}" is not supported; use -o yaml or -o json`);
    const { targets: ts } = targets(flags.args);
    const selector = selectorFlag(inv);
    const objects: KObject[] = [];
    for (const t of ts) {
      const ns = t.info.namespaced ? inv.namespace : undefined;
      if (t.name !== undefined) objects.push(cluster.api.get(t.info.kind, ns, t.name));
      else objects.push(...cluster.api.list(t.info.kind, ns, selector));
    }
    if (!objects.length) fail('edit cancelled, no objects found');
    if (!ctx.edit)
      fail('kubectl edit needs an editor, and this front end has none. Save the object with `kubectl get TYPE NAME -o yaml`, change the file, then `kubectl apply -f FILE`.');
    const name = objects.length === 1 ? `${objects[0]!.kind.toLowerCase()}-${objects[0]!.metadata.name}` : `kubectl-edit-${objects.length}-objects`;
    const originals = objects.map((o) => JSON.parse(JSON.stringify(o)) as KObject);
    ctx.edit({
      name: `${name}.${format === 'json' ? 'json' : 'yaml'}`,
      title: objects.map((o) => qualifiedName(o.kind, o.metadata.name)).join(', '),
      text: format === 'json' ? render(objects, format) : EDIT_HEADER + render(objects, format),
      save: (text) => {
        const outcome = applyEdit(inv, originals, text, format);
        // After a successful save the next one compares against what is live now.
        if (outcome.status === 'applied')
          originals.forEach((o, i) => (originals[i] = JSON.parse(JSON.stringify(cluster.api.tryGet(o.kind, o.metadata.namespace, o.metadata.name) ?? o))));
        return outcome;
      },
    });
    ctx.out(`Editing ${objects.map((o) => qualifiedName(o.kind, o.metadata.name)).join(', ')} in the editor: save to apply, close the tab to stop.\n`);
    return 0;
  },
};
