import { describe, expect, it } from 'vitest';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Segment } from '../../types.js';
import { fixturePath, loadFixtureCases, REPORT_THRESHOLD, reportedValues } from '../testing.js';
import { codeRanges, forEachCodeRange, type CodeRange } from './code-ranges.js';
import { dictionaryFromLists } from './dictionary.js';
import { mayHoldCapitalIn, nameTokens, openingWordEnd } from './tokens.js';
import { confirmedNames, detectPersonNames, personNameDetector, redactName } from './index.js';
import { SingleList } from './scan.js';

const here = dirname(fileURLToPath(import.meta.url));

function prose(text: string, extra: Partial<Segment> = {}): Segment {
  return { text, syntax: 'prose', location: { path: 'notes.txt' }, ...extra };
}

function found(segment: Segment): string[] {
  return reportedValues(personNameDetector, segment);
}

describe('person-name fixtures', () => {
  for (const fixture of loadFixtureCases(fixturePath(here, 'ok.txt'))) {
    it(`ok line ${fixture.line}: ${fixture.source}`, () => {
      expect(found(fixture.segment)).toEqual(fixture.expected);
    });
  }
  for (const fixture of loadFixtureCases(fixturePath(here, 'ng.txt'))) {
    it(`ng line ${fixture.line}: ${fixture.source}`, () => {
      expect(found(fixture.segment)).toEqual([]);
    });
  }
});

describe('person-name detector', () => {
  it('has the contract metadata', () => {
    expect(personNameDetector.id).toBe('person-name');
    expect(personNameDetector.type).toBe('person_name');
    expect(personNameDetector.category).toBe('user.name');
  });

  it('scores a full name with a cue at 0.9 or more, and gives evidence', () => {
    const [candidate] = detectPersonNames(prose('Dear Laura Whitfield, welcome.'));
    expect(candidate?.confidence).toBeGreaterThanOrEqual(0.9);
    expect(candidate?.normalized).toBe('laura whitfield');
    const kinds = candidate?.evidence.map((e) => `${e.kind}:${e.detail}`);
    expect(kinds).toContain('keyword:dear');
    expect(kinds?.some((k) => k.startsWith('dictionary:first:'))).toBe(true);
    expect(kinds?.some((k) => k.startsWith('dictionary:last:'))).toBe(true);
    const dictionary = candidate?.evidence.find((e) => e.kind === 'dictionary');
    expect(dictionary?.frequency).toBeGreaterThan(0);
  });

  it('scores a known first name + plausible surname in prose between 0.7 and 0.9', () => {
    const [candidate] = detectPersonNames(prose('Yesterday Sarah Quenneville called.'));
    expect(found(prose('Yesterday Sarah Quenneville called.'))).toEqual(['Sarah Quenneville']);
    expect(candidate?.confidence).toBeGreaterThanOrEqual(0.7);
    expect(candidate?.confidence).toBeLessThan(0.9);
  });

  it('keeps unsupported single tokens below 0.5', () => {
    for (const candidate of detectPersonNames(prose('Then Martin left, and Laura stayed.'))) {
      expect(candidate.confidence).toBeLessThan(REPORT_THRESHOLD);
    }
  });

  it('normalizes to folded text with single spaces', () => {
    const [candidate] = detectPersonNames(prose('Bonjour Hélène  Marchal'));
    expect(candidate?.normalized).toBe('helene marchal');
  });
});

describe('particles, all-caps surnames and initials', () => {
  it.each([
    ['Le testament de Jean-Pierre de La Fontaine est lu.', 'Jean-Pierre de La Fontaine'],
    ['Vincent van der Berg a signé.', 'Vincent van der Berg'],
    ['Mohammed bin Salman a répondu.', 'Mohammed bin Salman'],
    ['Le dossier de Jean DUPRAT est prêt.', 'Jean DUPRAT'],
    ['Présents : DUPRAT Jean.', 'DUPRAT Jean'],
    ['Approved by J. Whitfield today.', 'J. Whitfield'],
    ['Voir Jean-P. Martin demain.', 'Jean-P. Martin'],
    ["Invite Patrick O'Brien too.", "Patrick O'Brien"],
  ])('%s', (text, name) => {
    expect(found(prose(text))).toEqual([name]);
  });

  it('drops a trailing particle and a trailing place', () => {
    expect(found(prose('Hier Jean Dupuis de Paris est venu.'))).toEqual(['Jean Dupuis']);
  });

  it('reads all-caps text as a name only with a known first name', () => {
    expect(found(prose('CONDITIONS GENERALES'))).toEqual([]);
  });

  it('opens a name with particles after a title only before a capitalised word', () => {
    const names = (text: string) =>
      detectPersonNames(prose(text)).map((c) => text.slice(c.start, c.end));
    expect(names('Il a vu mme van der Berg hier.')).toEqual(['van der Berg']);
    expect(names('Il a vu Mme, de La Tourelle hier.')).toEqual(['de La Tourelle']);
    expect(names('Il a vu _Mme de Tourelle hier.')).toEqual(['de Tourelle']);
    // Particles alone are no name, after a title in capitals or not.
    expect(names('Il a vu mme van der hier.')).toEqual([]);
    expect(names('Il a vu Mme van der hier.')).toEqual([]);
    // A particle in a column of surnames is read as before.
    const value: Segment = {
      text: 'de La Tourelle',
      syntax: 'value',
      location: { path: 'people.csv', field: 'nom' },
    };
    expect(names(value.text)).toEqual([]);
    expect(detectPersonNames(value).map((c) => value.text.slice(c.start, c.end))).toEqual([
      'de La Tourelle',
    ]);
  });

  it('finds the same names in two-byte strings (accented text elsewhere in a dump)', () => {
    const text = 'Il a vu Vincent van der Berg et Mme de La Tourelle.';
    const twoByte = `\u0100${text}`.slice(1);
    const names = (segment: Segment) =>
      detectPersonNames(segment).map((c) => segment.text.slice(c.start, c.end));
    expect(names(prose(twoByte))).toEqual(names(prose(text)));
    expect(names(prose(text))).toEqual(['Vincent van der Berg', 'de La Tourelle']);
  });
});

describe('e-mail local part support', () => {
  it('raises the confidence of the matching name', () => {
    const plain = detectPersonNames(prose('Nous avons reçu Lucas Ferrand hier.'));
    const supported = detectPersonNames(
      prose('Nous avons reçu Lucas Ferrand hier (lucas.ferrand@societe.test).'),
    );
    const evidence = supported[0]?.evidence.map((e) => e.detail);
    expect(evidence).toContain('email-local-part');
    expect(supported[0]?.confidence ?? 0).toBeGreaterThan(plain[0]?.confidence ?? 1);
  });

  it('accepts an initial + surname local part', () => {
    const [candidate] = detectPersonNames(prose('Lucas Ferrand <lferrand@societe.test>'));
    expect(candidate?.evidence.map((e) => e.detail)).toContain('email-local-part');
  });
});

describe('placeholders', () => {
  it('marks John Doe as test data whatever the context', () => {
    const [candidate] = detectPersonNames(prose('Signed by John Doe.'));
    expect(candidate?.testData).toBe(true);
    expect(candidate?.confidence).toBeLessThanOrEqual(0.2);
  });

  it('marks Jean Dupont as test data in a template context only', () => {
    const [template] = detectPersonNames(prose('Par exemple : Jean Dupont.'));
    expect(template?.testData).toBe(true);
    expect(template?.confidence).toBeLessThanOrEqual(0.2);
    const real = detectPersonNames(prose('Le contrat de Jean Dupont est signé.')).find(
      (c) => c.normalized === 'jean dupont',
    );
    expect(real?.testData).toBeUndefined();
    expect(real?.confidence).toBeGreaterThanOrEqual(0.7);
  });
});

describe('propagation inside a file', () => {
  it('finds bare surnames once the full name is confirmed', () => {
    const text = 'Mme Sandrine Quillet a appelé. Quillet rappellera, dit Mme Quillet.';
    expect(found(prose(text))).toEqual(['Sandrine Quillet', 'Quillet', 'Quillet']);
  });

  it('finds bare first names of a confirmed full name', () => {
    expect(found(prose('Sarah Quenneville a appelé. Sarah rappellera.'))).toEqual([
      'Sarah Quenneville',
      'Sarah',
    ]);
  });

  it('takes names confirmed in other segments of the file', () => {
    const first = prose('Contact : Sandrine Quillet');
    const known = confirmedNames(first.text, detectPersonNames(first));
    expect([...known.surnames]).toEqual(['quillet']);
    expect([...known.firstNames]).toEqual(['sandrine']);
    const later = detectPersonNames(prose('Quillet a répondu.'), { knownNames: known });
    expect(later.map((c) => c.confidence)).toEqual([0.7]);
    const names = (text: string) => confirmedNames(text, detectPersonNames(prose(text)));
    expect([...names('Mme DUPRAT Jean').surnames]).toEqual(['duprat']);
    expect([...names('Mme DUPRAT Jean').firstNames]).toEqual(['jean']);
    expect([...names('Dear J. Whitfield').surnames]).toEqual(['whitfield']);
    expect([...names('Dear J. Whitfield').firstNames]).toEqual([]);
  });

  it('upgrades only the lone words that are a confirmed name, among many others', () => {
    // `Qaalaat` shares the length and the letters `nameKey` reads with `quillet`: only the
    // sets tell them apart.
    const words = ['Cache', 'Parameters', 'Qaalaat', 'Schema', 'Quillet', 'Service'];
    const text = `Contact : Sandrine Quillet. ${words.join(' a dit. ')} a dit.`;
    expect(found(prose(text))).toEqual(['Sandrine Quillet', 'Quillet']);
  });

  it('does not propagate test data', () => {
    expect(found(prose('For example John Doe. Then Doe left.'))).toEqual([]);
  });
});

describe('segments', () => {
  it('reports only candidates starting in [reportFrom, reportTo)', () => {
    const text = 'Dear Laura Whitfield and Dear Megan Porter';
    const second = text.indexOf('Dear Megan');
    expect(found(prose(text, { reportFrom: second }))).toEqual(['Megan Porter']);
    expect(found(prose(text, { reportTo: second }))).toEqual(['Laura Whitfield']);
  });

  it('looks for names only in comments and strings of code', () => {
    const code: Segment = {
      text: 'Laura Whitfield = 1; // Dear Megan Porter\nx = "Hello Daniel Hopkins"',
      syntax: 'code',
      location: { path: 'a.js' },
    };
    expect(found(code)).toEqual(['Megan Porter', 'Daniel Hopkins']);
  });
});

describe('redaction', () => {
  it.each([
    ['Jean Dupont', 'J*** D*****'],
    ['Jean-Pierre de La Fontaine', 'J***-P***** d* L* F*******'],
    ["Patrick O'Brien", "P****** O'B****"],
    ['J. Smith', 'J. S****'],
    ['Élodie', 'É*****'],
  ])('%s → %s', (value, masked) => {
    expect(redactName(value)).toBe(masked);
    expect(personNameDetector.redact?.(value)).toBe(masked);
  });
});

describe('code lexer', () => {
  const kinds = (text: string) =>
    codeRanges(text).map((r) => `${r.kind}:${text.slice(r.start, r.end)}`);

  it('visits the ranges it lists, in order (forEachCodeRange)', () => {
    const text = 'a = "x"; // c1\n/* c2 */ b = \'y\' + `z` # d\n"""e"""\n"open';
    const visited: CodeRange[] = [];
    forEachCodeRange(text, (start, end, kind) => visited.push({ start, end, kind }));
    expect(visited).toEqual(codeRanges(text));
    expect(visited).toHaveLength(8);
  });

  it('leaves out short strings without a capital when asked (withCapitalOnly), and no other range', () => {
    const text = "a = 'utf8'; b = \"Ann\" + 'x\\'y' + `z` // c\n'open\nc = 'Été'";
    const all = codeRanges(text);
    const visited: CodeRange[] = [];
    forEachCodeRange(text, (start, end, kind) => visited.push({ start, end, kind }), true);
    const plain = ["'utf8'", "'open"];
    expect(visited).toEqual(all.filter((r) => !plain.includes(text.slice(r.start, r.end))));
    expect(all.map((r) => text.slice(r.start, r.end))).toContain("'x\\'y'");
  });

  it('ends a quoted string at its quote (not an escaped one), or an unterminated one at its line end', () => {
    const text = "x('a\\'b', \"c\\\\\", 'open\nnext') `multi\nline` 'tail \\";
    expect(kinds(text)).toEqual([
      "string:'a\\'b'",
      'string:"c\\\\"',
      "string:'open",
      "string:') `multi",
      "string:` 'tail \\",
    ]);
  });

  it('finds C-like comments and strings', () => {
    expect(kinds('a = "x"; // c1\n/* c2 */ b = \'y\' + `z`')).toEqual([
      'string:"x"',
      'comment:// c1',
      'comment:/* c2 */',
      "string:'y'",
      'string:`z`',
    ]);
  });

  it('finds hash comments, HTML comments and triple-quoted strings', () => {
    expect(kinds('# one\nx = 1 # two\n<!-- three -->\n"""four\nfive"""')).toEqual([
      'comment:# one',
      'comment:# two',
      'comment:<!-- three -->',
      'string:"""four\nfive"""',
    ]);
  });

  it('keeps # inside words and colours as code', () => {
    expect(kinds('a#b color:#fff')).toEqual([]);
  });

  it('handles escapes and unterminated constructs without throwing', () => {
    expect(kinds('"a\\"b"')).toEqual(['string:"a\\"b"']);
    expect(kinds('x = "open\ny = 2')).toEqual(['string:"open']);
    expect(kinds('/* never closed')).toEqual(['comment:/* never closed']);
    expect(kinds('<!-- never')).toEqual(['comment:<!-- never']);
    expect(kinds('`tick')).toEqual(['string:`tick']);
    expect(kinds('"\\')).toEqual(['string:"\\']);
  });

  it('skips short strings and comments without a capital, and reads the others', () => {
    const line = 'x = "utf8"; // Contact : Jean Dupont\ny = "été";';
    const stretches = codeRanges(line).map((r) => mayHoldCapitalIn(line, r.start, r.end));
    expect(stretches).toEqual([false, true, false]);
    expect(mayHoldCapitalIn('"Émile"', 0, 7)).toBe(true);
    expect(mayHoldCapitalIn(`"${'a'.repeat(300)}"`, 0, 302)).toBe(true);
    expect(found(prose(line, { syntax: 'code' }))).toEqual(['Jean Dupont']);
  });
});

describe('repeated values of a column', () => {
  const cell = (text: string, field: string): Segment => ({
    text,
    syntax: 'value',
    location: { path: 'people.csv', field },
  });

  it('reads lower-case values of a name column title-cased, accented ones too', () => {
    const names = (segment: Segment) =>
      detectPersonNames(segment).map((c) => segment.text.slice(c.start, c.end));
    expect(names(cell('jérôme lefèvre', 'full_name'))).toEqual(['jérôme lefèvre']);
    expect(names(cell('élodie', 'prenom'))).toEqual(['élodie']);
    // Glued to dots and `@`, the words of an address in a name column are no name.
    expect(names(cell('jérôme.lefèvre@exemple-societe.fr', 'contact'))).toEqual([]);
  });

  it('reads a value without a name again when names are known from elsewhere', () => {
    expect(detectPersonNames(cell('Zorblat', 'ref'))).toEqual([]);
    expect(detectPersonNames(cell('Zorblat', 'ref'))).toEqual([]);
    const known = { knownNames: { surnames: ['zorblat'] } };
    expect(detectPersonNames(cell('Zorblat', 'ref'), known)).toHaveLength(1);
  });

  it('finds a name in every row that holds one', () => {
    const rows = ['N/A', 'N/A', 'Jean Dupont', 'Jean Dupont', 'N/A', 'Jean Dupont'];
    const counts = rows.map((text) => detectPersonNames(cell(text, 'contact')).length);
    expect(counts).toEqual([0, 0, 1, 1, 0, 1]);
  });

  it('finds the same names after a long run of distinct values (values kept only now and then)', () => {
    const column = (text: string) => detectPersonNames(cell(text, 'note')).length;
    for (let row = 0; row < 200; row++) expect(column(`Ticket ouvert numero ${row} x`)).toBe(0);
    const rows = [
      'N/A',
      'Jean Dupont',
      'N/A',
      'N/A',
      'Voir Marie Dupont',
      'Ticket ouvert numero 7 x',
    ];
    expect(rows.map(column)).toEqual([0, 1, 0, 0, 1, 0]);
  });

  it('scores a lone first word of a cell by the word, the same every time', () => {
    const names = (text: string) =>
      detectPersonNames(cell(text, 'label')).map((c) => [text.slice(c.start, c.end), c.confidence]);
    for (let round = 0; round < 2; round++) {
      expect(names('Marie est partie')).toEqual([['Marie', 0.3]]);
      expect(names('Cache demande renvoie')).toEqual([]);
      expect(names('Voir Marie Dupont')).toEqual([['Marie Dupont', 0.79]]);
    }
  });

  it('tells apart words of prose whose facts share a slot (same length and three letters)', () => {
    const names = (text: string) =>
      detectPersonNames(prose(text)).map((c) => text.slice(c.start, c.end));
    for (let round = 0; round < 2; round++) {
      expect(names('Hier. Marre est partie.')).toEqual([]);
      expect(names('Hier. Marie est partie.')).toEqual(['Marie']);
    }
  });

  it('tells apart opening words kept in the same slot (same length and letters at the ends)', () => {
    const names = (text: string) =>
      detectPersonNames(cell(text, 'label')).map((c) => text.slice(c.start, c.end));
    for (let round = 0; round < 2; round++) {
      expect(names('Marre est partie')).toEqual([]);
      expect(names('Marie est partie')).toEqual(['Marie']);
      expect(names('Marre de la gare')).toEqual([]);
    }
  });

  it('reads values that differ only by their digits once, and others again', () => {
    const rows = [
      'SKU-28962',
      'SKU-40801',
      'Jean Dupont 12',
      'Jean Dupont 34',
      'SKU-4080',
      'Paul Martin 40801',
    ];
    const counts = rows.map((text) => detectPersonNames(cell(text, 'ref')).length);
    expect(counts).toEqual([0, 0, 1, 1, 0, 1]);
  });
});

describe('word facts', () => {
  it('reads a word again in another dictionary', () => {
    // A surname column: a known surname scores higher than an unknown word.
    const cell: Segment = {
      text: 'Zorblat',
      syntax: 'value',
      location: { path: 'people.csv', field: 'nom' },
    };
    const known = dictionaryFromLists({ 'last-en': ['zorblat'] });
    const unknown = dictionaryFromLists({ 'last-en': ['quibble'] });
    const score = (dictionary: typeof known) =>
      detectPersonNames(cell, { dictionary })[0]?.confidence ?? 0;
    const first = score(known);
    expect(score(unknown)).toBeLessThan(first);
    expect(score(known)).toBe(first);
  });

  it('gives the same findings once the word cache has started over', () => {
    const text = 'Bonjour Mme Zorblat, merci.';
    const before = detectPersonNames(prose(text));
    // Ten thousand different capitalised words, more than the cache holds.
    const word = (i: number) =>
      `Q${i.toString(26).replace(/[0-9]/g, (d) => 'klmnopqrst'[Number(d)] ?? '')}`;
    for (let i = 0; i < 10_000; i++) detectPersonNames(prose(`${word(i)} said.`));
    expect(detectPersonNames(prose(text))).toEqual(before);
  });
});

describe('lone words', () => {
  it('reads a lone word alike whether its facts are cached or not', () => {
    const dictionary = dictionaryFromLists({ 'first-en': ['oscar'], 'last-en': ['zorblat'] });
    // `Zorblat` and `Quibblex` stand alone, before and after the full name that confirms the
    // surname; `Quibblex` after a title is a name of its own.
    const text =
      'Zorblat came first, and then Oscar Zorblat wrote the report.\n' +
      'It was late when Zorblat left. INFO done. Mme Quibblex came.';
    const read = () =>
      detectPersonNames(prose(text), { dictionary }).map((c) => [
        c.normalized,
        c.start,
        c.confidence,
      ]);
    const cold = read();
    expect(read()).toEqual(cold);
    expect(cold.map(([name]) => name)).toEqual(['zorblat', 'oscar zorblat', 'zorblat', 'quibblex']);
  });

  it('reads a word before its particles as the run it makes with them', () => {
    const dictionary = dictionaryFromLists({
      'first-en': ['oscar'],
      'last-en': ['zorblat', 'author'],
    });
    const read = (text: string) =>
      detectPersonNames(prose(text), { dictionary }).map((c) => [c.normalized, c.confidence]);
    // A confirmed surname before particles is still upgraded; a title before an unknown word
    // still names it.
    expect(read('Oscar Zorblat wrote.\nZorblat de la maison. Dear, Quibblex de la part.')).toEqual([
      ['oscar zorblat', 0.98],
      ['zorblat', 0.7],
      ['quibblex', 0.65],
    ]);
    // A leading cue word is dropped from its run: with particles after it, nothing is left.
    expect(read('Author. Author de la. Author le chat. Author de. Author de, la.')).toEqual([
      ['author', 0.3],
    ]);
  });
});

describe('known names read alone', () => {
  const dictionary = dictionaryFromLists({
    'first-en': ['oscar', 'rosa'],
    'last-en': ['zorblat', 'rosa'],
    'common-word': ['rosa'],
  });
  const read = (text: string) =>
    detectPersonNames(prose(text), { dictionary }).map((c) => [
      c.normalized,
      c.confidence,
      c.evidence.map((e) => `${e.kind}:${e.detail}`).join(' '),
    ]);

  it('gives a known name alone its unsupported score and dictionary evidence', () => {
    expect(read('The report. Zorblat said so.\nZorblat left early.')).toEqual([
      ['zorblat', 0.3, 'dictionary:last:en'],
      ['zorblat', 0.3, 'dictionary:last:en'],
    ]);
  });

  it('gives it the normal form of the word as written, accents and elision folded', () => {
    const accented = dictionaryFromLists({ 'first-fr': ['elodie'], 'last-en': ['artagnan'] });
    const names = (text: string) =>
      detectPersonNames(prose(text), { dictionary: accented }).map((c) => c.normalized);
    expect(names('Hier, Élodie est venue.')).toEqual(['elodie']);
    expect(names('Hier, ÉLODIE est venue.')).toEqual(['elodie']);
    expect(names("Le livre, D'Artagnan le lit.")).toEqual(["d'artagnan"]);
  });

  it('still reads the cue or signature around it', () => {
    expect(read('Kind regards,\nZorblat')[0]?.[2]).toBe('dictionary:last:en context:signature');
    expect(read('Je suis par Zorblat.')[0]?.[2]).toBe('dictionary:last:en keyword:par');
  });

  it('upgrades an ordinary word that is a name once the full name is confirmed', () => {
    expect(read('Rosa came.')).toEqual([]);
    expect(read('Rosa came. Later, Oscar Rosa wrote.').map(([name]) => name)).toEqual([
      'rosa',
      'oscar rosa',
    ]);
  });
});

describe('cue and signature look-ups', () => {
  it('finds a title before an unknown word, not another cue word', () => {
    expect(found(prose('Il a vu M. Quibblex hier. Le voisin a Quibblex.'))).toEqual(['Quibblex']);
    expect(found(prose('Votre dossier, Dr. Quibblex, est prêt.'))).toEqual(['Quibblex']);
  });

  it('reads a signature under a closing, not under a long sentence', () => {
    const long = 'The meeting notes were sent to every team before the review of the quarter';
    expect(found(prose(`Best regards,\nOscar Zorblat`))).toEqual(['Oscar Zorblat']);
    expect(
      detectPersonNames(prose(`${long}.\nJohn`)).some((c) =>
        c.evidence.some((e) => e.detail === 'signature'),
      ),
    ).toBe(false);
    expect(
      detectPersonNames(prose(`Cordialement,\nJohn`)).some((c) =>
        c.evidence.some((e) => e.detail === 'signature'),
      ),
    ).toBe(true);
    expect(
      detectPersonNames(prose(`${long} --\nJohn`)).some((c) =>
        c.evidence.some((e) => e.detail === 'signature'),
      ),
    ).toBe(true);
  });

  it('reads the line above a line-opening word from its end, past blank lines', () => {
    const signed = (text: string) =>
      detectPersonNames(prose(text)).some((c) => c.evidence.some((e) => e.detail === 'signature'));
    const long = 'The meeting notes were sent to every team before the review of the quarter';
    expect(signed(`${long}.\n\nBest regards,\n\nJohn`)).toBe(true);
    expect(signed(`${long}\nCordialement ,;\n \nJohn`)).toBe(true);
    expect(signed(`Élodie a écrit ${long}.\n\nJohn`)).toBe(false);
    expect(signed(`${long}.\n\n${long} — --\nJohn`)).toBe(true);
    expect(signed(`${long}, été.\nJohn`)).toBe(false);
  });
});

describe('tokens', () => {
  it('classifies shapes and skips identifiers', () => {
    const tokens = nameTokens("Jean-Pierre DUPONT d'Artagnan J. getUserName UserName x_Jean Jo2");
    expect(tokens.map((t) => `${t.text}/${t.shape}`)).toEqual([
      'Jean-Pierre/title',
      'DUPONT/upper',
      "d'Artagnan/title",
      'J./initial',
    ]);
  });

  it('finds the word a cell opens with when nothing after it can make a token but particles', () => {
    const cases: [string, number][] = [
      ['Cache demande les', 5],
      ['Cache le le de paramètres', 5],
      ['SKU-28962', 3],
      ['J. de la gare', 2],
      ['Résultats réçus', 9],
      ['Voir Marie Dupont', -1],
      ['Jo2 est là', -1],
      [' Cache demande', -1],
      ['cache Demande', -1],
      ['Cache l\u2019Équipe', -1],
      // A capital right after an ASCII letter or digit opens no word (`getName`, `10:24:58Z`).
      ['Cache l\u2019équipe', 5],
      ['Cache 2024T10 getName dvořák', 5],
      // The one-match form (a Latin-1 title word, a space) and the texts just outside it.
      ['Cache', 5],
      ['Récents schéma demande', 7],
      ['Cache\tdemande', 5],
      ['Cache, demande', 5],
      ['Réc\u00f7ents le', 3],
      ['Cache demande Ère', -1],
      ['Cache demande \u0100', -1],
      [`Cache ${'demande '.repeat(40)}`, 5],
      [`Cache ${'demande '.repeat(40)}Marie`, -1],
    ];
    for (const [text, end] of cases) {
      expect(openingWordEnd(text)).toBe(end);
      if (end < 0) continue;
      // What the scan outside a name value finds there: the word, then particles only.
      const [first, ...rest] = nameTokens(text, 0, text.length, 'particles-near-names');
      expect([first?.start, first?.end]).toEqual([0, end]);
      expect(rest.every((token) => token.shape === 'lower')).toBe(true);
    }
  });

  it('keeps only the particles a name can use outside a name value', () => {
    const text = 'il voit le chat de Jean de La Fontaine et mme van der Berg, puis le reste';
    const texts = (mode: 'particles' | 'particles-near-names') =>
      nameTokens(text, 0, text.length, mode).map((t) => t.text);
    expect(texts('particles')).toEqual([
      'le',
      'de',
      'Jean',
      'de',
      'La',
      'Fontaine',
      'van',
      'der',
      'Berg',
      'le',
    ]);
    // `le` and `de la` lead to no name; `van` follows the title `mme`, `der` follows `van`.
    expect(texts('particles-near-names')).toEqual([
      'Jean',
      'de',
      'La',
      'Fontaine',
      'van',
      'der',
      'Berg',
    ]);
  });

  it('tells particles from words that share their first or last letters, next to a name', () => {
    // After a token: `dos`, `della`, `y` are particles; `des` too, `les`, `dose`, `yes`, `bet`
    // are not (the first two letters decide most words before the word is read).
    const after =
      'Ana dos Santos, Ana della Rosa, Ana y Luis, Ana les Bois, Ana dose Nul, Ana yes Bo';
    expect(nameTokens(after, 0, after.length, 'particles-near-names').map((t) => t.text)).toEqual(
      [
        'Ana',
        'dos',
        'Santos',
        'Ana',
        'della',
        'Rosa',
        'Ana',
        'y',
        'Luis',
        'Ana',
        'Bois',
        'Ana',
      ].concat(['Nul', 'Ana', 'Bo']),
    );
    // Before a capitalised word after a title: `ibn`, `ter` are particles; `bin` ends in `in`
    // as `main` does, which is none.
    const before = 'mme ibn Sina, mme ter Horst, main Bo';
    expect(nameTokens(before, 0, before.length, 'particles-near-names').map((t) => t.text)).toEqual(
      ['ibn', 'Sina', 'ter', 'Horst', 'Bo'],
    );
  });
});

describe('adversarial input', () => {
  // Time grows linearly: 8 times the input may cost at most ~3 times 8 the time (a quadratic
  // scan would cost 64 times), with an absolute ceiling for a loaded machine.
  const megabyte = 1 << 20;
  const ceilingMs = 60_000;

  function timeOf(unit: string, size: number): number {
    const text = unit.repeat(Math.ceil(size / unit.length));
    const started = performance.now();
    detectPersonNames(prose(text));
    detectPersonNames({ text, syntax: 'code', location: { path: 'x.js' } });
    return performance.now() - started;
  }

  it.each([
    ['capitalised words', 'Jean Dupont Marie Martin Paul '],
    ['names in a list', 'Mme Jean Dupont, '],
    ['hyphens', 'Jean-Pierre-Marie-Louis-'],
    ['apostrophes', "O'B'r'i'e'n'd'A'r't "],
    ['initials and particles', 'J. de la van der M. '],
    ['all caps', 'DUPONT JEAN MARTIN '],
    ['unterminated code', '"/* <!-- \''],
  ])('1 MB of %s in linear time', (_name, unit) => {
    const small = Math.min(timeOf(unit, megabyte / 8), timeOf(unit, megabyte / 8));
    const large = timeOf(unit, megabyte);
    expect(large).toBeLessThan(Math.max(small * 24, 500));
    expect(large).toBeLessThan(ceilingMs);
  });
});

describe('SingleList', () => {
  it('gives back what was added, in order, past its first capacity and after a clear', () => {
    const list = new SingleList(2);
    for (let i = 0; i < 5; i++) list.add(i * 10, i * 10 + 4, `w${i}`, i / 10);
    expect(list.count).toBe(5);
    expect([list.start(4), list.end(4), list.folded(4), list.confidence(4)]).toEqual([
      40,
      44,
      'w4',
      0.4,
    ]);
    list.clear();
    list.add(7, 9, 'x', 0);
    expect(list.count).toBe(1);
    expect([list.start(0), list.end(0), list.folded(0), list.confidence(0)]).toEqual([
      7,
      9,
      'x',
      0,
    ]);
  });
});
