import { existsSync, writeFileSync } from 'node:fs';
import { isScalar } from 'yaml';
import { findConfigOncePerFolder } from './configLookup';
import { ConfigStore } from '../files/configStore';
import { describeError } from '../files/describeError';
import { packageVersion, rulesDocUrl } from '../packageRoot';
import { localize, type CheckSettings, type Message, type ScriptModel } from '../service';
import { charsPerMinute } from '../service/flow/speakingSettings';
import { buildReport, flowPicture, toDot, toMermaid, type ReportScript } from '../service/flow/render';
import type { Options } from './args';
import { collectFiles, type Say } from './collect';
import { cliMessages as M } from './messages';
import { countText } from './counts';
import { pictureMessages as P, SCRIPT_COUNT } from './pictureMessages';
import { readScript } from './checkFile';
import type { CliIo } from './run';
import { renderSvg } from './svg';
import { visible } from './visibleText';

/** One script read, checked and parsed, as `graph` and `report` need it. */
type Checked = Omit<ReportScript, 'svg'> & { model: ScriptModel };

/** `huashu graph FILE` and `huashu report PATHS`: the call flow as Mermaid, DOT, SVG, or the HTML report. */
export async function runPicture(options: Options, io: CliIo): Promise<number> {
  const say: Say = (msg: Message, args: Record<string, string>) =>
    io.stderr(`huashu: ${visible(localize(msg, options.locale, args))}\n`);
  if (options.config !== undefined && !existsSync(options.config)) {
    say(M.notFound, { path: options.config });
    return 2;
  }
  const collected = await collectFiles(options.paths, options.locale, say);
  let exit = collected.ok ? 0 : 2;
  if (options.command === 'graph' && collected.files.length !== 1) {
    if (collected.ok) say(P.notOneScript, { path: options.paths[0]! });
    return 2;
  }
  const store = new ConfigStore(rulesDocUrl(), process.cwd(), findConfigOncePerFolder());
  const base: CheckSettings = { locale: options.locale, rules: Object.create(null) };
  const scripts: Checked[] = [];
  for (const file of collected.files) {
    const read = readScript(file);
    if ('problem' in read) {
      say(read.problem, read.args);
      exit = 2;
      continue;
    }
    const target = store.forScript(file, base, options.config);
    const rules: CheckSettings['rules'] = Object.assign(
      Object.create(null),
      target.settings.rules,
      Object.fromEntries(options.rules),
    );
    try {
      const model = target.service.parse(read.text);
      const result = target.service.check(model, { ...target.settings, rules });
      const name = model.keys.get('script')?.value;
      const nameText = isScalar(name) && name.value !== null && name.value !== undefined ? String(name.value) : '';
      scripts.push({
        file,
        text: read.text,
        model,
        name: nameText || undefined,
        picture: flowPicture(model, result.diagnostics, charsPerMinute(target.settings.speaking)),
        diagnostics: result.diagnostics,
        waivers: result.waivers,
      });
    } catch (e) {
      say(M.checkFailed, { path: file, error: describeError(e, 'brief') });
      exit = 2;
    }
  }
  return options.command === 'graph'
    ? graph(scripts[0], options, io, say, exit)
    : report(scripts, options, io, say, exit);
}

async function graph(
  script: Checked | undefined,
  options: Options,
  io: CliIo,
  say: Say,
  exit: number,
): Promise<number> {
  if (!script) return exit || 2;
  if (!script.picture) {
    const problem = script.model.syntax.find((p) => !p.warning)!;
    say(P.doesNotParse, {
      path: script.file,
      line: String(script.model.positions.lineAt(problem.start) + 1),
      reason: problem.localized ? localize(problem.localized, options.locale, problem.args) : problem.message,
    });
    return 1;
  }
  if (options.format === 'mermaid') io.stdout(toMermaid(script.picture, options.locale));
  else if (options.format === 'dot') io.stdout(toDot(script.picture, options.locale));
  else io.stdout(await renderSvg(toDot(script.picture, options.locale)));
  return exit;
}

/** Writes the report; exits 1 when a script has an error finding, as `check` does, 2 when a file could not be read or written. */
async function report(scripts: Checked[], options: Options, io: CliIo, say: Say, exit: number): Promise<number> {
  const drawn: ReportScript[] = [];
  for (const { model: _model, ...script } of scripts) {
    let svg: string | undefined;
    if (script.picture) {
      try {
        svg = await renderSvg(toDot(script.picture, options.locale));
      } catch (e) {
        say(P.renderFailed, { path: script.file, reason: describeError(e, 'brief') });
        exit = 2;
      }
    }
    drawn.push({ ...script, svg });
  }
  const html = buildReport(drawn, { locale: options.locale, version: packageVersion() });
  if (options.out === undefined) io.stdout(html);
  else {
    try {
      writeFileSync(options.out, html);
    } catch (e) {
      say(P.cannotWrite, { path: options.out, reason: describeError(e, 'brief') });
      return 2;
    }
    say(P.reportWritten, { path: options.out, scripts: countText(SCRIPT_COUNT, drawn.length, options.locale) });
  }
  if (exit === 0 && scripts.some((s) => s.diagnostics.some((d) => (d.severity ?? 1) === 1))) exit = 1;
  return exit;
}
