/** The two languages Huashu speaks. */
export type Locale = 'zh' | 'en';

/** A user-facing text in both languages; `{name}` marks an argument. */
export interface Message {
  zh: string;
  en: string;
}

/** Picks a locale from a VS Code display language or a POSIX `LANG` value. */
export function toLocale(tag: string | undefined): Locale {
  return tag && /^zh/i.test(tag.trim()) ? 'zh' : 'en';
}

/** Renders `message` in `locale`, filling `{name}` arguments. */
export function localize(message: Message, locale: Locale, args: Record<string, string | number> = {}): string {
  return message[locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in args ? String(args[name]) : whole,
  );
}
