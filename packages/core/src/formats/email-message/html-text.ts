/**
 * HTML to plain text for scanning: tags dropped, block ends turned into line breaks, script and
 * style contents removed, common entities decoded. Written as a linear scan (no regex over the
 * whole document), so hostile markup cannot make it slow.
 */

const BLOCK_TAGS = new Set([
  'br',
  'p',
  'div',
  'tr',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'blockquote',
]);
const HIDDEN_TAGS = new Set(['script', 'style', 'head', 'title']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  agrave: 'à',
  ccedil: 'ç',
  ocirc: 'ô',
  ucirc: 'û',
  icirc: 'î',
  euml: 'ë',
  iuml: 'ï',
};

function tagName(tag: string): string {
  let i = tag.startsWith('/') ? 1 : 0;
  let name = '';
  for (; i < tag.length; i++) {
    const ch = tag[i] as string;
    if (!/[A-Za-z0-9]/.test(ch)) break;
    name += ch.toLowerCase();
  }
  return name;
}

export function decodeEntities(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const amp = text.indexOf('&', i);
    if (amp < 0) break;
    const semi = text.indexOf(';', amp);
    out += text.slice(i, amp);
    if (semi < 0 || semi - amp > 10) {
      out += '&';
      i = amp + 1;
      continue;
    }
    const body = text.slice(amp + 1, semi);
    let decoded: string | undefined;
    if (body.startsWith('#x') || body.startsWith('#X'))
      decoded = fromCode(parseInt(body.slice(2), 16));
    else if (body.startsWith('#')) decoded = fromCode(parseInt(body.slice(1), 10));
    else decoded = NAMED_ENTITIES[body.toLowerCase()];
    if (decoded === undefined) {
      out += '&';
      i = amp + 1;
    } else {
      out += decoded;
      i = semi + 1;
    }
  }
  return out + text.slice(i);
}

function fromCode(code: number): string | undefined {
  if (!Number.isFinite(code) || code < 1 || code > 0x10ffff) return undefined;
  return String.fromCodePoint(code);
}

export function htmlToText(html: string): string {
  let out = '';
  let i = 0;
  let hidden: string | undefined;
  while (i < html.length) {
    const open = html.indexOf('<', i);
    if (open < 0) {
      if (!hidden) out += html.slice(i);
      break;
    }
    if (!hidden) out += html.slice(i, open);
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    const close = html.indexOf('>', open + 1);
    if (close < 0) break;
    const tag = html.slice(open + 1, close);
    const name = tagName(tag);
    const closing = tag.startsWith('/');
    if (hidden) {
      if (closing && name === hidden) hidden = undefined;
    } else if (!closing && HIDDEN_TAGS.has(name) && !tag.endsWith('/')) {
      hidden = name;
    } else if (BLOCK_TAGS.has(name)) {
      out += '\n';
    }
    i = close + 1;
  }
  return decodeEntities(out)
    .split('\n')
    .map((line) => line.replace(/[ \t\r]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
