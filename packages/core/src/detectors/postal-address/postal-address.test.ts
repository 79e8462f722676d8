import { describe, expect, it } from 'vitest';
import { describeFixtures } from '../fixture-suite.testkit.js';
import type { Segment } from '../../types.js';
import { DEFAULT_TEST_OPTIONS } from '../testing.js';
import { postalAddressDetector, redactAddress } from './index.js';
import { frPostcodeValid, ukPostcodeValid, usZipValid } from './postcodes.js';
import {
  ANCHOR_WORDS,
  ASCII_ANCHOR,
  asciiAnchorStart,
  FOLDS_TO_ASCII,
  foldsToAscii,
  SPACED_STREET_TYPE,
} from './anchors.js';
import { findAddresses, findAddressesInText, mayHoldAddress } from './parse.js';
import { PO_BOX_WORDS } from './vocabulary.js';
import { pieceEnd, tokenize } from './tokens.js';
import { fold } from '../../text/fold.js';

const dir = import.meta.dirname;
const prose = (text: string, extra: Partial<Segment> = {}): Segment => ({
  text,
  syntax: 'prose',
  location: { path: 'test.txt' },
  ...extra,
});
const detect = (text: string, extra: Partial<Segment> = {}) =>
  postalAddressDetector.detect(prose(text, extra), DEFAULT_TEST_OPTIONS);

describeFixtures('postal-address', postalAddressDetector, dir);

describe('postcodes', () => {
  it('validates French postcodes', () => {
    expect(frPostcodeValid('59160')).toBe(true);
    expect(frPostcodeValid('20000')).toBe(true);
    expect(frPostcodeValid('97400')).toBe(true);
    expect(frPostcodeValid('00123')).toBe(false);
    expect(frPostcodeValid('99000')).toBe(false);
    expect(frPostcodeValid('5916')).toBe(false);
  });
  it('validates UK postcodes', () => {
    for (const ok of [
      'SW1A 2AA',
      'NW1 6XE',
      'M1 1AE',
      'B33 8TH',
      'CR2 6XH',
      'DN55 1PT',
      'EC1A1BB',
    ]) {
      expect(ukPostcodeValid(ok)).toBe(true);
    }
    for (const ng of ['QW1 2AA', 'SW1A 2AC', 'SW1A', '12345', 'SW1A  2AA']) {
      expect(ukPostcodeValid(ng)).toBe(false);
    }
  });
  it('validates US ZIP codes', () => {
    expect(usZipValid('20500')).toBe(true);
    expect(usZipValid('97477-1234')).toBe(true);
    expect(usZipValid('00000')).toBe(false);
    expect(usZipValid('2050')).toBe(false);
  });
});

describe('postal-address candidates', () => {
  it('scores 0.9 with postcode and town, 0.6 for a street alone, more with a keyword', () => {
    expect(detect('au 4 avenue des Saules, 59160 Lille.')[0]?.confidence).toBe(0.9);
    expect(detect('au 4 avenue des Saules.')[0]?.confidence).toBe(0.6);
    expect(detect('adresse : 4 avenue des Saules.')[0]?.confidence).toBe(0.7);
  });
  it('reads an address written over two lines', () => {
    const [candidate] = detect('M. Martin\n4 avenue des Saules\n59160 Lille\nFrance');
    expect(candidate?.normalized).toBe('4 avenue des saules 59160 lille');
  });
  it('normalizes folded with single spaces and carries pattern evidence', () => {
    const [candidate] = detect('12  rue de la  République,  75011 Paris');
    expect(candidate?.normalized).toBe('12 rue de la republique, 75011 paris');
    expect(candidate?.evidence[0]).toEqual({ kind: 'pattern', detail: 'fr-street' });
  });
  it('marks sample addresses as test data, but not an address a line above a sample', () => {
    const [sample] = detect('Exemple : 1 rue de l’Exemple, 75011 Paris (modèle).');
    expect(sample?.testData).toBe(true);
    expect(sample?.confidence).toBeLessThan(0.5);
    expect(sample?.evidence).toContainEqual({ kind: 'test-data', detail: 'exemple' });
    const [real] = detect(
      'address 85 Queens Drive, Bristol BS1 5TR.\nUse a template for examples.',
    );
    expect(real?.testData).toBeUndefined();
    expect(real?.confidence).toBeGreaterThanOrEqual(0.9);
  });
  it('reads a bare locality cell only in an address or locality column', () => {
    const cell = (field: string): Partial<Segment> => ({
      syntax: 'value',
      location: { path: 't.csv', field },
    });
    expect(detect('59160 Lille', cell('ville'))[0]?.normalized).toBe('59160 lille');
    expect(detect('59160 Lille', cell('label'))).toEqual([]);
    expect(detect('59160 Lille', { location: { path: 't.txt', field: 'ville' } })).toEqual([]);
  });
  it('reports only candidates starting inside reportFrom/reportTo', () => {
    const text = '4 rue Pasteur, 67000 Strasbourg et 9 rue Victor Hugo, 69002 Lyon';
    const second = text.indexOf('9 rue');
    expect(detect(text)).toHaveLength(2);
    expect(detect(text, { reportFrom: second }).map((c) => c.start)).toEqual([second]);
    expect(detect(text, { reportTo: second }).map((c) => c.start)).toEqual([0]);
  });
});

describe('redactAddress', () => {
  it('keeps the postcode and town and masks the street', () => {
    expect(redactAddress('4 avenue des Saules, 59160 Lille')).toBe(
      '* ****** *** ******, 59160 Lille',
    );
    expect(redactAddress('10 Downing Street, London SW1A 2AA')).toBe(
      '** ******* ******, London SW1A 2AA',
    );
    expect(redactAddress('1600 Pennsylvania Avenue NW, Washington, DC 20500')).toBe(
      '**** ************ ****** **, Washington, DC 20500',
    );
  });
  it('masks a street alone entirely', () => {
    expect(redactAddress('9 rue Saint-Nicolas')).toBe('* *** *****-*******');
  });
});

describe('postal-address adversarial input', () => {
  it.each([
    ['rue rue rue', 'rue '.repeat(1 << 18)],
    ['numbered streets', '1 rue '.repeat(175_000)],
    ['capitalised names', '12 Baker Baker '.repeat(70_000)],
    ['street types', '4 Street Road Lane '.repeat(55_000)],
    ['digits', '7'.repeat(1 << 20)],
    ['hex', 'a3f9'.repeat(1 << 18)],
  ])('scans 1 MB of %s quickly', (_name, text) => {
    const started = performance.now();
    postalAddressDetector.detect(prose(text), DEFAULT_TEST_OPTIONS);
    // Linear in the input; the bound is loose because test files run in parallel.
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('postal-address anchor search', () => {
  it('lists every non-ASCII code unit that folds to an ASCII letter or to nothing', () => {
    for (let code = 0x80; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const unit = String.fromCharCode(code);
      const folded = fold(unit);
      FOLDS_TO_ASCII.lastIndex = 0;
      if (folded === '' || /^[a-z-]$/.test(folded)) expect(FOLDS_TO_ASCII.test(unit)).toBe(true);
      // A unit folding to several ASCII letters would escape both searches.
      else expect(folded.length === 1 || !/[a-z]/.test(folded)).toBe(true);
    }
  });
  it('tells the units that fold by their code as the regex does', () => {
    for (let code = 0; code < 0x10000; code++) {
      FOLDS_TO_ASCII.lastIndex = 0;
      expect(foldsToAscii(code)).toBe(FOLDS_TO_ASCII.test(String.fromCharCode(code)));
    }
  });
  it('finds every ASCII street type after a space or comma, not BP/CS/TSA', () => {
    const find = (text: string) => {
      SPACED_STREET_TYPE.lastIndex = 0;
      return SPACED_STREET_TYPE.exec(text)?.index;
    };
    for (const word of ANCHOR_WORDS) {
      const capitalised = word[0]!.toUpperCase() + word.slice(1);
      for (const form of [capitalised, word.toUpperCase()]) {
        expect(find(`12 ${form},`)).toBe(2);
        expect(find(`12,${form}.`)).toBe(2);
        expect(find(`12\t${form}`)).toBe(2);
        expect(find(`x-${form}.`)).toBeUndefined();
      }
    }
    expect(find('12 BP 5')).toBeUndefined();
    expect(find('true construe revenue Streets-')).toBe(21);
  });
  it('finds every street type spelled in ASCII, in the cases the parser takes', () => {
    const find = (text: string) => {
      ASCII_ANCHOR.lastIndex = 0;
      const hit = ASCII_ANCHOR.exec(text);
      return hit ? asciiAnchorStart(text, hit.index) : undefined;
    };
    for (const word of ANCHOR_WORDS) {
      const capitalised = word[0]!.toUpperCase() + word.slice(1);
      for (const form of [capitalised, word.toUpperCase()]) expect(find(`12 ${form},`)).toBe(3);
      expect(find(`x-${capitalised}.`)).toBe(2);
    }
    for (const word of ['BP', 'CS', 'TSA']) expect(find(`(${word} 12`)).toBe(1);
    expect(find('true construe revenue Streets-')).toBe(22);
  });
  it('finds in windows what tokenizing the whole text finds', () => {
    const texts = [
      'x '.repeat(500) + '4 avenue des Saules, 59160 Lille' + ' y'.repeat(500),
      'Léa habite 3 allée des Tilleuls, 59000 Lille ; 5 Alle\u0301e Verte.',
      '10 Downing Street, London' + ' ,'.repeat(200) + ' SW1A 2AA',
      'z'.repeat(5000) + ' 9 rue Victor Hugo ' + 'é'.repeat(300) + ' 12 RUE DE LA PAIX',
      'BP 123, 59000 Lille Cedex 9 and 1600 Pennsylvania Avenue NW, Washington, DC 20500',
      'mot '.repeat(200) + 'BP 123, 59000 Lille Cedex' + ' mot'.repeat(200),
      // A unit in the folding ranges right before an ASCII anchor: one search finds both.
      '×BP 123, 59000 Lille Cedex',
      '8 \u0301rue Haute, 7 éRue Basse, 4 Allée des Saules, 59160 Lille',
    ];
    for (const text of texts) {
      expect(findAddressesInText(text)).toEqual(findAddresses(tokenize(text)));
      expect(findAddressesInText(text).length).toBeGreaterThan(0);
    }
  });
  it('finds each box word near house numbers, and not inside a longer word', () => {
    // The search of box words reads BP, and the S of CS and TSA: the words it knows.
    expect([...PO_BOX_WORDS].sort()).toEqual(['BP', 'CS', 'TSA']);
    const filler = 'mot '.repeat(300);
    for (const word of PO_BOX_WORDS) {
      const text = `${filler}${word} 123, 59000 Lille Cedex ${filler}(${word} 9, 75011 Paris`;
      expect(findAddressesInText(text)).toEqual(findAddresses(tokenize(text)));
      expect(findAddressesInText(text)).toHaveLength(2);
      for (const glued of [`X${word}`, `${word}S`, `9${word}`]) {
        expect(findAddressesInText(`${filler}${glued} 123, 59000 Lille ${filler}`)).toEqual([]);
      }
    }
    const tricky = `${filler}CSS TSS TS SA CS, TSA 4 BP 12, 59000 Lille ${filler}`;
    expect(findAddressesInText(tricky)).toEqual(findAddresses(tokenize(tricky)));
  });
  it('finds near house numbers what tokenizing the whole text finds, sparse or dense numbers', () => {
    // Invented words and addresses, mixed by a fixed pseudo-random sequence.
    const pieces = [
      'le',
      'chemin',
      'Rue',
      'rue',
      'des',
      'Lilas',
      'Allée',
      'Alle\u0301e',
      'Verte',
      'BP',
      'Street',
      'Main',
      'St.',
      'Avenue',
      'NW',
      'Lille',
      'Cedex',
      'route',
      'Way',
      'Apt',
      '4',
      '12',
      '12bis',
      '59000',
      '75011',
      'SW1A',
      '2AA',
      'DC',
      '20500',
      'x1',
      '2024-05-01',
      ',',
      '.',
      '\n',
      '-',
      "l'Église",
      'é',
      'chapitre',
      'from',
      'The',
      'SKU-28962',
      'av',
      // House numbers and what may follow them (ordinal names, ranges, suffixes, PO boxes).
      '5th',
      '221B',
      '10-12',
      'bis',
      '12,',
      'TSA',
      'CS',
      '0',
      // Punctuation that glues a number to what precedes it (`:53Z INFO`, `/0 status`, `#12`).
      ':',
      '/',
      '#',
      '@',
      '_',
      "'",
    ];
    const separators = [' ', ' ', ' ', '  ', '\t', '\u00a0', '', '\r\n'];
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let found = 0;
    for (let t = 0; t < 400; t++) {
      // Numbers that a word follows everywhere (a log's fields) take the search of long texts.
      const filler = t % 5 === 1 ? '7 mot ' : t % 3 === 0 ? 'x1 ' : 'mot ';
      let text = '';
      // Short texts (cells), long ones (prose) and long ones with dense numbers take different searches.
      const length =
        t % 4 === 0 ? 5 + next(120) : t % 5 === 1 ? 9000 + next(3000) : 300 + next(3000);
      while (text.length < length) {
        text += next(4) === 0 ? pieces[next(pieces.length)]! : filler;
        text += separators[next(separators.length)]!;
      }
      const expected = findAddresses(tokenize(text));
      expect(findAddressesInText(text)).toEqual(expected);
      found += expected.length;
    }
    expect(found).toBeGreaterThan(50);
  });
  it('finds in a long text dense with numbers what tokenizing the whole text finds', () => {
    const log = (n: number) => 'at 12:00:07 id=7 took 12 ms\n'.repeat(n);
    const addresses = [
      '4 Allée des Saules, 59160 Lille',
      '5 Alle\u0301e Verte, 59000 Lille',
      'BP 123, 59000 Lille Cedex',
      '10 Downing Street, London SW1A 2AA',
      '12,rue de la Paix',
      '8\tRUE Haute',
    ];
    // Few units beyond ASCII (a log), then many (accented prose, another script).
    for (const filler of [log(400), `${log(100)}${'é'.repeat(60)}\n`, '番号 7 件 '.repeat(800)]) {
      const text = filler + addresses.join(` ${filler}`);
      const expected = findAddresses(tokenize(text));
      expect(expected.length).toBeGreaterThanOrEqual(addresses.length);
      expect(findAddressesInText(text)).toEqual(expected);
    }
  });
  it('cuts pieces at the characters the tokenizer skips', () => {
    const text = 'a b\u00a0c\td  e,f\ng';
    expect(pieceEnd(text, 0, 0)).toBe(1);
    expect(pieceEnd(text, 0, 2)).toBe(5);
    expect(pieceEnd(text, 9, 0)).toBe(text.length);
    expect(pieceEnd(text, 2, 9)).toBe(text.length);
  });
  it('reads a short cell with at least two separators', () => {
    expect(findAddressesInText('SKU-28962')).toEqual([]);
    expect(findAddressesInText('12,av.Foo')).toEqual(findAddresses(tokenize('12,av.Foo')));
    expect(findAddressesInText('12,av.Foo')).toHaveLength(1);
  });
  it('leaves at once a cell without a digit or without a letter', () => {
    expect(mayHoldAddress('972.47')).toBe(false);
    expect(mayHoldAddress('06 88 76 94 90')).toBe(false);
    expect(mayHoldAddress('Cache demande renvoie')).toBe(false);
    expect(mayHoldAddress('4 avenue des Saules')).toBe(true);
    expect(mayHoldAddress('12 Éa')).toBe(true);
    // Whatever the first unit: a digit, a letter, a non-ASCII letter or punctuation.
    expect(mayHoldAddress('12-')).toBe(false);
    expect(mayHoldAddress('Éa 12')).toBe(true);
    expect(mayHoldAddress('Éa')).toBe(false);
    expect(mayHoldAddress('(12) a')).toBe(true);
    expect(mayHoldAddress('(12)')).toBe(false);
    expect(mayHoldAddress('')).toBe(false);
  });
});
