/**
 * Generates the labeled quality-benchmark fixtures in fixtures/labeled/{tune,heldout}/ from a
 * seed: English and French free text, e-mails, support tickets, source code, logs, CSV and JSON,
 * with one ground-truth record per occurrence (path, type, exact value) in labels.json, and many
 * hard negatives that must not be reported.
 *
 * The held-out split uses another seed, names from a disjoint pool, and template variants that
 * the tuning split never contains. Do not tune detectors on it.
 *
 *   npx tsx scripts/quality/generate.ts
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as v from './values.js';
import type { Lang, Person, Random, Split } from './values.js';

export interface Label {
  path: string;
  type: string;
  value: string;
}

const ROOT = join(import.meta.dirname, '../../fixtures/labeled');
const SEEDS: Record<Split, number> = { tune: 20261122, heldout: 7_340_117 };
const DOCUMENTS_PER_KIND = 18;

/** Builds a document while recording the labeled values it contains. */
class Doc {
  private parts: string[] = [];
  readonly labels: { type: string; value: string }[] = [];

  text(...pieces: string[]): this {
    this.parts.push(...pieces);
    return this;
  }

  pii(type: string, value: string): this {
    this.parts.push(value);
    this.labels.push({ type, value });
    return this;
  }

  toString(): string {
    return this.parts.join('');
  }
}

interface Context {
  r: Random;
  split: Split;
  lang: Lang;
  /** Template variant: the held-out split also uses variants the tuning split never sees. */
  variant: number;
}

const variants = (split: Split) => (split === 'tune' ? [0, 1] : [0, 1, 2]);

// --- sentences --------------------------------------------------------------------------------

function negativeSentence(c: Context): string {
  const n = v.pick(c.r, v.negatives(c.r));
  const en = [
    `Reference: ${n}.`,
    `Build ${n} was deployed.`,
    `See ticket ${n} for details.`,
    `Checksum ${n}.`,
    `(internal id ${n})`,
  ];
  const fr = [
    `Référence : ${n}.`,
    `La version ${n} a été déployée.`,
    `Voir le dossier ${n}.`,
    `Identifiant interne ${n}.`,
    `(réf. ${n})`,
  ];
  return v.pick(c.r, c.lang === 'en' ? en : fr);
}

function capitalisedNonNames(c: Context): string {
  return c.lang === 'en'
    ? v.pick(c.r, [
        'Our office in Lille is closed on Monday.',
        'The Privacy Policy was updated in January.',
        'Please use Microsoft Teams or Google Meet for the call.',
        'The London Stock Exchange closes early on Christmas Eve.',
        'Customer Service is open from Tuesday to Saturday.',
        'Times New Roman and Arial are the approved fonts.',
        'Orange Business and Crédit Agricole renewed their contracts.',
        'Use a template such as John Doe, 1 Main Street, for examples.',
      ])
    : v.pick(c.r, [
        'Le bureau de Paris ferme le lundi de Pâques.',
        'La Politique de confidentialité a été mise à jour en janvier.',
        'Rendez-vous Avenue de la Liberté, à Lyon, mardi prochain.',
        'Le Service Client est joignable du lundi au vendredi.',
        'Orange et la Société Générale ont renouvelé leur contrat.',
        'Exemple de saisie : Jean Dupont, 1 rue de l’Exemple (modèle).',
        'La réunion de Janvier aura lieu à Marseille ou à Bordeaux.',
        'Les polices Arial et Helvetica sont autorisées.',
      ]);
}

// --- document templates -----------------------------------------------------------------------

function prose(c: Context): Doc {
  const d = new Doc();
  const p = v.person(c.r, c.split, c.lang);
  const q = v.person(c.r, c.split, c.lang);
  if (c.lang === 'fr') {
    d.text('Compte rendu de l’appel du service client\n\n');
    d.text(v.pick(c.r, ['Mme ', 'M. ', 'Madame ', 'Monsieur '])).pii('person_name', v.fullName(p));
    d.text(' a contacté le support au sujet de son contrat. ');
    d.text(capitalisedNonNames(c), ' ');
    d.text('Elle demande que ses courriers soient envoyés au ')
      .pii('postal_address', v.address(c.r, 'fr'))
      .text('.\n');
    d.text('Son numéro de portable est le ')
      .pii('phone', v.phone(c.r, 'FR'))
      .text(' et son adresse électronique ');
    d.pii('email', v.email(c.r, p)).text('. ');
    d.text(negativeSentence(c), '\n');
    if (c.variant !== 1)
      d.text('Date de naissance : ').pii('date_of_birth', v.birthDate(c.r, 'fr')).text('. ');
    d.text('Numéro de sécurité sociale : ').pii('national_id', v.nir(c.r)).text('.\n');
    d.text('Pour le remboursement, IBAN ').pii('iban', v.iban(c.r)).text('. ');
    d.text(negativeSentence(c), ' ', capitalisedNonNames(c), '\n\n');
    if (c.variant === 2)
      d.text('Dossier transmis à ')
        .pii('person_name', v.fullName(q))
        .text(' (service contentieux), joignable au ')
        .pii('phone', v.phone(c.r, v.pick(c.r, ['BE', 'CH'] as const)))
        .text('.\n');
    else
      d.text('Dossier suivi par ')
        .pii('person_name', v.fullName(q))
        .text(', poste ')
        .pii('phone', v.phone(c.r, 'FR'))
        .text('.\n');
  } else {
    d.text('Call notes: customer service\n\n');
    d.text(v.pick(c.r, ['Mr ', 'Mrs ', 'Ms ', 'Dr '])).pii('person_name', v.fullName(p));
    d.text(' called about a billing dispute. ', capitalisedNonNames(c), ' ');
    d.text('Please update the mailing address to ')
      .pii('postal_address', v.address(c.r, 'en'))
      .text('.\n');
    d.text('Best number to call back: ')
      .pii('phone', v.phone(c.r, v.pick(c.r, ['GB', 'US'] as const)))
      .text(', e-mail ')
      .pii('email', v.email(c.r, p))
      .text('. ');
    d.text(negativeSentence(c), '\n');
    if (c.variant !== 1)
      d.text('Date of birth: ').pii('date_of_birth', v.birthDate(c.r, 'en')).text('. ');
    d.text(v.chance(c.r, 0.5) ? 'National Insurance number ' : 'SSN ');
    d.pii('national_id', c.variant === 2 || v.chance(c.r, 0.5) ? v.nino(c.r) : v.ssn(c.r)).text(
      '.\n',
    );
    d.text('Card on file ')
      .pii('payment_card', v.card(c.r))
      .text(' (exp 0' + v.int(c.r, 1, 9) + '/2' + v.int(c.r, 6, 9) + ').\n');
    d.text(negativeSentence(c), ' ', capitalisedNonNames(c), '\n\n');
    d.text('Handled by ').pii('person_name', v.fullName(q)).text(', Customer Care.\n');
  }
  return d;
}

function emailMessage(c: Context): Doc {
  const d = new Doc();
  const from = v.person(c.r, c.split, c.lang);
  const to = v.person(c.r, c.split, c.lang);
  d.text('From: ')
    .pii('person_name', v.fullName(from))
    .text(' <')
    .pii('email', v.email(c.r, from))
    .text('>\n');
  d.text('To: ').pii('email', v.email(c.r, to)).text('\n');
  d.text(
    `Subject: ${c.lang === 'fr' ? 'Mise à jour de mes coordonnées' : 'Updating my details'}\n`,
  );
  d.text('Date: Tue, 12 Mar 2024 10:15:32 +0100\n\n');
  if (c.lang === 'fr') {
    d.text('Bonjour ').pii('person_name', to.first).text(',\n\n');
    d.text('Suite à mon déménagement, voici ma nouvelle adresse : ')
      .pii('postal_address', v.address(c.r, 'fr'))
      .text('.\n');
    d.text('Vous pouvez me joindre au ')
      .pii('phone', v.phone(c.r, v.pick(c.r, ['FR', 'FR', 'BE', 'CH'] as const)))
      .text('.\n');
    d.text('Merci de prélever désormais sur le compte ').pii('iban', v.iban(c.r)).text('.\n');
    d.text(negativeSentence(c), '\n\n');
    d.text(c.variant === 2 ? 'Bien à vous,\n' : 'Cordialement,\n')
      .pii('person_name', v.fullName(from))
      .text('\n');
  } else {
    d.text(c.variant === 2 ? 'Hello ' : 'Dear ')
      .pii('person_name', to.first)
      .text(',\n\n');
    d.text('I have moved; my new address is ')
      .pii('postal_address', v.address(c.r, 'en'))
      .text('.\n');
    d.text('My mobile is ')
      .pii('phone', v.phone(c.r, v.pick(c.r, ['GB', 'US', 'DE'] as const)))
      .text('.\n');
    d.text('Please refund to IBAN ').pii('iban', v.iban(c.r)).text('.\n');
    d.text(negativeSentence(c), '\n\n');
    d.text('Kind regards,\n').pii('person_name', v.fullName(from)).text('\n');
  }
  return d;
}

function ticket(c: Context): Doc {
  const d = new Doc();
  const p = v.person(c.r, c.split, c.lang);
  const fr = c.lang === 'fr';
  d.text(`${fr ? 'Ticket' : 'Ticket'} #${v.digits(c.r, 6)}\n`);
  d.text(fr ? 'Demandeur : ' : 'Requester: ')
    .pii('person_name', v.fullName(p))
    .text('\n');
  d.text(fr ? 'Courriel : ' : 'Email: ')
    .pii('email', v.email(c.r, p))
    .text('\n');
  d.text(fr ? 'Téléphone : ' : 'Phone: ')
    .pii('phone', v.phone(c.r, fr ? 'FR' : 'US'))
    .text('\n');
  d.text(fr ? 'Adresse IP : ' : 'IP address: ')
    .pii('ip_address', v.chance(c.r, 0.7) ? v.publicIpv4(c.r) : v.publicIpv6(c.r))
    .text('\n');
  if (c.variant !== 0)
    d.text(fr ? 'Appareil (IMEI) : ' : 'Device IMEI: ')
      .pii('device_id', v.imei(c.r))
      .text('\n');
  d.text(fr ? 'Adresse MAC : ' : 'MAC address: ')
    .pii('mac_address', v.mac(c.r))
    .text('\n');
  d.text(
    `User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/${v.int(c.r, 100, 130)}.0.${v.int(c.r, 4000, 6999)}.${v.int(c.r, 10, 200)}\n\n`,
  );
  d.text(fr ? 'Description : ' : 'Description: ');
  d.text(fr ? 'le client ne reçoit plus ses factures. ' : 'customer no longer receives invoices. ');
  d.text(negativeSentence(c), ' ', negativeSentence(c), '\n');
  return d;
}

function sourceCode(c: Context): Doc {
  const d = new Doc();
  const author = v.person(c.r, c.split, c.lang);
  const other = v.person(c.r, c.split, c.lang);
  const negatives = v.negatives(c.r);
  d.text('// Copyright 2024. Author: ').pii('person_name', v.fullName(author)).text('\n');
  d.text(`import { createHash } from 'node:crypto';\n\n`);
  d.text(
    `const VERSION = '${v.int(c.r, 1, 9)}.${v.int(c.r, 0, 20)}.${v.int(c.r, 0, 20)}.${v.int(c.r, 0, 999)}';\n`,
  );
  d.text(`const BUILD_ID = '${negatives[4]}';\n`);
  d.text(`const COMMIT = '${negatives[5]}';\n`);
  d.text(`const TEST_CARD = '4242424242424242';\n`);
  d.text(`const EXAMPLE_IBAN = 'GB82WEST12345698765432';\n`);
  d.text(
    `const PLACEHOLDER = { name: 'John Doe', email: 'john.doe@example.com', ip: '192.0.2.1' };\n\n`,
  );
  d.text('// TODO(')
    .pii('person_name', v.fullName(other))
    .text('): remove the hard-coded escalation contact\n');
  d.text(`const ESCALATION = '`).pii('email', v.email(c.r, other)).text(`';\n`);
  d.text(`const HOTLINE = '`)
    .pii('phone', v.phone(c.r, c.lang === 'fr' ? 'FR' : 'GB'))
    .text(`';\n`);
  d.text(`const UPSTREAM = '`).pii('ip_address', v.publicIpv4(c.r)).text(`';\n\n`);
  d.text(
    'export class UserName {\n  constructor(readonly firstName: string, readonly lastName: string) {}\n',
  );
  d.text(
    '  get fullName(): string {\n    return `${this.firstName} ${this.lastName}`;\n  }\n}\n\n',
  );
  d.text(
    `export function hash(value: string): string {\n  // Avoid ${negatives[0]} regressions\n  return createHash('sha256').update(value).digest('hex');\n}\n`,
  );
  if (c.variant === 2)
    d.text(
      `\n# Deployed from ${negatives[1]} on host 10.0.${v.int(c.r, 0, 255)}.${v.int(c.r, 1, 254)}\n`,
    );
  return d;
}

function logFile(c: Context): Doc {
  const d = new Doc();
  for (let i = 0; i < 12; i++) {
    const ts = `2024-03-${String(v.int(c.r, 1, 28)).padStart(2, '0')}T${String(v.int(c.r, 0, 23)).padStart(2, '0')}:${String(v.int(c.r, 0, 59)).padStart(2, '0')}:${String(v.int(c.r, 0, 59)).padStart(2, '0')}.${v.digits(c.r, 3)}Z`;
    const roll = v.int(c.r, 0, 5);
    d.text(`${ts} `);
    if (roll === 0)
      d.text('INFO login ok user=')
        .pii('email', v.email(c.r, v.person(c.r, c.split, c.lang)))
        .text(' from ')
        .pii('ip_address', v.publicIpv4(c.r))
        .text('\n');
    else if (roll === 1)
      d.text('WARN rate limit client=')
        .pii('ip_address', v.publicIpv6(c.r))
        .text(
          ` ua="Mozilla/5.0 Chrome/${v.int(c.r, 100, 130)}.0.${v.int(c.r, 4000, 6999)}.${v.int(c.r, 10, 200)}"\n`,
        );
    else if (roll === 2)
      d.text(
        `DEBUG health check from 127.0.0.1 took ${v.int(c.r, 1, 900)}ms build=${v.pick(c.r, v.negatives(c.r))}\n`,
      );
    else if (roll === 3)
      d.text(
        `INFO job ${v.pick(c.r, v.negatives(c.r))} finished in ${v.int(c.r, 1, 99)}s (epoch ${v.int(c.r, 1600000000, 1799999999)})\n`,
      );
    else if (roll === 4)
      d.text('INFO sms sent to ')
        .pii('phone', v.phone(c.r, v.pick(c.r, ['FR', 'GB', 'US', 'DE', 'BE', 'CH'] as const)))
        .text(' status=200\n');
    else if (roll === 5 && v.chance(c.r, 0.5))
      d.text(`INFO DHCPACK on 10.0.${v.int(c.r, 0, 9)}.${v.int(c.r, 2, 250)} to `)
        .pii('mac_address', v.mac(c.r))
        .text(' via eth0\n');
    else
      d.text(
        `ERROR upstream 10.${v.int(c.r, 0, 255)}.${v.int(c.r, 0, 255)}.${v.int(c.r, 1, 254)}:8443 timeout after 30000ms\n`,
      );
  }
  return d;
}

function csv(c: Context): Doc {
  const d = new Doc();
  const fr = c.lang === 'fr';
  const sep = fr ? ';' : ',';
  // Exports name their columns in code style (`date_naissance`) or for people (`Date de naissance`).
  const labels = v.chance(c.r, 0.5);
  const headers = labels
    ? fr
      ? [
          'Réf',
          'Civilité',
          'Prénom',
          'Nom de famille',
          'E-mail',
          'Tél. portable',
          'Date de naissance',
          'N° de sécurité sociale',
          'IBAN',
          'Adresse postale',
          'N° de commande',
        ]
      : [
          'No.',
          'First Name',
          'Surname',
          'E-mail Address',
          'Mobile',
          'Date of Birth',
          'NI Number',
          'Card Number',
          'Home Address',
          'Order Ref',
        ]
    : fr
      ? [
          'id',
          'civilite',
          'prenom',
          'nom',
          'courriel',
          'telephone',
          'date_naissance',
          'nir',
          'iban',
          'adresse',
          'numero_commande',
        ]
      : [
          'id',
          'first_name',
          'last_name',
          'email',
          'phone',
          'dob',
          'ni_number',
          'card_number',
          'address',
          'order_ref',
        ];
  d.text(headers.join(sep), '\n');
  for (let row = 1; row <= 8; row++) {
    const p = v.person(c.r, c.split, c.lang);
    const cells: ((doc: Doc) => void)[] = fr
      ? [
          (x) => x.text(String(row)),
          (x) => x.text(v.pick(c.r, ['M.', 'Mme'])),
          (x) => x.pii('person_name', p.first),
          (x) => x.pii('person_name', p.last),
          (x) => x.pii('email', v.email(c.r, p)),
          (x) => x.pii('phone', v.phone(c.r, 'FR')),
          (x) => quotedPii(x, sep, 'date_of_birth', v.birthDate(c.r, 'fr')),
          (x) => x.pii('national_id', v.nir(c.r).replace(/ /g, '')),
          (x) => x.pii('iban', v.iban(c.r)),
          (x) => x.text('"').pii('postal_address', v.address(c.r, 'fr')).text('"'),
          (x) => x.text(`CMD-${v.digits(c.r, 8)}`),
        ]
      : [
          (x) => x.text(String(row)),
          (x) => x.pii('person_name', p.first),
          (x) => x.pii('person_name', p.last),
          (x) => x.pii('email', v.email(c.r, p)),
          (x) => x.pii('phone', v.phone(c.r, v.pick(c.r, ['GB', 'US'] as const))),
          // `May 4, 1989` holds the delimiter: quoted, as any CSV writer does.
          (x) => quotedPii(x, sep, 'date_of_birth', v.birthDate(c.r, 'en')),
          (x) => x.pii('national_id', v.nino(c.r)),
          (x) => x.pii('payment_card', v.card(c.r).replace(/ /g, '')),
          (x) => x.text('"').pii('postal_address', v.address(c.r, 'en')).text('"'),
          (x) => x.text(`INV-${v.digits(c.r, 8)}`),
        ];
    cells.forEach((cell, i) => {
      if (i > 0) d.text(sep);
      cell(d);
    });
    d.text('\n');
  }
  return d;
}

function quotedPii(doc: Doc, sep: string, type: string, value: string): Doc {
  return value.includes(sep) ? doc.text('"').pii(type, value).text('"') : doc.pii(type, value);
}

const ROLES = {
  en: ['account manager', 'payroll', 'IT support', 'legal', 'sales', 'reception'],
  fr: ['gestionnaire de compte', 'paie', 'support informatique', 'juridique', 'ventes', 'accueil'],
};
const PHONE_COUNTRIES = ['FR', 'BE', 'CH', 'GB', 'US', 'DE'] as const;

/**
 * A contact list: names in list items, phones of all six countries in national and
 * international formats, then a paragraph naming the same people by first name or by title and
 * surname (found only once the full name is confirmed in the file, or from the title).
 */
function directory(c: Context): Doc {
  const d = new Doc();
  const fr = c.lang === 'fr';
  const people = Array.from({ length: 5 }, () => v.person(c.r, c.split, c.lang));
  d.text(fr ? '# Annuaire des correspondants\n\n' : '# Contact directory\n\n');
  d.text(fr ? 'Mis à jour le 12 mars 2024. ' : 'Updated 12 March 2024. ');
  d.text(negativeSentence(c), '\n\n');
  people.forEach((p, i) => {
    const country = PHONE_COUNTRIES[(i + v.int(c.r, 0, 5)) % PHONE_COUNTRIES.length]!;
    const role = v.pick(c.r, ROLES[c.lang]);
    if (c.variant === 2) {
      d.text('* ').pii('phone', v.phone(c.r, country)).text(' — ');
      d.pii('person_name', v.fullName(p)).text(`, ${role}\n`);
    } else {
      d.text('- ').pii('person_name', v.fullName(p)).text(` (${role}) `);
      d.text(fr ? ': tél. ' : '— tel. ').pii('phone', v.phone(c.r, country));
      if (v.chance(c.r, 0.5)) d.text(', ').pii('email', v.email(c.r, p));
      d.text('\n');
    }
  });
  const [a, b] = people as [Person, Person];
  d.text('\n');
  if (fr) {
    d.text('En l’absence de ').pii('person_name', a.first).text(', merci de contacter ');
    d.text(v.pick(c.r, ['M. ', 'Mme ']))
      .pii('person_name', b.last)
      .text('. ');
  } else {
    d.text('When ').pii('person_name', a.first).text(' is away, please call ');
    d.text(v.pick(c.r, ['Mr ', 'Ms ', 'Dr ']))
      .pii('person_name', b.last)
      .text('. ');
  }
  d.text(capitalisedNonNames(c), '\n');
  return d;
}

const upper = (text: string) => text.toUpperCase();
const initial = (first: string) => `${first[0]}.`;

/**
 * Harder prose: a French sworn statement (surname in capitals, written first in the heading,
 * « née le », « demeurant ») or English meeting notes (initial + surname, names at the start of
 * sentences, bare first names and surnames after the full name, phones with `(0)` and `00`
 * prefixes next to amounts and order numbers).
 */
function letter(c: Context): Doc {
  const d = new Doc();
  const p = v.person(c.r, c.split, c.lang);
  const q = v.person(c.r, c.split, c.lang);
  const s = v.person(c.r, c.split, c.lang);
  if (c.lang === 'fr') {
    d.text('ATTESTATION SUR L’HONNEUR\n\n');
    d.text('Objet : dossier de ')
      .pii('person_name', `${upper(p.last)} ${p.first}`)
      .text('\n\n');
    d.text('Je soussignée ').pii('person_name', `${p.first} ${upper(p.last)}`);
    d.text(', née le ').pii('date_of_birth', v.birthDate(c.r, 'fr'));
    d.text(', demeurant ').pii('postal_address', v.address(c.r, 'fr'));
    d.text(', atteste que ').pii('person_name', v.fullName(q));
    d.text(' occupe le logement depuis le 1er septembre 2021. ');
    d.text(negativeSentence(c), '\n');
    d.text('Pour toute vérification, ').pii('person_name', q.first).text(' est joignable au ');
    d.pii('phone', v.phone(c.r, v.pick(c.r, ['FR', 'BE', 'CH'] as const))).text(
      ' ou par courriel (',
    );
    d.pii('email', v.email(c.r, q)).text(').\n');
    d.text(`Loyer mensuel : ${v.int(c.r, 400, 1500)},${v.digits(c.r, 2)} €, réglé par virement. `);
    d.text(capitalisedNonNames(c), '\n\n');
    d.text('Fait à Lyon, le 12 mars 2024.\n\n');
    if (c.variant === 2)
      d.text('Signature : ')
        .pii('person_name', `${initial(p.first)} ${upper(p.last)}`)
        .text('\n');
    else d.pii('person_name', `${p.first} ${upper(p.last)}`).text('\n');
  } else {
    d.text('Meeting notes, 14 March 2024\n\n');
    d.text('Attendees: ').pii('person_name', v.fullName(p)).text(', ');
    d.pii('person_name', `${initial(q.first)} ${q.last}`).text(', ');
    d.pii('person_name', v.fullName(s)).text(' (chair).\n\n');
    d.pii('person_name', p.first).text(' presented the quarterly figures. ');
    d.pii('person_name', s.first).text(' asked ').pii('person_name', q.last);
    d.text(' to call the landlord back on ');
    d.pii('phone', v.phone(c.r, v.pick(c.r, ['GB', 'US', 'DE'] as const)));
    d.text(` about order ${v.digits(c.r, 8)} (£${v.int(c.r, 100, 9999)}.${v.digits(c.r, 2)}). `);
    d.text(negativeSentence(c), '\n');
    d.text('New starter: ').pii('person_name', v.fullName(q));
    d.text(', born on ').pii('date_of_birth', v.birthDate(c.r, 'en'));
    d.text(', home address ').pii('postal_address', v.address(c.r, 'en')).text('.\n');
    d.text(capitalisedNonNames(c), '\n');
    if (c.variant === 2)
      d.text('Action: ')
        .pii('person_name', p.last)
        .text(' to send the minutes to ')
        .pii('email', v.email(c.r, s))
        .text('.\n');
    else
      d.text('Minutes sent by ')
        .pii('person_name', v.fullName(p))
        .text(' to ')
        .pii('email', v.email(c.r, s))
        .text('.\n');
  }
  return d;
}

function json(c: Context): Doc {
  const d = new Doc();
  d.text(
    '{\n  "generatedAt": "2024-03-12T10:15:32Z",\n  "schema": "',
    v.pick(c.r, v.negatives(c.r)).replace(/"/g, ''),
    '",\n  "users": [\n',
  );
  const fr = c.lang === 'fr';
  const nested = v.chance(c.r, 0.5);
  for (let i = 0; i < 5; i++) {
    const p: Person = v.person(c.r, c.split, c.lang);
    d.text('    {\n      "id": "', v.negatives(c.r)[4]!, '",\n');
    const country = c.lang === 'fr' ? 'FR' : v.pick(c.r, ['GB', 'US', 'DE'] as const);
    if (nested) {
      // API payloads split the name and nest the contact details.
      const [firstKey, lastKey, contactKey, mobileKey, mailKey] = fr
        ? ['prenom', 'nom', 'coordonnees', 'telPortable', 'courriel']
        : ['firstName', 'lastName', 'contact', 'mobileNumber', 'emailAddress'];
      d.text(`      "${firstKey}": "`).pii('person_name', p.first).text('",\n');
      d.text(`      "${lastKey}": "`).pii('person_name', p.last).text('",\n');
      d.text(`      "${contactKey}": {\n        "${mailKey}": "`).pii('email', v.email(c.r, p));
      d.text(`",\n        "${mobileKey}": "`)
        .pii('phone', v.phone(c.r, country))
        .text('"\n      },\n');
    } else {
      d.text('      "name": "').pii('person_name', v.fullName(p)).text('",\n');
      d.text('      "email": "').pii('email', v.email(c.r, p)).text('",\n');
      d.text('      "phone": "').pii('phone', v.phone(c.r, country)).text('",\n');
    }
    if (c.variant !== 1)
      d.text('      "address": "').pii('postal_address', v.address(c.r, c.lang)).text('",\n');
    d.text('      "lastLoginIp": "')
      .pii('ip_address', v.chance(c.r, 0.7) ? v.publicIpv4(c.r) : v.publicIpv6(c.r))
      .text('",\n');
    if (c.variant !== 0)
      d.text('      "advertisingId": "').pii('device_id', v.negatives(c.r)[4]!).text('",\n');
    d.text(
      `      "appVersion": "${v.int(c.r, 1, 9)}.${v.int(c.r, 0, 20)}.${v.int(c.r, 0, 20)}.${v.int(c.r, 0, 300)}",\n`,
    );
    d.text(
      `      "createdAt": ${v.int(c.r, 1600000000, 1799999999)}${v.digits(c.r, 3)}\n    }${i < 4 ? ',' : ''}\n`,
    );
  }
  d.text('  ]\n}\n');
  return d;
}

/** A MySQL dump: column names from `CREATE TABLE`, one tuple per customer. */
function sqlDump(c: Context): Doc {
  const d = new Doc();
  const fr = c.lang === 'fr';
  const table = fr ? 'clients' : 'customers';
  const columns = fr
    ? [
        'id',
        'prenom',
        'nom',
        'email',
        'telephone',
        'date_naissance',
        'iban',
        'cree_le',
        'derniere_ip',
      ]
    : [
        'id',
        'first_name',
        'last_name',
        'email',
        'phone',
        'birth_date',
        'iban',
        'created_at',
        'last_ip',
      ];
  d.text('-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n--\n');
  d.text(`-- Table structure for table \`${table}\`\n\nCREATE TABLE \`${table}\` (\n`);
  d.text(columns.map((name) => `  \`${name}\` varchar(255) DEFAULT NULL`).join(',\n'));
  d.text('\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n\n');
  d.text(`INSERT INTO \`${table}\` VALUES `);
  for (let row = 1; row <= 6; row++) {
    const p = v.person(c.r, c.split, c.lang);
    const birth = v.birthDate(c.r, 'en');
    const iso = /^\d{4}-/.test(birth)
      ? birth
      : `19${v.int(c.r, 50, 99)}-0${v.int(c.r, 1, 9)}-1${v.int(c.r, 0, 9)}`;
    d.text(row > 1 ? ',(' : '(', String(row), ",'").pii('person_name', p.first);
    d.text("','").pii('person_name', p.last);
    d.text("','").pii('email', v.email(c.r, p));
    d.text("','").pii('phone', v.phone(c.r, fr ? 'FR' : v.pick(c.r, ['GB', 'US'] as const)));
    d.text("','").pii('date_of_birth', iso);
    d.text("','").pii('iban', v.iban(c.r).replace(/ /g, ''));
    d.text(`','2024-0${v.int(c.r, 1, 9)}-1${v.int(c.r, 0, 9)} 10:${v.int(c.r, 10, 59)}:00','`);
    d.pii('ip_address', v.chance(c.r, 0.7) ? v.publicIpv4(c.r) : v.publicIpv6(c.r)).text("')");
  }
  d.text(';\n');
  return d;
}

/**
 * A support chat: the customer gives a name (« je m’appelle », "my name is"), a phone number
 * and a birth date as bare answers to the agent's questions on the line before.
 */
function chat(c: Context): Doc {
  const d = new Doc();
  const p = v.person(c.r, c.split, c.lang);
  const fr = c.lang === 'fr';
  let minute = v.int(c.r, 10, 40);
  const line = (who: string) =>
    d.text(`[14:${minute++}:${String(v.int(c.r, 10, 59))}] ${who}${fr ? ' : ' : ': '}`);
  if (fr) {
    line('Conseiller').text('Bonjour, que puis-je faire pour vous ?\n');
    line('Client').text('Bonjour, je m’appelle ').pii('person_name', v.fullName(p));
    d.text(', je n’arrive plus à me connecter.\n');
    line('Conseiller').text('Pouvez-vous me confirmer votre numéro de portable ?\n');
    line('Client')
      .pii('phone', v.phone(c.r, v.pick(c.r, ['FR', 'FR', 'BE', 'CH'] as const)))
      .text('\n');
    line('Conseiller')
      .text('Merci ')
      .pii('person_name', p.first)
      .text('. Et votre date de naissance ?\n');
    line('Client').pii('date_of_birth', v.birthDate(c.r, 'fr')).text('\n');
    line('Conseiller').text(
      `C’est noté, dossier ${v.digits(c.r, 8)} mis à jour. ${negativeSentence(c)}\n`,
    );
  } else {
    line('Agent').text('Hello, how can I help you today?\n');
    line('Visitor').text('Hi, my name is ').pii('person_name', v.fullName(p));
    d.text(' and I cannot log in.\n');
    line('Agent').text('Could you confirm the phone number on the account?\n');
    line('Visitor')
      .pii('phone', v.phone(c.r, v.pick(c.r, ['GB', 'US', 'DE'] as const)))
      .text('\n');
    line('Agent').text('Thanks ').pii('person_name', p.first).text('. And your date of birth?\n');
    line('Visitor').pii('date_of_birth', v.birthDate(c.r, 'en')).text('\n');
    line('Agent').text(`Done, case ${v.digits(c.r, 8)} is updated. ${negativeSentence(c)}\n`);
  }
  return d;
}

const KINDS: { kind: string; ext: (lang: Lang) => string; make: (c: Context) => Doc }[] = [
  { kind: 'prose', ext: () => 'txt', make: prose },
  { kind: 'email', ext: () => 'eml.txt', make: emailMessage },
  { kind: 'ticket', ext: () => 'md', make: ticket },
  { kind: 'code', ext: () => 'ts', make: sourceCode },
  { kind: 'logs', ext: () => 'log', make: logFile },
  { kind: 'csv', ext: () => 'csv', make: csv },
  { kind: 'json', ext: () => 'json', make: json },
  { kind: 'directory', ext: () => 'md', make: directory },
  { kind: 'letter', ext: () => 'txt', make: letter },
  { kind: 'sql', ext: () => 'sql', make: sqlDump },
  { kind: 'chat', ext: () => 'log', make: chat },
];

export function generate(split: Split): { files: Map<string, string>; labels: Label[] } {
  const r = v.seeded(SEEDS[split]);
  const files = new Map<string, string>();
  const labels: Label[] = [];
  for (const { kind, ext, make } of KINDS) {
    for (let n = 1; n <= DOCUMENTS_PER_KIND; n++) {
      const lang: Lang = n % 2 === 0 ? 'en' : 'fr';
      const variant = v.pick(r, variants(split));
      const doc = make({ r, split, lang, variant });
      const path = `${kind}/${lang}-${String(n).padStart(2, '0')}.${ext(lang)}`;
      files.set(path, doc.toString());
      for (const label of doc.labels) labels.push({ path, ...label });
    }
  }
  return { files, labels };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const split of ['tune', 'heldout'] as const) {
    const dir = join(ROOT, split);
    rmSync(dir, { recursive: true, force: true });
    const { files, labels } = generate(split);
    for (const [path, text] of files) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    // Beside the split, not inside it: the scanned tree must not contain its own answers.
    writeFileSync(join(ROOT, `${split}.labels.json`), `${JSON.stringify(labels, null, 1)}\n`);
    const byType = new Map<string, number>();
    for (const l of labels) byType.set(l.type, (byType.get(l.type) ?? 0) + 1);
    console.log(
      `${split}: ${files.size} files, ${labels.length} labels`,
      Object.fromEntries(byType),
    );
  }
}
