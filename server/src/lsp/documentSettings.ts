import type { Connection } from 'vscode-languageserver';
import { settingsFrom, toLocale, type CheckSettings, type Locale } from '../service';
import { baselineSettingsFrom, type BaselineSettings } from './baselineSettings';

/** The `huashu.*` settings of one resource, cleaned up. */
export interface DocumentSettings {
  enable: boolean;
  check: CheckSettings;
  /** `huashu.baseline.*`; the defaults when absent. */
  baseline?: BaselineSettings;
}

/** Settings per resource, fetched with `workspace/configuration` and cached until they change. */
export interface SettingsCache {
  get(uri: string): Promise<DocumentSettings>;
  /** Fetches the settings of many resources in one request. */
  prefetch(uris: readonly string[]): Promise<void>;
  /** Drops one resource's settings (its document closed). */
  forget(uri: string): void;
  /** Drops everything; `global` is the `huashu` section of a `didChangeConfiguration` push, if any. */
  reset(global?: unknown): void;
}

/**
 * `huashu.locale`: `zh-cn`, `zh-tw` or `en`; `auto` (the default) and anything else follow
 * `displayLocale`, the editor's display language.
 */
export function localeSetting(value: unknown, displayLocale: Locale): Locale {
  return value === 'zh-cn' || value === 'zh-tw' || value === 'en' ? toLocale(value) : displayLocale;
}

export function documentSettingsFrom(value: unknown, locale: Locale): DocumentSettings {
  const raw = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  return {
    enable: raw.enable !== false,
    check: settingsFrom({ ...raw, locale: localeSetting(raw.locale, locale) }),
    baseline: baselineSettingsFrom(raw.baseline),
  };
}

const BATCH = 500;

export function createSettingsCache(
  connection: Connection,
  locale: Locale,
  pullsConfiguration: boolean,
): SettingsCache {
  const cache = new Map<string, Promise<DocumentSettings>>();
  let global = documentSettingsFrom(undefined, locale);

  async function fetch(uris: readonly string[]): Promise<DocumentSettings[]> {
    const values: unknown[] = await connection.workspace.getConfiguration(
      uris.map((scopeUri) => ({ scopeUri, section: 'huashu' })),
    );
    return uris.map((_, i) => documentSettingsFrom(values[i], locale));
  }

  function fetchOne(uri: string): Promise<DocumentSettings> {
    const pending = fetch([uri]).then(
      ([settings]) => settings!,
      () => global,
    );
    cache.set(uri, pending);
    return pending;
  }

  return {
    get(uri) {
      if (!pullsConfiguration) return Promise.resolve(global);
      return cache.get(uri) ?? fetchOne(uri);
    },
    async prefetch(uris) {
      if (!pullsConfiguration) return;
      const missing = uris.filter((uri) => !cache.has(uri));
      for (let i = 0; i < missing.length; i += BATCH) {
        const batch = missing.slice(i, i + BATCH);
        const pending = fetch(batch).catch(() => batch.map(() => global));
        batch.forEach((uri, j) =>
          cache.set(
            uri,
            pending.then((all) => all[j]!),
          ),
        );
        await pending;
      }
    },
    forget(uri) {
      cache.delete(uri);
    },
    reset(value) {
      cache.clear();
      global = documentSettingsFrom(value, locale);
    },
  };
}
