import type { PolicyFormat } from './types.js';

/**
 * A paragraph, list item or heading of the policy as plain text, with the 1-based source line
 * of every character (so a sentence in the middle of a wrapped paragraph, or of an HTML
 * element spread over several lines, keeps the line it starts on).
 */
export interface SourceBlock {
  kind: 'paragraph' | 'item' | 'heading';
  text: string;
  lines: number[];
  /**
   * A heading's depth: 1–6 for Markdown `#` and HTML `<h1>`–`<h6>`, `MINOR_HEADING` for a line
   * that only acts as one (a bold-only line). Absent where the source gives no depth.
   */
  level?: number;
  /** A table's header row (`<th>` cells, or the Markdown row above `|---|`). */
  header?: boolean;
  /** A table row's cells: where each starts in `text` (they are joined by ", "). */
  cells?: number[];
  /** A `<dt>` that asks no question: the term its `<dd>` describes ("Data collected"). */
  term?: boolean;
}

/** Depth of a heading below every real one: a bold line, an FAQ question. */
export const MINOR_HEADING = 7;

/** Turn a policy into blocks of plain text, whatever its format. */
export function toBlocks(source: string, format: PolicyFormat = 'text'): SourceBlock[] {
  return format === 'html' ? htmlBlocks(source) : lineBlocks(source, format === 'markdown');
}

class BlockBuilder {
  readonly blocks: SourceBlock[] = [];
  private kind: SourceBlock['kind'] = 'paragraph';
  private text = '';
  private lines: number[] = [];
  private level: number | undefined;
  private header = false;
  /** Whether the current row has had a cell other than `<th>`. */
  private dataCell = false;
  private cells: number[] = [];
  private term = false;

  start(kind: SourceBlock['kind'], level?: number): void {
    this.flush();
    this.kind = kind;
    this.level = level;
  }

  /** A `<th>` or `<td>` opens in the current row. */
  openCell(headerCell: boolean): void {
    if (!headerCell) this.dataCell = true;
    else if (!this.dataCell) this.header = true;
    this.separateCell();
    if (this.kind === 'item') this.cells.push(this.text.length);
  }

  /** A Markdown table row: its cells, joined as an enumeration. */
  appendCells(cells: readonly string[], line: number): void {
    for (const cell of cells) {
      this.separateCell();
      this.cells.push(this.text.length);
      this.append(cell, line);
    }
  }

  markHeader(): void {
    this.header = true;
  }

  markTerm(): void {
    this.term = true;
  }

  /** An FAQ written as a `<dl>`: a `<dt>` that asks a question is read as a paragraph. */
  asksQuestion(): boolean {
    return /\?["”»)]*\s*$/.test(this.text.trim());
  }

  /**
   * A title underlined with `=` or `-`: the paragraph of that one line above becomes a heading.
   * Returns false when there is no such paragraph (a horizontal rule).
   */
  underline(titleLine: number, level: number): boolean {
    if (this.kind !== 'paragraph' || this.text.trim() === '') return false;
    if (this.lines.some((line) => line !== titleLine)) return false;
    this.kind = 'heading';
    this.level = level;
    this.flush();
    return true;
  }

  inItem(): boolean {
    return this.kind === 'item';
  }

  retag(kind: SourceBlock['kind']): void {
    this.kind = kind;
  }

  append(text: string, line: number): void {
    for (const ch of text) {
      const space = /\s/.test(ch);
      if (space && (this.text.length === 0 || this.text.endsWith(' '))) continue;
      this.text += space ? ' ' : ch;
      for (let i = 0; i < ch.length; i++) this.lines.push(line);
    }
  }

  /** Table cells of one row stay one item, read as an enumeration. */
  separateCell(): void {
    if (this.kind !== 'item') {
      this.flush();
      return;
    }
    const text = this.text.trimEnd();
    if (text.length === 0 || text.endsWith(',')) return;
    const line = this.lines[text.length - 1] ?? 1;
    this.text = `${text}, `;
    this.lines = [...this.lines.slice(0, text.length), line, line];
  }

  flush(): void {
    // The separator after a row's last cell is not text.
    const trimmed = this.kind === 'item' ? this.text.replace(/,?\s*$/, '') : this.text.trimEnd();
    if (trimmed.length > 0) {
      this.blocks.push({
        kind: this.kind,
        text: trimmed,
        lines: this.lines.slice(0, trimmed.length),
        ...(this.kind === 'heading' && this.level !== undefined ? { level: this.level } : {}),
        ...(this.kind === 'item' && this.header && !this.dataCell ? { header: true } : {}),
        ...(this.kind === 'item' && this.cells.length > 1 ? { cells: this.cells } : {}),
        ...(this.kind === 'item' && this.term ? { term: true } : {}),
      });
    }
    this.kind = 'paragraph';
    this.text = '';
    this.lines = [];
    this.level = undefined;
    this.header = false;
    this.dataCell = false;
    this.cells = [];
    this.term = false;
  }
}

const BULLET = /^\s*(?:[-*+•·▪◦‣–—]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+/u;
const MD_HEADING = /^\s{0,3}#{1,6}\s+/;

/** Plain text and Markdown: blank lines separate paragraphs; bullets and headings are blocks. */
function lineBlocks(source: string, markdown: boolean): SourceBlock[] {
  const builder = new BlockBuilder();
  const rawLines = source.split(/\r\n|\r|\n/);
  let inFence = false;
  let itemIndented = false;
  rawLines.forEach((raw, index) => {
    const line = index + 1;
    if (markdown && /^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      builder.flush();
      return;
    }
    if (inFence) return;
    if (SETEXT_UNDERLINE.test(raw) && builder.underline(line - 1, raw.includes('=') ? 1 : 2))
      return;
    if (raw.trim() === '' || (markdown && /^\s*([-*_=]\s*){3,}$/.test(raw))) {
      builder.flush();
      return;
    }
    if (!markdown && (isCapitalsHeading(raw) || isArticleHeading(raw))) {
      builder.start('heading');
      builder.append(raw, line);
      builder.flush();
      return;
    }
    if (markdown && MD_HEADING.test(raw)) {
      builder.start('heading', /^\s*(#+)/.exec(raw)?.[1]?.length);
      builder.append(
        stripInlineMarkdown(raw.replace(MD_HEADING, '').replace(/\s#+\s*$/, '')),
        line,
      );
      builder.flush();
      return;
    }
    if (markdown && /^\s*\|.*\|\s*$/.test(raw)) {
      // A table row is one item whose cells are an enumeration; the |---| rule is no text.
      builder.start('item');
      if (!/^[\s|:-]+$/.test(raw)) {
        const cells = raw
          .trim()
          .slice(1, -1)
          .split('|')
          .map((cell) => stripInlineMarkdown(cell).trim());
        builder.appendCells(
          cells.filter((cell) => cell.length > 0),
          line,
        );
        if (/^\s*\|[\s|:-]*-[\s|:-]*\|\s*$/.test(rawLines[index + 1] ?? '')) builder.markHeader();
      }
      builder.flush();
      return;
    }
    // "  Contact Info ....... email address": an app-store summary typed with dot leaders is a
    // table of rows, each a label heading its values (the leader reads as a colon).
    const leader = markdown ? null : DOT_LEADER.exec(raw);
    if (leader) {
      builder.start('item');
      itemIndented = /^\s/.test(raw);
      builder.append(`${leader[1] as string}: ${leader[2] as string}`, line);
      return;
    }
    const numbered = NUMBERED_QUESTION.exec(raw);
    if (numbered && isNumberedQuestion(rawLines, index)) {
      builder.start('heading');
      builder.append(numbered[1] as string, line);
      builder.flush();
      return;
    }
    const bullet = BULLET.exec(raw);
    if (bullet) {
      builder.start('item');
      itemIndented = /^\s/.test(raw);
      const rest = raw.slice(bullet[0].length);
      builder.append(markdown ? stripInlineMarkdown(rest) : rest, line);
      return;
    }
    // Plain text: after an indented list, a line at the margin starts a paragraph of its own
    // ("  - the username and password you choose.\nYour customer reference number is…").
    if (!markdown && itemIndented && builder.inItem() && !/^\s/.test(raw))
      builder.start('paragraph');
    itemIndented = itemIndented && builder.inItem();
    if (markdown && isBoldLine(raw, rawLines[index - 1])) {
      builder.start('heading', MINOR_HEADING);
      builder.append(stripInlineMarkdown(raw), line);
      builder.flush();
      return;
    }
    if (!markdown && isRunInTitle(raw, rawLines[index - 1], rawLines[index + 1])) {
      builder.start('heading');
      builder.append(raw, line);
      builder.flush();
      return;
    }
    const body = markdown ? stripInlineMarkdown(raw.replace(/^\s*>\s?/, '')) : raw;
    builder.append(' ' + body, line);
  });
  builder.flush();
  return markdown ? builder.blocks : markPlainHeadings(builder.blocks, rawLines);
}

/**
 * "3. Quelles données collectez-vous ?": a numbered question on a line of its own, also behind
 * a rule of dashes or signs that marks questions in text FAQs ("--- 2. What do you ask for?",
 * « == Que collectez-vous ? »), or quoted like an e-mail ("> What do you collect?"); "Q3. What
 * do you hold about me?" is numbered too.
 */
const NUMBERED_QUESTION =
  /^(?:(?:(?:[-=*#~>]{2,}|>(?=\s))\s*)(?:\(?\d{1,3}[.)]\s+)?|\(?\d{1,3}[.)]\s+|Q\s?\d{1,3}[.):]\s+)(\S.*\?["”»)]*)\s*$/u;

/**
 * "2. What do you ask for when I sign up?" then its answer on the next line: in an FAQ typed as
 * text, a numbered question is a question heading over the answer below it, as a bold or lone
 * question is, not a list item swallowing the answer; a list of questions (the next line asks
 * another numbered one) stays a list.
 */
function isNumberedQuestion(rawLines: readonly string[], index: number): boolean {
  const raw = rawLines[index] ?? '';
  if (/^\s/.test(raw) || raw.trim().split(/\s+/).length > 26) return false;
  let next = index + 1;
  if ((rawLines[next] ?? '').trim() === '') next++;
  const after = rawLines[next];
  return after !== undefined && after.trim() !== '' && !NUMBERED_QUESTION.test(after);
}

/** A short label, a run of dots (or an ellipsis) and its values: `Identifiers ..... account ID`. */
const DOT_LEADER = /^\s*(\p{L}[\p{L}\p{N} &'’/-]{0,40}?)\s*(?:\.{3,}|…+)\s*(\S.*)$/u;

/** A line of `=` or `-` under a title (Markdown's setext headings, plain text written alike). */
const SETEXT_UNDERLINE = /^\s{0,3}(?:={3,}|-{3,})\s*$/;

/** Words at most in a heading written in capitals. */
const MAX_HEADING_WORDS = 12;

/**
 * "2. THE INFORMATION WE HOLD ABOUT YOU", « 3. VOS DROITS »: in plain text, a short line in
 * capitals (after an optional section number) is a heading even when the section's text follows
 * on the next line, as long policies pasted from documents have it; the number makes it no list
 * item.
 */
function isCapitalsHeading(raw: string): boolean {
  const title = raw.trim().replace(/^(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z][.)])\s+/, '');
  return (
    !/^\s/.test(raw) &&
    /\p{Lu}.*\p{Lu}/u.test(title) &&
    !/\p{Ll}/u.test(title) &&
    !/[.;:,]$/.test(title) &&
    title.split(/\s+/).length <= MAX_HEADING_WORDS
  );
}

/** Words at most in an article's title. */
const MAX_ARTICLE_TITLE_WORDS = 10;

/**
 * "Article 7. International transfers", « Article 3 – Données collectées », "Section 2: Cookies":
 * in plain text, a numbered article's title line is a heading, though its numbered clauses
 * ("7.1 Account data are stored…") follow without a blank line.
 */
function isArticleHeading(raw: string): boolean {
  const title =
    /^(?:article|section|part|chapter|chapitre|titre)\s+\d{1,2}\s*[.:–—-]\s+(\S.*)$/iu.exec(
      raw.trimEnd(),
    )?.[1];
  return (
    title !== undefined &&
    /^\p{Lu}/u.test(title) &&
    !/[.;:,]$/.test(title) &&
    title.split(/\s+/).length <= MAX_ARTICLE_TITLE_WORDS
  );
}

/** Words at most in a title written on the first line of its paragraph. */
const MAX_RUN_IN_TITLE_WORDS = 6;

/**
 * « Données traitées » then « Lors de l'achat de la carte, sont recueillis… » on the next line:
 * in plain text, a short unpunctuated line opening a paragraph, followed by a much longer line
 * that starts a sentence, is the section's title (notices typed without a blank line under
 * their titles), not the start of a wrapped sentence.
 */
function isRunInTitle(raw: string, before: string | undefined, after: string | undefined): boolean {
  if (before !== undefined && before.trim() !== '') return false;
  if (after === undefined || /^\s/.test(raw) || /^\s/.test(after)) return false;
  const title = raw.trim();
  const next = after.trim();
  return (
    /^\p{Lu}/u.test(title) &&
    /^\p{Lu}/u.test(next) &&
    !/[.;:!?,…»"”)]$/.test(title) &&
    !title.includes(': ') &&
    title.split(/\s+/).length <= MAX_RUN_IN_TITLE_WORDS &&
    next.length >= 2 * title.length &&
    !BULLET.test(after)
  );
}

/**
 * "**What do you ask for when I sign up?**" alone on its line, opening a paragraph: a line in
 * bold and nothing else is a heading in all but name (FAQs, policies exported from editors),
 * whether or not a blank line separates it from the answer below.
 */
function isBoldLine(raw: string, before: string | undefined): boolean {
  const blank = (line: string | undefined): boolean => line === undefined || line.trim() === '';
  return blank(before) && /^\s*(\*\*|__)[^*_].*\1\s*$/.test(raw);
}

/** Images and links keep their text, code spans their content; emphasis marks go. */
function stripInlineMarkdown(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<(https?:[^>\s]+|[^>\s@]+@[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, ' ')
    .replace(/`+/g, '')
    .replace(/(\*\*|__|\*)/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');
}

/**
 * In plain text a heading is a short single-line paragraph without final punctuation, as
 * policies pasted from web pages have ("Business cards", « Nos solutions »).
 */
function markPlainHeadings(blocks: SourceBlock[], rawLines: string[]): SourceBlock[] {
  return withTitle(
    blocks.map((block) => {
      if (block.kind !== 'paragraph') return block;
      const first = block.lines[0] ?? 0;
      const last = block.lines[block.lines.length - 1] ?? 0;
      const words = block.text.split(' ').length;
      const raw = rawLines[first - 1] ?? '';
      if (
        first === last &&
        words <= 12 &&
        !/[.;:!?,]$/.test(block.text) &&
        !block.text.includes(': ') &&
        !/^\s/.test(raw)
      ) {
        return { ...block, kind: 'heading' };
      }
      return block;
    }),
  );
}

/**
 * "NOTRE APPLICATION — DONNÉES COLLECTÉES" then "IDENTITÉ", "LOCALISATION":
 * a plain-text document that opens with a heading has a title, and section headings in capitals
 * after it sit under it (their depth is otherwise unknown), so that a title stating collection
 * heads them all. Other short lines ("2J PROCESS ne partage vos données…") keep no depth: they
 * may be sentences standing alone.
 */
function withTitle(blocks: SourceBlock[]): SourceBlock[] {
  const [first] = blocks;
  if (first?.kind !== 'heading' || (first.level ?? 1) !== 1) return blocks;
  return blocks.map((block, index) =>
    index === 0
      ? { ...block, level: 1 }
      : block.kind === 'heading' && block.level === undefined && !/\p{Ll}/u.test(block.text)
        ? { ...block, level: 2 }
        : block,
  );
}

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'br',
  'ul',
  'ol',
  'table',
  'tr',
  'td',
  'th',
  'section',
  'article',
  'header',
  'footer',
  'nav',
  'main',
  'aside',
  'blockquote',
  'pre',
  'hr',
  'dl',
  'dt',
  'dd',
  'body',
  'html',
  'form',
  'fieldset',
  'figure',
  'figcaption',
  'address',
  'caption',
  'details',
  'summary',
]);
const SKIPPED_TAGS = new Set(['script', 'style', 'head', 'noscript', 'template', 'svg']);

/** HTML: tags go, entities are decoded, block elements separate blocks; lines are the source's. */
function htmlBlocks(source: string): SourceBlock[] {
  const builder = new BlockBuilder();
  let faqAnswer = false;
  let line = 1;
  let i = 0;
  const advance = (to: number): void => {
    for (let k = i; k < to && k < source.length; k++) if (source[k] === '\n') line++;
    i = to;
  };
  while (i < source.length) {
    const ch = source[i] as string;
    if (ch === '<') {
      if (source.startsWith('<!--', i)) {
        const end = source.indexOf('-->', i + 4);
        advance(end < 0 ? source.length : end + 3);
        continue;
      }
      const close = source.indexOf('>', i + 1);
      if (close < 0) {
        builder.append(ch, line);
        advance(i + 1);
        continue;
      }
      const tagText = source.slice(i, close + 1);
      const tag = /^<\/?\s*([a-zA-Z][a-zA-Z0-9]*)/.exec(tagText);
      const name = tag?.[1]?.toLowerCase();
      const closing = source[i + 1] === '/';
      advance(close + 1);
      if (!name) continue;
      // A form's text field reads as a printed form's blank ("Name * : [____]"), so that its
      // labels are read as fields (see `isFormFields`); buttons, boxes and hidden fields are not.
      if (!closing && isTextControl(name, tagText)) {
        builder.append(` : ${FORM_CONTROL} `, line);
        if (name !== 'input') {
          const end = source.toLowerCase().indexOf(`</${name}`, i);
          advance(end < 0 ? source.length : end);
        }
        continue;
      }
      if (SKIPPED_TAGS.has(name) && !closing) {
        const end = source.toLowerCase().indexOf(`</${name}`, i);
        advance(end < 0 ? source.length : end);
        continue;
      }
      // An FAQ as a definition list: the question heads its answer, and the answer is prose
      // (sentences), not one list item.
      if (name === 'dt' && closing && builder.asksQuestion()) {
        builder.retag('paragraph');
        builder.flush();
        faqAnswer = true;
      } else if (name === 'dd' && faqAnswer) {
        builder.start('paragraph');
        if (closing) faqAnswer = false;
      } else if (name === 'dt' && closing) {
        builder.markTerm();
        builder.start('paragraph');
      } else if (/^h[1-6]$/.test(name))
        builder.start(closing ? 'paragraph' : 'heading', closing ? undefined : Number(name[1]));
      else if (name === 'li' || name === 'tr' || name === 'dt' || name === 'dd')
        builder.start(closing ? 'paragraph' : 'item');
      else if (name === 'td' || name === 'th') {
        if (!closing) builder.openCell(name === 'th');
      } else if (BLOCK_TAGS.has(name)) builder.flush();
      continue;
    }
    if (ch === '&') {
      const entity = /^&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/.exec(
        source.slice(i, i + 40),
      );
      if (entity) {
        builder.append(decodeEntity(entity[1] as string) ?? entity[0], line);
        advance(i + entity[0].length);
        continue;
      }
    }
    builder.append(ch, line);
    advance(i + 1);
  }
  builder.flush();
  return builder.blocks;
}

/** The blank an HTML form field leaves in the text (a printed form's is a line of `_`). */
export const FORM_CONTROL = '[____]';
const NOT_TEXT_INPUTS =
  /\btype\s*=\s*["']?(?:hidden|submit|button|reset|image|checkbox|radio|file|range|color)\b/i;

/** A field the reader types or picks a value into: `<input>` (text kinds), `<textarea>`, `<select>`. */
function isTextControl(name: string, tag: string): boolean {
  if (name === 'textarea' || name === 'select') return true;
  return name === 'input' && !NOT_TEXT_INPUTS.test(tag);
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  shy: '',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  euro: '€',
  copy: '©',
  reg: '®',
  trade: '™',
  middot: '·',
  bull: '•',
  deg: '°',
  sect: '§',
  oelig: 'œ',
  OElig: 'Œ',
  aelig: 'æ',
  szlig: 'ß',
  thinsp: ' ',
  ensp: ' ',
  emsp: ' ',
  zwnj: '',
  zwj: '',
};
const ACCENTS: Readonly<Record<string, string>> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  uml: '\u0308',
  cedil: '\u0327',
  tilde: '\u0303',
  ring: '\u030a',
};

function decodeEntity(body: string): string | undefined {
  if (body.startsWith('#x')) return safeCodePoint(parseInt(body.slice(2), 16));
  if (body.startsWith('#')) return safeCodePoint(parseInt(body.slice(1), 10));
  const named = NAMED_ENTITIES[body];
  if (named !== undefined) return named;
  // Latin letters with a diacritic: &eacute; &Agrave; &ccedil; &iuml; …
  const accented = /^([a-zA-Z])(acute|grave|circ|uml|cedil|tilde|ring)$/.exec(body);
  if (accented) return ((accented[1] as string) + ACCENTS[accented[2] as string]).normalize('NFC');
  return undefined;
}

function safeCodePoint(code: number): string | undefined {
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
    return undefined;
  return String.fromCodePoint(code);
}
