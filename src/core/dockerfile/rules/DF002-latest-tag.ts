import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { lookupImage } from '../../catalog/baseImages';
import { baseImages } from '../baseImage';
import { defineRule } from './types';

/**
 * hadolint DL3007: `:latest` is a moving target; the same Dockerfile builds a
 * different image next month. A digest pins the image whatever the tag says,
 * so `name:latest@sha256:…` is not flagged.
 */
export const latestTag = defineRule(
  {
    code: 'DF002',
    aliases: ['DL3007'],
    severity: 'warning',
    title: 'Do not use the "latest" tag for a base image',
    docs: docsUrl('DF002'),
    family: 'hadolint',
    explanation: {
      why: '"latest" is just a tag that moves to each new release. Builds stop being reproducible and can break without any change to your Dockerfile.',
      fix: 'Pin a release tag such as node:20.11 or ubuntu:24.04.',
      bad: 'FROM node:latest',
      good: 'FROM node:20.11',
    },
  },
  (context, report) => {
    for (const image of baseImages(context)) {
      if (!image || image.tag !== 'latest' || image.digest !== undefined) continue;
      const tagRange = image.from.getImageTagRange();
      const range = tagRange ?? image.from.getImageRange() ?? image.from.getRange();
      // A tag that came from an ARG is fixed where the ARG is set, not here.
      const tag = image.fromVariable ? undefined : lookupImage(image.name)?.supported[0];
      report({
        range,
        ...(tag && tagRange ? { fix: [{ title: l10n.t('Pin to {0}', `${image.name}:${tag}`), edits: [{ range: tagRange, newText: tag }] }] } : {}),
        message: l10n.t(
          'Using "latest" is prone to errors if the image will ever update: "{0}:latest" may be a different image tomorrow. Pin the version explicitly to a release tag.',
          image.name,
        ),
      });
    }
  },
);
