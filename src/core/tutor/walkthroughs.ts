/**
 * VS Code walkthroughs for the first lessons, generated from the lesson data so the two never
 * drift: the `contributes.walkthroughs` entries, their `package.nls*.json` strings and the
 * per-language Markdown media. A unit test compares this with the committed files.
 */
import { camel, stepContextKey } from './engine';
import type { Lesson, Step } from './lesson';
import type { Locale } from './text';

export const WALKTHROUGH_LESSONS = [1, 2, 3, 4];

export interface WalkthroughStep {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly media: { readonly markdown: string };
  readonly completionEvents: readonly string[];
}

export interface Walkthrough {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly steps: readonly WalkthroughStep[];
}

export interface WalkthroughBundle {
  readonly walkthroughs: Walkthrough[];
  /** `package.nls.json` / `package.nls.ko.json` entries. */
  readonly nls: Record<Locale, Record<string, string>>;
  /** Media path (from the extension root) → Markdown. */
  readonly media: Record<string, string>;
}

const LABELS: Record<Locale, { showMe: string; hint: string; command: string; why: string }> = {
  en: { showMe: 'Show me', hint: 'Hint', command: 'Command', why: 'Why' },
  ko: { showMe: '보여 주기', hint: '힌트', command: '명령', why: '왜 그럴까요' },
};

/** `<hostname>` would be read as an HTML tag and vanish: escape `<` outside code spans. */
function escapeMd(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/</g, '&lt;')))
    .join('');
}

function commandLink(command: string, args: readonly string[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

function description(lesson: Lesson, step: Step, locale: Locale): string {
  const l = LABELS[locale];
  const lines = [escapeMd(step.hint[locale])];
  // Walkthrough descriptions render links only, not code spans: the command goes as plain text.
  if (step.command) lines.push(`$ ${step.command}`);
  // A link alone on its line renders as a button in the walkthrough.
  lines.push(`[${l.showMe}](${commandLink('kubeTutor.showMe', [lesson.id, step.id])})`);
  return lines.join('\n');
}

function markdown(step: Step, locale: Locale): string {
  const l = LABELS[locale];
  const parts = [`# ${escapeMd(step.title[locale])}`, '', `## ${l.why}`, '', escapeMd(step.explanation[locale]), ''];
  if (step.command) parts.push(`## ${l.command}`, '', '```sh', step.command, '```', '');
  parts.push(`## ${l.hint}`, '', escapeMd(step.hint[locale]), '');
  return parts.join('\n');
}

export function walkthroughBundle(lessons: readonly Lesson[]): WalkthroughBundle {
  const nls: Record<Locale, Record<string, string>> = { en: {}, ko: {} };
  const media: Record<string, string> = {};
  const walkthroughs = lessons
    .filter((l) => WALKTHROUGH_LESSONS.includes(l.number))
    .map((lesson): Walkthrough => {
      const key = `walkthrough.${lesson.id}`;
      for (const locale of ['en', 'ko'] as const) {
        nls[locale][`${key}.title`] = `Kube Tutor ${lesson.number}: ${lesson.title[locale]}`;
        nls[locale][`${key}.description`] = lesson.summary[locale];
      }
      return {
        id: `kubeTutor.${lesson.id}`,
        title: `%${key}.title%`,
        description: `%${key}.description%`,
        steps: lesson.steps.map((step): WalkthroughStep => {
          const sk = `${key}.${camel(step.id)}`;
          for (const locale of ['en', 'ko'] as const) {
            const path = `media/walkthroughs/${locale}/${lesson.id}-${step.id}.md`;
            media[path] = markdown(step, locale);
            nls[locale][`${sk}.title`] = step.title[locale];
            nls[locale][`${sk}.description`] = description(lesson, step, locale);
            nls[locale][`${sk}.media`] = path;
          }
          return {
            id: step.id,
            title: `%${sk}.title%`,
            description: `%${sk}.description%`,
            media: { markdown: `%${sk}.media%` },
            completionEvents: [`onContext:${stepContextKey(lesson.id, step.id)}`],
          };
        }),
      };
    });
  return { walkthroughs, nls, media };
}
