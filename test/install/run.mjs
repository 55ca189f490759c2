// Installs Huashu the three ways a new team does, each in a temporary project outside this
// repository, and runs `npx huashu check` there:
//   1. from the tarball that `npm pack` makes;
//   2. from a git URL (`git+file://` of a fresh clone at HEAD): npm installs the clone's
//      devDependencies and runs `prepare`, which builds dist/;
//   3. in another repository's CI: a temporary git repo runs the README's CI snippet commands;
//   4. as a pre-commit hook: `pre-commit try-repo` on a temporary repo with staged scripts,
//      pre-commit installed in a virtualenv from the Python registry (PRE_COMMIT names one
//      already installed). When the Python registry cannot be reached (or PRE_COMMIT=none),
//      the hook's `entry` runs the way pre-commit runs it: on the staged files its `files`
//      pattern matches.
// Only the npm registry's packages are used, from npm's cache when they are there
// (`--prefer-offline`): after `npm ci` every dependency is in it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = mkdtempSync(join(tmpdir(), 'huashu-install-'));
const NPM_FLAGS = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
// The sample's findings in English, whatever this machine's locale.
const ENV = { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', npm_config_update_notifier: 'false' };

const RUDE =
  'script: x\ngreeting: 您好，工号{agent_id}为您服务\nsteps:\n  - agent: 你们真烦人\nclosing: 感谢您的来电，再见！\n';
const CLEAN = RUDE.replace('你们真烦人', '好的，我帮您查一下');

let failures = 0;
const step = (name) => console.log(`\n--- ${name}`);
function check(condition, what, detail = '') {
  console.log(`${condition ? 'ok  ' : 'FAIL'} ${what}`);
  if (!condition) {
    failures++;
    if (detail) console.log(detail);
  }
}
function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, env: ENV, encoding: 'utf8', timeout: 600_000 });
  if (r.error) throw r.error;
  return { code: r.status, out: r.stdout, err: r.stderr, all: `$ ${cmd} ${args.join(' ')}\n${r.stdout}${r.stderr}` };
}
function must(cmd, args, cwd) {
  const r = run(cmd, args, cwd);
  if (r.code !== 0) throw new Error(`${r.all}\nexited ${r.code}`);
  return r;
}

/** A project with a clean and a rude script, with `huashu` installed from `spec`. */
function project(name, spec) {
  const dir = join(work, name);
  mkdirSync(join(dir, 'scripts'), { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: `try-${name}`, version: '1.0.0', private: true }, null, 2),
  );
  writeFileSync(join(dir, 'scripts', 'clean.script.yaml'), CLEAN);
  writeFileSync(join(dir, 'scripts', 'rude.script.yaml'), RUDE);
  must(npm, ['install', '--save-dev', ...NPM_FLAGS, spec], dir);
  return dir;
}

/** `npx huashu check` works in `dir`: exit 0 on the clean script, 1 with the finding on the rude one. */
function checksWork(dir, label) {
  const clean = run(npx, ['--no-install', 'huashu', 'check', 'scripts/clean.script.yaml'], dir);
  check(
    clean.code === 0 && clean.out === 'Checked 1 file: no problems found.\n',
    `${label}: a clean script passes`,
    clean.all,
  );
  const rude = run(npx, ['--no-install', 'huashu', 'check', 'scripts', '--format', 'json'], dir);
  let codes = [];
  try {
    codes = JSON.parse(rude.out).flatMap((f) => f.diagnostics.map((d) => `${f.file}:${d.code}`));
  } catch {
    // reported below
  }
  check(
    rude.code === 1 && codes.join() === `${join('scripts', 'rude.script.yaml')}:forbidden-phrase`,
    `${label}: the rude script's finding, exit 1`,
    rude.all,
  );
}

/**
 * A pre-commit command: $PRE_COMMIT, else one installed in a new virtualenv from the Python
 * registry; undefined when it cannot be installed (or PRE_COMMIT=none).
 */
function findPreCommit() {
  if (process.env.PRE_COMMIT === 'none') return undefined;
  if (process.env.PRE_COMMIT) return process.env.PRE_COMMIT;
  const venv = join(work, 'venv');
  try {
    if (run('python3', ['-m', 'venv', venv], work).code !== 0) return undefined;
    const pip = join(venv, 'bin', 'pip');
    const install = run(
      pip,
      ['install', '--quiet', '--disable-pip-version-check', '--retries', '0', '--timeout', '20', 'pre-commit'],
      work,
    );
    if (install.code === 0) return join(venv, 'bin', 'pre-commit');
    console.log(
      `pre-commit could not be installed from the Python registry:\n${install.err.trim().split('\n').slice(-2).join('\n')}`,
    );
  } catch (error) {
    console.log(`no Python to install pre-commit with: ${error instanceof Error ? error.message : String(error)}`);
  }
  return undefined;
}

/** A repo with a staged rude script, a staged clean one, an unstaged rude one and a staged non-script. */
function hookRepo() {
  const dir = join(work, 'hooked');
  mkdirSync(join(dir, 'calls'), { recursive: true });
  must('git', ['init', '--quiet'], dir);
  writeFileSync(join(dir, 'calls', 'rude.script.yaml'), RUDE);
  writeFileSync(join(dir, 'calls', 'clean.script.yml'), CLEAN);
  writeFileSync(join(dir, 'calls', 'notes.yaml'), 'a: 你们真烦人\n');
  must('git', ['add', 'calls'], dir);
  writeFileSync(join(dir, 'calls', 'unstaged.script.yaml'), RUDE);
  return dir;
}

function preCommit(tarball) {
  const hooks = readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8');
  const entry = /^\s*entry: (.+)$/m.exec(hooks)?.[1];
  const files = /^\s*files: (.+)$/m.exec(hooks)?.[1];
  check(
    /^\s*- id: huashu$/m.test(hooks) && entry === 'huashu check --' && files === '\\.script\\.ya?ml$',
    'the hook runs huashu check on script files',
  );
  const dir = hookRepo();
  const preCommitBin = findPreCommit();
  if (preCommitBin) {
    // try-repo clones this repository (with its uncommitted changes) and installs it as pre-commit does a node hook.
    const r = spawnSync(preCommitBin, ['try-repo', root, 'huashu', '--verbose'], {
      cwd: dir,
      env: { ...ENV, PRE_COMMIT_HOME: join(work, 'pre-commit-home') },
      encoding: 'utf8',
      timeout: 900_000,
    });
    const output = r.stdout + r.stderr;
    check(
      r.status === 1 && /Failed/.test(output),
      'pre-commit try-repo fails the commit of a rude staged script',
      output,
    );
    check(
      /rude\.script\.yaml/.test(output) && !/unstaged\.script\.yaml|notes\.yaml/.test(output),
      'it checks the staged scripts only',
      output,
    );
    must('git', ['rm', '--quiet', '--cached', 'calls/rude.script.yaml'], dir);
    const clean = spawnSync(preCommitBin, ['try-repo', root, 'huashu'], {
      cwd: dir,
      env: { ...ENV, PRE_COMMIT_HOME: join(work, 'pre-commit-home') },
      encoding: 'utf8',
      timeout: 900_000,
    });
    check(
      clean.status === 0 && /Passed/.test(clean.stdout + clean.stderr),
      'it passes a clean staged script',
      clean.stdout + clean.stderr,
    );
    return;
  }
  console.log('running the hook entry on the staged files, as pre-commit does');
  must(npm, ['init', '-y'], dir);
  must(npm, ['install', '--save-dev', ...NPM_FLAGS, tarball], dir);
  const staged = must('git', ['diff', '--cached', '--name-only', '-z'], dir)
    .out.split('\0')
    .filter((f) => new RegExp(files).test(f));
  check(
    staged.join() === 'calls/clean.script.yml,calls/rude.script.yaml',
    'the pattern picks the staged scripts',
    staged.join(),
  );
  const [command, ...args] = entry.split(' ');
  const r = run(join(dir, 'node_modules', '.bin', command), [...args, ...staged], dir);
  check(
    r.code === 1 && r.out.includes('rude.script.yaml') && !r.out.includes('unstaged'),
    'the hook fails on the rude staged script',
    r.all,
  );
}

try {
  step('1. from the packed tarball');
  const packed = JSON.parse(must(npm, ['pack', '--json', '--pack-destination', work], root).out);
  const files = packed[0].files.map((f) => f.path);
  const tarball = join(work, packed[0].filename);
  check(
    ['dist/cli.js', 'dist/cliWorker.js', 'dist/server.js'].every((f) => files.includes(f)),
    'the tarball holds dist/cli.js, dist/cliWorker.js (the threads of --jobs) and dist/server.js',
    files.join('\n'),
  );
  check(
    files.includes('docs/rules.md') && files.includes('action.yml') && files.includes('.pre-commit-hooks.yaml'),
    'the tarball holds the rule docs, the action and the hook',
    files.join('\n'),
  );
  check(
    !files.some((f) => /^(server|client|test|bench|scripts)\//.test(f) || f.endsWith('.map')),
    'the tarball holds no sources, tests or source maps',
    files.join('\n'),
  );
  checksWork(project('tarball', tarball), 'tarball');

  step('2. from a git URL (a fresh clone at HEAD)');
  const head = must('git', ['rev-parse', 'HEAD'], root).out.trim();
  const clone = join(work, 'clone');
  must('git', ['clone', '--quiet', '--no-checkout', root, clone], work);
  must('git', ['checkout', '--quiet', head], clone);
  const gitDir = project('git', `git+${pathToFileURL(clone).href}#${head}`);
  checksWork(gitDir, 'git URL');
  const installed = readdirSync(join(gitDir, 'node_modules', 'huashu', 'dist'));
  check(installed.includes('cli.js'), 'prepare built dist/ of the git install', installed.join(' '));

  step("3. another repository's CI, running the README's snippets");
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const ciSection = readme.slice(readme.indexOf('### In CI'), readme.indexOf('### pre-commit'));
  const commands = [...ciSection.matchAll(/^\s*(?:- run: |- |sh ')(npx huashu check [^'\n]*)'?\s*$/gm)].map(
    (m) => m[1],
  );
  check(
    commands.length >= 4,
    'the README has CI snippets for GitHub (annotations, SARIF), GitLab and Jenkins',
    commands.join('\n'),
  );
  const ci = project('ci', tarball);
  must('git', ['init', '--quiet'], ci);
  const reportOf = (command) => /> (\S+)/.exec(command)?.[1];
  for (const command of commands) {
    const r = spawnSync(command, { cwd: ci, env: { ...ENV, CI: 'true' }, encoding: 'utf8', shell: true });
    const output = r.stdout + r.stderr;
    const report = reportOf(command);
    const text = report ? readFileSync(join(ci, report), 'utf8') : output;
    const expectedCode = /\|\| true/.test(command) ? 0 : 1;
    let ok = r.status === expectedCode;
    if (command.includes('--format github')) ok &&= /^::error file=scripts\/rude\.script\.yaml,line=4,/m.test(text);
    else if (command.includes('--format sarif'))
      ok &&=
        JSON.parse(text)
          .runs[0].results.map((x) => x.ruleId)
          .join() === 'forbidden-phrase';
    else if (command.includes('--format gitlab'))
      ok &&=
        JSON.parse(text)
          .map((x) => `${x.location.path}:${x.check_name}`)
          .join() === 'scripts/rude.script.yaml:forbidden-phrase';
    else if (command.includes('--format junit'))
      ok &&= /<testsuite name="scripts\/rude\.script\.yaml" tests="1" failures="1"/.test(text);
    else ok = false;
    check(ok, `"${command}" reports the rude script (exit ${r.status})`, `${output}\n${text}`);
  }

  step('4. as a pre-commit hook');
  preCommit(tarball);
} catch (error) {
  failures++;
  console.log(String(error instanceof Error ? error.message : error));
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(failures === 0 ? '\nall install checks passed' : `\n${failures} install check(s) failed`);
process.exitCode = failures === 0 ? 0 : 1;
