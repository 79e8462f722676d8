/**
 * A mixed corpus for the performance benchmark, generated from a seed: source code, logs, CSV,
 * JSON, SQL dumps, English and French prose, with a realistic low density of personal data
 * (roughly one value per 2–4 KiB). Written in large buffered chunks so generation is fast.
 */
import { mkdirSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { int, pick, seeded, type Random } from '../quality/values.js';

const FIRST = [
  'Camille',
  'Hugo',
  'Léa',
  'Oliver',
  'Amelia',
  'Thomas',
  'Inès',
  'George',
  'Chloé',
  'Jack',
];
const LAST = [
  'Martin',
  'Bernard',
  'Dubois',
  'Smith',
  'Taylor',
  'Moreau',
  'Wilson',
  'Lefèvre',
  'Evans',
  'Roux',
];
const WORDS_EN =
  'the service will process each request and return a response after validating the input parameters against the schema while the cache keeps recent results for faster access in subsequent calls'.split(
    ' ',
  );
const WORDS_FR =
  'le service traite chaque demande et renvoie une réponse après avoir validé les paramètres reçus selon le schéma tandis que le cache conserve les résultats récents pour accélérer les appels suivants'.split(
    ' ',
  );

function sentence(r: Random, words: readonly string[]): string {
  const n = int(r, 8, 20);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(pick(r, words));
  const s = out.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

function pii(r: Random): string {
  const f = pick(r, FIRST);
  const l = pick(r, LAST);
  switch (int(r, 0, 4)) {
    case 0:
      return `${f.toLowerCase()}.${l.toLowerCase()}@exemple-societe.fr`;
    case 1:
      return `06 ${int(r, 10, 99)} ${int(r, 10, 99)} ${int(r, 10, 99)} ${int(r, 10, 99)}`;
    case 2:
      return `${int(r, 11, 90)}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`;
    case 3:
      return 'FR76 3000 6000 0112 3456 7890 189';
    default:
      return `M. ${f} ${l}`;
  }
}

type Kind = 'code' | 'log' | 'csv' | 'json' | 'sql' | 'prose-en' | 'prose-fr';

function block(r: Random, kind: Kind, n: number): string {
  const withPii = int(r, 0, 40) === 0;
  switch (kind) {
    case 'code':
      return `export function handler${n}(input: Request): Response {\n  // ${sentence(r, WORDS_EN)}\n  const version = '1.${int(r, 0, 9)}.${int(r, 0, 99)}';\n  const id = '${int(r, 100000, 999999)}-${int(r, 1000, 9999)}';\n  return validate(input, { version, id${withPii ? `, contact: '${pii(r)}'` : ''} });\n}\n\n`;
    case 'log':
      return `2024-03-${String(int(r, 1, 28)).padStart(2, '0')}T10:${String(int(r, 0, 59)).padStart(2, '0')}:${String(int(r, 0, 59)).padStart(2, '0')}Z INFO request id=${int(r, 1e8, 9e8)} path=/api/v1/items/${n} status=200 duration=${int(r, 1, 999)}ms${withPii ? ` client=${pii(r)}` : ''}\n`;
    case 'csv':
      return `${n};${int(r, 1, 9999)};${sentence(r, WORDS_FR).slice(0, 40)};${int(r, 1, 999)}.${int(r, 10, 99)};${withPii ? pii(r) : 'N/A'}\n`;
    case 'json':
      return `{"id": ${n}, "sku": "SKU-${int(r, 10000, 99999)}", "label": "${sentence(r, WORDS_EN).slice(0, 50)}", "price": ${int(r, 1, 999)}.${int(r, 10, 99)}${withPii ? `, "contact": "${pii(r)}"` : ''}}\n`;
    case 'sql':
      return `(${n}, 'SKU-${int(r, 10000, 99999)}', '${sentence(r, WORDS_FR).slice(0, 40)}', ${int(r, 1, 999)}.${int(r, 10, 99)}, '${withPii ? pii(r) : ''}'),\n`;
    case 'prose-en':
      return `${sentence(r, WORDS_EN)} ${sentence(r, WORDS_EN)}${withPii ? ` Contact ${pii(r)}.` : ''}\n`;
    case 'prose-fr':
      return `${sentence(r, WORDS_FR)} ${sentence(r, WORDS_FR)}${withPii ? ` Contact : ${pii(r)}.` : ''}\n`;
  }
}

const EXTENSIONS: Record<Kind, string> = {
  code: 'ts',
  log: 'log',
  csv: 'csv',
  json: 'ndjson',
  sql: 'sql',
  'prose-en': 'md',
  'prose-fr': 'txt',
};

function header(kind: Kind): string {
  if (kind === 'csv') return 'id;quantite;libelle;prix;contact\n';
  if (kind === 'sql')
    return '-- MySQL dump 10.13\nCREATE TABLE `items` (\n  `id` int NOT NULL,\n  `sku` varchar(16),\n  `label` text,\n  `price` decimal(10,2),\n  `contact` varchar(255)\n);\nINSERT INTO `items` VALUES ';
  return '';
}

function footer(kind: Kind): string {
  return kind === 'sql' ? "(0, 'END', '', 0, '');\n" : '';
}

/** Write `totalBytes` of mixed files under `dir`; returns the number of files. */
export function generateCorpus(dir: string, totalBytes: number, seed = 42): number {
  const r = seeded(seed);
  const kinds: Kind[] = ['code', 'log', 'csv', 'json', 'sql', 'prose-en', 'prose-fr'];
  let written = 0;
  let files = 0;
  while (written < totalBytes) {
    const kind = kinds[files % kinds.length]!;
    // Mostly files of 100 KiB – 4 MiB, a few larger ones (dumps, logs).
    const size = Math.min(
      totalBytes - written,
      int(r, 0, 20) === 0 ? int(r, 16, 64) << 20 : int(r, 100, 4096) << 10,
    );
    const folder = join(dir, kind, String(files % 16));
    mkdirSync(folder, { recursive: true });
    const fd = openSync(join(folder, `part-${files}.${EXTENSIONS[kind]}`), 'w');
    let fileBytes = 0;
    let n = 0;
    let buffer = header(kind);
    while (fileBytes + buffer.length < size) {
      buffer += block(r, kind, n++);
      if (buffer.length > 1 << 20) {
        fileBytes += writeSync(fd, buffer);
        buffer = '';
      }
    }
    buffer += footer(kind);
    fileBytes += writeSync(fd, buffer);
    closeSync(fd);
    written += fileBytes;
    files++;
  }
  return files;
}

/** `count` small files of a few hundred bytes, for the files-per-second figure. */
export function generateSmallFiles(dir: string, count: number, seed = 7): void {
  const r = seeded(seed);
  for (let i = 0; i < count; i++) {
    const folder = join(dir, String(i % 100));
    if (i < 100) mkdirSync(folder, { recursive: true });
    const kind = (['code', 'log', 'prose-en', 'prose-fr'] as const)[i % 4]!;
    const fd = openSync(join(folder, `f${i}.${EXTENSIONS[kind]}`), 'w');
    writeSync(fd, block(r, kind, i) + block(r, kind, i + 1));
    closeSync(fd);
  }
}

/**
 * One mysqldump of `totalBytes` (a customers table with names, e-mails, phones and IPs in
 * multi-row INSERTs), for the bounded-memory figure on a single huge dump.
 */
export function generateDump(path: string, totalBytes: number, seed = 11): void {
  const r = seeded(seed);
  const fd = openSync(path, 'w');
  let written = writeSync(
    fd,
    '-- MySQL dump 10.13  Distrib 8.0.36\n\nCREATE TABLE `clients` (\n  `id` int NOT NULL,\n  `nom` varchar(64),\n  `prenom` varchar(64),\n  `email` varchar(128),\n  `telephone` varchar(32),\n  `ip` varchar(45),\n  `commentaire` text\n);\n\n',
  );
  let id = 0;
  while (written < totalBytes) {
    let statement = 'INSERT INTO `clients` VALUES ';
    for (let row = 0; row < 500; row++) {
      const f = pick(r, FIRST);
      const l = pick(r, LAST);
      statement += `${row ? ',' : ''}(${++id},'${l}','${f}','${f.toLowerCase()}.${l.toLowerCase()}${id}@exemple-societe.fr','06 ${int(r, 10, 99)} ${int(r, 10, 99)} ${int(r, 10, 99)} ${int(r, 10, 99)}','${int(r, 11, 90)}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}','${sentence(r, WORDS_FR).replace(/'/g, "\\'")}')`;
    }
    written += writeSync(fd, `${statement};\n`);
  }
  closeSync(fd);
}

/**
 * A plain-text contact list of `totalBytes`: on every line a titled name, an e-mail address and
 * a phone number. The densest text a scanner meets (an export pasted into a ticket, a mailing
 * list), where every line holds several values that overlap candidates of other detectors.
 */
export function generateContactList(path: string, totalBytes: number, seed = 13): void {
  const r = seeded(seed);
  const fd = openSync(path, 'w');
  let written = 0;
  let id = 0;
  while (written < totalBytes) {
    let block = '';
    for (let line = 0; line < 1000; line++) {
      const f = pick(r, FIRST);
      const l = pick(r, LAST);
      block += `${int(r, 0, 1) ? 'M.' : 'Mme'} ${f} ${l} <${f.toLowerCase()}.${l.toLowerCase()}${++id}@exemple-societe.fr> tél. 06 ${int(r, 10, 99)} ${int(r, 10, 99)} ${int(r, 10, 99)} ${int(r, 10, 99)}\n`;
    }
    written += writeSync(fd, block);
  }
  closeSync(fd);
}
