import { localize, type Locale, type Message } from '../service';
import { fileMessages } from '../files/messages';
import { realPath } from '../files/realPath';
import { expand } from './files';
import { cliMessages as M } from './messages';

export type Say = (msg: Message, args: Record<string, string>) => void;

/**
 * The script files that the arguments name, each once (two arguments, or a glob through a
 * linked folder, can reach the same file). Every problem on the way is said; `ok` is false
 * when there was any.
 */
export async function collectFiles(
  paths: string[],
  locale: Locale,
  say: Say,
): Promise<{ files: string[]; ok: boolean }> {
  let ok = true;
  const files: string[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    const expansion = await expand(path);
    if ('problem' in expansion) {
      say(M[expansion.problem], { path });
      ok = false;
      continue;
    }
    for (const { path: folder, reason } of expansion.unreadable) {
      say(M.unreadable, { path: folder, reason });
      ok = false;
    }
    for (const { path: link, target } of expansion.linksOut) {
      say(M.linksOut, { path: link, target });
      ok = false;
    }
    for (const name of expansion.badNames) {
      say(M.skippedName, { path: name, reason: localize(fileMessages.nameNotUtf8, locale) });
      ok = false;
    }
    for (const file of expansion.files) {
      const real = realPath(file);
      if (!seen.has(real)) files.push(file);
      seen.add(real);
    }
  }
  return { files, ok };
}
