import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { defineRule } from './types';
import { INSTRUCTIONS } from './util';

/** BuildKit: a Dockerfile without `FROM` has no build stage. Other rules still judge the fragment. */
export const missingFrom = defineRule(
  {
    code: 'DF005',
    aliases: [],
    severity: 'error',
    family: 'syntax',
    title: 'A Dockerfile needs a FROM instruction',
    docs: docsUrl('DF005'),
    explanation: {
      why: 'FROM picks the base image every other instruction builds on; without it Docker has nothing to build ("no build stage in current context"). Snippets without FROM are still checked by the other rules; turn this rule off for snippet files.',
      fix: 'Add FROM with a base image (and a tag) as the first instruction, after any ARG lines.',
      bad: 'RUN apt-get update',
      good: 'FROM ubuntu:24.04\nRUN apt-get update',
    },
  },
  (context, report) => {
    if (context.stages.length > 0) return;
    const first = context.instructions.find((i) => i.keyword !== 'ARG' && INSTRUCTIONS.includes(i.keyword));
    if (!first) return;
    const start = { line: first.node.getRange().start.line, character: 0 };
    report({
      range: first.node.getInstructionRange(),
      message: l10n.t('This Dockerfile has no FROM instruction, so there is no base image to build on. Add "FROM <image>:<tag>" before {0}.', first.node.getInstruction()),
      fix: [{ title: l10n.t('Add FROM at the top'), edits: [{ range: { start, end: start }, newText: 'FROM alpine:3.20\n' }] }],
    });
  },
);
