/** `huashu.baseline.*`: how the editor shows the findings a team's baseline accepts. */
export interface BaselineSettings {
  /** `hint`: as hints; `hide`: not at all. */
  mode: 'hint' | 'hide';
  /** The baseline file, relative to the workspace folder. */
  file: string;
}

export const DEFAULT_BASELINE_SETTINGS: BaselineSettings = { mode: 'hint', file: '.huashu-baseline.json' };

export function baselineSettingsFrom(value: unknown): BaselineSettings {
  const raw = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  return {
    mode: raw.mode === 'hide' ? 'hide' : 'hint',
    file: typeof raw.file === 'string' && raw.file.trim() !== '' ? raw.file.trim() : DEFAULT_BASELINE_SETTINGS.file,
  };
}
