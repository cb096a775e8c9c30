import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import type { Scope } from '../context';
import { defineRule } from './types';
import { closest } from './util';
import { COMMON_IMAGE_ENV, varRefs } from './vars';

/** Instructions whose arguments Docker expands itself (RUN/CMD/ENTRYPOINT are left to the shell). */
const EXPANDED = new Set(['ADD', 'COPY', 'ENV', 'EXPOSE', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR', 'ARG']);

/**
 * BuildKit UndefinedVar: a variable used in an instruction is neither an ARG nor an ENV
 * of the stage. BuildKit reads the base image's environment; we cannot, so variables
 * official images commonly set (PATH, JAVA_HOME, NODE_VERSION…) are not reported.
 */
export const undefinedVar = defineRule(
  {
    code: 'DF027',
    aliases: ['UndefinedVar'],
    severity: 'warning',
    family: 'buildkit',
    title: 'Use only variables declared with ARG or ENV',
    docs: docsUrl('DF027'),
    explanation: {
      why: 'Docker replaces an undefined $VARIABLE with an empty string without complaint: COPY app $DEST copies to the wrong place. Often the name is misspelled, or the ARG is declared in another stage.',
      fix: 'Declare it with ARG or ENV in this stage (ARGs before FROM must be re-declared inside the stage), or fix the spelling.',
      bad: 'FROM node:20\nARG APP_DIR=/app\nWORKDIR $APPDIR',
      good: 'FROM node:20\nARG APP_DIR=/app\nWORKDIR $APP_DIR',
    },
  },
  (context, report) => {
    for (const inst of context.effective) {
      if (!EXPANDED.has(inst.keyword) || inst.stage < 0) continue;
      let scope: Scope | undefined; // looked up at the first reference (few arguments have one)
      for (const arg of inst.node.getArguments()) {
        if (arg.getValue().startsWith('#')) break;
        for (const ref of varRefs(arg, context.escape)) {
          scope ??= context.scopeAt(inst);
          if (scope.has(ref.name) || COMMON_IMAGE_ENV.has(ref.name) || ref.hasModifier) continue;
          const guess = closest(ref.name, [...scope.keys()]);
          const global = context.globalArgs.has(ref.name);
          report({
            range: ref.range,
            message: global
              ? l10n.t('${0} is an ARG of the global scope: inside a stage it is empty until you re-declare it with "ARG {0}".', ref.name)
              : guess
                ? l10n.t('${0} is not defined in this stage (did you mean ${1}?). Docker replaces it with an empty string.', ref.name, guess)
                : l10n.t('${0} is not defined in this stage, so Docker replaces it with an empty string. Declare it with ARG or ENV.', ref.name),
            ...(guess && !global ? { fix: [{ title: l10n.t('Change to {0}', `$${guess}`), preferred: true, edits: [{ range: ref.range, newText: context.lines.slice(ref.range).replace(ref.name, guess) }] }] } : {}),
          });
        }
      }
    }
  },
);
