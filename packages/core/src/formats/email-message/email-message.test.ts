import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, inputFromBytes, inputFromText } from '../testing.js';
import type { FormatInput, NestedContent } from '../types.js';
import { emailMessageFormat } from './index.js';
import { htmlToText } from './html-text.js';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', name)));

interface Attachment {
  entry: string;
  depth: number;
  text: string;
}

function withRecorder(input: FormatInput, attachments: Attachment[]): FormatInput {
  input.nested = async function* (entry: string, content: NestedContent, depth: number) {
    const bytes = content instanceof Uint8Array ? content : new Uint8Array();
    attachments.push({ entry, depth, text: new TextDecoder().decode(bytes) });
    yield { text: 'from attachment', syntax: 'prose', location: { path: input.path, entry } };
  };
  return input;
}

describe('email-message: .eml', () => {
  it('reads address headers at their own lines, the body, and hands over attachments', async () => {
    const attachments: Attachment[] = [];
    const input = withRecorder(
      inputFromBytes(fixture('with-attachment.eml'), 'with-attachment.eml', {}, 13),
      attachments,
    );
    const { segments, error } = await collect(emailMessageFormat, input);
    expect(error).toBeUndefined();
    const headers = segments.filter((s) => s.location.field !== undefined);
    expect(
      headers.map((s) => [s.location.field, s.location.line, s.location.column, s.syntax, s.text]),
    ).toEqual([
      ['from', 3, 7, 'value', 'Amélie Roux <amelie.roux@courriel-test.fr>'],
      ['to', 4, 5, 'value', 'Jean Martin <jean.martin@courriel-test.fr>,'],
      ['to', 5, 2, 'value', 'Sophie Bernard <sophie.bernard@courriel-test.fr>'],
      ['cc', 6, 5, 'value', 'compta@courriel-test.fr'],
      ['subject', 7, 10, 'prose', 'Facture de novembre'],
    ]);
    const body = segments.find((s) => s.text.startsWith('Bonjour'));
    expect(body?.syntax).toBe('prose');
    expect(body?.location).toEqual({ path: 'with-attachment.eml', line: 17, column: 1 });
    expect(body?.text).toContain('06 12 34 56 78');
    expect(attachments).toEqual([
      { entry: 'clients.csv', depth: 1, text: 'nom,email\nMartin,jean.martin@courriel-test.fr\n' },
    ]);
    expect(segments.at(-1)?.location.entry).toBe('clients.csv');
  });

  it('does not hand over attachments past the depth limit', async () => {
    const attachments: Attachment[] = [];
    const input = withRecorder(
      inputFromBytes(fixture('with-attachment.eml'), 'x.eml'),
      attachments,
    );
    input.depth = input.limits.maxArchiveDepth;
    await collect(emailMessageFormat, input);
    expect(attachments).toEqual([]);
  });
});

describe('email-message: mbox', () => {
  it('splits three messages, numbers them as rows, and undoes >From escapes', async () => {
    const attachments: Attachment[] = [];
    const input = withRecorder(
      inputFromBytes(fixture('three.mbox'), 'three.mbox', {}, 5),
      attachments,
    );
    const { segments, error } = await collect(emailMessageFormat, input);
    expect(error).toBeUndefined();
    const froms = segments.filter((s) => s.location.field === 'from');
    expect(froms.map((s) => [s.location.row, s.location.line, s.text])).toEqual([
      [1, 2, 'Amélie Roux <amelie.roux@courriel-test.fr>'],
      [2, 11, 'Jean Martin <jean.martin@courriel-test.fr>'],
      [3, 21, 'Sophie Bernard <sophie.bernard@courriel-test.fr>'],
    ]);
    expect(segments.find((s) => s.location.field === 'reply-to')?.location).toEqual({
      path: 'three.mbox',
      line: 13,
      column: 11,
      field: 'reply-to',
      row: 2,
    });
    const bodies = segments.filter((s) => s.syntax === 'prose' && s.location.field === undefined);
    expect(bodies.map((s) => [s.location.row, s.location.line])).toEqual([
      [1, 7],
      [2, 18],
      [3, 26],
    ]);
    expect(bodies[0]?.text).toContain('\nFrom the start');
    // The HTML body of message 2: tags and style dropped, entities decoded.
    expect(bodies[1]?.text).toBe('Appelez le 07 11 22 33 44 & merci.');
  });

  it('keeps a body line starting with "From " inside its message', async () => {
    const text =
      'From a@courriel-test.fr Mon Nov 13 08:00:00 2023\nFrom: a@courriel-test.fr\nSubject: x\n\nline one\nFrom here on, still the body\n';
    const { segments } = await collect(emailMessageFormat, inputFromText(text, 'one.mbox'));
    expect(new Set(segments.map((s) => s.location.row))).toEqual(new Set([1]));
    expect(segments.at(-1)?.text).toContain('From here on');
  });
});

describe('email-message: hostile input', () => {
  it('reads garbage and broken MIME without crashing', async () => {
    const garbage = new Uint8Array(100_000).map((_, i) => (i * 7919 + 13) % 256);
    const broken =
      'From: a@courriel-test.fr\nContent-Type: multipart/mixed; boundary="x"\n\n--x\nContent-Transfer-Encoding: base64\n\n%%%not base64\n' +
      '--x\nContent-Type: multipart/mixed; boundary="y"\n\n'.repeat(200);
    for (const [bytes, name] of [
      [garbage, 'garbage.eml'],
      [new TextEncoder().encode(broken), 'broken.eml'],
    ] as const) {
      const { error } = await collect(emailMessageFormat, inputFromBytes(bytes, name));
      expect(error === undefined || error.name === 'FormatError', name).toBe(true);
    }
  });
});

describe('email-message: helpers and sniffing', () => {
  it('converts HTML to text linearly, even on hostile markup', () => {
    expect(
      htmlToText('<p>Jean&nbsp;Martin</p><script>var x = "<p>";</script><p>&#x41;&#66;</p>'),
    ).toBe('Jean Martin\n\nAB');
    const hostile = '<script'.repeat(50_000) + '<p'.repeat(50_000);
    const started = Date.now();
    htmlToText(hostile);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('sniffs mbox and RFC 822 messages', () => {
    const sniff = (text: string): boolean =>
      emailMessageFormat.sniff?.(new TextEncoder().encode(text), 'x') ?? false;
    expect(sniff('From a@b Mon Nov 13 08:00:00 2023\nFrom: a@b\nSubject: x\n\nbody')).toBe(true);
    expect(sniff('Received: from x\n\tby y\nMessage-ID: <1@x>\n\nbody')).toBe(true);
    expect(sniff('Subject: only\n\nbody')).toBe(false);
    expect(sniff('name,email\nx,y\n')).toBe(false);
  });
});

describe('email-message: the file-share fixture', () => {
  it('reads boite.mbox: three messages, one attachment', async () => {
    const file = join(
      import.meta.dirname,
      '../../../../../fixtures/share/archives/mail/boite.mbox',
    );
    const attachments: Attachment[] = [];
    const input = withRecorder(
      inputFromBytes(new Uint8Array(readFileSync(file)), 'boite.mbox'),
      attachments,
    );
    const { segments, error } = await collect(emailMessageFormat, input);
    expect(error).toBeUndefined();
    expect(new Set(segments.map((s) => s.location.row).filter(Boolean))).toEqual(
      new Set([1, 2, 3]),
    );
    expect(attachments.map((a) => a.entry)).toEqual(['message-3/inscrits.csv']);
    expect(attachments[0]?.text.startsWith('nom,prenom,email\n')).toBe(true);
  });
});
