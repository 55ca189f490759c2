import { isMap, isScalar } from 'yaml';
import type { Node, YAMLMap } from 'yaml';
import type { Message } from '../l10n';
import type { SpeakingSettings } from '../flow/speakingSettings';
import { configMessages as M } from './messages';

interface Reader {
  report(node: Node | null | undefined, message: Message, args?: Record<string, string>): void;
  keys(map: YAMLMap, allowed: string[]): void;
}

const POSITIVE: Message = {
  zh: '“{key}”应为正数，而不是“{value}”',
  en: '"{key}" must be a positive number, not "{value}"',
};
const BUDGET: Message = {
  zh: '“{key}”应为秒数（正数）或 off，而不是“{value}”',
  en: '"{key}" must be a number of seconds or off, not "{value}"',
};

function positive(r: Reader, node: unknown, key: string): number | undefined {
  if (node === undefined || node === null) return undefined;
  if (isScalar(node) && typeof node.value === 'number' && Number.isFinite(node.value) && node.value > 0)
    return node.value;
  r.report(node as Node, POSITIVE, { key, value: isScalar(node) ? String(node.value) : '' });
  return undefined;
}

/**
 * `speaking:` of `.huashu.yaml`: `charsPerMinute`, `budget` (seconds an agent turn may take)
 * and `channels: {phone, chat}` with a budget or `off` each.
 */
export function readSpeaking(r: Reader, node: Node | null | undefined): SpeakingSettings | undefined {
  if (node === undefined || node === null || (isScalar(node) && node.value === null)) return undefined;
  if (!isMap(node)) {
    r.report(node, M.expectedMapping, { key: 'speaking' });
    return undefined;
  }
  r.keys(node, ['charsPerMinute', 'budget', 'channels']);
  const out: SpeakingSettings = {};
  const cpm = positive(r, node.get('charsPerMinute', true), 'charsPerMinute');
  if (cpm !== undefined) out.charsPerMinute = cpm;
  const budget = positive(r, node.get('budget', true), 'budget');
  if (budget !== undefined) out.budget = budget;
  const channels = node.get('channels', true) as Node | undefined;
  if (channels !== undefined && channels !== null && !(isScalar(channels) && channels.value === null)) {
    if (!isMap(channels)) r.report(channels, M.expectedMapping, { key: 'channels' });
    else {
      r.keys(channels, ['phone', 'chat']);
      out.channels = {};
      for (const channel of ['phone', 'chat'] as const) {
        const value = channels.get(channel, true) as Node | undefined;
        if (value === undefined || value === null) continue;
        if (isScalar(value) && (value.value === 'off' || value.value === false)) out.channels[channel] = 'off';
        else if (isScalar(value) && typeof value.value === 'number' && Number.isFinite(value.value) && value.value > 0)
          out.channels[channel] = value.value;
        else r.report(value, BUDGET, { key: channel, value: isScalar(value) ? String(value.value) : '' });
      }
    }
  }
  return out;
}
