import * as l10n from '../../l10n';
import { docsUrl } from '../../rule';
import { lookupImage } from '../../catalog/baseImages';
import { baseImages, stageNamesBefore } from '../baseImage';
import { defineRule } from './types';

/**
 * hadolint DL3006: a base image without a tag means `latest`, which moves.
 * Not flagged (as in hadolint): `scratch`, images pinned by digest, and names of
 * earlier build stages. Also not flagged: references from an `ARG` without default.
 */
export const untaggedImage = defineRule(
  {
    code: 'DF001',
    aliases: ['DL3006'],
    severity: 'warning',
    title: 'Always tag the version of a base image explicitly',
    docs: docsUrl('DF001'),
    family: 'hadolint',
    explanation: {
      why: 'An image without a tag means "latest", which moves whenever a new version is published: the same Dockerfile builds a different image next month, and a build that worked can break.',
      fix: 'Write the version you tested with, e.g. node:20-alpine (or pin a digest).',
      bad: 'FROM node',
      good: 'FROM node:20-alpine',
    },
  },
  (context, report) => {
    baseImages(context).forEach((image, index) => {
      if (!image || image.tag !== undefined || image.digest !== undefined) return;
      if (image.name === 'scratch') return;
      if (stageNamesBefore(context, index).has(image.name.toLowerCase())) return;
      const range = image.from.getImageRange() ?? image.from.getRange();
      // A well-known image gets its newest supported release line as a one-click pin.
      const tag = image.fromVariable ? undefined : lookupImage(image.name)?.supported[0];
      const nameRange = image.from.getImageRange();
      report({
        range,
        message: l10n.t(
          'Base image "{0}" has no tag, so Docker pulls "{0}:latest", which changes whenever a new version is published. Pin a version, e.g. "{0}:<version>".',
          image.name,
        ),
        ...(tag && nameRange ? { fix: [{ title: l10n.t('Pin to {0}', `${image.name}:${tag}`), edits: [{ range: { start: nameRange.end, end: nameRange.end }, newText: `:${tag}` }] }] } : {}),
      });
    });
  },
);
