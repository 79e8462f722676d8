/**
 * The shapes that flow through piiscout: segments from formats, candidates from detectors,
 * findings out of the pipeline. Everything else depends on these; they depend on nothing.
 */

/** snake_case entity type, as it appears in the report (`email`, `ip_address`, …). */
export type EntityType = string;

/** One piece of supporting evidence for a finding (see report-contract.md, `evidence`). */
export interface Evidence {
  kind:
    | 'pattern'
    | 'checksum'
    | 'validator'
    | 'keyword'
    | 'field'
    | 'dictionary'
    | 'test-data'
    | 'context'
    | 'negative';
  detail: string;
  /** For keywords: characters between the keyword and the value. */
  distance?: number;
  /** For keywords: whether the keyword stands before or after the value. */
  position?: 'before' | 'after';
  /** For dictionary hits: relative frequency of the name (0..1). */
  frequency?: number;
}

/** Where a segment (or a finding) comes from. Every field but `path` is optional. */
export interface Location {
  /** Relative to the cwd when the scanned path was relative; POSIX separators. */
  path: string;
  /** 1-based line in the file (for archive entries: in the entry). */
  line?: number;
  /** 1-based column, counted in Unicode code points. */
  column?: number;
  /** Column, header or key name. */
  field?: string;
  /** 1-based data row (CSV, spreadsheet, SQL table). */
  row?: number;
  sheet?: string;
  cell?: string;
  page?: number;
  table?: string;
  /** RFC 6901 JSON Pointer. */
  pointer?: string;
  /** Member inside an archive; nested members are joined with `!/`. */
  entry?: string;
}

/**
 * A piece of text with where it came from. Offsets inside `text` map to lines and columns
 * from `location.line`/`location.column` (the position of `text[0]`), counting newlines.
 */
export interface Segment {
  text: string;
  location: Location;
  /**
   * How the text should be read: `prose` (plain text, documents), `code` (source code:
   * names are looked for only in comments and string literals), `value` (one cell or field
   * value of a structured source, with `location.field` as its label).
   */
  syntax: 'prose' | 'code' | 'value';
  /**
   * Streaming readers overlap consecutive chunks so that a value across a chunk border is
   * seen whole. Only candidates starting inside [reportFrom, reportTo) are reported, so an
   * overlapped value is found exactly once. Defaults: the whole text.
   */
  reportFrom?: number;
  reportTo?: number;
  /** Language hint, when the format knows it. */
  language?: 'en' | 'fr';
}

/** What a detector returns: a span of the segment's text, validated and scored. */
export interface Candidate {
  /** UTF-16 offsets into `segment.text`, end exclusive. */
  start: number;
  end: number;
  /** Normalized value (used for fingerprints, dedupe and baselines), e.g. E.164 for phones. */
  normalized: string;
  /** 0..1 */
  confidence: number;
  evidence: Evidence[];
  /** Set when the value is a known test or example value (still reported below threshold). */
  testData?: boolean;
}

/** Options a detector may read. Kept small: detectors are pure functions of text + options. */
export interface DetectorOptions {
  /** ISO 3166 regions used to read national phone numbers (e.g. FR, GB, US). */
  regions: readonly string[];
}

/** One detector: metadata and a pure function from a segment to candidates. */
export interface Detector {
  /** kebab-case id, used in configs and inline directives (`ip-address`). */
  id: string;
  /** snake_case entity type (`ip_address`). */
  type: EntityType;
  /** Data category id (fideslang key). */
  category: string;
  description: string;
  /** Read-only: a detector may return one shared, frozen empty array when it finds nothing. */
  detect(segment: Segment, options: DetectorOptions): readonly Candidate[];
  /**
   * Mask a raw value for reports, keeping enough to triage (`j***@acme.fr`,
   * `+33 6 ** ** ** 78`). When absent, the pipeline's generic masking is used.
   */
  redact?(value: string): string;
  /**
   * What a table cell (a `value` segment) must hold for `detect` to return any candidate: the
   * pipeline reads each short cell's facts once and calls only the detectors whose needs it
   * meets. Must follow from `detect`'s own tests, never be stricter (a stricter one loses
   * findings silently). Several needs are alternatives. Absent: the detector runs on every cell.
   */
  cellNeeds?: CellNeeds | readonly CellNeeds[];
}

/** A character class of a table cell: ASCII digits and letters, any non-ASCII unit, a few signs. */
export type CellChar = 'digit' | 'lower' | 'upper' | 'non-ascii' | '@' | '.' | ':' | '-';

/** What a cell must hold for a detector to possibly return a candidate (see `cellNeeds`). */
export interface CellNeeds {
  /** Fewest UTF-16 units. */
  minLength?: number;
  /** Fewest ASCII digits (`0`–`9`). */
  minDigits?: number;
  /** Every one of these classes. */
  allOf?: readonly CellChar[];
  /** At least one of these classes. */
  anyOf?: readonly CellChar[];
}

/** A reported finding (see report-contract.md). */
export interface Finding {
  type: EntityType;
  category: string;
  confidence: number;
  /** The exact source text; only kept when the user asks for `--reveal`. */
  value?: string;
  redacted?: string;
  fingerprint: string;
  location: Location;
  evidence?: Evidence[];
  /** For field-name-only categories: number of non-empty values in the column. */
  occurrences?: number;
  /** Known test/example value. */
  testData?: boolean;
}

/** Internal finding before redaction: always carries the raw value and normalized form. */
export interface RawFinding extends Omit<Finding, 'fingerprint'> {
  /**
   * Set when the fingerprint is not the finding's own (type, normalized value, path); otherwise
   * computed only when the finding is reported (`finalizeFinding`), never for dropped ones.
   */
  fingerprint?: string;
  value: string;
  normalized: string;
  detectorId: string;
}

/** A per-file problem: never fatal to the scan. Messages never contain raw values. */
export interface FileError {
  path: string;
  message: string;
}

export interface ScanStats {
  files: number;
  bytes: number;
  skipped: number;
  durationMs: number;
  /** Why files were skipped, by reason (binary, lockfile, ignored, …). */
  skippedByReason?: Record<string, number>;
  /** With `--profile`: milliseconds per detector and per format, summed over workers. */
  profile?: {
    detectors: Record<string, number>;
    formats: Record<string, { ms: number; bytes: number; files: number }>;
  };
}
