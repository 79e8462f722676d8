import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { validateReport, validateSarif } from '../packages/core/dist/index.js';
import { runCli, runJson } from './helpers/cli.js';

/**
 * The CI workflow end to end, with the built CLI in throw-away git repositories: the pre-commit
 * hook (`scan --staged`), inline directives, the config allowlist, the baseline, the git modes
 * and the CI outputs. Every value is synthetic: an IBAN computed here with a valid mod-97 key,
 * e-mail addresses at an invented domain.
 */

/** An IBAN with a valid check, from a country code and an invented BBAN. */
function makeIban(country: string, bban: string): string {
  const digits = `${bban}${country}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return `${country}${String(98 - remainder).padStart(2, '0')}${bban}`;
}

const IBAN = makeIban('FR', '30004012345678901234567');
const EMAIL = 'camille.durand@quillbrook-mail.fr';
const OTHER_EMAIL = 'noe.martin@quillbrook-mail.fr';

interface Report {
  findings: {
    type: string;
    value?: string;
    redacted?: string;
    location: { path: string; line?: number };
  }[];
  errors: unknown[];
  unusedIgnores?: { path: string; line: number; directive: string }[];
  stats: { suppressed?: { inline: number; allowlist: number; baseline: number } };
}

/** Each test runs the CLI several times; a loaded CI machine takes seconds per run. */
const CLI_TEST_TIMEOUT = 180_000;

const roots: string[] = [];
let repo: string;

function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: repo,
    stdio: 'pipe',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' },
  }).toString();
}

function write(path: string, text: string): void {
  mkdirSync(join(repo, path, '..'), { recursive: true });
  writeFileSync(join(repo, path), text);
}

const cli = (...args: string[]) => runCli(args, { cwd: repo });
const json = (...args: string[]) => runJson<Report>([...args, '--format', 'json'], { cwd: repo });
const where = (report: Report) =>
  report.findings.map((f) => `${f.location.path}:${f.location.line}:${f.type}`);

function newRepo(): void {
  repo = mkdtempSync(join(tmpdir(), 'piiscout-ci-'));
  roots.push(repo);
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'dev@quillbrook.test');
  git('config', 'user.name', 'Dev');
  git('config', 'commit.gpgsign', 'false');
  write('README.md', '# Demo\n');
  git('add', '.');
  git('commit', '-qm', 'start');
}

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('pre-commit hook: piiscout scan --staged', { timeout: CLI_TEST_TIMEOUT }, () => {
  beforeEach(newRepo);

  it('blocks a commit adding an e-mail address and an IBAN (exit 1), without printing them', () => {
    write(
      'src/customers.ts',
      `export const contact = '${EMAIL}';\nexport const account = '${IBAN}';\n`,
    );
    git('add', '.');
    const { code, report } = json('scan', '--staged');
    expect(code).toBe(1);
    expect(validateReport(report)).toEqual([]);
    expect(where(report)).toEqual(['src/customers.ts:1:email', 'src/customers.ts:2:iban']);
    const table = cli('scan', '--staged');
    expect(table.code).toBe(1);
    for (const output of [JSON.stringify(report), table.stdout]) {
      expect(output).not.toContain(EMAIL);
      expect(output).not.toContain(IBAN);
    }
  });

  it('lets the same commit through with inline directives (exit 0)', () => {
    write(
      'src/customers.ts',
      [
        `export const contact = '${EMAIL}'; // piiscout-ignore-line email -- invented demo customer`,
        '# piiscout-ignore-next-line iban -- computed test IBAN',
        `account = '${IBAN}'`,
      ].join('\n'),
    );
    git('add', '.');
    const { code, report } = json('scan', '--staged');
    expect(code).toBe(0);
    expect(report.stats.suppressed?.inline).toBe(2);
    // Audits can turn directives off.
    expect(json('scan', '--staged', '--no-inline-ignore').code).toBe(1);
  });

  it('lets the same commit through with a config allowlist (exit 0), and rejects a config without reasons (exit 2)', () => {
    write('src/customers.ts', `contact = '${EMAIL}'\naccount = '${IBAN}'\n`);
    write(
      '.piiscout.yml',
      [
        'version: 1',
        'allowlist:',
        '  - reason: invented demo customers',
        '    paths: ["src/customers.ts"]',
        '    types: [email, iban]',
        '',
      ].join('\n'),
    );
    git('add', '.');
    expect(json('scan', '--staged').code).toBe(0);
    write('.piiscout.yml', 'allowlist:\n  - paths: ["src/**"]\n');
    const bad = cli('scan', '--staged');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(".piiscout.yml:2:5: allowlist[0]: missing 'reason'");
  });

  it('never blocks removing personal data', () => {
    write('notes.txt', `keep\n${EMAIL}\n${IBAN}\n`);
    git('add', '.');
    git('commit', '-qm', 'data that should not be there');
    write('notes.txt', 'keep\n');
    git('add', '.');
    expect(json('scan', '--staged').code).toBe(0);
    git('rm', '-qf', 'notes.txt');
    expect(json('scan', '--staged').code).toBe(0);
  });

  it('checks the commit message (commit-msg hook)', () => {
    write(
      '.git/COMMIT_EDITMSG',
      `Fix the export for ${OTHER_EMAIL}\n# ${EMAIL} in a comment is not part of the message\n`,
    );
    const { code, report } = json('scan', '--commit-message', '.git/COMMIT_EDITMSG');
    expect(code).toBe(1);
    expect(where(report)).toEqual(['.git/COMMIT_EDITMSG:1:email']);
  });
});

describe('baseline', { timeout: CLI_TEST_TIMEOUT }, () => {
  beforeEach(() => {
    newRepo();
    write(
      'data/seed.sql',
      `-- legacy seed\nINSERT INTO users VALUES ('${EMAIL}');\nINSERT INTO users VALUES ('${EMAIL}');\nINSERT INTO accounts VALUES ('${IBAN}');\n`,
    );
    git('add', '.');
    git('commit', '-qm', 'legacy data');
  });

  it('accepts the existing findings; a new one still fails', () => {
    expect(json('scan', '.').code).toBe(1);
    const written = cli('baseline');
    expect(written.code).toBe(0);
    expect(written.stdout).toContain(
      '.piiscout-baseline.json: 2 entries (2 added, 0 kept, 0 pruned)',
    );
    const text = readFileSync(join(repo, '.piiscout-baseline.json'), 'utf8');
    expect(text).not.toContain(EMAIL);
    expect(text).not.toContain(IBAN);
    expect(text).not.toMatch(/"line"|Time|date/i);
    expect(JSON.parse(text).entries.find((e: { type: string }) => e.type === 'email').count).toBe(
      2,
    );

    const clean = json('scan', '.');
    expect(clean.code).toBe(0);
    expect(clean.report.stats.suppressed?.baseline).toBe(3);

    // A third occurrence of the accepted address, and a new address: both new.
    write(
      'data/seed.sql',
      `${readFileSync(join(repo, 'data/seed.sql'), 'utf8')}INSERT INTO users VALUES ('${EMAIL}');\nINSERT INTO users VALUES ('${OTHER_EMAIL}');\n`,
    );
    git('add', '.');
    const staged = json('scan', '--staged');
    expect(staged.code).toBe(1);
    expect(where(staged.report)).toEqual(['data/seed.sql:5:email', 'data/seed.sql:6:email']);
    expect(json('scan', '.').code).toBe(1);
    expect(json('scan', '.', '--ignore-baseline').report.findings).toHaveLength(5);
  });

  it('does not change when lines move (byte-identical after regeneration), and moving them passes the hook', () => {
    expect(cli('baseline').code).toBe(0);
    const before = readFileSync(join(repo, '.piiscout-baseline.json'));
    git('add', '.');
    git('commit', '-qm', 'baseline');
    write(
      'data/seed.sql',
      `INSERT INTO accounts VALUES ('${IBAN}');\n-- moved around\n\nINSERT INTO users VALUES ('${EMAIL}');\n-- legacy seed\nINSERT INTO users VALUES ('${EMAIL}');\n`,
    );
    git('add', '.');
    expect(json('scan', '--staged').code).toBe(0);
    expect(cli('baseline').code).toBe(0);
    expect(readFileSync(join(repo, '.piiscout-baseline.json')).equals(before)).toBe(true);
  });

  it('keeps statuses and reasons, and prunes what is gone', () => {
    cli('baseline');
    const file = join(repo, '.piiscout-baseline.json');
    const baseline = JSON.parse(readFileSync(file, 'utf8'));
    const iban = baseline.entries.find((e: { type: string }) => e.type === 'iban');
    iban.status = 'false-positive';
    iban.reason = 'computed test value';
    writeFileSync(file, JSON.stringify(baseline));
    write('data/seed.sql', `INSERT INTO accounts VALUES ('${IBAN}');\n`);
    expect(cli('baseline').stdout).toContain('1 entries (0 added, 1 kept, 1 pruned)');
    const updated = JSON.parse(readFileSync(file, 'utf8'));
    expect(updated.entries).toEqual([{ ...iban }]);
  });
});

describe('git --since for CI', { timeout: CLI_TEST_TIMEOUT }, () => {
  beforeEach(newRepo);

  it('reports only lines added by the branch, with their real lines', () => {
    write('old.txt', `${EMAIL}\n`);
    git('add', '.');
    git('commit', '-qm', 'old data on main');
    git('checkout', '-qb', 'feature');
    write('new.txt', `hello\ncontact ${OTHER_EMAIL}\n`);
    write('old.txt', `${EMAIL}\nmore text\n`);
    git('add', '.');
    git('commit', '-qm', 'feature');
    const { code, report } = json('scan', '--since', 'main');
    expect(code).toBe(1);
    expect(where(report)).toEqual(['new.txt:2:email']);
    expect(cli('scan', '--since', 'no-such-branch').code).toBe(2);
  });
});

describe('CI outputs', { timeout: CLI_TEST_TIMEOUT }, () => {
  beforeEach(() => {
    newRepo();
    write(
      'src/my customers.ts',
      `contact = '${EMAIL}'\naccount = '${IBAN}'\n// piiscout-ignore-line phone\n`,
    );
  });

  it('SARIF validates against the SARIF 2.1.0 schema and holds no value', () => {
    const run = cli('scan', '.', '--format', 'sarif', '--reveal');
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout);
    expect(validateSarif(log)).toEqual([]);
    expect(run.stdout).not.toContain(EMAIL);
    expect(run.stdout).not.toContain(IBAN);
    const results = log.runs[0].results;
    expect(results.map((r: { ruleId: string }) => r.ruleId)).toEqual([
      'piiscout/email',
      'piiscout/iban',
    ]);
    expect(results[0].locations[0].physicalLocation.artifactLocation).toEqual({
      uri: 'src/my%20customers.ts',
      uriBaseId: '%SRCROOT%',
    });
  });

  it('--output writes the file and keeps the exit code', () => {
    expect(cli('scan', '.', '--format', 'sarif', '--output', 'out.sarif').code).toBe(1);
    expect(validateSarif(JSON.parse(readFileSync(join(repo, 'out.sarif'), 'utf8')))).toEqual([]);
  });

  it('GitHub annotations and the Markdown summary carry no raw value', () => {
    const github = cli('scan', 'src', '--format', 'github');
    expect(github.code).toBe(1);
    expect(github.stdout).toMatch(
      /^::error file=src\/my customers\.ts,line=1,col=\d+,title=piiscout%3A E-mail address::/m,
    );
    expect(github.stdout).not.toMatch(/camille|FR\d\d3000/);
    const markdown = cli('scan', 'src', '--format', 'markdown', '--reveal');
    expect(markdown.stdout).toContain('| E-mail address | `user.contact.email` | 1 |');
    expect(markdown.stdout).not.toContain(EMAIL);
    expect(markdown.stdout).not.toContain(IBAN);
  });

  it('--report-unused-ignores lists directives that suppress nothing, and fails', () => {
    const { code, report } = json('scan', 'src', '--types', 'email', '--report-unused-ignores');
    expect(code).toBe(1);
    expect(report.unusedIgnores).toEqual([
      {
        path: 'src/my customers.ts',
        line: 3,
        directive: 'piiscout-ignore-line phone',
        message: 'suppressed nothing',
      },
    ]);
  });
});

describe('built-in safe values are not reported by default', { timeout: CLI_TEST_TIMEOUT }, () => {
  beforeEach(newRepo);

  it.each([
    [
      'reserved domains',
      'alice@example.com bob@example.org carol@mail.example.net dan@shop.test erin@host.invalid',
    ],
    [
      'documentation and loopback IP addresses',
      'hosts 192.0.2.10 198.51.100.7 203.0.113.99 2001:db8::42 127.0.0.1 ::1 0.0.0.0',
    ],
    [
      'published example IBANs',
      'IBAN FR14 2004 1010 0505 0001 3M02 606 and GB82 WEST 1234 5698 7654 32 and DE89 3704 0044 0532 0130 00',
    ],
    ['test card numbers', 'card 4111 1111 1111 1111, 4242 4242 4242 4242, 5555 5555 5555 4444'],
  ])('%s', (_, text) => {
    write('sample.txt', `${text}\n`);
    const { code, report } = json('scan', 'sample.txt');
    expect(report.findings.map((f) => f.type)).toEqual([]);
    expect(code).toBe(0);
  });

  it('while the same file with invented real-looking values is flagged (control)', () => {
    write('sample.txt', `alice@example.com ${EMAIL} 192.0.2.10 ${IBAN}\n`);
    expect(json('scan', 'sample.txt').report.findings.map((f) => f.type)).toEqual([
      'email',
      'iban',
    ]);
  });
});

describe('piiscout init', { timeout: CLI_TEST_TIMEOUT }, () => {
  beforeEach(newRepo);

  it('writes a commented starter config that the scan accepts, and refuses to overwrite it', () => {
    expect(cli('init').code).toBe(0);
    const text = readFileSync(join(repo, '.piiscout.yml'), 'utf8');
    expect(text).toMatch(/^# piiscout configuration/);
    expect(cli('scan', '.').code).toBe(0);
    const again = cli('init');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(cli('init', '--force').code).toBe(0);
    expect(existsSync(join(repo, '.piiscout.yml'))).toBe(true);
  });
});
