import { describe, expect, it } from 'vitest';
import { extractPolicy } from './extract.js';
import { toBlocks } from './source-text.js';

describe('HTML to text', () => {
  const html = [
    '<!DOCTYPE html>', // 1
    '<html><head><title>Ignored</title><style>p { color: red }</style></head>', // 2
    '<body>', // 3
    '<h1>Donn&eacute;es &amp; cookies</h1>', // 4
    '<!-- a comment with an email@example.com -->', // 5
    '<p>Nous collectons', // 6
    '   votre adresse &eacute;lectronique&nbsp;et votre RIB.</p>', // 7
    '<ul><li>votre <b>nom</b>&#160;;</li>', // 8
    '<li>votre t&#xE9;l&eacute;phone</li></ul>', // 9
    '<script>var email = "x";</script>', // 10
    '</body></html>', // 11
  ].join('\n');

  it('strips tags, decodes entities and keeps source lines', () => {
    const blocks = toBlocks(html, 'html');
    expect(blocks.map((block) => [block.kind, block.text, block.lines[0]])).toEqual([
      ['heading', 'Données & cookies', 4],
      ['paragraph', 'Nous collectons votre adresse électronique et votre RIB.', 6],
      ['item', 'votre nom ;', 8],
      ['item', 'votre téléphone', 9],
    ]);
    const paragraph = blocks[1];
    expect(paragraph?.lines[paragraph.text.indexOf('RIB')]).toBe(7);
  });

  it('gives evidence the line where the sentence starts', () => {
    const result = extractPolicy(html, { format: 'html' });
    expect(result.declared.map((entry) => [entry.category, entry.evidence[0]?.line])).toEqual([
      ['user.contact.email', 6],
      ['user.financial.bank_account', 6],
    ]);
  });

  it('reads a sentence that starts on a later line of a paragraph', () => {
    const result = extractPolicy('<p>Bienvenue.\nNous conservons votre courriel.</p>', {
      format: 'html',
    });
    expect(result.declared[0]?.evidence[0]).toEqual({
      text: 'Nous conservons votre courriel.',
      line: 2,
    });
  });
});

describe('Markdown to text', () => {
  const markdown = [
    '# Privacy', // 1
    '', // 2
    'We **collect** your [e-mail address](https://example.com/x)', // 3
    'and your `phone number`.', // 4
    '', // 5
    '## What we keep', // 6
    '', // 7
    '1. Your *postal address*', // 8
    '2. Your IBAN', // 9
    '', // 10
    '```', // 11
    'we collect passwords', // 12
    '```', // 13
  ].join('\n');

  it('strips markup and keeps lines', () => {
    expect(
      toBlocks(markdown, 'markdown').map((block) => [block.kind, block.text, block.lines[0]]),
    ).toEqual([
      ['heading', 'Privacy', 1],
      ['paragraph', 'We collect your e-mail address and your phone number.', 3],
      ['heading', 'What we keep', 6],
      ['item', 'Your postal address', 8],
      ['item', 'Your IBAN', 9],
    ]);
  });

  it('reads items under a collecting heading', () => {
    const result = extractPolicy(markdown, { format: 'markdown' });
    expect(result.declared.map((entry) => [entry.category, entry.evidence[0]?.line])).toEqual([
      ['user.contact.email', 3],
      ['user.contact.phone_number', 3],
      ['user.contact.address', 8],
      ['user.financial.bank_account', 9],
    ]);
  });
});

describe('plain text', () => {
  it('treats short unpunctuated lines as headings and bullets as items', () => {
    const text =
      'Business cards\n\nWhen you give us a card, we collect:\n  • your name;\n  • your position.';
    expect(toBlocks(text).map((block) => [block.kind, block.lines[0]])).toEqual([
      ['heading', 1],
      ['paragraph', 3],
      ['item', 4],
      ['item', 5],
    ]);
    expect(extractPolicy(text).declared.map((entry) => entry.category)).toEqual([
      'user.name',
      'user.professional_information.job_title',
    ]);
  });

  it('reads numbered headings in capitals, setext underlines and a title over capitals', () => {
    const text = [
      'PRIVACY POLICY',
      '',
      '1. WHO WE ARE',
      'We supply gas to homes.',
      '',
      'Questions fréquentes',
      '====================',
      '',
      'Que collectez-vous ?',
      '--------------------',
      'Votre nom.',
      '  - the username you choose.',
      'Your reference number is created by us.',
    ].join('\n');
    expect(toBlocks(text).map((block) => [block.kind, block.lines[0], block.level])).toEqual([
      ['heading', 1, 1],
      ['heading', 3, 2],
      ['paragraph', 4, undefined],
      ['heading', 6, 1],
      ['heading', 9, 2],
      ['paragraph', 11, undefined],
      ['item', 12, undefined],
      ['paragraph', 13, undefined],
    ]);
    const sheet =
      'APPLICATION — DONNÉES COLLECTÉES\n\nIDENTITÉ\n  - Date de naissance\n\nNON COLLECTÉ\n  - Données de santé';
    const result = extractPolicy(sheet);
    expect(result.declared.map((entry) => entry.category)).toEqual([
      'user.demographic.date_of_birth',
    ]);
    expect(result.negated.map((entry) => entry.category)).toEqual(['user.health']);
  });

  it('reads a short title on the first line of its paragraph as a heading', () => {
    const text = [
      'Purposes and legal bases',
      '- Issuing your membership (contract).',
      '',
      'Data processed',
      'When you join, we collect your name and date of birth, and your e-mail',
      'address.',
    ].join('\n');
    expect(toBlocks(text).map((block) => [block.kind, block.lines[0]])).toEqual([
      ['heading', 1],
      ['item', 2],
      ['heading', 4],
      ['paragraph', 5],
    ]);
    expect(
      extractPolicy(text)
        .declared.map((entry) => entry.category)
        .sort(),
    ).toEqual(['user.contact.email', 'user.demographic.date_of_birth', 'user.name']);
    // A wrapped sentence's first line is no title: the next line is no longer than it.
    expect(toBlocks('We keep your name\nAnd your address.').map((b) => b.kind)).toEqual([
      'paragraph',
    ]);
  });
});

describe('tables and definition lists', () => {
  it('reads an HTML table row as one item of cells, under the sentence announcing it', () => {
    const html =
      '<p>The table below lists the data we collect.</p>\n<table>\n<tr><th>Data</th><th>Why</th></tr>\n' +
      '<tr><td>Phone number</td><td>Reminders</td></tr>\n</table>';
    expect(toBlocks(html, 'html').map((block) => [block.kind, block.text])).toEqual([
      ['paragraph', 'The table below lists the data we collect.'],
      ['item', 'Data, Why'],
      ['item', 'Phone number, Reminders'],
    ]);
    expect(extractPolicy(html, { format: 'html' }).declared.map((d) => d.category)).toEqual([
      'user.contact.phone_number',
    ]);
  });

  it('reads <dt>/<dd> and Markdown table rows as items', () => {
    const html =
      '<p>Our booking form keeps:</p><dl><dt>Email address</dt><dd>for receipts</dd></dl>';
    expect(extractPolicy(html, { format: 'html' }).declared.map((d) => d.category)).toEqual([
      'user.contact.email',
    ]);
    const markdown = 'We keep:\n\n| Data | Kept for |\n|---|---|\n| Billing address | 6 years |\n';
    expect(toBlocks(markdown, 'markdown').map((block) => [block.kind, block.text])).toEqual([
      ['paragraph', 'We keep:'],
      ['item', 'Data, Kept for'],
      ['item', 'Billing address, 6 years'],
    ]);
    expect(extractPolicy(markdown, { format: 'markdown' }).declared.map((d) => d.category)).toEqual(
      ['user.contact.address'],
    );
  });
});
