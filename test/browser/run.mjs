// The CLI's pictures in headless Chromium: the HTML report of `huashu report` opens with its
// flows and findings, no console error and no network request; every `huashu graph` Mermaid
// output parses and renders with the `mermaid` package. `npm run test:browser` (after a build).
// With HUASHU_SCREENSHOTS=docs the report's screenshot goes to docs/images/.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureSystemPackages } from '../vscode/install.mjs';
import { check, CheckFailed, elapsed, info, step } from '../vscode/log.mjs';
import { openBrowser } from '../vscode/workbench.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(ROOT, 'bin', 'huashu.js');
const MERMAID = join(ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');
const SHOTS = process.env.HUASHU_SCREENSHOTS === 'docs' ? join(ROOT, 'docs', 'images') : null;

/** A script whose every text tries to break out of its place in DOT, Mermaid and HTML. */
const HOSTILE = `script: 恶意<script>alert("s")</script>
greeting: 您好，工号{agent_id}为您服务。</text><script>alert(1)</script>
steps:
  - id: ask
    agent: 您对"服务"满意吗？ <img src=x onerror=alert(2)> #1 | \`x\` [a] {b}; -->
    branches:
      - answer: 满意" --> n0 %% <b>
        next: done
    otherwise: done
  - id: done
    agent: 好的\\n谢谢 & 再见 ]]> <!-- -->
    end: closing
closing: 再见！
`;

const huashu = (args, cwd) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });

async function main() {
  ensureSystemPackages({ needBuildTools: false });
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')]);
  const dir = mkdtempSync(join(tmpdir(), 'huashu-browser-'));
  const browserDir = mkdtempSync(join(tmpdir(), 'huashu-chromium-'));
  let context;
  try {
    cpSync(join(ROOT, 'samples'), dir, { recursive: true });
    writeFileSync(join(dir, 'hostile.script.yaml'), HOSTILE);
    const scripts = readdirSync(dir)
      .filter((f) => f.endsWith('.script.yaml'))
      .sort();
    const report = join(dir, 'report.html');
    const checked = await step('huashu report and huashu check --format json', () => {
      const r = huashu(['report', '.', '--out', report], dir);
      check(r.status === 1 && existsSync(report), `report: exit ${r.status}, ${r.stderr}`);
      const json = JSON.parse(huashu(['check', '.', '--format', 'json'], dir).stdout);
      return json.files ?? json;
    });
    const findings = (Array.isArray(checked) ? checked : []).reduce(
      (n, f) => n + (f.diagnostics ?? f.messages ?? []).length,
      0,
    );

    ({ context } = await openBrowser(browserDir));
    const page = await context.newPage();
    const requests = [];
    const errors = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(String(error)));

    await step('open the report', async () => {
      const url = pathToFileURL(report).href;
      await page.goto(url);
      const sections = await page.locator('section.script').count();
      check(sections === scripts.length, `${sections} script sections, expected ${scripts.length}`);
      const nodes = await page.locator('.flow svg g.node').count();
      check(nodes > scripts.length * 3, `only ${nodes} flow nodes drawn`);
      const shown = await page.locator('li.finding').count();
      check(shown === findings && findings > 0, `${shown} findings in the report, ${findings} from huashu check`);
      check((await page.locator('script, img, iframe').count()) === 0, 'markup from a script became an element');
      const body = await page.locator('body').innerText();
      for (const text of ['恶意<script>alert("s")</script>', '<img src=x onerror=alert(2)>']) {
        check(body.includes(text), `the text ${text} is not shown as written`);
      }
      const nodeTexts = await page
        .locator('section.script', { hasText: 'hostile.script.yaml' })
        .locator('g.node text')
        .allTextContents();
      check(
        nodeTexts.some((t) => t.startsWith('您对"服务"满意吗？ <img')),
        `hostile node label: ${nodeTexts.join(' / ')}`,
      );
      check(requests.length === 1 && requests[0] === url, `network requests: ${requests.join(', ')}`);
      check(errors.length === 0, `console errors: ${errors.join('; ')}`);
      info(`${sections} scripts, ${nodes} nodes, ${shown} findings, 1 request (the file itself)`);
      if (SHOTS) {
        await page.setViewportSize({ width: 1100, height: 900 });
        await page
          .locator('section.script', { hasText: 'callback.script.yaml' })
          .screenshot({ path: join(SHOTS, 'report.png') });
      }
    });

    await step('render every huashu graph Mermaid output with mermaid', async () => {
      const mermaidPage = await context.newPage();
      mermaidPage.on('request', (request) => requests.push(request.url()));
      mermaidPage.on('pageerror', (error) => errors.push(String(error)));
      await mermaidPage.setContent('<!DOCTYPE html><html><body><div id="out"></div></body></html>');
      await mermaidPage.addScriptTag({ path: MERMAID });
      await mermaidPage.evaluate(() => window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' }));
      for (const [i, name] of scripts.entries()) {
        const r = huashu(['graph', name], dir);
        if (r.status !== 0) {
          check(name === 'all-rules.script.yaml' || /does not parse/.test(r.stderr), `graph ${name}: ${r.stderr}`);
          continue;
        }
        const result = await mermaidPage.evaluate(
          async ({ text, id }) => {
            try {
              await window.mermaid.parse(text);
              const { svg } = await window.mermaid.render(id, text);
              const holder = document.createElement('div');
              holder.innerHTML = svg;
              return { labels: [...holder.querySelectorAll('.nodeLabel, .edgeLabel')].map((e) => e.textContent) };
            } catch (error) {
              return { error: String(error?.message ?? error) };
            }
          },
          { text: r.stdout, id: `m${i}` },
        );
        check(!result.error, `${name}: Mermaid says ${result.error}`);
        check(result.labels.length > 3, `${name}: only ${result.labels.length} labels rendered`);
        if (name === 'hostile.script.yaml') {
          for (const text of ['您对"服务"满意吗？ <img', '满意" --> n0 %% <b>']) {
            check(
              result.labels.some((l) => l.includes(text)),
              `${name}: no label with ${text}: ${result.labels.join(' / ')}`,
            );
          }
        }
      }
      check(requests.length === 1, `network requests: ${requests.join(', ')}`);
      check(errors.length === 0, `page errors: ${errors.join('; ')}`);
    });
    console.log(`PASSED in ${elapsed()}`);
  } finally {
    await context?.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
    rmSync(browserDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.log(error instanceof CheckFailed ? `check failed: ${error.message}` : (error.stack ?? String(error)));
  console.log(`FAILED after ${elapsed()}`);
  process.exit(1);
});
