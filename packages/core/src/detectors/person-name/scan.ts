import { FoundCandidate } from '../../text/found-candidate.js';
import type { Candidate, Evidence } from '../../types.js';
import { detach } from '../../text/detach.js';
import {
  EmailLocalParts,
  cueAfter,
  cueBefore,
  cueWordBefore,
  type CueHit,
  inTemplateContext,
  isSignatureLine,
  quickFold as fold,
  type FieldHint,
} from './context.js';
import { RARE_FREQUENCY, type NameDictionary, type NameHit } from './dictionary.js';
import {
  LEADING_CUE_WORDS,
  NOT_A_NAME,
  PARTICLES,
  PLACE_WORDS,
  PLACEHOLDER_NAMES,
  PLACEHOLDER_VALUES,
  TEMPLATE_NAMES,
  TITLE_ABBREVIATIONS,
} from './lexicon.js';
import { isGlued, nameTokens, openingToken, type LowerWords, type Token } from './tokens.js';

/**
 * Finds name runs in a stretch of text and scores them. A run is 1–4 capitalised tokens on one
 * line separated by a space or two, with lower-case particles inside. Scores combine the
 * dictionary (known first name, known or upper-case surname) with context.
 */
export interface ScanContext {
  text: string;
  dictionary: NameDictionary;
  field: FieldHint | undefined;
  /** The whole segment is one value of a person-name field. */
  wholeValue: boolean;
  /** The segment as written (`text` may be title-cased): its e-mail addresses. */
  source: string;
  /** Built on first use, once per segment. */
  emailParts: EmailLocalParts | undefined;
}

/**
 * The singles of a scan (lone capitalised tokens that the second pass may upgrade, a confirmed
 * surname), column by column in typed arrays that are reused: a segment of prose
 * has tens of thousands of singles, alive until its scan ends, and one object each (plus the
 * array holding them) was a third of the bytes a log allocated, most of it outliving a
 * young-generation collection. Read back in the order added.
 */
export class SingleList {
  count = 0;
  private starts: Int32Array;
  private ends: Int32Array;
  private confidences: Float64Array;
  /** Folded words come from the word facts cache: kept here they hold nothing else alive. */
  private folds: string[] = [];

  constructor(capacity = 64) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.confidences = new Float64Array(capacity);
  }

  add(start: number, end: number, folded: string, confidence: number): void {
    const at = this.count;
    if (at === this.starts.length) this.grow();
    this.starts[at] = start;
    this.ends[at] = end;
    this.confidences[at] = confidence;
    if (at < this.folds.length) this.folds[at] = folded;
    else this.folds.push(folded);
    this.count = at + 1;
  }

  start(index: number): number {
    return this.starts[index] as number;
  }

  end(index: number): number {
    return this.ends[index] as number;
  }

  folded(index: number): string {
    return this.folds[index] as string;
  }

  confidence(index: number): number {
    return this.confidences[index] as number;
  }

  clear(): void {
    this.count = 0;
  }

  private grow(): void {
    const size = Math.max(64, this.starts.length * 2);
    this.starts = grown(this.starts, new Int32Array(size));
    this.ends = grown(this.ends, new Int32Array(size));
    this.confidences = grown(this.confidences, new Float64Array(size));
  }
}

function grown<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

export interface ScanResult {
  candidates: Candidate[];
  singles: SingleList;
}

const MAX_NAME_PARTS = 4;
const MAX_PARTICLES_IN_A_ROW = 2;
const MAX_RUN_TOKENS = 12;
const STRIPPED_BRAND_PENALTY = 0.15;

/** Scans `text[from, to)` and appends what it finds to `candidates` and `singles`. */
export function scanStretch(
  context: ScanContext,
  from: number,
  to: number,
  candidates: Candidate[],
  singles: SingleList,
  tokens: readonly Token[] = tokensToScan(context, from, to, candidates, singles),
): void {
  const result: ScanResult = { candidates, singles };
  const run = runBuffer;
  run.size = 0;
  let particles = 0;
  for (const token of tokens) {
    const previous = run.last();
    if (previous && !adjacent(context.text, previous, token)) {
      flushRun(context, run, from, to, result);
      particles = 0;
    }
    if (token.shape === 'lower') {
      // A particle may open a name at the start of a name value, or after a title
      // (`M. de La Fontaine`, `Mme van der Berg`).
      const opensName =
        run.size === 0 &&
        PARTICLES.has(token.text) &&
        ((context.wholeValue && context.text.slice(from, token.start).trim() === '') ||
          afterTitle(context.text, token.start, from));
      if (
        (run.size > 0 || opensName) &&
        particles < MAX_PARTICLES_IN_A_ROW &&
        PARTICLES.has(token.text)
      ) {
        run.push(token);
        particles++;
      } else {
        flushRun(context, run, from, to, result);
        particles = 0;
      }
      continue;
    }
    // `Jean de La Fontaine`, `Anna De Luca`, `Jean DE LA FONTAINE`: a particle inside a run.
    if (
      run.size > 0 &&
      (token.shape === 'title' || token.shape === 'upper') &&
      PARTICLES.has(foldOf(token))
    ) {
      run.push({ ...token, shape: 'lower' });
      particles++;
      continue;
    }
    particles = 0;
    run.push(token);
  }
  flushRun(context, run, from, to, result);
}

/**
 * The tokens of a stretch. Outside a name value, most lone capitalised words are read by their
 * facts in place, without a token (see `readLoneWord`).
 */
function tokensToScan(
  context: ScanContext,
  from: number,
  to: number,
  candidates: Candidate[],
  singles: SingleList,
): Token[] {
  const lowerWords = lowerWordsOf(context);
  if (context.wholeValue) return nameTokens(context.text, from, to, lowerWords);
  loneDictionary = context.dictionary;
  loneCandidates = candidates;
  loneSingles = singles;
  return nameTokens(context.text, from, to, lowerWords, readLoneWord);
}

/**
 * Where `readLoneWord` records candidates and singles: the stretch's scan being read (one at a
 * time). Candidates are put in order of their start at the end (see `findNames`).
 */
let loneCandidates: Candidate[] = [];
let loneSingles = new SingleList(0);
let loneDictionary: NameDictionary | undefined;

/**
 * `wordFacts` of `text[start, end)`: found in the word's slot by a compare in place, else
 * looked up by the word sliced (as `evaluateSingle` would have done with its token).
 */
function factsAt(text: string, start: number, end: number): WordFacts {
  const length = end - start;
  const slot = slotAt(text, start, length);
  const word = recentWords[slot];
  if (word !== undefined && word.length === length && sameAt(text, start, word)) {
    return recentFacts[slot] as WordFacts;
  }
  return wordFacts(loneDictionary as NameDictionary, text.slice(start, end));
}

function sameAt(text: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    if (text.charCodeAt(start + k) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * What `evaluateSingle` makes of the lone word `text[start, end)` outside a name value, read
 * from the facts in its slot without slicing it, when that is nothing (`The`, `Les`: see
 * `nothingAlone`), a single of confidence 0 (a word no list knows, `INFO`, without a title
 * before it), or, for a word the lists know as a name with no cue word before it and not
 * opening a signature line, a single (`Rose`: an ordinary word too) or a candidate and a single
 * of `UNSUPPORTED_NAME` (`Will`). Otherwise (a name after a possible cue, a title before it)
 * false: the word is left to the scan. The order of singles does not matter, nor that of
 * candidates (see `findNames`).
 */
function readLoneWord(
  text: string,
  start: number,
  end: number,
  from: number,
  to: number,
  beforeParticles: boolean,
): boolean {
  const facts = factsAt(text, start, end);
  // Before its particles the word is read by `evaluateRun`: a leading cue word (`Merci de`) is
  // dropped, and particles alone make nothing; a word that is a particle itself (`Le de`) may
  // open a name. Any other word is read alone there (the particles are trimmed off).
  if (beforeParticles) {
    if (facts.leadingCue) return true;
    if (facts.particle) return false;
  }
  if (facts.nothingAlone) return true;
  // A glued word makes no token (the scan skips it): left to the scan, which checks again.
  if (isGlued(text, start, end, from, to)) return false;
  const cueWord = cueWordBefore(text, start, from);
  if (!facts.unknownAlone) return cueWord === '' && readNameAlone(text, start, end, from, facts);
  // Only a title matters here, and a title is the word before (see `cueWordBefore`): the window
  // before most words (`a`, `de`, `by` may end a cue too) is not read.
  if (cueWord !== '' && TITLE_CUES.has(cueWord)) {
    const cue = cueBefore(text, start, from);
    if (cue && TITLE_CUES.has(cue.cue)) return false;
  }
  loneSingles.add(start, end, facts.folded, 0);
  return true;
}

/**
 * `evaluateSingle` of a lone word that the lists know as a name (`Will`, `Rose`) with no cue
 * before it (`cueBefore` finds none without a cue word), outside a name value: a single of 0
 * for an ordinary word, else a single and a candidate of `UNSUPPORTED_NAME` with its dictionary
 * evidence. A word opening a signature line is left to the scan (false).
 */
function readNameAlone(
  text: string,
  start: number,
  end: number,
  from: number,
  facts: WordFacts,
): boolean {
  if (facts.common) {
    if (facts.strongFirst || facts.last) loneSingles.add(start, end, facts.folded, 0);
    return true;
  }
  if (isSignatureLine(text, start, from)) return false;
  const hit = pickHit(facts.firstHit, facts.lastHit) as NameHit;
  loneSingles.add(start, end, facts.folded, UNSUPPORTED_NAME);
  // `makeCandidate` of the word, whose normal form is its fold (a word holds no space).
  loneCandidates.push(
    new FoundCandidate(start, end, facts.normalized, UNSUPPORTED_NAME, [
      dictionaryEvidence(hit, facts),
    ]),
  );
  return true;
}

/** The dictionary evidence of a single word's hit. */
function dictionaryEvidence(hit: NameHit, facts: WordFacts): Evidence {
  return {
    kind: 'dictionary',
    detail: `${hit === facts.firstHit ? 'first' : 'last'}:${hit.language}`,
    frequency: hit.frequency,
  };
}

/** Outside a name value, particles are read only near capitals (see `nameTokens`). */
export function lowerWordsOf(context: ScanContext): LowerWords {
  return context.wholeValue ? 'particles' : 'particles-near-names';
}

/**
 * Whether a word read alone at the start of a value outside a name field is no name: what
 * `evaluateSingle` makes of it there depends on the word only (no cue, no field, no line
 * above), so it is worked out once per word (cached with the word's facts).
 */
export function nothingAloneInValue(dictionary: NameDictionary, token: Token): boolean {
  const facts = wordFacts(dictionary, token.text);
  if (facts.nothingAloneInValue === undefined) {
    const word = token.text;
    const context: ScanContext = {
      text: word,
      dictionary,
      field: undefined,
      wholeValue: false,
      source: word,
      emailParts: undefined,
    };
    const alone: Token = { start: 0, end: word.length, text: word, shape: token.shape };
    const result: ScanResult = { candidates: [], singles: new SingleList() };
    evaluateSingle(context, alone, 0, word.length, result);
    facts.nothingAloneInValue = result.candidates.length === 0;
  }
  return facts.nothingAloneInValue;
}

/**
 * Whether the word `text[0, end)` that a cell opens with (see `openingWordEnd`) makes nothing
 * alone there. A label column opens with a few dozen words: the last word found to make
 * nothing is kept in a slot chosen by its length and letters, and found again in place,
 * without slicing the word or hashing it. Bounded: one word a slot.
 */
export function openingWordMakesNothing(
  dictionary: NameDictionary,
  text: string,
  end: number,
): boolean {
  if (dictionary !== nothingWordsDictionary) {
    nothingWords.fill(undefined);
    nothingWordsDictionary = dictionary;
  }
  const slot = nothingWordSlot(text, end);
  const known = nothingWords[slot];
  if (known !== undefined && known.length === end && text.startsWith(known)) return true;
  const token = openingToken(text, end);
  if (!token || !nothingAloneInValue(dictionary, token)) return false;
  // Detached: a slice would keep its whole source (a table chunk) alive in the cache.
  nothingWords[slot] = detach(token.text);
  return true;
}

const NOTHING_WORD_SLOTS = 1024;
const nothingWords: (string | undefined)[] = new Array<string | undefined>(NOTHING_WORD_SLOTS).fill(
  undefined,
);
let nothingWordsDictionary: NameDictionary | undefined;

function nothingWordSlot(text: string, end: number): number {
  const hash =
    end * 31 + text.charCodeAt(0) * 17 + text.charCodeAt(end >> 1) * 7 + text.charCodeAt(end - 1);
  return hash & (NOTHING_WORD_SLOTS - 1);
}

/**
 * The run being read. Most runs are one word (the first of a sentence): the buffer is kept
 * from one stretch to the next, and only a run of two or more tokens is copied out to be
 * evaluated.
 */
class RunBuffer {
  private readonly tokens: Token[] = [];
  size = 0;

  last(): Token | undefined {
    return this.size > 0 ? this.tokens[this.size - 1] : undefined;
  }

  push(token: Token): void {
    this.tokens[this.size++] = token;
  }

  first(): Token | undefined {
    return this.size > 0 ? this.tokens[0] : undefined;
  }

  /** The tokens of the run, as an array of their own. */
  copy(): Token[] {
    return this.tokens.slice(0, this.size);
  }
}

/** One buffer for every stretch: a scan never starts another before it ends. */
const runBuffer = new RunBuffer();

/** Evaluates a finished run and empties the buffer. */
function flushRun(
  context: ScanContext,
  run: RunBuffer,
  from: number,
  to: number,
  result: ScanResult,
): void {
  const only = run.size === 1 ? run.first() : undefined;
  // A lone capitalised word is read as a single straight away; a lone particle is nothing
  // (`evaluateRun` would come to the same).
  if (only) {
    if (!isParticle(only)) evaluateSingle(context, only, from, to, result);
  } else if (run.size > 1) {
    evaluateRun(context, run.copy(), from, to, result);
  }
  run.size = 0;
}

/** One or two spaces between tokens; `Mr. Smith`, `Dr. Martin` keep their dot. */
function adjacent(text: string, previous: Token, next: Token): boolean {
  let i = previous.end;
  if (text.charCodeAt(i) === 46 && TITLE_ABBREVIATIONS.has(foldOf(previous))) i++;
  const gap = next.start - i;
  if (gap < 1 || gap > 2) return false;
  for (; i < next.start; i++) {
    const ch = text[i];
    if (ch !== ' ' && ch !== '\t' && ch !== '\u00a0' && ch !== '\u202f') return false;
  }
  return true;
}

function isParticle(token: Token): boolean {
  return token.shape === 'lower';
}

/** A particle as written (`de`), not a capitalised one read as a particle in a run (`De`). */
function isLowerCaseParticle(token: Token): boolean {
  const code = token.text.charCodeAt(0);
  return token.shape === 'lower' && code >= 97 && code <= 122;
}

/** The token's folded text, worked out once: a token is looked up under several lists. */
function foldOf(token: Token): string {
  return (token.folded ??= fold(token.text));
}

function bareFold(token: Token): string {
  return token.text.endsWith('.') ? fold(token.text.slice(0, -1)) : foldOf(token);
}

/** Folded, without an elided `d'` / `l'` (`d'Artagnan` → `artagnan`). */
function foldWithoutElision(token: Token): string {
  const folded = foldOf(token);
  return isApostrophe(folded.charCodeAt(1)) ? folded.replace(/^[dl]['\u2019]/, '') : folded;
}

function hasApostrophe(text: string): boolean {
  return text.includes("'") || text.includes('\u2019');
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

function evaluateRun(
  context: ScanContext,
  tokens: Token[],
  from: number,
  to: number,
  result: ScanResult,
): void {
  const { dictionary } = context;
  // Longer than any name with its cues: a title or a list; only pairs inside are read.
  if (tokens.length > MAX_RUN_TOKENS) {
    scanLongRun(context, tokens, from, to, result);
    return;
  }
  let run = tokens;
  while (run.length > 0 && !isParticle(run[0] as Token)) {
    const head = run[0] as Token;
    if (!LEADING_CUE_WORDS.has(bareFold(head)) || run.length === 1) break;
    run = run.slice(1);
  }
  // Outside a name value, particles written in lower case make a name only with a capitalised
  // word: `mme van der` alone is none (and the scan looks for particles near capitals only).
  if (!context.wholeValue && run.every(isLowerCaseParticle)) return;
  // A surname column holds `de La Fontaine`, `Le Goff`, `van der Berg`: particles that open the
  // value belong to the name, capitalised or not.
  const leading = leadingParticles(context, from, run);
  if (leading > 0) {
    const before = result.candidates.length;
    const rest = run.slice(leading);
    // A lone surname after its particles reads its cue from before them (`M. de La Fontaine`).
    if (rest.length === 1) {
      evaluateSingle(context, rest[0] as Token, from, to, result, (run[0] as Token).start);
    } else {
      evaluateRun(context, rest, from, to, result);
    }
    const added = result.candidates[before];
    const head = run[leading] as Token;
    if (added && added.start === head.start) {
      result.candidates[before] = makeCandidate(
        context.text,
        (run[0] as Token).start,
        added.end,
        added.confidence,
        added.evidence,
      );
    }
    return;
  }
  run = trimParticles(run);
  // Leading capitalised ordinary words ("Yesterday Jean Dupont", "Meeting John Smith"). A
  // brand or place stripped off ("Google Cloud Platform") makes the rest suspect.
  let penalty = 0;
  while (coreCount(run) > 1 && isLeadingNoise(dictionary, run[0] as Token)) {
    if (NOT_A_NAME.has(bareFold(run[0] as Token))) penalty = STRIPPED_BRAND_PENALTY;
    run = trimParticles(run.slice(1));
  }
  // Trailing ones ("Jean Dupont Avenue", "John Smith Foundation", "Victoria Station").
  while (
    coreCount(run) > 1 &&
    isTrailingNoise(dictionary, run[run.length - 1] as Token, run[run.length - 2] as Token)
  ) {
    run = trimParticles(run.slice(0, -1));
  }
  if (run.length === 0) return;
  if (coreCount(run) > MAX_NAME_PARTS) {
    scanLongRun(context, run, from, to, result);
    return;
  }
  if (coreCount(run) === 1) {
    const single = run.find((token) => !isParticle(token)) as Token;
    evaluateSingle(context, single, from, to, result);
    return;
  }
  const candidate = scoreFullName(context, run, from, to, penalty);
  if (candidate) result.candidates.push(candidate);
}

/**
 * Particles that open a name: at the start of a name value, after a title (`M. de La
 * Fontaine`), or in capitals before a surname in capitals (`DE LA FONTAINE Jean`).
 */
function leadingParticles(context: ScanContext, from: number, run: Token[]): number {
  const first = run[0];
  if (!first) return 0;
  let count = 0;
  while (count < run.length - 1 && count < MAX_PARTICLES_IN_A_ROW) {
    if (!PARTICLES.has(foldOf(run[count] as Token))) break;
    count++;
  }
  if (count === 0) return 0;
  const text = context.text;
  if (context.wholeValue && text.slice(from, first.start).trim() === '') return count;
  if (afterTitle(text, first.start, from)) return count;
  const capitals = run.slice(0, count).every((token) => token.text === token.text.toUpperCase());
  return capitals && (run[count] as Token).shape === 'upper' ? count : 0;
}

function afterTitle(text: string, start: number, from: number): boolean {
  const cue = cueBefore(text, start, from);
  return cue !== undefined && TITLE_CUES.has(cue.cue) && !GREETINGS.has(cue.cue);
}

function trimParticles(run: Token[]): Token[] {
  let start = 0;
  let end = run.length;
  while (start < end && isParticle(run[start] as Token)) start++;
  while (end > start && isParticle(run[end - 1] as Token)) end--;
  return start === 0 && end === run.length ? run : run.slice(start, end);
}

function coreCount(run: Token[]): number {
  let count = 0;
  for (const token of run) if (!isParticle(token)) count++;
  return count;
}

function isOrdinary(dictionary: NameDictionary, folded: string): boolean {
  return NOT_A_NAME.has(folded) || dictionary.isCommonWord(folded);
}

function isLeadingNoise(dictionary: NameDictionary, token: Token): boolean {
  if (token.shape !== 'title') return false;
  const folded = foldOf(token);
  return isOrdinary(dictionary, folded) && !strongFirstName(dictionary, folded);
}

/**
 * A place word that is also a frequent surname (Hall, Lane) ends a name after a first name:
 * `Oscar Hall` is a person, `Victoria Station` and `Carnegie Hall` are not.
 */
const PLACE_SURNAME_FREQUENCY = 0.5;

function isTrailingNoise(dictionary: NameDictionary, token: Token, previous: Token): boolean {
  if (token.shape === 'initial') return true;
  const folded = foldOf(token);
  if (NOT_A_NAME.has(folded)) return true;
  if (PLACE_WORDS.has(folded)) {
    const surname = dictionary.last(folded);
    const afterFirstName =
      previous.shape !== 'lower' && strongFirstName(dictionary, foldOf(previous));
    return !(surname && surname.frequency >= PLACE_SURNAME_FREQUENCY && afterFirstName);
  }
  return dictionary.isCommonWord(folded) && !dictionary.last(folded);
}

/** A first name frequent enough to stay a name even when it is also a word (Mark, Rose). */
const STRONG_FIRST_NAME = 0.4;

function strongFirstName(dictionary: NameDictionary, folded: string): NameHit | undefined {
  const hit = dictionary.first(folded);
  if (!hit) return undefined;
  if (NOT_A_NAME.has(folded)) return undefined;
  if (dictionary.isCommonWord(folded) && hit.frequency < STRONG_FIRST_NAME) return undefined;
  return hit;
}

/** Titles of longer capitalised runs: keep only first-name + surname pairs inside them. */
function scanLongRun(
  context: ScanContext,
  run: Token[],
  from: number,
  to: number,
  result: ScanResult,
): void {
  const core = run.filter((token) => !isParticle(token));
  for (let i = 0; i + 1 < core.length; i++) {
    const first = core[i] as Token;
    const last = core[i + 1] as Token;
    if (!strongFirstName(context.dictionary, foldOf(first))) continue;
    const candidate = scoreFullName(context, [first, last], from, to, 0.1);
    if (candidate && candidate.confidence >= 0.5) {
      result.candidates.push(candidate);
      i++;
    }
  }
}

type FirstKind = 'known' | 'initial' | 'plausible' | 'weak';
type LastKind = 'known' | 'upper' | 'known-common' | 'plausible' | 'weak';

/** Base score of a first-name kind × surname kind, before context. */
const BASE: Record<FirstKind, Record<LastKind, number>> = {
  known: { known: 0.74, upper: 0.82, 'known-common': 0.6, plausible: 0.7, weak: 0 },
  initial: { known: 0.5, upper: 0.55, 'known-common': 0.25, plausible: 0.35, weak: 0 },
  plausible: { known: 0.45, upper: 0.5, 'known-common': 0.2, plausible: 0.2, weak: 0 },
  weak: { known: 0.25, upper: 0.3, 'known-common': 0, plausible: 0, weak: 0 },
};

const UNKNOWN_PAIR_IN_CAPITALS = 0.25;

const BOOST = {
  cue: 0.2,
  cueAfter: 0.12,
  signature: 0.15,
  strongField: 0.2,
  weakField: 0.12,
  email: 0.15,
};
const MAX_CONFIDENCE = 0.99;
/** A single known name without any support (no cue, field or signature). */
const UNSUPPORTED_NAME = 0.3;

/** Honorifics: strong enough to make an unknown capitalised word a surname (`Mme Ngoma`). */
const TITLE_CUES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'pr',
  'prof',
  'me',
  'm',
  'mme',
  'mmes',
  'mlle',
  'mm',
  'monsieur',
  'madame',
  'mademoiselle',
  'sir',
  'dear',
  'cher',
  'chere',
]);
/** Cues that greet: they name a first name (`Dear Peter`), not any word (`Dear Reader`). */
const GREETINGS = new Set([
  'dear',
  'cher',
  'chere',
  'hello',
  'hi',
  'hey',
  'bonjour',
  'bonsoir',
  'salut',
]);
const TEST_DATA_CEILING = 0.2;

function scoreFullName(
  context: ScanContext,
  run: Token[],
  from: number,
  to: number,
  penalty = 0,
): Candidate | undefined {
  const { dictionary, text } = context;
  const core = run.filter((token) => !isParticle(token));
  if (core.some((token) => NOT_A_NAME.has(bareFold(token)))) return undefined;
  if (afterPlaceWord(text, (run[0] as Token).start, from)) return undefined;
  const evidence: Evidence[] = [];
  let firstToken = core[0] as Token;
  let lastToken = core[core.length - 1] as Token;
  // French registers write `DUPONT Jean`: surname first, in capitals.
  if (
    core.length === 2 &&
    firstToken.shape === 'upper' &&
    lastToken.shape === 'title' &&
    compoundHit(foldOf(lastToken), (part) => strongFirstName(dictionary, part), 'all')
  ) {
    [firstToken, lastToken] = [lastToken, firstToken];
  }
  const allUpper = core.every((token) => token.shape === 'upper');
  const first = classifyFirst(dictionary, firstToken, evidence);
  const last = classifyLast(dictionary, lastToken, allUpper, evidence);
  let score = BASE[first.kind][last.kind];
  // Rare first names come from a long unranked list: alone they do not vouch for a surname.
  if (first.kind === 'known' && first.frequency <= RARE_FREQUENCY && last.kind === 'plausible') {
    score = BASE.plausible.upper;
  }
  // `Device IMEI`, `Build SIRET`: an unknown word before an unknown acronym is a label.
  if (first.kind === 'plausible' && last.kind === 'upper' && last.frequency === 0) {
    score = UNKNOWN_PAIR_IN_CAPITALS;
  }
  if (first.kind === 'known' && (last.kind === 'known' || last.kind === 'known-common')) {
    score += 0.06 * first.frequency + 0.06 * last.frequency;
  }
  if (allUpper) score = first.kind === 'known' ? score - 0.1 : 0;
  for (const middle of core.slice(1, -1)) {
    if (middle === firstToken || middle === lastToken) continue;
    if (middle.shape === 'initial' || middle.shape === 'upper') continue;
    const folded = foldOf(middle);
    if (dictionary.first(folded) || dictionary.last(folded)) continue;
    if (dictionary.isCommonWord(folded)) score -= 0.2;
  }
  if (context.wholeValue && context.field?.strength === 'strong') score = Math.max(score, 0.5);
  score -= penalty;
  if (score <= 0) return undefined;
  const start = (run[0] as Token).start;
  const end = (run[run.length - 1] as Token).end;
  score += contextBoost(context, start, end, from, to, evidence, cueBefore(text, start, from), {
    first: first.folded,
    last: last.folded,
  });
  const candidate = makeCandidate(text, start, end, Math.min(score, MAX_CONFIDENCE), evidence);
  markPlaceholder(text, candidate);
  return candidate;
}

interface FirstPart {
  kind: FirstKind;
  folded: string;
  frequency: number;
}

function classifyFirst(dictionary: NameDictionary, token: Token, evidence: Evidence[]): FirstPart {
  const folded = bareFold(token);
  if (token.shape === 'initial') {
    // `Jean-P.`: the part before the hyphen is a full first name.
    const head = folded.includes('-') ? folded.slice(0, folded.indexOf('-')) : '';
    const hit = head ? strongFirstName(dictionary, head) : undefined;
    if (hit) return known(hit, head, evidence, 'first');
    return { kind: 'initial', folded, frequency: 0 };
  }
  const hit = compoundHit(folded, (part) => strongFirstName(dictionary, part), 'all');
  if (hit) return known(hit, folded, evidence, 'first');
  if (isOrdinary(dictionary, folded) || folded.length < 2) {
    return { kind: 'weak', folded, frequency: 0 };
  }
  return { kind: 'plausible', folded, frequency: 0 };
}

interface LastPart {
  kind: LastKind;
  folded: string;
  frequency: number;
}

function classifyLast(
  dictionary: NameDictionary,
  token: Token,
  allUpper: boolean,
  evidence: Evidence[],
): LastPart {
  const folded = foldWithoutElision(token);
  const hit = compoundHit(folded, (part) => dictionary.last(part), 'any');
  const common = isOrdinary(dictionary, folded);
  if (hit && !common) {
    const kind = token.shape === 'upper' && !allUpper ? 'upper' : 'known';
    return { ...known(hit, folded, evidence, 'last'), kind };
  }
  if (token.shape === 'upper' && !allUpper && !common && folded.length >= 2) {
    return { kind: 'upper', folded, frequency: 0 };
  }
  if (hit) return { ...known(hit, folded, evidence, 'last'), kind: 'known-common' };
  if (common || token.shape === 'initial' || folded.length < 2) {
    return { kind: 'weak', folded, frequency: 0 };
  }
  return { kind: 'plausible', folded, frequency: 0 };
}

function known(
  hit: NameHit,
  folded: string,
  evidence: Evidence[],
  part: 'first' | 'last',
): { kind: 'known'; folded: string; frequency: number } {
  evidence.push({
    kind: 'dictionary',
    detail: `${part}:${hit.language}`,
    frequency: hit.frequency,
  });
  return { kind: 'known', folded, frequency: hit.frequency };
}

/** Hyphenated names: every part a first name (`Jean-Pierre`), any part a surname. */
function compoundHit(
  folded: string,
  lookup: (part: string) => NameHit | undefined,
  mode: 'all' | 'any',
): NameHit | undefined {
  const whole =
    lookup(folded) ??
    (hasApostrophe(folded) ? lookup(folded.replace(/['\u2019]/g, '')) : undefined);
  if (whole || !folded.includes('-')) return whole;
  const hits = folded.split('-').map(lookup);
  if (mode === 'all' && hits.some((hit) => !hit)) return undefined;
  const found = hits.filter((hit): hit is NameHit => hit !== undefined);
  if (found.length === 0) return undefined;
  return found.reduce((a, b) => (a.frequency <= b.frequency ? a : b));
}

function contextBoost(
  context: ScanContext,
  start: number,
  end: number,
  from: number,
  to: number,
  evidence: Evidence[],
  before: CueHit | undefined,
  name?: { first: string; last: string },
): number {
  const { text } = context;
  let boost = 0;
  if (before) {
    evidence.push({
      kind: 'keyword',
      detail: before.cue,
      distance: before.distance,
      position: 'before',
    });
    boost += BOOST.cue;
  } else if (name) {
    const after = cueAfter(text, end, to);
    if (after) {
      evidence.push({
        kind: 'keyword',
        detail: after.cue,
        distance: after.distance,
        position: 'after',
      });
      boost += BOOST.cueAfter;
    }
  }
  if (!before && isSignatureLine(text, start, from)) {
    evidence.push({ kind: 'context', detail: 'signature' });
    boost += BOOST.signature;
  }
  if (context.field) {
    evidence.push({ kind: 'field', detail: context.field.keyword });
    boost += context.field.strength === 'strong' ? BOOST.strongField : BOOST.weakField;
  }
  if (name) {
    const emails = (context.emailParts ??= new EmailLocalParts(context.source));
    if (!emails.empty && emails.supports(name.first, name.last)) {
      evidence.push({ kind: 'context', detail: 'email-local-part' });
      boost += BOOST.email;
    }
  }
  return boost;
}

/** `Avenue Victor Hugo`, `lycée Jean Moulin`: a place named after a person. */
function afterPlaceWord(text: string, start: number, floor: number): boolean {
  const window = fold(text.slice(Math.max(floor, start - 24), start)).trimEnd();
  const word = window.slice(window.search(/[a-z]+$/));
  return word.length > 0 && PLACE_WORDS.has(word);
}

function evaluateSingle(
  context: ScanContext,
  token: Token,
  from: number,
  to: number,
  result: ScanResult,
  nameStart = token.start,
): void {
  if (token.shape === 'initial') return;
  const { text } = context;
  const facts = wordFacts(context.dictionary, token.text);
  const { folded, common, firstHit, lastHit } = facts;
  if (folded.length < 2) return;
  // In a first-name or surname column, `Ruby`, `Victoria` or `Brown` is a name like the others.
  const nameColumn = context.wholeValue && context.field?.strength === 'strong';
  if (facts.notAName && !(nameColumn && facts.knownName)) return;
  if (facts.placeholder) return;
  // An ordinary word that no list knows as a name is none alone, whatever the cue before it.
  if (common && !context.field && !facts.strongFirst && !facts.last) return;
  // Every way on from here reads the cue before the name (up to three times): look it up once.
  const cue = cueBefore(text, nameStart, from);
  // Without a field, a capitalised ordinary word ("Try", "Will") is never a name on its own,
  // unless a title or greeting names it (`Mme Bonnet`, `Mr Brown`, `Dear Peter`). A frequent
  // name among them is still upgraded once the full name is confirmed in the file.
  if (common && !context.field && !namedByCue(cue, facts)) {
    if (facts.strongFirst || facts.last) {
      result.singles.add(token.start, token.end, folded, 0);
    }
    return;
  }
  const evidence: Evidence[] = [];
  const hit = pickHit(firstHit, lastHit);
  // An unknown word outside a name field needs a title right before it (`Mme Ngoma`): check
  // that first, it is the cheap and frequent way out ("The", "PCI", "Lorem").
  if (!hit && !context.field) {
    if (!cue || !TITLE_CUES.has(cue.cue)) {
      result.singles.add(token.start, token.end, folded, 0);
      return;
    }
  }
  if (hit) evidence.push(dictionaryEvidence(hit, facts));
  const boost = contextBoost(context, nameStart, token.end, from, to, evidence, cue);
  const supported = boost > 0;
  // An unknown word needs a title (`M. Xu`) or a person field, not just "by" or "Hello".
  const strongSupport =
    evidence.some((item) => item.kind === 'keyword' && TITLE_CUES.has(item.detail)) ||
    (context.wholeValue && context.field?.strength === 'strong');
  let score: number;
  if (!supported) score = hit && !common ? UNSUPPORTED_NAME : 0;
  else if (common) score = hit ? 0.35 : 0;
  else if (hit) score = 0.55 + 0.1 * hit.frequency;
  else if (!strongSupport) score = 0.25;
  else if (token.shape === 'upper') score = 0.55;
  else score = folded.length >= 3 ? 0.45 : 0;
  if (supported && score > 0) score += Math.min(boost, BOOST.cue);
  if (context.wholeValue && context.field && score > 0) score += 0.05;
  if (!common || facts.strongFirst || facts.last) {
    result.singles.add(token.start, token.end, folded, score);
  }
  if (score <= 0) return;
  result.candidates.push(
    makeCandidate(text, token.start, token.end, Math.min(score, MAX_CONFIDENCE), evidence),
  );
}

function namedByCue(cue: CueHit | undefined, facts: WordFacts): boolean {
  if (!cue) return false;
  if (GREETINGS.has(cue.cue)) return facts.strongFirst !== undefined;
  if (!TITLE_CUES.has(cue.cue)) return false;
  return facts.last !== undefined || facts.strongFirst !== undefined;
}

/** What the lists say of a single capitalised word, as `evaluateSingle` reads them. */
interface WordFacts {
  /** Folded, without an elided `d'` / `l'`. */
  folded: string;
  /** Folded as written: `normalizeName` of the word. */
  normalized: string;
  notAName: boolean;
  knownName: boolean;
  placeholder: boolean;
  common: boolean;
  strongFirst: NameHit | undefined;
  last: NameHit | undefined;
  /** Every part of a compound a first name (`Jean-Pierre`). */
  firstHit: NameHit | undefined;
  /** Any part of a compound a surname. */
  lastHit: NameHit | undefined;
  /**
   * Alone outside a name value (no field) the word makes no candidate and no single, whatever
   * is around it: the early returns of `evaluateSingle`.
   */
  nothingAlone: boolean;
  /**
   * Alone outside a name value the word, which no list knows, makes a single of confidence 0
   * unless a title names it (`Mme Ngoma`): the way out of `evaluateSingle` for `!hit`.
   */
  unknownAlone: boolean;
  /** See `nothingAloneInValue`; worked out on first use. */
  nothingAloneInValue: boolean | undefined;
  /** A leading cue word (`Merci`, `Author`) and a particle (`Le`), for `readLoneWord`. */
  leadingCue: boolean;
  particle: boolean;
}

/**
 * Facts by word as written: sentences start with the same few words, table columns repeat
 * their values, so most single words are folded and looked up in the lists only once. Bounded:
 * the cache starts over when full, or for another dictionary.
 */
const WORD_FACTS_LIMIT = 8192;
const factsByWord = new Map<string, WordFacts>();
let factsDictionary: NameDictionary | undefined;

function wordFacts(dictionary: NameDictionary, word: string): WordFacts {
  useFactsOf(dictionary);
  // Most words come again soon (the same few open sentences): found in their slot by a compare
  // of the word, without working out the hash of a fresh slice for the map.
  const slot = recentSlot(word);
  if (recentWords[slot] === word) return recentFacts[slot] as WordFacts;
  let facts = factsByWord.get(word);
  if (!facts) {
    if (factsByWord.size >= WORD_FACTS_LIMIT) factsByWord.clear();
    facts = lookUpWord(dictionary, word);
    // Detached: a slice would keep its whole source (a 1 MiB segment) alive in the cache.
    factsByWord.set(detach(word), facts);
  }
  recentWords[slot] = detach(word);
  recentFacts[slot] = facts;
  return facts;
}

/** Starts the caches over for another dictionary. */
function useFactsOf(dictionary: NameDictionary): void {
  if (dictionary === factsDictionary) return;
  factsByWord.clear();
  recentWords.fill(undefined);
  factsDictionary = dictionary;
}

const RECENT_SLOTS = 1024;
const recentWords = new Array<string | undefined>(RECENT_SLOTS).fill(undefined);
const recentFacts = new Array<WordFacts | undefined>(RECENT_SLOTS).fill(undefined);

/** A slot chosen by the word's length and three of its letters. */
function recentSlot(word: string): number {
  return slotAt(word, 0, word.length);
}

/** The slot of the word `text[start, start + length)`, read in place. */
function slotAt(text: string, start: number, length: number): number {
  const hash =
    length * 31 +
    text.charCodeAt(start) * 17 +
    text.charCodeAt(start + (length >> 1)) * 7 +
    text.charCodeAt(start + length - 1);
  return hash & (RECENT_SLOTS - 1);
}

function lookUpWord(dictionary: NameDictionary, word: string): WordFacts {
  const lower = fold(word);
  const folded = isApostrophe(lower.charCodeAt(1)) ? lower.replace(/^[dl]['\u2019]/, '') : lower;
  const notAName = NOT_A_NAME.has(folded);
  const placeholder = PLACEHOLDER_VALUES.has(folded);
  const common = dictionary.isCommonWord(folded);
  const strongFirst = strongFirstName(dictionary, folded);
  const last = dictionary.last(folded);
  const firstHit = compoundHit(folded, (part) => dictionary.first(part), 'all');
  const lastHit = compoundHit(folded, (part) => dictionary.last(part), 'any');
  const nothingAlone =
    folded.length < 2 ||
    notAName ||
    placeholder ||
    (common && strongFirst === undefined && last === undefined);
  return {
    folded,
    normalized: lower,
    notAName,
    knownName: knownName(dictionary, folded),
    placeholder,
    common,
    strongFirst,
    last,
    firstHit,
    lastHit,
    nothingAlone,
    unknownAlone: !nothingAlone && !common && firstHit === undefined && lastHit === undefined,
    nothingAloneInValue: undefined,
    leadingCue: LEADING_CUE_WORDS.has(folded),
    particle: PARTICLES.has(folded),
  };
}

function knownName(dictionary: NameDictionary, folded: string): boolean {
  return dictionary.first(folded) !== undefined || dictionary.last(folded) !== undefined;
}

function pickHit(first?: NameHit, last?: NameHit): NameHit | undefined {
  if (!first) return last;
  if (!last) return first;
  return first.frequency >= last.frequency ? first : last;
}

export function makeCandidate(
  text: string,
  start: number,
  end: number,
  confidence: number,
  evidence: Evidence[],
): Candidate {
  // Every finding says why: at least the shape that made it a candidate.
  if (evidence.length === 0) evidence.push({ kind: 'pattern', detail: 'capitalised-words' });
  return new FoundCandidate(
    start,
    end,
    normalizeName(text.slice(start, end)),
    Math.round(confidence * 100) / 100,
    evidence,
  );
}

/** Folded, single spaces: the key for fingerprints and baselines. */
export function normalizeName(value: string): string {
  return fold(value).replace(/\s+/g, ' ').trim();
}

function markPlaceholder(text: string, candidate: Candidate): void {
  const name = candidate.normalized.replace(/\./g, '');
  const placeholder =
    PLACEHOLDER_NAMES.has(name) ||
    (TEMPLATE_NAMES.has(name) && inTemplateContext(text, candidate.start, candidate.end));
  if (!placeholder) return;
  candidate.testData = true;
  candidate.confidence = Math.min(candidate.confidence, TEST_DATA_CEILING);
  candidate.evidence.push({ kind: 'test-data', detail: 'placeholder' });
}
