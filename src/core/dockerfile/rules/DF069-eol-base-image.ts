import * as l10n from '../../l10n';
import { AS_OF, lifecycleOf } from '../../catalog/baseImages';
import { docsUrl } from '../../rule';
import { baseImages, stageNamesBefore } from '../baseImage';
import { defineRule } from './types';

/** Base image tag whose release line is end-of-life (bundled catalogue, see src/core/catalog). */
export const eolBaseImage = defineRule(
  {
    code: 'DF069',
    aliases: [],
    severity: 'warning',
    family: 'context',
    title: 'Do not build on an end-of-life base image',
    docs: docsUrl('DF069'),
    explanation: {
      why: 'An end-of-life release gets no security fixes any more, and its package mirrors disappear, so apt-get or apk start failing. node:7, for example, went out of support in 2017.',
      fix: 'Move to a supported release line (the message suggests one) and test your app with it.',
      bad: 'FROM node:7',
      good: 'FROM node:24',
    },
  },
  (context, report) => {
    baseImages(context).forEach((image, index) => {
      if (!image || image.tag === undefined || stageNamesBefore(context, index).has(image.name.toLowerCase())) return;
      const life = lifecycleOf(image.name, image.tag);
      const tagRange = image.fromVariable ? undefined : image.from.getImageTagRange() ?? undefined;
      const range = tagRange ?? image.from.getImageRange() ?? image.from.getRange();
      if (life.status === 'eol') {
        report({
          range,
          message: life.suggestion
            ? l10n.t('{0}:{1} is end-of-life (release line {2}, as of {3}): it gets no security fixes and its package mirrors disappear. Move to a supported release such as {0}:{4}.', image.name, image.tag, life.line, AS_OF, life.suggestion)
            : l10n.t('{0}:{1} is end-of-life (release line {2}, as of {3}): it gets no security fixes any more.', image.name, image.tag, life.line, AS_OF),
          ...(life.suggestion && tagRange ? { fix: [{ title: l10n.t('Change to {0}', `${image.name}:${life.suggestion}`), edits: [{ range: tagRange, newText: life.suggestion }] }] } : {}),
        });
      } else if (life.status === 'deprecated') {
        report({
          range: image.from.getImageNameRange() ?? range,
          tags: ['deprecated'],
          message: l10n.t('The "{0}" image is deprecated and no longer updated; use {1} instead.', image.name, life.replacement),
        });
      }
    });
  },
);
