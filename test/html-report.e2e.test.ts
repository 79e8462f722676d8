/**
 * The auditor's HTML report, end to end: the built CLI writes it for the sample file share and
 * policy, Debian's chromium (installed by scripts/ensure-chromium.sh where missing) opens it from
 * disk through playwright-core, and the page is checked as a reader would use it: numbers,
 * charts, sorting, filtering, no network, no raw value.
 *
 * The test command builds first; this file builds nothing. PIISCOUT_SCREENSHOT=path keeps a
 * copy of the full-page screenshot.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport } from '../packages/core/src/check/index.js';
import { renderHtml } from '../packages/core/src/report/html/index.js';
import {
  SAMPLE_RAW_VALUES,
  sampleCheckReport,
} from '../packages/core/src/report/html/fixtures/check-report.js';
import type { ScanReport } from '../packages/core/src/scan/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = '/usr/bin/chromium';
const POLICY = 'fixtures/policies/sample-policy-fr.md';
const DATA = 'fixtures/share';
const BUILT_CLI = join(ROOT, 'packages/cli/dist/commands/check.js');

const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI from the repository root; the runs of one test go in parallel. */
function cli(args: string[]): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['bin/piiscout', ...args], { cwd: ROOT });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      const result = {
        status,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      };
      // 0 and 1 are both "ran" (1: something flagged); 2 is a usage or fatal error.
      if (status !== 0 && status !== 1) {
        reject(new Error(`piiscout ${args.join(' ')} exited ${status}: ${result.stderr}`));
      } else resolvePromise(result);
    });
  });
}

function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const install = spawnSync('sh', [join(ROOT, 'scripts/ensure-chromium.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (install.status !== 0 || !existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing and scripts/ensure-chromium.sh could not install it (run it as root)`,
    );
  }
}

interface Opened {
  page: Page;
  requests: string[];
  errors: string[];
}

let browser: Browser;
let work: string;

async function open(file: string): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(pathToFileURL(file).href);
  return { page, requests, errors };
}

/** Raw values worth looking for: short ones (`Léa`, `12`) also occur as ordinary words. */
function distinctiveValues(values: Iterable<string>): string[] {
  return [...new Set(values)].filter((v) => v.trim().length >= 6);
}

/*
 * Page-side code is passed as strings: the project compiles without the DOM library, and these
 * few lines do not need its types.
 */
async function pageText(page: Page): Promise<string> {
  return (await page.evaluate('document.documentElement.textContent')) as string;
}

/** Every attribute value and the text of every script and style element of the page. */
async function attributesAndCode(page: Page): Promise<string> {
  return (await page.evaluate(`(() => {
    const out = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) out.push(attribute.value);
      if (element.tagName === 'SCRIPT' || element.tagName === 'STYLE') out.push(element.textContent);
    }
    return out.join('\\n');
  })()`)) as string;
}

async function metric(page: Page, id: string): Promise<number> {
  const text = await page.locator(`[data-metric="${id}"]`).textContent();
  return Number((text ?? '').replace(/[^\d]/g, ''));
}

/** The texts of one column's cells in the rows shown, in page order. */
async function columnValues(page: Page, tableId: string, header: string): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const table = document.getElementById(${JSON.stringify(tableId)});
    const headers = Array.from(table.tHead.rows[0].cells);
    const index = headers.findIndex((th) => th.textContent.trim().startsWith(${JSON.stringify(header)}));
    return Array.from(table.tBodies[0].rows)
      .filter((row) => !row.hidden)
      .map((row) => row.cells[index].textContent.trim());
  })()`)) as string[];
}

const asNumbers = (texts: string[]) =>
  texts.map((t) => Number(t.replace(/,/g, '').match(/\d+/)?.[0] ?? NaN));

beforeAll(async () => {
  if (!existsSync(BUILT_CLI)) throw new Error('the CLI is not built: run `pnpm run build` first');
  ensureChromium();
  work = mkdtempSync(join(tmpdir(), 'piiscout-html-'));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('check --format html on the sample share', () => {
  let json: CheckReport;
  let revealed: CheckReport;
  let html: string;
  let opened: Opened;

  beforeAll(async () => {
    const report = join(work, 'report.html');
    const [, plain, withValues] = await Promise.all([
      cli(['check', '--policy', POLICY, DATA, '--format', 'html', '--output', report]),
      cli(['check', '--policy', POLICY, DATA, '--format', 'json']),
      cli(['check', '--policy', POLICY, DATA, '--format', 'json', '--reveal']),
    ]);
    json = JSON.parse(plain.stdout);
    revealed = JSON.parse(withValues.stdout);
    html = readFileSync(report, 'utf8');
    opened = await open(report);
  }, 300_000);

  it('takes a full-page screenshot', async () => {
    const shot = join(work, 'report.png');
    await opened.page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    if (process.env.PIISCOUT_SCREENSHOT) copyFileSync(shot, process.env.PIISCOUT_SCREENSHOT);
  });

  it('shows the summary numbers of the JSON report of the same run', async () => {
    const { page } = opened;
    const count = (status: string) => json.categories.filter((c) => c.status === status).length;
    expect(await metric(page, 'files')).toBe(json.stats.files);
    expect(await metric(page, 'findings')).toBe(json.findings.length);
    expect(await metric(page, 'errors')).toBe(json.errors.length);
    expect(await metric(page, 'skipped')).toBe(json.stats.skipped);
    expect(await metric(page, 'categories')).toBe(
      json.categories.filter((c) => c.status !== 'not_found' && c.findings > 0).length,
    );
    for (const status of ['undocumented', 'contradicted', 'vague', 'generic', 'documented']) {
      expect(await metric(page, status)).toBe(count(status));
    }
    expect(await metric(page, 'not-found')).toBe(count('not_found'));
    expect(await page.locator('h1').count()).toBe(1);
  });

  it('draws the charts as inline SVG bars, with the status in words', async () => {
    const { page } = opened;
    const found = json.categories.filter((c) => c.status !== 'not_found' && c.findings > 0);
    expect(found.length).toBeGreaterThan(0);
    expect(await page.locator('svg#chart-categories rect.bar').count()).toBe(found.length);
    expect(await page.locator('svg#chart-folders rect.bar').count()).toBeGreaterThan(0);
    expect(await page.locator('svg#chart-places rect.bar').count()).toBeGreaterThan(0);
    const notes = await page.locator('svg#chart-categories .chart-note').allTextContents();
    expect(notes.some((n) => /Undocumented|Contradicted|Documented|Vague|Generic/.test(n))).toBe(
      true,
    );
  });

  it('sorts a table when a column header is clicked', async () => {
    const { page } = opened;
    const before = await columnValues(page, 'categories-table', 'Findings');
    const header = page.locator('#categories-table thead th', { hasText: 'Findings' });
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const ascending = asNumbers(await columnValues(page, 'categories-table', 'Findings'));
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(ascending).not.toEqual(asNumbers(before));
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const descending = asNumbers(await columnValues(page, 'categories-table', 'Findings'));
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
  });

  it('filters rows as the user types', async () => {
    const { page } = opened;
    await page
      .locator('details', { has: page.locator('#places-table') })
      .locator('summary')
      .click();
    const total = await page.locator('#places-table tbody tr').count();
    expect(total).toBeGreaterThan(1);
    const filter = page.locator('#places-table-filter');
    await filter.fill('dumps/');
    const shown = await columnValues(page, 'places-table', 'Place');
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(total);
    expect(shown.every((place) => place.includes('dumps/'))).toBe(true);
    expect(await page.locator('#places-table-shown').textContent()).toContain(`of ${total} rows`);
    await filter.fill('');
    expect(await page.locator('#places-table tbody tr:visible').count()).toBe(total);
  });

  it('attempts no network request and raises no script error', () => {
    expect(opened.requests).toEqual([pathToFileURL(join(work, 'report.html')).href]);
    expect(opened.errors).toEqual([]);
    expect(html).toContain(
      `http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;`,
    );
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet|https?:\/\//i);
  });

  it('shows no raw value anywhere: text, attributes or script', async () => {
    const values = distinctiveValues(revealed.findings.flatMap((f) => (f.value ? [f.value] : [])));
    expect(values.length).toBeGreaterThan(0);
    const text = await pageText(opened.page);
    const attributes = await attributesAndCode(opened.page);
    const leaked = values.filter(
      (v) => html.includes(v) || text.includes(v) || attributes.includes(v),
    );
    expect(leaked).toEqual([]);
    // The redacted forms are there instead.
    const redacted = json.findings.flatMap((f) => (f.redacted ? [f.redacted] : []));
    expect(redacted.some((r) => text.includes(r))).toBe(true);
  });
});

describe('scan --format html on the sample share', () => {
  it('renders the scan summary and charts without a policy', async () => {
    const report = join(work, 'scan.html');
    const [, scanned] = await Promise.all([
      cli(['scan', DATA, '--format', 'html', '--output', report]),
      cli(['scan', DATA, '--format', 'json']),
    ]);
    const json: ScanReport = JSON.parse(scanned.stdout);
    const { page, requests, errors } = await open(report);
    expect(await metric(page, 'files')).toBe(json.stats.files);
    expect(await metric(page, 'findings')).toBe(json.findings.length);
    const categories = new Set(json.findings.map((f) => f.category));
    expect(await page.locator('svg#chart-categories rect.bar').count()).toBe(categories.size);
    expect(await page.locator('[data-metric="undocumented"]').count()).toBe(0);
    expect(requests).toEqual([pathToFileURL(report).href]);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);
});

describe('the hand-made check report in the browser', () => {
  it('keeps raw values out of the page unless revealed, and out of attributes even then', async () => {
    const redactedFile = join(work, 'sample.html');
    const revealedFile = join(work, 'sample-revealed.html');
    writeFileSync(redactedFile, renderHtml(sampleCheckReport()));
    writeFileSync(revealedFile, renderHtml(sampleCheckReport({ revealed: true })));

    const plain = await open(redactedFile);
    const plainText = await pageText(plain.page);
    expect(SAMPLE_RAW_VALUES.filter((v) => plainText.includes(v))).toEqual([]);
    expect(plainText).toContain('FR76 **** **** **** **** **** 189');
    // A path with markup stays text.
    expect(plainText).toContain('courriers/<broken>.pdf');
    expect(await plain.page.locator('main script, main img').count()).toBe(0);

    const shown = await open(revealedFile);
    const shownText = await pageText(shown.page);
    const attributes = await attributesAndCode(shown.page);
    expect(SAMPLE_RAW_VALUES.filter((v) => !shownText.includes(v))).toEqual([]);
    expect(SAMPLE_RAW_VALUES.filter((v) => attributes.includes(v))).toEqual([]);
    expect(await shown.page.locator('.banner').count()).toBe(1);
    await plain.page.close();
    await shown.page.close();
  });

  it('sorts by status rank and filters on folded text (accents ignored)', async () => {
    const file = join(work, 'sample.html');
    const { page } = await open(file);
    const status = page.locator('#categories-table thead th', { hasText: 'Status' });
    await status.locator('button').click();
    await status.locator('button').click();
    const statuses = await columnValues(page, 'categories-table', 'Status');
    expect(statuses[0]).toContain('Not found');
    expect(statuses.at(-1)).toContain('Undocumented');
    await page.locator('#categories-table-filter').fill('telephone');
    const shown = await columnValues(page, 'categories-table', 'Category');
    expect(shown).toHaveLength(1);
    expect(shown[0]).toContain('Numéro de téléphone');
    await page.close();
  });
});
