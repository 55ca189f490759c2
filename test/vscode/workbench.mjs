// Driving the VS Code workbench in the page the way a person does: keyboard, mouse, and what
// the DOM shows. Every wait is on something appearing, never on time passing.
import { chromium } from 'playwright-core';
import { CHROMIUM } from './install.mjs';
import { info } from './log.mjs';

export async function openBrowser(profileDir) {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 760 },
    locale: 'en-US',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

export async function openWorkbench(page, url, folder) {
  await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.explorer-viewlet, .part.editor').first().waitFor();
}

/** Quick Open: type the name, wait for the row of that file, open it. */
export async function openFile(page, name) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor();
  await input.fill(name);
  await page.locator(`.quick-input-list .monaco-list-row[aria-label*="${name}"]`).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active').filter({ hasText: name }).waitFor();
  await editor(page).locator('.view-line').first().waitFor();
}

/**
 * Puts the cursor before the character at `character` (0-based) of line `line` (1-based), a
 * line `length` characters long: Quick Open's ":line" goes to the line, End to its end, and the
 * arrow keys move back one character at a time (Quick Open's ":line:column" would count display
 * columns, two for a Chinese character).
 */
export async function moveCursor(page, line, character, length) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor();
  await input.fill(`:${line}`);
  await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await page.keyboard.press('End');
  for (let i = character; i < length; i++) await page.keyboard.press('ArrowLeft');
  const status = page.locator('[id="status.editor.selection"]');
  await status.filter({ hasText: `Ln ${line}, Col ${character + 1}` }).waitFor({ timeout: 5_000 });
}

export function editor(page) {
  return page.locator('.part.editor .editor-instance .monaco-editor').first();
}

/** The rendered line of the active editor whose text includes `text`. */
export function editorLine(page, text) {
  return editor(page).locator('.view-line').filter({ hasText: text }).first();
}

/** The computed colour of the rendered token that holds `text` on the line holding `lineText`. */
export async function tokenColor(page, lineText, text) {
  const line = editorLine(page, lineText);
  await line.waitFor();
  return line.evaluate((el, wanted) => {
    const span = [...el.querySelectorAll('span span')].find((s) => s.textContent.includes(wanted));
    return span ? getComputedStyle(span).color : null;
  }, text);
}

export async function statusBarLanguage(page) {
  const item = page.locator('[id="status.editor.mode"]');
  await item.waitFor();
  return (await item.innerText()).trim();
}

/** Moves the mouse onto the first error squiggle of the line holding `lineText`, and waits for the hover. */
export async function hoverSquiggleOn(page, lineText) {
  const line = await editorLine(page, lineText).boundingBox();
  const boxes = await editor(page)
    .locator('.squiggly-error')
    .evaluateAll((els) =>
      els.map((el) => el.getBoundingClientRect()).map(({ x, y, width, height }) => ({ x, y, width, height })),
    );
  const onLine = boxes
    .filter((box) => box.y + box.height / 2 > line.y && box.y + box.height / 2 < line.y + line.height)
    .sort((a, b) => a.x - b.x);
  if (onLine.length === 0) throw new Error(`no error squiggle on the line holding "${lineText}"`);
  const box = onLine[0];
  await page.mouse.move(box.x + Math.min(box.width / 2, 12), box.y + box.height / 2);
  const hover = page.locator('.monaco-hover:not(.hidden)').first();
  await hover.locator('.hover-contents').first().waitFor();
  return (await hover.innerText()).trim();
}

/**
 * Presses `key` until `shown` appears, at most `attempts` times: a shortcut pressed while the
 * workbench is still busy (just after start, say) is sometimes dropped.
 */
export async function pressUntilShown(page, key, shown, { attempts = 3, timeout = 8_000 } = {}) {
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press(key);
    try {
      await shown.waitFor({ timeout });
      return;
    } catch (error) {
      if (attempt === attempts) throw error;
      info(`${key} showed nothing within ${timeout / 1000} s; pressing it again`);
    }
  }
}

export async function rowTexts(rows) {
  return (await rows.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') || el.textContent || ''))).map(
    (text) => text.trim(),
  );
}
