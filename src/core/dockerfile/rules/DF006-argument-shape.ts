import * as l10n from '../../l10n';
import type { Range } from '../../diagnostic';
import { docsUrl } from '../../rule';
import type { DockerfileContext, Inst } from '../context';
import { defineRule } from './types';
import { isJsonForm, moveCommentAbove, spanOf, trailingComment } from './util';

/**
 * Argument count and shape per instruction, with BuildKit's wording
 * (moby/buildkit frontend/dockerfile/instructions/parse.go: "FROM requires either one
 * or three arguments", "… requires at least two arguments", "… requires exactly one argument").
 * A `#` after an instruction is not a comment (only a `#` that starts a line is): that
 * is explained here instead of producing confusing follow-up errors.
 */
export const argumentShape = defineRule(
  {
    code: 'DF006',
    aliases: [],
    severity: 'error',
    family: 'syntax',
    title: 'Give each instruction the arguments it expects',
    docs: docsUrl('DF006'),
    explanation: {
      why: 'Each instruction takes a fixed shape of arguments; Docker rejects the file otherwise. A frequent cause is a comment written after an instruction: Dockerfile comments must start a line, so "FROM node:7 # base" passes "#" and "base" to FROM.',
      fix: 'Remove the extra words, or move the comment to its own line above the instruction.',
      bad: 'FROM node:7 # the base image',
      good: '# the base image\nFROM node:7',
    },
  },
  (context, report) => {
    for (const inst of context.effective) {
      if (inst.onbuild && (inst.keyword === 'ONBUILD' || inst.keyword === 'FROM' || inst.keyword === 'MAINTAINER')) {
        report({ range: inst.node.getInstructionRange(), message: l10n.t('{0} is not allowed as an ONBUILD trigger.', inst.keyword) });
        continue;
      }
      check(context, inst, report);
    }
  },
);

type Report = Parameters<Parameters<typeof defineRule>[1]>[1];

function check(context: DockerfileContext, inst: Inst, report: Report): void {
  const node = inst.node;
  const args = node.getArguments();
  const kw = inst.keyword;
  const keyword = node.getInstructionRange();
  const comment = trailingComment(inst);
  if (comment) {
    const range: Range = { start: comment.getRange().start, end: node.getRange().end };
    const fix = [moveCommentAbove(context, inst, range, l10n.t('Move the comment to its own line'))];
    // FROM always gets BuildKit's wording (the comment's words count as arguments). This was
    // `index !== 1 && index !== 3` with `index = args.indexOf(comment)`, but FROM's arguments
    // were fresh objects on each call under dockerfile-ast, so the index was always -1.
    if (kw === 'FROM') {
      report({
        range,
        message: l10n.t('FROM requires either one or three arguments. "#" only starts a comment at the beginning of a line: here the comment is passed to FROM as arguments. Put the comment on its own line.'),
        fix,
      });
    } else {
      report({
        range,
        message: l10n.t('"#" does not start a comment here: Dockerfile comments must start a line, so {0} receives "{1}…" as arguments. Put the comment on its own line.', node.getInstruction(), comment.getValue()),
        fix,
      });
    }
    return;
  }
  const need = (message: string) => report({ range: keyword, message });
  const extra = (from: number, message: string) => report({ range: spanOf(args.slice(from)), message });
  switch (kw) {
    case 'FROM':
      if (args.length === 0) need(l10n.t('FROM requires either one or three arguments: the base image, optionally followed by "AS <name>".'));
      else if (args.length === 2 || args.length > 3) extra(1, l10n.t('FROM requires either one or three arguments: the base image, optionally followed by "AS <name>".'));
      else if (args.length === 3 && args[1]!.getValue().toLowerCase() !== 'as')
        report({ range: args[1]!.getRange(), message: l10n.t('The second argument of FROM must be "AS" (FROM <image> AS <name>), not "{0}".', args[1]!.getValue()) });
      break;
    case 'COPY':
    case 'ADD':
      if (args.length < 2 && !(node.getArgumentsContent() ?? '').includes('<<'))
        need(l10n.t('{0} requires at least two arguments: one or more sources and a destination.', kw));
      break;
    case 'WORKDIR':
    case 'USER':
    case 'STOPSIGNAL':
      if (args.length === 0) need(l10n.t('{0} requires exactly one argument.', kw));
      else if (args.length > 1 && kw !== 'WORKDIR') extra(1, l10n.t('{0} requires exactly one argument.', kw));
      break;
    case 'RUN':
    case 'EXPOSE':
    case 'VOLUME':
    case 'LABEL':
    case 'ARG':
    case 'MAINTAINER':
      if (args.length === 0) need(l10n.t('{0} requires at least one argument.', kw));
      break;
    case 'ENV':
      if (args.length === 0) need(l10n.t('ENV requires at least one argument: NAME=value.'));
      else if (args.length === 1 && !args[0]!.getValue().includes('='))
        need(l10n.t('ENV needs a value: write "ENV {0}=<value>".', args[0]!.getValue()));
      break;
    case 'SHELL':
      if (!isJsonForm(inst)) need(l10n.t('SHELL requires the arguments to be in JSON form, e.g. SHELL ["/bin/bash", "-c"].'));
      break;
    case 'HEALTHCHECK': {
      const type = args[0]?.getValue().toUpperCase();
      if (!type) need(l10n.t('HEALTHCHECK requires at least one argument: CMD <command> or NONE.'));
      else if (type === 'NONE' && args.length > 1) extra(1, l10n.t('HEALTHCHECK NONE takes no other arguments.'));
      else if (type !== 'CMD' && type !== 'NONE')
        report({ range: args[0]!.getRange(), message: l10n.t('Unknown type "{0}" in HEALTHCHECK (try CMD).', args[0]!.getValue()) });
      else if (type === 'CMD' && args.length === 1) need(l10n.t('HEALTHCHECK CMD needs a command to run.'));
      break;
    }
    case 'ONBUILD':
      need(l10n.t('ONBUILD requires at least one argument: the instruction to run in child images.'));
      break;
  }
}
