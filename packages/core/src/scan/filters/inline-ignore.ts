import { canonicalName } from '../../config/names.js';
import type { RawFinding, Segment } from '../../types.js';

/**
 * Inline directives, whatever the comment syntax around them:
 *   piiscout-ignore-line [types] [-- reason]       findings on this line
 *   piiscout-ignore-next-line [types] [-- reason]  findings on the next line; only when the
 *                                                  directive's line holds nothing but the comment
 *   piiscout-disable [types] … / piiscout-enable [types]   a range of lines
 * Types are entity types or detector ids (`ip_address`, `ip-address`), comma or space separated;
 * none means every type.
 *
 * Directives are collected while the text is read (see scan-file.ts): the reader already holds
 * each segment's text, so a cheap `indexOf('piiscout-')` costs nothing on files without one,
 * works inside pool workers and archive members, and needs no second read of the file.
 */
export type DirectiveKind = 'ignore-line' | 'ignore-next-line' | 'disable' | 'enable';

export interface InlineDirective {
  kind: DirectiveKind;
  /** 1-based line of the directive. */
  line: number;
  /** Archive member the directive is in. */
  entry?: string;
  /** Canonical names (`ip_address`); empty = every type. */
  types: string[];
  /** False for an ignore-next-line that shares its line with code: it applies to nothing. */
  valid: boolean;
}

/** A directive that suppressed nothing (`--report-unused-ignores`). */
export interface UnusedIgnore {
  path: string;
  line: number;
  entry?: string;
  /** The directive in canonical form (never the rest of the line, which may hold a value). */
  directive: string;
  message: string;
}

const MARKER = 'piiscout-';
/** The marker's last character, searched for first (see `markerAt`), and what comes before it. */
const MARKER_LAST = MARKER.length - 1;
const MARKER_BODY = MARKER.slice(0, MARKER_LAST);
const KIND = /^(ignore-next-line|ignore-line|disable|enable)(?![\w-])/;
const COMMENT_CLOSER = /\s*(?:\*\/|--%?>|%>|#\}|\*\)|\}\})\s*$/;
const TYPE_TOKEN = /^[a-z][a-z0-9_-]*$/i;

/** Directives in a segment of a text or code file; an empty list when there are none. */
export function collectDirectives(segment: Segment): InlineDirective[] {
  const text = segment.text;
  let at = markerAt(text, 0);
  if (at < 0 || segment.syntax === 'value' || segment.location.line === undefined) return [];
  const out: InlineDirective[] = [];
  let line = segment.location.line;
  let counted = 0;
  for (; at >= 0; at = markerAt(text, at + MARKER.length)) {
    for (let i = text.indexOf('\n', counted); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
      line++;
      counted = i + 1;
    }
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = text.length;
    // A line cut by a segment border is read whole from the neighbouring, overlapping segment.
    const cutBefore = lineStart === 0 && (segment.location.column ?? 1) !== 1;
    const cutAfter =
      lineEnd === text.length && segment.reportTo !== undefined && segment.reportTo < text.length;
    if (cutBefore || cutAfter) continue;
    const directive = parseDirective(
      text.slice(lineStart, lineEnd).replace(/\r$/, ''),
      at - lineStart,
    );
    if (!directive) continue;
    const found: InlineDirective = { ...directive, line };
    if (segment.location.entry) found.entry = segment.location.entry;
    out.push(found);
  }
  return out;
}

/**
 * `text.indexOf(MARKER, from)`, found by its closing `-`: a single character is searched with
 * `memchr`, and a dash is rarer than the `p` that opens the marker (none in the benchmark's
 * prose, 0.4 % of its code, 2 % of its logs against 2-2.5 % for `p`), each stop costing a call.
 * The six-character head `piisco` took 3.9 ms on the 9.8 MB sample's text, the dash 0.85 ms (a
 * nine-character pattern, searched Boyer-Moore-Horspool by V8, 6.2). Every segment of every
 * text file is searched.
 */
function markerAt(text: string, from: number): number {
  for (
    let dash = text.indexOf('-', from + MARKER_LAST);
    dash >= 0;
    dash = text.indexOf('-', dash + 1)
  ) {
    if (text.startsWith(MARKER_BODY, dash - MARKER_LAST)) return dash - MARKER_LAST;
  }
  return -1;
}

/** The directive starting at `at` in one line of text, or undefined when it is not one. */
export function parseDirective(
  lineText: string,
  at: number,
): Omit<InlineDirective, 'line'> | undefined {
  if (at > 0 && /[\w-]/.test(lineText[at - 1]!)) return undefined;
  const rest = lineText.slice(at + MARKER.length);
  const kind = KIND.exec(rest)?.[1] as DirectiveKind | undefined;
  if (!kind) return undefined;
  let tail = rest.slice(kind.length).replace(COMMENT_CLOSER, '');
  const reasonAt = tail.search(/(^|\s)--(\s|$)/);
  if (reasonAt >= 0) tail = tail.slice(0, reasonAt);
  const types: string[] = [];
  for (const token of tail.split(/[\s,]+/).filter(Boolean)) {
    if (!TYPE_TOKEN.test(token)) break;
    types.push(canonicalName(token));
  }
  const valid = kind !== 'ignore-next-line' || /^[^\p{L}\p{N}]*$/u.test(lineText.slice(0, at));
  return { kind, types, valid };
}

export function describeDirective(directive: InlineDirective): string {
  return [`piiscout-${directive.kind}`, directive.types.join(',')].filter(Boolean).join(' ');
}

interface Range {
  from: number;
  to: number;
  type: string;
  directive: InlineDirective;
}

/**
 * Drop the findings a directive covers. Returns the findings kept and the directives that
 * covered at least one finding (for `--report-unused-ignores`).
 */
export function applyInlineIgnores(
  findings: readonly RawFinding[],
  directives: readonly InlineDirective[],
): { kept: RawFinding[]; used: Set<InlineDirective> } {
  const used = new Set<InlineDirective>();
  if (directives.length === 0) return { kept: [...findings], used };
  const ranges = disabledRanges(directives);
  const kept = findings.filter((finding) => {
    const line = finding.location.line;
    if (line === undefined) return true;
    const entry = finding.location.entry;
    const names = [canonicalName(finding.type), canonicalName(finding.detectorId)];
    const covers = (types: readonly string[]) =>
      types.length === 0 || types.some((t) => names.includes(t));
    let covered = false;
    for (const d of directives) {
      if (!d.valid || d.entry !== entry) continue;
      const target =
        d.kind === 'ignore-line' ? d.line : d.kind === 'ignore-next-line' ? d.line + 1 : -1;
      if (target === line && covers(d.types)) {
        used.add(d);
        covered = true;
      }
    }
    for (const r of ranges) {
      if (
        r.directive.entry === entry &&
        line >= r.from &&
        line <= r.to &&
        (r.type === '*' || names.includes(r.type))
      ) {
        used.add(r.directive);
        covered = true;
      }
    }
    return !covered;
  });
  return { kept, used };
}

/** Directives that covered nothing, and ignore-next-line directives that cannot apply. */
export function unusedDirectives(
  path: string,
  directives: readonly InlineDirective[],
  used: ReadonlySet<InlineDirective>,
): UnusedIgnore[] {
  return directives
    .filter((d) => d.kind !== 'enable' && !used.has(d))
    .map((d) => {
      const unused: UnusedIgnore = {
        path,
        line: d.line,
        directive: describeDirective(d),
        message: d.valid
          ? 'suppressed nothing'
          : 'ignore-next-line must be alone on its line (only the comment around it); it applies to nothing',
      };
      if (d.entry) unused.entry = d.entry;
      return unused;
    });
}

/** Each disable runs to the first later enable that names its type, or names none. */
function disabledRanges(directives: readonly InlineDirective[]): Range[] {
  const ordered = [...directives].sort((a, b) => a.line - b.line);
  const ranges: Range[] = [];
  for (const d of ordered) {
    if (d.kind !== 'disable') continue;
    for (const type of d.types.length > 0 ? d.types : ['*']) {
      const end = ordered.find(
        (e) =>
          e.kind === 'enable' &&
          e.entry === d.entry &&
          e.line > d.line &&
          (e.types.length === 0 || (type !== '*' && e.types.includes(type))),
      );
      ranges.push({ from: d.line, to: end?.line ?? Number.POSITIVE_INFINITY, type, directive: d });
    }
  }
  return ranges;
}
