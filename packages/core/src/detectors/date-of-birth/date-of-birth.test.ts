import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFixtures } from '../fixture-suite.testkit.js';
import type { Segment } from '../../types.js';
import { DEFAULT_TEST_OPTIONS } from '../testing.js';
import { dateOfBirthDetector } from './index.js';
import { findDates } from './date-forms.js';

const here = dirname(fileURLToPath(import.meta.url));

function detect(text: string, extra: Partial<Segment> = {}) {
  const segment: Segment = { text, syntax: 'prose', location: { path: 'test.txt' }, ...extra };
  return dateOfBirthDetector.detect(segment, DEFAULT_TEST_OPTIONS);
}

describeFixtures('date-of-birth', dateOfBirthDetector, here);

describe('date-of-birth normalization', () => {
  it.each([
    ['né le 23/07/1984', '1984-07-23'],
    ['née le 1er mars 1990', '1990-03-01'],
    ['date de naissance : 14 février 1992', '1992-02-14'],
    ['DOB July 23, 1984', '1984-07-23'],
    ['born on 23 July 1984', '1984-07-23'],
    ['DOB: Jul 23 1984', '1984-07-23'],
    ['DOB 07/23/1984', '1984-07-23'],
    ['date of birth 03/04/1982', '1982-03-04'],
    ['date de naissance 03/04/1982', '1982-04-03'],
    ['né le 23.07.1984', '1984-07-23'],
    ['birth date 1984-07-23', '1984-07-23'],
  ])('%s → %s', (text, iso) => {
    expect(detect(text).map((c) => c.normalized)).toEqual([iso]);
  });

  it('finds « né » in a long text dense with years, whatever its case', () => {
    const lines = 'at 2024-03-01T10:00:00Z INFO request done\n'.repeat(200);
    for (const keyword of ['né le', 'Né le', 'NÉ LE']) {
      const text = `${lines}Client ${keyword} 23/07/1984, fiche créée.\n${lines}`;
      expect(detect(text).map((c) => c.normalized)).toEqual(['1984-07-23']);
    }
    expect(detect(`${lines}Client ne le 23/07/1984, fiche créée.\n${lines}`)).toEqual([]);
  });

  it('reads an ambiguous numeric date day first when the segment is French', () => {
    expect(detect('DOB 03/04/1982', { language: 'fr' })[0]?.normalized).toBe('1982-04-03');
  });

  it('gives evidence and a 0.9 confidence', () => {
    const [candidate] = detect('Date de naissance : 23/07/1984');
    expect(candidate?.confidence).toBeCloseTo(0.9);
    expect(candidate?.evidence).toContainEqual(
      expect.objectContaining({ kind: 'keyword', detail: 'date de naissance' }),
    );
  });
});

describe('date-of-birth cells', () => {
  const cell = (text: string) =>
    detect(text, { syntax: 'value', location: { path: 't.csv', field: 'dob' } });

  it('reads the shortest dates a birth-date column holds, and nothing shorter', () => {
    expect(cell('1/2/1984').map((c) => c.normalized)).toEqual(['1984-01-02']);
    expect(cell('1984-7-2').map((c) => c.normalized)).toEqual(['1984-07-02']);
    expect(cell('2/1984')).toEqual([]);
    expect(cell('1984')).toEqual([]);
  });
});

describe('date-of-birth in long texts', () => {
  const filler = 'lorem ipsum dolor sit amet '.repeat(400);

  it('finds a birth date where years are sparse, and no bare date', () => {
    const text = `${filler}released 2019-05-02. ${filler}né le 23/07/1984, ${filler}`;
    expect(detect(text).map((c) => c.normalized)).toEqual(['1984-07-23']);
    expect(detect(text.replace('né le', 'vu le'))).toEqual([]);
  });

  it('finds a birth date among a log line per year', () => {
    const lines = Array.from({ length: 400 }, (_, i) => `2024-01-0${(i % 9) + 1} 12:00 ok\n`);
    lines.splice(200, 0, 'client born on 23 July 1984\n');
    expect(detect(lines.join('')).map((c) => c.normalized)).toEqual(['1984-07-23']);
    expect(detect(lines.join('').replace('born on', 'seen on'))).toEqual([]);
  });
});

describe('date-of-birth redaction', () => {
  it.each([
    ['23/07/1984', '**/**/1984'],
    ['1984-07-23', '1984-**-**'],
    ['23 juillet 1984', '** ******* 1984'],
    ['July 23, 1984', '**** **, 1984'],
    ['1er mars 1990', '*** **** 1990'],
  ])('%s → %s', (value, masked) => {
    expect(dateOfBirthDetector.redact?.(value)).toBe(masked);
  });
});

describe('date-of-birth limits', () => {
  it('rejects a date later than today', () => {
    const soon = new Date(Date.now() + 40 * 86_400_000);
    const day = String(soon.getUTCDate()).padStart(2, '0');
    const month = String(soon.getUTCMonth() + 1).padStart(2, '0');
    expect(detect(`né le ${day}/${month}/${soon.getUTCFullYear()}`)).toEqual([]);
  });

  it('reports only candidates starting inside [reportFrom, reportTo)', () => {
    const text = 'né le 23/07/1984 et née le 01/03/1990';
    expect(detect(text, { reportFrom: 10 }).map((c) => c.normalized)).toEqual(['1990-03-01']);
    expect(detect(text, { reportTo: 10 }).map((c) => c.normalized)).toEqual(['1984-07-23']);
  });

  it('stays fast on 1 MB of digits, separators and years', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pieces = ['1984', '/', '07', '-', ' ', '.', 'né le ', 'DOB ', '23 ', 'juillet ', '2'];
    let text = '';
    while (text.length < 1_000_000) text += pieces[Math.floor(random() * pieces.length)];
    const started = performance.now();
    detect(text);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe('date-of-birth date forms around the year', () => {
  const today = new Date(Date.UTC(2026, 0, 1));
  const forms = (text: string) => findDates(text, () => false, undefined, today).map((d) => d.form);

  it('reads each form whatever space or separator stands next to the year', () => {
    expect(forms('né le 12/03/1984.')).toEqual(['day-month-year']);
    expect(forms('né le 12 mars\u00a01984')).toEqual(['day-month-name']);
    expect(forms('born March 12,\u20031984')).toEqual(['month-name-day']);
    expect(forms('dob 1984.03.12 x')).toEqual(['iso']);
  });

  it('reads no date where the year stands after another character', () => {
    expect(forms('v12/03(1984) x=1984 "1984"')).toEqual([]);
  });
});

describe('date-of-birth in the digit windows of long prose', () => {
  const prose = (length: number) => 'The quiet river bends past the old mill. '.repeat(length / 41);

  it('finds dates at a text start, between windows, and at a text end', () => {
    const text = [
      'Born on 23/07/1984 in a small town.',
      prose(4000),
      'DOB 1990-03-01, and an invoice of 12/03/2024 later.',
      prose(4000),
      'née le 1er mars 1962',
    ].join(' ');
    expect(detect(text).map((c) => c.normalized)).toEqual([
      '1984-07-23',
      '1990-03-01',
      '1962-03-01',
    ]);
  });

  it('reads a birth word, a field or a glued digit as the whole text would', () => {
    const far = prose(4000);
    // The window of `7` ends 256 characters after it; the year 300 characters on is in its own.
    const gap = 'x'.repeat(300);
    expect(detect(`${far} 7 ${gap} born 2/3/1971 ${far}`).map((c) => c.normalized)).toEqual([
      '1971-02-03',
    ]);
    // A year glued to digits is no year, in a window or not.
    expect(detect(`${far} born 219840 ${far}`)).toEqual([]);
    const field = { location: { path: 'people.csv', field: 'birth_date' } };
    expect(detect(`${far} 1984-07-23 ${far}`, field).map((c) => c.normalized)).toEqual([
      '1984-07-23',
    ]);
  });

  it('finds the same dates with and without windows', () => {
    const text = `${prose(3000)} DOB 23/07/1984 ${prose(3000)} né le 02/03/1990 ${prose(300)}`;
    const forms = (windows?: readonly number[]) =>
      findDates(text, () => false, windows).map((d) => d.start);
    const at = (needle: string) => text.indexOf(needle);
    const windows = [at('23/07') - 256, at('1984') + 260, at('02/03') - 256, at('1990') + 260];
    expect(forms(windows)).toEqual(forms());
    expect(forms()).toHaveLength(2);
  });
});
