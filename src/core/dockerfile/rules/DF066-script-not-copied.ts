import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { basename, resolve } from '../posixPath';
import { entryInstructions, scriptOf } from './entrypoint';
import { sourceOf, stageFiles, workdirAt, stageChain } from './imageFiles';
import { defineRule } from './types';

/**
 * CMD/ENTRYPOINT runs a script that no COPY/ADD put into the image (`node app.js`
 * without `app.js`). Not reported when the stage copies from another stage or image,
 * or a RUN mentions the file (it may be generated).
 */
export const scriptNotCopied = defineRule(
  {
    code: 'DF066',
    keywords: ['CMD', 'ENTRYPOINT'],
    aliases: [],
    severity: 'warning',
    family: 'context',
    title: 'CMD/ENTRYPOINT should run a file that is copied into the image',
    docs: docsUrl('DF066'),
    explanation: {
      why: 'The image only contains what the base image brings and what you COPY/ADD. If the script your CMD runs was never copied, the image builds fine but the container exits at once with "Cannot find module" or "No such file".',
      fix: 'COPY the file into the image (mind WORKDIR: a relative path in CMD is looked up there).',
      bad: 'FROM node:20\nWORKDIR /app\nCMD ["node", "app.js"]',
      good: 'FROM node:20\nWORKDIR /app\nCOPY app.js .\nCMD ["node", "app.js"]',
    },
  },
  (context, report) => {
    for (const inst of entryInstructions(context)) {
      const ref = scriptOf(context, inst);
      if (!ref) continue;
      const workdir = workdirAt(context, inst);
      if (workdir === undefined) continue;
      const files = stageFiles(context, inst.stage);
      if (files.opaque) continue;
      const target = resolve(workdir, ref.script);
      if (sourceOf(context, files, target) !== undefined) continue;
      const name = basename(ref.script);
      const generated = stageChain(context, inst.stage).some((i) => i.keyword === 'RUN' && (i.node.getArgumentsContent() ?? '').includes(name));
      if (generated) continue;
      report({
        range: ref.range,
        message: l10n.t('{0} runs "{1}" ({2} in the image), but no COPY or ADD puts that file there, so the container will exit with "not found". Copy it, e.g. COPY {1} {2}.', inst.keyword, ref.script, target),
      });
    }
  },
);
