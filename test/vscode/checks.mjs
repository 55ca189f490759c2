// What a person checks in the editor: findings, highlighting, hover, Problems, quick fix,
// completion. Each check throws CheckFailed with what it expected and what it saw.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, info } from './log.mjs';
import {
  editor,
  editorLine,
  hoverSquiggleOn,
  moveCursor,
  openFile,
  pressUntilShown,
  rowTexts,
  statusBarLanguage,
  tokenColor,
} from './workbench.mjs';

const ALL_RULES = 'all-rules.script.yaml';
const FORBIDDEN = '真煩人';

export async function diagnostics(page) {
  await openFile(page, ALL_RULES);
  const language = await statusBarLanguage(page);
  info(`language mode: ${language}`);
  check(
    /Call script|话术|huashu/i.test(language),
    `the file's language should be Huashu's, the status bar says "${language}"`,
  );
  await editor(page).locator('.squiggly-error').first().waitFor({ timeout: 60_000 });
  const errors = await editor(page).locator('.squiggly-error').count();
  const warnings = await editor(page).locator('.squiggly-warning').count();
  info(`${errors} error and ${warnings} warning squiggles`);
}

export async function highlighting(page) {
  const placeholder = await tokenColor(page, 'agnet_id', 'agnet_id');
  const speech = await tokenColor(page, 'agnet_id', '稍等');
  info(`placeholder ${placeholder}, text around it ${speech}`);
  check(
    placeholder && speech && placeholder !== speech,
    'a {placeholder} should be coloured apart from the text around it',
  );
  const note = await tokenColor(page, '备注也不检查', '备注也不检查');
  const comment = await tokenColor(page, '演示', '演示');
  info(`note ${note}, # comment ${comment}`);
  check(note && note === comment, 'a note: value should be coloured as a comment');
}

export async function hover(page, screenshot) {
  const text = await hoverSquiggleOn(page, FORBIDDEN);
  info(`hover: ${text.replace(/\s+/g, ' ').slice(0, 160)}`);
  check(
    text.includes(FORBIDDEN) && text.includes('forbidden-phrase'),
    `the hover on ${FORBIDDEN} should name it and forbidden-phrase, it says: ${text}`,
  );
  await screenshot('editor-diagnostics.png');
  await page.mouse.move(5, 400);
  await page.locator('.monaco-hover:not(.hidden) .hover-contents').waitFor({ state: 'hidden' });
}

/**
 * In the page: the texts of the Problems rows (those on screen) under the file `name`, or
 * null while they do not yet mention every one of `codes`.
 */
function problemRows({ name, codes }) {
  const texts = [];
  let inFile = false;
  for (const row of document.querySelectorAll('.markers-panel .monaco-list-row')) {
    const file = /problems? in file (\S+)/.exec(row.getAttribute('aria-label') ?? '');
    if (file) inFile = file[1] === name;
    else if (inFile) texts.push(row.textContent ?? '');
  }
  return codes.every((code) => texts.some((text) => text.includes(code))) ? texts : null;
}

export async function problems(page, screenshot) {
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel').waitFor();
  const wanted = ['greeting-required', 'hardcoded-agent-id', 'forbidden-phrase'];
  const complete = await page
    .waitForFunction(problemRows, { name: ALL_RULES, codes: wanted }, { timeout: 20_000 })
    .catch(() => null);
  const texts = complete
    ? await complete.jsonValue()
    : await page.evaluate(problemRows, { name: ALL_RULES, codes: [] });
  info(`${texts.length} rows under ${ALL_RULES} on screen, first: ${texts.slice(0, 2).join(' | ')}`);
  for (const code of wanted) {
    check(
      texts.some((text) => text.includes(code)),
      `Problems should list a ${code} finding for ${ALL_RULES}`,
    );
  }
  await screenshot('problems.png');
  await page.keyboard.press('Control+J');
  await page.locator('.markers-panel').waitFor({ state: 'hidden' });
}

const REPLACE = /^(?:Replace with|改为)\s*“(.+)”/;

export async function quickFix(page, screenshot, workspace) {
  const file = join(workspace, ALL_RULES);
  const before = readFileSync(file, 'utf8').split('\n');
  const lineIndex = before.findIndex((line) => line.includes(FORBIDDEN));
  await openFile(page, ALL_RULES);
  await moveCursor(page, lineIndex + 1, before[lineIndex].indexOf(FORBIDDEN) + 1, before[lineIndex].length);
  const rows = page.locator('.action-widget .monaco-list-row');
  await pressUntilShown(page, 'Control+.', rows.first());
  const titles = await rowTexts(rows);
  info(`code actions: ${titles.join(' | ')}`);
  const index = titles.findIndex((title) => REPLACE.test(title));
  check(index >= 0, `the quick fixes on ${FORBIDDEN} should offer "Replace with …", they are: ${titles.join(' | ')}`);
  const replacement = REPLACE.exec(titles[index])[1];
  await screenshot('quick-fix.png');
  await rows.nth(index).click();
  await rows.first().waitFor({ state: 'hidden' });
  await editorLine(page, replacement.slice(0, 6)).waitFor();
  await page.keyboard.press('Control+S');
  await page.waitForFunction(() => !document.querySelector('.tabs-container .tab.active.dirty'));
  const after = readFileSync(file, 'utf8').split('\n');
  info(`line ${lineIndex + 1} now: ${after[lineIndex].trim()}`);
  check(!after[lineIndex].includes(FORBIDDEN), `${FORBIDDEN} should be gone from line ${lineIndex + 1}`);
  check(after[lineIndex].includes(replacement), `line ${lineIndex + 1} should say "${replacement}"`);
  check(after.length === before.length, 'the fix should change that line only');
}

/** A script with an empty greeting, for completion. */
export const COMPLETION_SCRIPT = {
  name: 'completion.script.yaml',
  text: 'script: 补全\ngreeting: \nclosing:\n  - 感谢您的来电，再见！\n',
};

export async function completion(page, screenshot, workspace) {
  await openFile(page, COMPLETION_SCRIPT.name);
  const greeting = COMPLETION_SCRIPT.text.split('\n')[1];
  await moveCursor(page, 2, greeting.length, greeting.length);
  const rows = page.locator('.suggest-widget.visible .monaco-list-row');
  await pressUntilShown(page, 'Control+Space', rows.first());
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('.suggest-widget.visible .monaco-list-row')].some((row) =>
          row.textContent.includes('您好'),
        ),
      null,
      { timeout: 10_000 },
    )
    .catch(() => {}); // then check what is there
  const labels = await rowTexts(rows);
  info(`${labels.length} items shown, first: ${labels.slice(0, 3).join(' | ')}`);
  check(
    labels.some((label) => label.includes('您好')),
    `completion after "greeting: " should offer a phrase with 您好, it offers: ${labels.join(' | ')}`,
  );
  // The list leaves each item's category out; VS Code asks for it (completionItem/resolve) when it focuses the item.
  const detail = await page
    .waitForFunction(
      () => {
        const el = document.querySelector('.suggest-widget.visible .monaco-list-row.focused .details-label');
        return el && el.textContent.trim() !== '' ? el.textContent.trim() : false;
      },
      null,
      { timeout: 10_000 },
    )
    .then(
      (handle) => handle.jsonValue(),
      () => '',
    );
  info(`the focused item's detail: ${detail}`);
  check(detail !== '', 'the focused completion item should show its category once VS Code resolves it');
  await screenshot('completion.png');
  // Accepting it writes the phrase as the greeting and changes nothing else.
  const label = (
    await page.locator('.suggest-widget.visible .monaco-list-row.focused .label-name').first().textContent()
  ).trim();
  await page.keyboard.press('Enter');
  await rows.first().waitFor({ state: 'hidden' });
  await page.keyboard.press('Escape'); // out of the snippet's placeholder, if it has one
  await page.keyboard.press('Control+S');
  await page.waitForFunction(() => !document.querySelector('.tabs-container .tab.active.dirty'));
  const after = readFileSync(join(workspace, COMPLETION_SCRIPT.name), 'utf8');
  info(`greeting now: ${after.split('\n')[1]}`);
  const expected = COMPLETION_SCRIPT.text.replace(`${greeting}\n`, `greeting: ${label}\n`);
  check(
    after === expected,
    `accepting "${label}" should make the script ${JSON.stringify(expected)}, it is ${JSON.stringify(after)}`,
  );
}
