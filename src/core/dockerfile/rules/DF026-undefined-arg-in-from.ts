import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { PREDEFINED_ARGS } from '../context';
import { defineRule } from './types';
import { closest } from './util';
import { varRefs } from './vars';

/** BuildKit UndefinedArgInFrom: a FROM uses a variable no global ARG declares. */
export const undefinedArgInFrom = defineRule(
  {
    code: 'DF026',
    aliases: ['UndefinedArgInFrom'],
    severity: 'warning',
    family: 'buildkit',
    title: 'Declare the ARGs a FROM uses before the first FROM',
    docs: docsUrl('DF026'),
    explanation: {
      why: 'FROM only sees ARGs declared before the first FROM (the global scope). An undeclared variable expands to an empty string, giving an image name you did not mean.',
      fix: 'Add ARG NAME=default above the first FROM (or fix the spelling).',
      bad: 'FROM node:${NODE_VERSION}',
      good: 'ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}',
    },
  },
  (context, report) => {
    for (const stage of context.stages) {
      for (const arg of stage.from.getArguments().slice(0, 1)) {
        for (const ref of varRefs(arg, context.escape)) {
          if (context.globalArgs.has(ref.name) || PREDEFINED_ARGS.includes(ref.name) || ref.hasModifier) continue;
          const guess = closest(ref.name, [...context.globalArgs.keys()]);
          report({
            range: ref.range,
            message: guess
              ? l10n.t('FROM uses ${0}, but no ARG {0} is declared before the first FROM (did you mean {1}?).', ref.name, guess)
              : l10n.t('FROM uses ${0}, but no ARG {0} is declared before the first FROM, so it expands to an empty string. Add "ARG {0}=<default>" at the top.', ref.name),
          });
        }
      }
    }
  },
);
