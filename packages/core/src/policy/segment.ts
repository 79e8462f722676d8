import { MINOR_HEADING, type SourceBlock } from './source-text.js';

/** A sentence of a paragraph, a list item or a heading, with its 1-based source line. */
export interface PolicySegment {
  kind: 'sentence' | 'item' | 'heading';
  text: string;
  line: number;
  /** Index of the block it comes from: sentences of one paragraph share it. */
  block: number;
  /** The last sentence of its paragraph, ending with a colon: it introduces what follows. */
  leadIn: boolean;
  /** A heading's depth (see SourceBlock); a question standing alone is a minor heading. */
  level?: number;
  /** A table's header row. */
  header?: boolean;
  /** A table row's cells: where each starts in `text`. */
  cells?: number[];
  /** A `<dt>` term (see SourceBlock): a label of what its `<dd>` says, or data itself. */
  term?: boolean;
  /** A heading that is a question ("What do you ask for?"): its "you" is the organisation. */
  question?: boolean;
}

/** Abbreviations whose final dot does not end a sentence. */
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'cf',
  'no',
  'nos',
  'n°',
  'art',
  'arts',
  'p',
  'pp',
  'ex',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'm',
  'mme',
  'mlle',
  'me',
  'inc',
  'ltd',
  'co',
  'vs',
  'approx',
  'tél',
  'tel',
  'fig',
  'al',
  'resp',
]);

export function segmentBlocks(blocks: readonly SourceBlock[]): PolicySegment[] {
  const segments: PolicySegment[] = [];
  blocks.forEach((block, index) => {
    const sentences = block.kind === 'paragraph' ? splitSentences(block.text) : [];
    if (block.kind !== 'paragraph' || isStandaloneQuestion(block.text, sentences.length)) {
      const heading = block.kind !== 'item';
      const question = heading && isQuestion(block.text);
      segments.push({
        kind: heading ? 'heading' : 'item',
        text: block.text,
        line: block.lines[0] ?? 1,
        block: index,
        leadIn: false,
        ...(heading ? { level: block.level ?? (question ? MINOR_HEADING : undefined) } : {}),
        ...(block.header ? { header: true } : {}),
        ...(block.cells ? { cells: block.cells } : {}),
        ...(block.term ? { term: true } : {}),
        ...(question ? { question: true } : {}),
      });
      return;
    }
    const faq =
      block.kind === 'paragraph'
        ? (questionAndAnswer(block.text) ?? questionLine(block, sentences))
        : undefined;
    if (faq) {
      segments.push({
        kind: 'heading',
        text: faq.question,
        line: block.lines[0] ?? 1,
        block: index,
        leadIn: false,
        level: MINOR_HEADING,
        question: true,
      });
    }
    const spans = faq
      ? splitSentences(block.text.slice(faq.answerStart)).map(({ start, end }) => ({
          start: start + faq.answerStart,
          end: end + faq.answerStart,
        }))
      : sentences;
    spans.forEach(({ start: spanStart, end }, n) => {
      const text = block.text.slice(spanStart, end).trim();
      if (!text) return;
      const start =
        spanStart +
        (block.text.slice(spanStart, end).length -
          block.text.slice(spanStart, end).trimStart().length);
      const leadIn = n === spans.length - 1 && text.endsWith(':');
      segments.push({
        kind: 'sentence',
        text,
        line: block.lines[start] ?? block.lines[0] ?? 1,
        block: index,
        leadIn,
      });
    });
  });
  return segments;
}

/**
 * "Q: Do you need my passport? A: Only if you need a visa letter.": an FAQ written as one
 * paragraph per question, whose question heads its answer like a question standing alone.
 */
const QUESTION_LABEL = /^(?:q|question)\s*[:.)-]\s*/i;
const ANSWER_LABEL = /^\s*(?:a|r|answer|réponse|reponse)\s*[:.)-]\s*/i;

function questionAndAnswer(text: string): { question: string; answerStart: number } | undefined {
  const label = QUESTION_LABEL.exec(text);
  if (!label) return undefined;
  const mark = text.indexOf('?', label[0].length);
  if (mark < 0) return undefined;
  const answer = ANSWER_LABEL.exec(text.slice(mark + 1));
  if (!answer) return undefined;
  return {
    question: text.slice(label[0].length, mark + 1).trim(),
    answerStart: mark + 1 + answer[0].length,
  };
}

/**
 * "What do you need from me?" on the first line of a paragraph, its answer on the lines below
 * (« Que demandez-vous ? » then « Votre nom… »): a short FAQ without blank lines between a
 * question and its answer, whose question heads the answer like one standing alone. A question
 * that ends mid-line is running text.
 */
function questionLine(
  block: SourceBlock,
  sentences: readonly { start: number; end: number }[],
): { question: string; answerStart: number } | undefined {
  const first = sentences[0];
  if (!first || sentences.length < 2) return undefined;
  const question = block.text.slice(first.start, first.end).trim();
  if (!isQuestion(question) || question.endsWith(':')) return undefined;
  const mark = block.text.lastIndexOf('?', first.end);
  const next = block.text.slice(mark + 1).search(/\S/);
  if (mark < 0 || next < 0) return undefined;
  const answerStart = mark + 1 + next;
  const line = block.lines[mark];
  if (line === undefined || block.lines[answerStart] === line) return undefined;
  if (block.lines[first.start] !== line) return undefined;
  return { question: block.text.slice(first.start, mark + 1).trim(), answerStart };
}

/** A sentence that asks (ends with "?", « ? »). */
export function isQuestion(text: string): boolean {
  return /\?["”»)]*\s*$/.test(text.trim());
}

/**
 * An FAQ question alone in its paragraph ("Do you sell my data?") heads the answer below it
 * like a heading does; it declares nothing itself.
 */
function isStandaloneQuestion(text: string, sentences: number): boolean {
  return sentences === 1 && isQuestion(text) && text.split(' ').length <= 25;
}

/**
 * Sentence spans of a paragraph: a sentence ends at `.`, `!` or `?` followed by a space and
 * not preceded by an abbreviation ("e.g.", « M. »); a dot inside an address or a number
 * (`j2s.net`, `1.5`) is never followed by a space, so it does not split.
 */
const MAX_ASIDE = 600;

export function splitSentences(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  let depth = 0;
  let openedAt = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    // A parenthesis is one aside, even with full stops inside: "(… the Internet. The UDID …)".
    // One never closed stops counting after a while, so it cannot swallow the paragraph.
    if (ch === '(' && depth++ === 0) openedAt = i;
    if (ch === ')' && depth > 0) depth--;
    if (depth > 0 && i - openedAt > MAX_ASIDE) depth = 0;
    if (depth > 0 || (ch !== '.' && ch !== '!' && ch !== '?')) continue;
    let end = i + 1;
    while (end < text.length && /[.!?"”»)’']/.test(text[end] as string)) end++;
    if (end < text.length && text[end] !== ' ') continue;
    if (ch === '.' && isAbbreviation(text, i)) continue;
    // "3.1. *Booking.* Name, e-mail…": a clause number opening a paragraph is no sentence.
    if (ch === '.' && /^\s*\d{1,3}(?:\.\d{1,3})*$/.test(text.slice(start, i))) continue;
    const next = text.slice(end).trimStart()[0];
    // "… e.g. injuries" or "version 2. then": a lower-case continuation is the same sentence.
    if (ch === '.' && next !== undefined && /\p{Ll}/u.test(next)) continue;
    spans.push({ start, end });
    start = end;
    i = end - 1;
  }
  if (start < text.length && text.slice(start).trim()) spans.push({ start, end: text.length });
  return spans;
}

function isAbbreviation(text: string, dot: number): boolean {
  let from = dot;
  while (from > 0 && /[\p{L}.°]/u.test(text[from - 1] as string)) from--;
  const word = text.slice(from, dot).toLowerCase();
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word);
}
