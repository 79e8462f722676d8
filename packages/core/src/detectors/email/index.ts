// Only the one validator used: the package's index loads all of them (about 25 ms more at the
// start of every process and scan worker).
import isEmailModule from 'validator/lib/isEmail.js';
import { isLetterOrMark } from '../../text/chars.js';
import { FoundCandidate } from '../../text/found-candidate.js';
import { fieldMatches, keywordEvidence, keywordList, nearestKeyword } from '../../text/keywords.js';
import type { Candidate, Detector, Evidence, Segment } from '../../types.js';
import { VerdictCache } from './verdicts.js';
import { NO_CANDIDATES } from '../../text/no-candidates.js';

/** RFC 5321 limits: anything longer cannot be an address, so expansion stops there. */
const MAX_LOCAL_LENGTH = 64;
const MAX_DOMAIN_LENGTH = 253;
/** `a@b.cd`: `isEmail` with `require_tld` wants a dot and a TLD of two letters or more. */
const SHORTEST_ADDRESS = 6;

const CONFIDENCE = 0.95;
const CONFIDENCE_WITH_CONTEXT = 0.98;
const CONFIDENCE_ROLE = 0.6;
const CONFIDENCE_RESERVED = 0.1;
const CONFIDENCE_PLACEHOLDER = 0.2;

const KEYWORDS = keywordList([
  'email',
  'e-mail',
  'emails',
  'mail',
  'courriel',
  'mel',
  'adresse electronique',
  'adresse mail',
  'contact',
  'to',
  'from',
  'cc',
  'reply-to',
]);

const FIELD_KEYWORDS = keywordList([
  'email',
  'e-mail',
  'e mail',
  'mail',
  'courriel',
  'mel',
  'emails',
  'contact',
]);

/**
 * Domains reserved for documentation and testing by RFC 2606 / RFC 6761: an address there is
 * not anyone's, so it is reported as test data below the threshold. `localdomain` is the
 * conventional name of a machine's own host (`root@localhost.localdomain`).
 */
const RESERVED_DOMAINS = ['example.com', 'example.org', 'example.net'];
const RESERVED_TLDS = ['test', 'example', 'invalid', 'localhost', 'localdomain'];

/**
 * Stand-ins that documentation, forms and tests write where an address goes ("your.name@…",
 * "user@domain.com"): not anyone's, reported as test data like the reserved domains.
 */
const PLACEHOLDER_DOMAINS = new Set([
  'domain.com',
  'yourdomain.com',
  'your-domain.com',
  'mydomain.com',
  'yourcompany.com',
  'foo.com',
  'bar.com',
  'foobar.com',
  'test.com',
]);
const PLACEHOLDER_LOCAL_PARTS = new Set([
  'your.name',
  'yourname',
  'your.email',
  'youremail',
  'your-email',
  'your_email',
  'someone',
  'firstname.lastname',
  'first.last',
  'prenom.nom',
  'nom.prenom',
  'votre.nom',
  'votre.email',
  'votre-email',
]);

/**
 * Role mailboxes that RFC 2142 and common practice give to a function, not a person. They are
 * still addresses, reported at a confidence just above the default threshold.
 */
const ROLE_LOCAL_PARTS = new Set([
  'noreply',
  'no-reply',
  'no_reply',
  'donotreply',
  'do-not-reply',
  'postmaster',
  'hostmaster',
  'abuse',
  'webmaster',
  'mailer-daemon',
]);

/**
 * File extensions that make `name@2x.png` or `font@4.0.0.min.css` look like an address; none
 * of these is a TLD people have mailboxes under.
 */
const FILE_EXTENSIONS = new Set(
  (
    'png jpg jpeg gif svg webp ico bmp avif tif tiff heic js mjs cjs jsx ts mts cts tsx css scss ' +
    'sass less map json yml yaml lock txt htm html pdf gz tgz mdx vue svelte wasm woff woff2 ttf ' +
    'otf eot mp3 mp4 webm exe dll'
  ).split(' '),
);

const SHELL_LOGIN_COMMANDS = new Set(['ssh', 'scp', 'sftp', 'mosh', 'rsync', 'ssh-copy-id']);

/** Email headers whose `<…@…>` values are message identifiers, not mailboxes. */
const MESSAGE_ID_KEYWORDS = keywordList(['message-id', 'in-reply-to', 'references', 'content-id']);

/** `validator.isEmail` by value: the same addresses come back in logs and tables. */
// A CommonJS module typed as ES: its function is the module and also its `default`.
const isEmail = isEmailModule.default;
const VALID_ADDRESSES = new VerdictCache(1024, (value) => isEmail(value, { require_tld: true }));

/** Characters of an unquoted local part that occur in real addresses (a subset of RFC 5322). */
function isLocalChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) {
    return (
      (code >= 48 && code <= 57) ||
      (code >= 65 && code <= 90) ||
      (code >= 97 && code <= 122) ||
      ch === '.' ||
      ch === '_' ||
      ch === '%' ||
      ch === '+' ||
      ch === '-' ||
      ch === "'"
    );
  }
  return isLetterOrMark(ch) || /\p{Nd}/u.test(ch);
}

function isDomainChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) {
    return (
      (code >= 48 && code <= 57) ||
      (code >= 65 && code <= 90) ||
      (code >= 97 && code <= 122) ||
      ch === '.' ||
      ch === '-'
    );
  }
  return isLetterOrMark(ch) || /\p{Nd}/u.test(ch);
}

/**
 * Expansion stops at the first character outside the address alphabet; these stops mean the
 * candidate is glued to something longer (`a@b@c.fr`, `x@acme.fr_old`).
 */
function isGlue(ch: string | undefined): boolean {
  return ch === '@' || ch === '_';
}

function isReserved(domain: string): boolean {
  const tld = domain.slice(domain.lastIndexOf('.') + 1);
  return (
    domain === 'localhost' ||
    domain.startsWith('localhost.') ||
    RESERVED_TLDS.includes(tld) ||
    RESERVED_DOMAINS.some((d) => domain === d || domain.endsWith(`.${d}`))
  );
}

function looksLikeFileName(domain: string): boolean {
  const labels = domain.split('.');
  const tld = labels[labels.length - 1] ?? '';
  // `icon@2x.ios.png`-style density suffixes of image assets.
  return FILE_EXTENSIONS.has(tld) || /^\d+x$/.test(labels[0] ?? '');
}

interface Span {
  start: number;
  end: number;
}

/** Grow left and right from the `@` at `at`; undefined when no plausible address is there. */
function spanAround(text: string, at: number): Span | undefined {
  let start = at;
  while (start > 0 && at - start <= MAX_LOCAL_LENGTH && isLocalChar(text[start - 1] as string)) {
    start--;
  }
  if (at - start > MAX_LOCAL_LENGTH) return undefined;
  // Quotes and dots open a string or a sentence, not the local part.
  while (start < at && (text[start] === "'" || text[start] === '.' || text[start] === '-')) start++;
  if (start === at) return undefined;

  let end = at + 1;
  while (
    end < text.length &&
    end - at <= MAX_DOMAIN_LENGTH + 1 &&
    isDomainChar(text[end] as string)
  ) {
    end++;
  }
  if (end - at > MAX_DOMAIN_LENGTH + 1) return undefined;
  while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
  if (end <= at + 1) return undefined;

  if (isGlue(text[start - 1]) || isGlue(text[end])) return undefined;
  return { start, end };
}

/** URL user-info (`https://token@host`) and scp-style remotes (`git@host:org/repo`). */
function isUrlOrRemote(text: string, span: Span): boolean {
  // Walk back over the token: `scheme://user:secret@host` has `://` and no `/` before the `@`.
  for (let i = span.start - 1; i >= 0 && span.start - i <= 256; i--) {
    const ch = text[i] as string;
    if (ch === '/') {
      if (text[i - 1] === '/' && text[i - 2] === ':') return true;
      break;
    }
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '"' || ch === "'" || ch === '<') break;
  }
  const next = text[span.end + 1];
  return text[span.end] === ':' && next !== undefined && !/\s/.test(next);
}

/** Remote shell logins (`ssh -p 22 deploy@web1.acme.fr`) name a host account, not a mailbox. */
function isShellLogin(text: string, span: Span): boolean {
  // The command is the first word of the line's last 120 characters, past `$` prompts and sudo.
  const limit = Math.max(0, span.start - SHELL_LOOKBACK);
  let from = span.start;
  while (from > limit && text.charCodeAt(from - 1) !== 10) from--;
  for (let i = from; i < span.start;) {
    while (i < span.start && isSpace(text.charCodeAt(i))) i++;
    if (i === span.start) return false;
    const wordStart = i;
    while (i < span.start && !isSpace(text.charCodeAt(i))) i++;
    if (
      text.charCodeAt(wordStart) === 36 ||
      (text.startsWith('sudo', wordStart) && i - wordStart === 4)
    ) {
      continue;
    }
    return (
      i - wordStart <= LONGEST_SHELL_COMMAND && SHELL_LOGIN_COMMANDS.has(text.slice(wordStart, i))
    );
  }
  return false;
}

/** How far back a shell command is looked for, and the longest one known (`ssh-copy-id`). */
const SHELL_LOOKBACK = 120;
const LONGEST_SHELL_COMMAND = 11;

/** What `\s` matches (and `trim` removes), by char code. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function evidenceFor(segment: Segment, span: Span): Evidence[] {
  const evidence: Evidence[] = [
    { kind: 'pattern', detail: 'email' },
    { kind: 'validator', detail: 'isEmail' },
  ];
  const field = fieldMatches(segment.location.field, FIELD_KEYWORDS);
  if (field) evidence.push({ kind: 'field', detail: field });
  const hit = nearestKeyword(segment.text, span.start, span.end, KEYWORDS);
  if (hit) evidence.push(keywordEvidence(hit));
  return evidence;
}

function detect(segment: Segment): readonly Candidate[] {
  const { text } = segment;
  // Nearly every cell and most lines have no `@`: their length or one native search rejects
  // them first.
  if (text.length < SHORTEST_ADDRESS || text.indexOf('@') < 0) return NO_CANDIDATES;
  const from = segment.reportFrom ?? 0;
  const to = segment.reportTo ?? text.length;
  const candidates: Candidate[] = [];
  let lastEnd = -1;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const span = spanAround(text, at);
    if (!span || span.start < lastEnd || span.start < from || span.start >= to) continue;
    const value = text.slice(span.start, span.end);
    const domain = value.slice(value.indexOf('@') + 1).toLowerCase();
    const local = value.slice(0, value.indexOf('@')).toLowerCase();
    if (isUrlOrRemote(text, span) || isShellLogin(text, span)) continue;
    if (looksLikeFileName(domain) || local === 'git') continue;
    if (!VALID_ADDRESSES.verdict(value)) continue;
    if (
      text[span.start - 1] === '<' &&
      nearestKeyword(text, span.start, span.end, MESSAGE_ID_KEYWORDS)
    ) {
      continue;
    }
    lastEnd = span.end;
    const evidence = evidenceFor(segment, span);
    const normalized = value.toLowerCase();
    let confidence: number;
    let testData: true | undefined;
    if (isReserved(domain)) {
      evidence.push({ kind: 'test-data', detail: 'reserved-domain' });
      confidence = CONFIDENCE_RESERVED;
      testData = true;
    } else if (PLACEHOLDER_DOMAINS.has(domain) || PLACEHOLDER_LOCAL_PARTS.has(local)) {
      evidence.push({ kind: 'test-data', detail: 'placeholder' });
      confidence = CONFIDENCE_PLACEHOLDER;
      testData = true;
    } else if (ROLE_LOCAL_PARTS.has(local)) {
      evidence.push({ kind: 'context', detail: 'role-address' });
      confidence = CONFIDENCE_ROLE;
    } else {
      const context = evidence.some((e) => e.kind === 'field' || e.kind === 'keyword');
      confidence = context ? CONFIDENCE_WITH_CONTEXT : CONFIDENCE;
    }
    candidates.push(
      new FoundCandidate(span.start, span.end, normalized, confidence, evidence, testData),
    );
  }
  return candidates;
}

/** `jane.doe@acme.fr` → `j***@acme.fr`: the first character tells addresses apart in triage. */
function redact(value: string): string {
  const at = value.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${String.fromCodePoint(value.codePointAt(0) as number)}***${value.slice(at)}`;
}

export const emailDetector: Detector = {
  id: 'email',
  type: 'email',
  category: 'user.contact.email',
  description: 'E-mail addresses, anchored on "@" and validated with validator.isEmail',
  detect,
  redact,
  // `detect`'s first test: the length and an `@`.
  cellNeeds: { minLength: SHORTEST_ADDRESS, allOf: ['@'] },
};
