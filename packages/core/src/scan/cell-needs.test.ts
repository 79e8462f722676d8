/**
 * Soundness of the detectors' `cellNeeds`: the pipeline skips a detector on a cell whose facts
 * do not meet its needs, so a declaration stricter than the detector's code would lose findings
 * silently. Every built-in detector is run on many cells (real files' values and lines, fixture
 * lines, variants of every value found, random strings) and must return nothing at all on each
 * cell it would be skipped on.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILTIN_DETECTORS } from '../detectors/index.js';
import { DEFAULT_TEST_OPTIONS, loadFixtureCases } from '../detectors/testing.js';
import { formatFor } from '../formats/index.js';
import { collect, inputFromFile } from '../formats/testing.js';
import { CellPlan, MAX_FACT_LENGTH, meetsNeeds } from '../text/cell-facts.js';
import type { Segment } from '../types.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../../..');
const coreSrc = join(here, '..');

/** Column names from the detectors' field rules, and some that match none. */
const FIELDS: readonly (string | undefined)[] = [
  undefined,
  'notes',
  'email',
  'phone',
  'telephone',
  'iban',
  'card_number',
  'ssn',
  'nir',
  'nino',
  'ip',
  'last_login_ip',
  'app_version',
  'mac',
  'imei',
  'idfa',
  'udid',
  'android_id',
  'address',
  'adresse',
  'city',
  'ville',
  'code_postal',
  'zip',
  'birth_date',
  'date_naissance',
  'dob',
  'first_name',
  'prenom',
  'last_name',
  'nom',
  'name',
  'contact',
];

/** The shortest forms the detectors read, which real files rarely hold. */
const SHORTEST_VALUES = [
  'a@b.fr',
  'NO9386011117947',
  'NO93 8601 1117 947',
  '1/2/1984',
  '1984-7-2',
  '4111111111111111',
  '::1',
  '1.2.3.4',
  '0000.5e00.5301',
];

function cell(text: string, field?: string): Segment {
  return { text, syntax: 'value', location: { path: 'cells.csv', ...(field ? { field } : {}) } };
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

/** Value cells of the repository's fixture files, and their text lines read as cells. */
async function realCells(): Promise<Segment[]> {
  const formatsDir = join(coreSrc, 'formats');
  const files = [
    ...filesUnder(join(root, 'fixtures')),
    ...readdirSync(formatsDir)
      .map((name) => join(formatsDir, name, 'fixtures'))
      .filter((dir) => existsSync(dir))
      .flatMap(filesUnder),
  ];
  const cells: Segment[] = [];
  for (const file of files) {
    const input = inputFromFile(file);
    const format = formatFor(file, input.head);
    if (!format) continue;
    let segments: Segment[];
    try {
      ({ segments } = await collect(format, input));
    } catch {
      continue; // archives need a nested reader; broken fixtures throw
    }
    for (const segment of segments) {
      if (segment.syntax === 'value') cells.push(cell(segment.text, segment.location.field));
      else for (const line of segment.text.split('\n')) cells.push(cell(line));
    }
  }
  return cells;
}

function detectorFixtureCells(): Segment[] {
  const detectorsDir = join(coreSrc, 'detectors');
  const cells: Segment[] = [];
  for (const name of readdirSync(detectorsDir)) {
    for (const file of ['ok.txt', 'ng.txt']) {
      const path = join(detectorsDir, name, 'fixtures', file);
      if (!existsSync(path)) continue;
      for (const { segment } of loadFixtureCases(path)) {
        for (const field of [segment.location.field, ...FIELDS])
          cells.push(cell(segment.text, field));
      }
    }
  }
  return cells;
}

/** A small seeded generator: the same cells on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const ALPHABETS = [
  '0123456789',
  '0123456789 ',
  '0123456789 -./:+()',
  '0123456789abcdefABCDEF:-.',
  '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ ',
  'abcdefghijklmnopqrstuvwxyz@.-_0123456789',
  'abcdefghijklmnopqrstuvwxyzéèçÉ -',
  'Jean MarieDupontRue de la Paix75008ParisStreetAve., 0123456789',
];

function randomCells(count: number): Segment[] {
  const next = random(42);
  const cells: Segment[] = [];
  for (let n = 0; n < count; n++) {
    const alphabet = ALPHABETS[Math.floor(next() * ALPHABETS.length)]!;
    const length = Math.floor(next() * 41);
    let text = '';
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
    cells.push(cell(text, FIELDS[Math.floor(next() * FIELDS.length)]));
  }
  return cells;
}

/**
 * Near-misses of what was found: each found value alone in every column, with one character
 * removed, and with one character changed (fewer digits, no separator, a shorter text).
 */
function variantsOfFound(cells: readonly Segment[]): Segment[] {
  const variants: Segment[] = [];
  const values = new Set<string>();
  for (const segment of cells) {
    for (const detector of BUILTIN_DETECTORS) {
      for (const candidate of detector.detect(segment, DEFAULT_TEST_OPTIONS)) {
        values.add(segment.text.slice(candidate.start, candidate.end));
      }
    }
  }
  for (const value of SHORTEST_VALUES) values.add(value);
  for (const value of values) {
    for (const field of FIELDS) variants.push(cell(value, field));
    for (let i = 0; i < value.length; i++) {
      const field = FIELDS[i % FIELDS.length];
      variants.push(cell(value.slice(0, i) + value.slice(i + 1), field));
      variants.push(cell(`${value.slice(0, i)}x${value.slice(i + 1)}`, field));
    }
  }
  return variants;
}

describe('cellNeeds of the built-in detectors', () => {
  it('never skip a cell on which the detector finds something', async () => {
    const base = [...(await realCells()), ...detectorFixtureCells(), ...randomCells(20_000)];
    const cells = [...base, ...variantsOfFound(base)].filter(
      (segment) => segment.text.length <= MAX_FACT_LENGTH,
    );
    const plan = new CellPlan(BUILTIN_DETECTORS.map((detector) => detector.cellNeeds));
    const facts = cells.map((segment) => plan.factsOf(segment.text, true));
    const lost: string[] = [];
    let found = 0;
    BUILTIN_DETECTORS.forEach((detector, rank) => {
      const needs = plan.needs[rank];
      expect(needs, detector.id).toBeDefined();
      cells.forEach((segment, index) => {
        const candidates = detector.detect(segment, DEFAULT_TEST_OPTIONS);
        found += candidates.length;
        if (candidates.length > 0 && !meetsNeeds(facts[index]!, needs!))
          lost.push(`${detector.id}: ${JSON.stringify(segment.text)} in ${segment.location.field}`);
      });
    });
    expect(lost.slice(0, 20)).toEqual([]);
    // The cells hold enough findings for the check to mean something.
    expect(found).toBeGreaterThan(10_000);
  }, 120_000);
});
