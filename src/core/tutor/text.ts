/** Teaching text in both languages of the curriculum, side by side. */
export interface Text {
  readonly en: string;
  readonly ko: string;
}

export type Locale = 'en' | 'ko';

/** `ko`, `ko-KR` → Korean; anything else → English. */
export function localeOf(language: string | undefined): Locale {
  return language && /^ko\b|^ko[_-]/i.test(language) ? 'ko' : 'en';
}

export function pick(text: Text, locale: Locale): string {
  return text[locale];
}
