// The call-flow preview in real VS Code: the editor-title button opens it beside the script,
// a click on a node moves the cursor to its turn, an edit recolours the picture, and a script
// that stops parsing keeps its last good picture with a notice.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, info } from './log.mjs';
import { editor, moveCursor, openFile } from './workbench.mjs';

const SCRIPT = 'callback.script.yaml';
/** A forbidden phrase typed into a turn: its node turns red. */
const FORBIDDEN = '真烦人';

/** The preview's page: the webview's outer frame, then its content frame. */
const previewFrame = (page) => page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');

export async function flowPreview(page, screenshot, workspace) {
  const lines = readFileSync(join(workspace, SCRIPT), 'utf8').split('\n');
  const target = lines.findIndex((line) => /^\s+(- )?agent: [^|>\s]/.test(line));
  check(target >= 0, `${SCRIPT} should have an agent turn`);
  const agentText = lines[target].replace(/^\s+(- )?agent: /, '');
  await openFile(page, SCRIPT);
  await page.locator('.editor-actions .action-label[aria-label*="Show call flow"]').first().click();
  const preview = previewFrame(page);
  const nodes = preview.locator('#graph svg g.node');
  await nodes.first().waitFor({ timeout: 30_000 });
  const count = await nodes.count();
  info(`the preview draws ${count} nodes`);
  check(count >= 4, `the preview should draw the turns of ${SCRIPT}, it drew ${count} nodes`);
  // The preview at its natural size, with the side bar out of the way.
  await page.keyboard.press('Control+B');
  await screenshot('flow-preview.png');
  await page.keyboard.press('Control+B');

  const words = agentText.slice(0, 8);
  const node = nodes.filter({ hasText: words }).first();
  await node.click();
  // The turn's text is selected: the status bar shows the selection's end on the turn's line.
  const status = page.locator('[id="status.editor.selection"]');
  await status
    .filter({ hasText: new RegExp(`Ln ${target + 1}, Col \\d+ \\(\\d+ selected\\)`) })
    .waitFor({ timeout: 10_000 });
  const [, col, selected] = /Col (\d+) \((\d+) selected\)/.exec(await status.innerText());
  const column = lines[target].indexOf(agentText) + 1;
  info(`clicking the node of "${words}" selected ${selected} characters, to column ${col} of line ${target + 1}`);
  check(
    Number(selected) === agentText.trimEnd().length && Number(col) === column + Number(selected),
    `the click should select the turn's text (${agentText.trimEnd().length} characters from column ${column})`,
  );

  // The webview may take the focus back after the click; the first editor group is the script's.
  await page.keyboard.press('Control+1');
  const errorsBefore = await preview.locator('#graph svg g.node.sev-error').count();
  await moveCursor(page, target + 1, column - 1, lines[target].length);
  await page.keyboard.type(FORBIDDEN);
  await preview.locator('#graph svg g.node.sev-error').nth(errorsBefore).waitFor({ timeout: 20_000 });
  const recoloured = preview.locator('#graph svg g.node.sev-error', { hasText: FORBIDDEN });
  check((await recoloured.count()) === 1, `the node of the edited turn should turn red and show "${FORBIDDEN}"`);
  info('typing a forbidden phrase turned its node red');

  // "agent: 真烦人: 您…" is a nested mapping in a compact one: YAML that does not parse.
  await page.keyboard.type(': ');
  const notice = preview.locator('#status:not([hidden])');
  await notice.waitFor({ timeout: 20_000 });
  check((await nodes.count()) === count, 'a script that does not parse should keep its last good picture');
  info(`broken YAML: "${(await notice.innerText()).trim()}", ${count} nodes kept`);
  for (let i = 0; i < 2 + FORBIDDEN.length; i++) await page.keyboard.press('Backspace');
  await preview.locator('#status[hidden]').waitFor({ state: 'attached', timeout: 20_000 });
  await editor(page).click();
}
