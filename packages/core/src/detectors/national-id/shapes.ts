import { compiledOnOrdinaryText } from '../../text/ordinary-compile.js';

/**
 * One search for the shapes of several schemes (NIR, NINO, SSN): a text is read once by one
 * regex whose alternatives are the schemes' shapes, rather than once per scheme. Each scheme
 * keeps the positions its own search would have visited: a shape that matches at `p` makes the
 * combined regex match at `p`, so visiting every combined match in order and testing each
 * scheme's shape there (from its own `next` on) yields exactly the matches its own search would.
 */
export interface ShapeFinder {
  /** The scheme's shape, sticky: tested at each position the combined search stops at. */
  readonly shape: RegExp;
  /**
   * What the combined search looks for in the scheme's place: `shape`, or a looser pattern that
   * matches wherever `shape` does, at the same index (and the engine skips faster).
   */
  readonly search: RegExp;
  /** Where the scheme's own search would resume: no shape before it is read. */
  readonly next: number;
  /** The scheme has read its last shape (one at or past its end). */
  readonly done: boolean;
  /** Read the value whose shape matched at `index` (and move `next` past it). */
  step(text: string, index: number): void;
}

/** Combined searches by their alternatives (a handful: schemes change shape once). */
const combined: { searches: readonly RegExp[]; search: RegExp }[] = [];

/** The combined search of the finders' current `search`es, made once per combination. */
function anyShape(finders: readonly ShapeFinder[]): RegExp {
  for (const entry of combined) if (searchesAre(finders, entry.searches)) return entry.search;
  const searches = finders.map((finder) => finder.search);
  // Compiled against ordinary words, not the first text searched: see `compiledOnOrdinaryText`.
  const search = compiledOnOrdinaryText(
    new RegExp(searches.map((one) => `(?:${one.source})`).join('|'), 'g'),
  );
  combined.push({ searches, search });
  return search;
}

function searchesAre(finders: readonly ShapeFinder[], searches: readonly RegExp[]): boolean {
  if (finders.length !== searches.length) return false;
  for (let i = 0; i < finders.length; i++) if (finders[i]!.search !== searches[i]) return false;
  return true;
}

/** Run the finders over `text` until each is done or no shape is left. */
export function scanShapes(text: string, finders: readonly ShapeFinder[]): void {
  scanPiece(text, text, 0, finders, 0);
}

/**
 * `scanShapes` over the windows only (flat [start, end) pairs, sorted): each shape holds a digit
 * within two characters of its start and reads one character before it, so a search of each
 * window's slice stops at the same positions in it as a search of the whole text, and none
 * outside them.
 */
export function scanShapesInWindows(
  text: string,
  finders: readonly ShapeFinder[],
  windows: readonly number[],
): void {
  let floor = 0;
  for (let w = 0; w < windows.length && floor >= 0; w += 2) {
    const windowStart = windows[w]!;
    const windowEnd = windows[w + 1]!;
    if (nextPosition(finders, floor) >= windowEnd) continue;
    floor = scanPiece(text, text.slice(windowStart, windowEnd), windowStart, finders, floor);
  }
}

/**
 * Run the finders over the shapes found in `piece` (the part of `text` from `offset` on) at
 * or after `floor`. Returns where a later piece's search starts, or -1 once every finder is done.
 */
function scanPiece(
  text: string,
  piece: string,
  offset: number,
  finders: readonly ShapeFinder[],
  floor: number,
): number {
  let search = anyShape(finders);
  search.lastIndex = Math.max(0, nextPosition(finders, floor) - offset);
  for (let hit = search.exec(piece); hit; hit = search.exec(piece)) {
    const at = hit.index + offset;
    let active = false;
    for (const finder of finders) {
      if (finder.done) continue;
      if (at >= finder.next) {
        finder.shape.lastIndex = at;
        if (finder.shape.test(text)) finder.step(text, at);
      }
      if (!finder.done) active = true;
    }
    if (!active) return -1;
    // A finder may change its shape (SSN: dashed only once bare values are not wanted).
    search = anyShape(finders);
    floor = at + 1;
    const next = nextPosition(finders, floor) - offset;
    if (next >= piece.length) break;
    search.lastIndex = next;
  }
  return floor;
}

/** The first position any finder still reads, `floor` at least. */
function nextPosition(finders: readonly ShapeFinder[], floor: number): number {
  let next = Infinity;
  for (const finder of finders) if (!finder.done && finder.next < next) next = finder.next;
  return Math.max(floor, next);
}
