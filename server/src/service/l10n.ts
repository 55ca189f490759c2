import { toTraditional } from './features/traditional';

/** The languages messages are written in. */
export type Language = 'zh' | 'en';

/** How Huashu speaks: Simplified Chinese, Traditional Chinese (converted from `zh`) or English. */
export type Locale = Language | 'zh-tw';

/** A user-facing text in both languages; `{name}` marks an argument. */
export interface Message {
  zh: string;
  en: string;
}

/**
 * Picks a locale from a VS Code display language, a POSIX `LANG` value or a `huashu.locale`
 * value: Taiwan, Hong Kong, Macau and `Hant` tags are Traditional, other `zh` tags Simplified.
 */
export function toLocale(tag: string | undefined): Locale {
  const t = tag?.trim() ?? '';
  if (!/^zh/i.test(t)) return 'en';
  return /^zh[-_](?:tw|hk|mo|hant)\b/i.test(t) ? 'zh-tw' : 'zh';
}

/** The language a message is picked in for `locale`. */
export const languageOf = (locale: Locale): Language => (locale === 'en' ? 'en' : 'zh');

/** Renders `message` in `locale`, filling `{name}` arguments; Traditional converts the Chinese by phrase. */
export function localize(message: Message, locale: Locale, args: Record<string, string | number> = {}): string {
  const text = message[languageOf(locale)].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in args ? String(args[name]) : whole,
  );
  return locale === 'zh-tw' ? toTraditional(text) : text;
}
