import { isDigit, isWordChar } from '../../text/chars.js';

/**
 * The cheap first pass of the phone detector: runs of digit groups joined by the separators
 * people write in phone numbers (space, `.`, `-`, `/`, parentheses, a leading `+`). One linear
 * walk over the text (a one-character class finds the next anchor, nothing can backtrack), so
 * hostile input (1 MB of digits and separators) stays linear.
 */

export interface DigitGroup {
  /** Offset of the first digit. */
  start: number;
  /** Offset after the last digit. */
  end: number;
  digits: string;
  /** Text between the previous group's last digit and this group's first digit. */
  separatorBefore: string;
}

export interface NumberRun {
  /** Offset of the run: the leading `+` or `(` when present, else the first digit. */
  start: number;
  end: number;
  plus: boolean;
  /** `(+33) 6 …`: a `(` stands right before the `+`. */
  parenBeforePlus: boolean;
  groups: DigitGroup[];
}

/** Space, no-break space, narrow no-break space (French typography), thin space. */
function isSpaceCode(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 0x202f || code === 0x2009;
}

/** `.`, `-`, `/`. */
function isJoinerCode(code: number): boolean {
  return code === 46 || code === 45 || code === 47;
}

/** Separators may combine (`) `, ` (`, ` - `) but never grow longer: a phone is compact. */
const MAX_SEPARATOR_LENGTH = 3;

function isStart(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (isDigit(code)) return true;
  if (code === 43 /* + */ || code === 40 /* ( */) return isDigit(text.charCodeAt(i + 1));
  return false;
}

/** Read one run starting at `start` (a digit, or `+`/`(` before a digit). */
function readRun(text: string, start: number): NumberRun {
  let i = start;
  const plus = text[i] === '+';
  let separator = '';
  if (plus || text[i] === '(') {
    separator = plus ? '' : '(';
    i++;
  }
  const groups: DigitGroup[] = [];
  // `(+33) 6 12 …`: the country code alone in parentheses.
  const parenBeforePlus = plus && text[start - 1] === '(';
  let openParen = separator === '(' || parenBeforePlus;
  for (;;) {
    const groupStart = i;
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    groups.push({
      start: groupStart,
      end: i,
      digits: text.slice(groupStart, i),
      separatorBefore: separator,
    });
    // Look ahead over one separator; keep it only if a digit follows.
    let j = i;
    let hasJoiner = false;
    let lastWasSpace = false;
    while (j < text.length && j - i < MAX_SEPARATOR_LENGTH) {
      const code = text.charCodeAt(j);
      const space = isSpaceCode(code);
      if (space) {
        if (lastWasSpace) break;
      } else if (isJoinerCode(code)) {
        if (hasJoiner) break;
        hasJoiner = true;
      } else if (code === 40 /* ( */) {
        if (openParen) break;
        openParen = true;
      } else if (code === 41 /* ) */) {
        if (!openParen) break;
        openParen = false;
      } else break;
      lastWasSpace = space;
      j++;
    }
    const sep = text.slice(i, j);
    if (sep === '' || j >= text.length || !isDigit(text.charCodeAt(j))) break;
    separator = sep;
    i = j;
  }
  const last = groups[groups.length - 1] as DigitGroup;
  return { start, end: last.end, plus, parenBeforePlus, groups };
}

/** A single-character class: the engine jumps between anchors natively, no backtracking. */
const ANCHOR = /[0-9+(]/g;

/** Every run in `text`, left to right, each starting on a non-word boundary. */
export function findNumberRuns(text: string): NumberRun[] {
  const runs: NumberRun[] = [];
  const anchor = new RegExp(ANCHOR.source, 'g');
  let i = 0;
  while (i < text.length) {
    anchor.lastIndex = i;
    const match = anchor.exec(text);
    if (!match) break;
    i = match.index;
    if (!isStart(text, i)) {
      i++;
      continue;
    }
    const code = text.charCodeAt(i);
    if (isDigit(code) && isWordChar(text[i - 1])) {
      // Glued to a word or a longer number: skip the rest of that token.
      while (i < text.length && isDigit(text.charCodeAt(i))) i++;
      continue;
    }
    const run = readRun(text, i);
    runs.push(run);
    i = run.end;
  }
  return runs;
}
