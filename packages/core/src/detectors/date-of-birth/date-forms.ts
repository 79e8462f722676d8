import { isWordChar } from '../../text/chars.js';
import { fold } from '../../text/fold.js';
import { compiledOnOrdinaryText } from '../../text/ordinary-compile.js';

/**
 * Calendar dates written the ways people write a birth date, found around their 4-digit year:
 * `1984-07-23`, `23/07/1984`, `23.07.1984`, `07/23/1984`, `23 juillet 1984`, `1er mars 1990`,
 * `July 23, 1984`, `23 July 1984`, `Jul 23 1984`. The year is the anchor; the day and month
 * are read from a few characters around it with small regexes over short slices only.
 */

export interface WrittenDate {
  start: number;
  end: number;
  year: number;
  month: number;
  day: number;
  /** `iso`, `day-month-year`, `month-day-year`, `day-month-name`, `month-name-day`. */
  form: string;
  /** Numeric day and month both ≤ 12: the order came from the context, not the digits. */
  ambiguous?: boolean;
}

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: [number, string[]][] = [
  [1, ['january', 'jan', 'janvier', 'janv']],
  [2, ['february', 'feb', 'fevrier', 'fevr', 'fev']],
  [3, ['march', 'mar', 'mars']],
  [4, ['april', 'apr', 'avril', 'avr']],
  [5, ['may', 'mai']],
  [6, ['june', 'jun', 'juin']],
  [7, ['july', 'jul', 'juillet', 'juil']],
  [8, ['august', 'aug', 'aout']],
  [9, ['september', 'sep', 'sept', 'septembre']],
  [10, ['october', 'oct', 'octobre']],
  [11, ['november', 'nov', 'novembre']],
  [12, ['december', 'dec', 'decembre']],
];
for (const [month, names] of MONTH_NAMES) for (const name of names) MONTHS[name] = month;

/**
 * Years with a plausible birth: 4 digits, not glued to other digits. One regex for every text
 * (`lastIndex` reset on each use; nothing the loop calls searches years), compiled against
 * ordinary words: see `compiledOnOrdinaryText` (a copy per text took a compilation V8 may drop
 * and redo on whatever text comes next, a log's digits).
 */
const YEAR = compiledOnOrdinaryText(/(?<!\d)(?:19|20)\d\d(?!\d)/g);
const AFTER_YEAR_ISO = /^([-/.])(\d{1,2})\1(\d{1,2})(?!\d)/;
const BEFORE_YEAR_NUMERIC = /(?:^|[^\p{L}\p{N}./-])(\d{1,2})([-/.])(\d{1,2})\2$/u;
const BEFORE_YEAR_DAY_MONTH =
  /(?:^|[^\p{L}\p{N}])(\d{1,2})(?:er|st|nd|rd|th)?\.?\s+(\p{L}+)\.?,?\s+$/u;
const BEFORE_YEAR_MONTH_DAY = /(?:^|[^\p{L}\p{N}])(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+$/u;
const LOOK_BEHIND = 24;

/**
 * Every valid past date in `text` in one of the forms above. `monthFirst` decides numeric
 * dates whose day and month are both ≤ 12 (`07/08/1984`): true in an English context.
 */
export function findDates(
  text: string,
  monthFirst: (at: number) => boolean,
  windows?: readonly number[],
  today = new Date(),
): WrittenDate[] {
  return collectDates(text, monthFirst, windows, today, Infinity) as WrittenDate[];
}

/**
 * `findDates` where years are sparse, or undefined as soon as more than `allowance` years and
 * one per `spacing` characters read so far have been met: for a caller that has a cheaper way
 * to skip text dense with years (a log's timestamps) than reading each of their dates.
 */
export function findSparseDates(
  text: string,
  monthFirst: (at: number) => boolean,
  allowance: number,
  spacing: number,
  windows?: readonly number[],
  today = new Date(),
): WrittenDate[] | undefined {
  return collectDates(text, monthFirst, windows, today, allowance, spacing);
}

/**
 * The dates around the years of `text`, or of its `windows` only (`digitWindows`: flat
 * [start, end) pairs, each edge 256 characters from any digit): a year is four digits, so each
 * lies inside a window, and the digits its look-arounds test for are never at a window's edge.
 * The years are met in the same order at the same offsets, so `allowance` gives up alike.
 */
function collectDates(
  text: string,
  monthFirst: (at: number) => boolean,
  windows: readonly number[] | undefined,
  today: Date,
  allowance: number,
  spacing = 1,
): WrittenDate[] | undefined {
  const dates: WrittenDate[] = [];
  const pieces = windows ?? [0, text.length];
  let years = 0;
  for (let w = 0; w < pieces.length; w += 2) {
    const offset = pieces[w]!;
    const piece = windows ? text.slice(offset, pieces[w + 1]) : text;
    YEAR.lastIndex = 0;
    for (let match = YEAR.exec(piece); match; match = YEAR.exec(piece)) {
      const yearStart = offset + match.index;
      if (++years > allowance + yearStart / spacing) return undefined;
      const date = readAround(text, yearStart, Number(match[0]), monthFirst);
      if (date && isPastDate(date, today)) dates.push(date);
    }
  }
  return dates;
}

function readAround(
  text: string,
  yearStart: number,
  year: number,
  monthFirst: (at: number) => boolean,
): WrittenDate | undefined {
  const yearEnd = yearStart + 4;
  // An ISO date goes on with `-`, `/` or `.`: most years (code, logs) are not sliced for it.
  const iso = isDateSeparator(text[yearEnd])
    ? AFTER_YEAR_ISO.exec(text.slice(yearEnd, yearEnd + 6))
    : null;
  if (iso && !gluedBefore(text, yearStart)) {
    const end = yearEnd + iso[0].length;
    // `1984-07-23T00:00:00Z`: a datetime column still holds a date.
    if (!isWordChar(text[end]) || (text[end] === 'T' && /\d/.test(text[end + 1] ?? ''))) {
      return {
        start: yearStart,
        end,
        year,
        month: Number(iso[2]),
        day: Number(iso[3]),
        form: 'iso',
      };
    }
  }
  if (gluedAfter(text, yearEnd)) return undefined;
  // The numeric form ends in `-`, `/` or `.` right before the year, the two with a month name
  // in a space: any other character there rules all three out before the text is sliced.
  const last = text[yearStart - 1];
  const numericBefore = isDateSeparator(last);
  if (!numericBefore && !isSpace(last)) return undefined;
  const before = text.slice(Math.max(0, yearStart - LOOK_BEHIND), yearStart);
  const numeric = numericBefore ? BEFORE_YEAR_NUMERIC.exec(before) : null;
  if (numeric) {
    const start = yearStart - numericLength(numeric);
    const first = Number(numeric[1]);
    const second = Number(numeric[3]);
    const ambiguous = first <= 12 && second <= 12;
    const swap = second > 12 || (ambiguous && numeric[2] === '/' && monthFirst(start));
    return {
      start,
      end: yearEnd,
      year,
      month: swap ? first : second,
      day: swap ? second : first,
      form: swap ? 'month-day-year' : 'day-month-year',
      ...(ambiguous ? { ambiguous } : {}),
    };
  }
  const dayMonth = BEFORE_YEAR_DAY_MONTH.exec(before);
  const dayMonthName = dayMonth && MONTHS[fold(dayMonth[2] as string)];
  if (dayMonth && dayMonthName) {
    const start = yearStart - dayMonth[0].length + leadingSkip(dayMonth[0]);
    return {
      start,
      end: yearEnd,
      year,
      month: dayMonthName,
      day: Number(dayMonth[1]),
      form: 'day-month-name',
    };
  }
  const monthDay = BEFORE_YEAR_MONTH_DAY.exec(before);
  const monthDayName = monthDay && MONTHS[fold(monthDay[1] as string)];
  if (monthDay && monthDayName) {
    const start = yearStart - monthDay[0].length + leadingSkip(monthDay[0]);
    return {
      start,
      end: yearEnd,
      year,
      month: monthDayName,
      day: Number(monthDay[2]),
      form: 'month-name-day',
    };
  }
  return undefined;
}

function isDateSeparator(ch: string | undefined): boolean {
  return ch === '-' || ch === '/' || ch === '.';
}

/** What `\s` matches, the usual ASCII spaces looked at without a regex. */
function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r') return true;
  return /\s/.test(ch);
}

/** Length of `d/m/` in a numeric match, without the boundary character it may start with. */
function numericLength(match: RegExpExecArray): number {
  return (match[1] as string).length + (match[3] as string).length + 2;
}

/** Characters a match took before the date itself (its boundary character). */
function leadingSkip(matched: string): number {
  const first = matched[0];
  return first !== undefined && !isWordChar(first) ? 1 : 0;
}

function gluedBefore(text: string, start: number): boolean {
  const before = text[start - 1];
  if (isWordChar(before)) return true;
  return (before === '.' || before === '/' || before === '-') && /\d/.test(text[start - 2] ?? '');
}

function gluedAfter(text: string, end: number): boolean {
  const after = text[end];
  if (isWordChar(after)) return true;
  return (
    (after === '.' || after === '/' || after === '-' || after === ':') &&
    /\d/.test(text[end + 1] ?? '')
  );
}

function isPastDate(date: WrittenDate, today: Date): boolean {
  const { year, month, day } = date;
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return false;
  const todayKey =
    today.getUTCFullYear() * 10000 + (today.getUTCMonth() + 1) * 100 + today.getUTCDate();
  return year * 10000 + month * 100 + day <= todayKey;
}
