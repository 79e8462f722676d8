import { describe, expect, it } from 'vitest';
import { expandCoordination, splitClauses, splitEnumeration } from './cues.js';
import { extractPolicy } from './extract.js';
import { detectLanguage, documentLanguage } from './language.js';
import { normalizeForMatch } from './normalize.js';
import { splitSentences } from './segment.js';

const declaredIn = (text: string, format: 'text' | 'markdown' | 'html' = 'text'): string[] =>
  extractPolicy(text, { format }).declared.map((entry) => entry.category);
const negatedIn = (text: string): string[] =>
  extractPolicy(text).negated.map((entry) => entry.category);

describe('lexicon matching', () => {
  it('finds specific categories in a collection statement, EN and FR', () => {
    expect(declaredIn('We collect your name, e-mail address and telephone number.')).toEqual([
      'user.name',
      'user.contact.email',
      'user.contact.phone_number',
    ]);
    expect(
      declaredIn('Nous recueillons votre courriel, votre numéro client et votre RIB.'),
    ).toEqual(['user.contact.email', 'user.unique_id', 'user.financial.bank_account']);
  });

  it('ignores categories outside collection statements', () => {
    expect(declaredIn('Our office has a phone and an e-mail address for questions.')).toEqual([]);
  });

  it('records broad groups as parent declarations', () => {
    const result = extractPolicy('Nous conservons vos coordonnées et des données techniques.');
    expect(result.declared).toMatchObject([
      { category: 'user.contact', level: 'parent' },
      { category: 'user.device', level: 'parent' },
    ]);
    expect(declaredIn('We collect contact details and financial information.')).toEqual([
      'user.contact',
      'user.financial',
    ]);
  });

  it('records generic disclosures separately', () => {
    const result = extractPolicy(
      '2J recueille des informations vous concernant lors de vos achats.',
    );
    expect(result.declared).toEqual([]);
    expect(result.generic).toEqual([
      { text: '2J recueille des informations vous concernant lors de vos achats.', line: 1 },
    ]);
  });

  it.each([
    ['We collect your user name and the domain name of your website.', ['user.account.username']],
    ['We collect your company name.', ['user.professional_information.workplace']],
    [
      'Nous agissons au nom de nos clients et traitons leurs données de paiement.',
      ['user.financial'],
    ],
    [
      'Un conseiller peut agir en votre nom ; nous conservons votre adresse postale.',
      ['user.contact.address'],
    ],
    ['We collect your e-mail address.', ['user.contact.email']],
    ['We log your IP address.', ['user.device.ip_address']],
    ['Nous enregistrons votre adresse IP.', ['user.device.ip_address']],
    [
      'Les échanges sont chiffrés entre le poste de travail et nos serveurs, que nous utilisons.',
      [],
    ],
    ['Nous traitons les demandes reçues par voie postale.', []],
    ['When you give us your business card, we collect it.', []],
    ['Nous collectons le poste occupé.', ['user.professional_information.job_title']],
    [
      'We process requests sent by e-mail to privacy@example.com or https://example.com/privacy.',
      [],
    ],
    [
      'Vous pouvez nous écrire en adressant un courriel à l’adresse dpo@example.fr, que nous conservons.',
      [],
    ],
  ])('false friends: %s', (text, expected) => {
    expect(declaredIn(text)).toEqual(expected);
  });
});

describe('negation', () => {
  it.each([
    ['We do not collect your phone number.', ['user.contact.phone_number']],
    ["We don't store credit card numbers.", ['user.financial.credit_card']],
    ['We will never ask for your password.', ['user.authorization.credentials']],
    ['Nous ne collectons pas votre date de naissance.', ['user.demographic.date_of_birth']],
    [
      'Nous ne vous demanderons jamais votre numéro de téléphone ni votre adresse postale.',
      ['user.contact.phone_number', 'user.contact.address'],
    ],
    ["Aucune donnée de santé n'est collectée.", ['user.health']],
    ['We receive non-personal information such as your IP address.', ['user.device.ip_address']],
    [
      'Les journaux contiennent des informations non personnelles, telles que l’adresse IP.',
      ['user.device.ip_address'],
    ],
  ])('%s', (text, expected) => {
    expect(negatedIn(text)).toEqual(expected);
    expect(declaredIn(text)).toEqual([]);
  });

  it('keeps the positive part of a contrasted sentence', () => {
    const result = extractPolicy('We collect your email, but we do not collect your phone number.');
    expect(result.declared.map((entry) => entry.category)).toEqual(['user.contact.email']);
    expect(result.negated.map((entry) => entry.category)).toEqual(['user.contact.phone_number']);
  });

  it('does not take a refusal or a condition for a negation', () => {
    expect(
      negatedIn('You can refuse cookies at any time. We use cookies to keep your basket.'),
    ).toEqual([]);
    expect(
      declaredIn('You can refuse cookies at any time. We use cookies to keep your basket.'),
    ).toEqual(['user.device.cookie_id']);
    expect(negatedIn('If you do not accept cookies, we store nothing.')).toEqual([]);
    expect(negatedIn('Please do not use your real name; we use your display name.')).toEqual([]);
  });

  it('does not record a negated generic disclosure', () => {
    expect(extractPolicy('We do not collect personal data from children.').generic).toEqual([]);
  });
});

describe('enumerations', () => {
  it('splits at commas and example words', () => {
    expect(
      splitEnumeration('we collect data such as name, email and/or phone (e.g. mobile)'),
    ).toEqual(['we collect data', 'name', 'email and/or phone', 'mobile']);
    expect(splitEnumeration('nous collectons notamment : nom, prénom ainsi que téléphone')).toEqual(
      ['nous collectons', 'nom', 'prenom', 'telephone'],
    );
  });

  it('reads coordinations that share a word', () => {
    expect(expandCoordination('postal and e mail addresses')).toContain('postal addresses');
    expect(expandCoordination('first and last name')).toContain('first name');
    expect(expandCoordination('date et lieu de naissance')).toContain('date de naissance');
    expect(
      declaredIn('We store your postal and e-mail addresses and your first and last name.'),
    ).toEqual(['user.name', 'user.contact.email', 'user.contact.address']);
  });

  it('reads list items under a collecting lead-in', () => {
    const text =
      'When you order we collect:\n\n- your name;\n- your delivery address;\n\nSee also:\n\n- the cookie banner';
    const result = extractPolicy(text, { format: 'markdown' });
    expect(result.declared.map((entry) => [entry.category, entry.evidence[0]?.line])).toEqual([
      ['user.name', 3],
      ['user.contact.address', 4],
    ]);
  });

  it('reads list items under a negated lead-in', () => {
    const text =
      'Nous ne collectons jamais :\n  • votre numéro de sécurité sociale ;\n  • vos données de santé.';
    expect(negatedIn(text)).toEqual([
      'user.government_id.national_identification_number',
      'user.health',
    ]);
  });
});

describe('segmentation', () => {
  it('splits sentences but not abbreviations, addresses or asides', () => {
    const text =
      'We collect e.g. your name. Write to a@b.net now. See (this is a note. Really.) Ok!';
    expect(splitSentences(text).map(({ start, end }) => text.slice(start, end).trim())).toEqual([
      'We collect e.g. your name.',
      'Write to a@b.net now.',
      'See (this is a note. Really.) Ok!',
    ]);
  });

  it('does not let an unclosed parenthesis swallow a paragraph', () => {
    const text = `See (note ${'word '.repeat(150)}end. Next sentence. Last one.`;
    expect(splitSentences(text)).toHaveLength(3);
  });

  it('splits clauses at semicolons and contrast words', () => {
    expect(splitClauses('we collect x; we keep y but not z')).toEqual([
      'we collect x',
      'we keep y ',
      'but not z',
    ]);
  });

  it('normalizes for matching', () => {
    expect(normalizeForMatch('E-mail, « Téléphone » l’adresse')).toBe('e mail telephone l adresse');
  });
});

describe('language detection', () => {
  it('tells English from French per sentence and per document', () => {
    expect(detectLanguage('We collect your name and your e-mail address.')).toBe('en');
    expect(detectLanguage('Nous collectons vos nom et prénom pour la gestion des clients.')).toBe(
      'fr',
    );
    expect(detectLanguage('IBAN')).toBeUndefined();
    expect(
      documentLanguage(['We collect your data.', 'We keep it for the duration of the contract.']),
    ).toBe('en');
    expect(
      documentLanguage([
        'We collect your data for the contract.',
        'Nous conservons vos données pour la durée du contrat.',
      ]),
    ).toBe('mixed');
    expect(extractPolicy('Nous collectons votre courriel.').language).toBe('fr');
  });
});

describe('statements without the usual verbs', () => {
  it('reads records that contain data, and a sentence pointing back at one', () => {
    expect(declaredIn('Your patient file contains your medical history and X-rays.')).toEqual([
      'user.health',
    ]);
    expect(declaredIn('Les informations figurant dans votre dossier : votre ordonnance.')).toEqual([
      'user.health',
    ]);
    const text =
      'Our dentists keep clinical notes. These include:\n\n- your allergies;\n- diagnoses.';
    expect(declaredIn(text, 'markdown')).toEqual(['user.health', 'user.health.medical_diagnosis']);
    expect(declaredIn('Our website contains your medical history.')).toEqual([]);
    expect(negatedIn('The form contains no field for your date of birth.')).toEqual([
      'user.demographic.date_of_birth',
    ]);
  });

  it('takes "you ask us" for no collection, and « vous nous transmettez » for one', () => {
    expect(declaredIn('Vous nous demandez conseil sur votre état de santé.')).toEqual([]);
    expect(declaredIn('You can ask us to delete your email address.')).toEqual([]);
    expect(declaredIn('We ask you for your email address.')).toEqual(['user.contact.email']);
    expect(declaredIn('Vous nous transmettez votre numéro de téléphone.')).toEqual([
      'user.contact.phone_number',
    ]);
  });
});

describe('what is not the organisation’s own data', () => {
  it('skips data the reader keeps about third parties', () => {
    expect(
      declaredIn('We store the records you create about your own customers: their names.'),
    ).toEqual([]);
    expect(declaredIn("You can import your customers' phone numbers.")).toEqual([]);
    expect(declaredIn('We collect the bank account details your clients pay into.')).toEqual([
      'user.financial.bank_account',
    ]);
  });

  it('skips purposes and documents the data is printed on', () => {
    expect(declaredIn('Nous collectons votre RIB, pour le versement de votre salaire.')).toEqual([
      'user.financial.bank_account',
    ]);
    expect(declaredIn('We use your data to send your invoices and reminders.')).toEqual([]);
    expect(declaredIn('We keep a phone number, printed on invoices if you wish.')).toEqual([
      'user.contact.phone_number',
    ]);
    expect(declaredIn('To create your account we collect your name.')).toEqual(['user.name']);
  });

  it('reads an account number beside bank details as the bank account', () => {
    expect(declaredIn('We keep your bank details (sort code and account number).')).toEqual([
      'user.financial.bank_account',
    ]);
    expect(declaredIn('We record your account number.')).toEqual(['user.unique_id']);
  });

  it('negates an item that opens with a negation, and only that item', () => {
    const result = extractPolicy('We ask for your email address, not your phone number.');
    expect(result.declared.map((d) => d.category)).toEqual(['user.contact.email']);
    expect(result.negated.map((n) => n.category)).toEqual(['user.contact.phone_number']);
    expect(negatedIn('Nous collectons votre e-mail, mais pas votre adresse postale.')).toEqual([
      'user.contact.address',
    ]);
  });

  it('does not negate a category through a qualified kind of it', () => {
    const result = extractPolicy(
      'We use cookies to keep you signed in. We do not use advertising cookies.',
    );
    expect(result.declared.map((d) => d.category)).toEqual(['user.device.cookie_id']);
    expect(result.negated).toEqual([]);
  });
});

describe('vocabulary', () => {
  it('reads a first or last name on its own as a narrower name, a full name as a name', () => {
    expect(declaredIn('Nous collectons vos nom et prénom.')).toEqual(['user.name']);
    expect(declaredIn('Nous collectons vos nom, prénom et adresse.')).toEqual([
      'user.name',
      'user.contact.address',
    ]);
    expect(declaredIn('We ask for your first name and surname.')).toEqual(['user.name']);
    expect(declaredIn('We collect your surname.')).toEqual(['user.name', 'user.name.last']);
    // Data about a child also declares children (fixtures/policies/README.md conventions).
    expect(declaredIn("Nous demandons le prénom de l'enfant.")).toEqual([
      'user.name',
      'user.name.first',
      'user.children',
    ]);
  });

  it('reads histories, health words and device attributes', () => {
    expect(
      declaredIn("Nous conservons l'historique de vos commandes et les pages que vous consultez."),
    ).toEqual(['user.behavior.browsing_history', 'user.behavior.purchase_history']);
    expect(declaredIn('We record your medications and your dental insurance provider.')).toEqual([
      'user.health',
      'user.health.insurance_beneficiary_id',
    ]);
    // A device attribute named non-personal negates no category: device identifiers and
    // cookies are not concerned, and "device type" is not the device group.
    expect(negatedIn('We log non-personal information such as your browser type.')).toEqual([]);
    expect(declaredIn('We collect your device type and operating system.')).toEqual([]);
    expect(declaredIn('We collect device information.')).toEqual(['user.device']);
  });
});

describe('FAQs, section headings and tables', () => {
  const faq = [
    '# Privacy FAQ',
    '',
    '**What do you ask for when I sign up?**',
    '',
    '- your e-mail address',
    '- a password',
    '',
    '**Do you need my home address?**',
    '',
    'No. We never ask for it.',
    '',
    '**Do you collect my location?**',
    '',
    'Yes, when the app is open.',
  ].join('\n');

  it('reads a bold line or a lone question as a heading, from the organisation’s side', () => {
    const result = extractPolicy(faq, { format: 'markdown' });
    expect(result.declared.map((entry) => entry.category)).toEqual([
      'user.contact.email',
      'user.authorization.credentials',
      'user.location',
    ]);
    // A question declares nothing; its answer ("No.") decides.
    expect(result.negated.map((entry) => entry.category)).toEqual(['user.contact.address']);
  });

  it('never reads a question in running text as a declaration', () => {
    expect(declaredIn('Why do we collect your phone number? To call you back.')).toEqual([]);
  });

  it('lets a sub-heading without a verb keep its parent section’s polarity', () => {
    const html = [
      '<h2>Les données que nous traitons, finalité par finalité</h2>',
      '<h3>Commandes en ligne</h3>',
      '<ul><li>votre adresse électronique</li></ul>',
      '<h2>Partenaires</h2>',
      '<ul><li>votre numéro de téléphone</li></ul>',
    ].join('\n');
    expect(declaredIn(html, 'html')).toEqual(['user.contact.email']);
  });

  it('does not read retention, legal-basis, definition or rights sections', () => {
    const markdown = [
      '## Retention',
      '',
      '| Item | Kept for |',
      '|---|---|',
      '| Phone location | Not kept: only the result is stored |',
      '',
      '## Definitions',
      '',
      '"Personal data" means any information such as a name or an e-mail address.',
    ].join('\n');
    const result = extractPolicy(markdown, { format: 'markdown' });
    expect(result.declared).toEqual([]);
    expect(result.negated).toEqual([]);
  });

  it('reads the rows of a table whose header names the data', () => {
    const html =
      '<table><tr><th>Data</th><th>Purpose</th></tr><tr><td>Postcode</td><td>Forecasts</td></tr></table>';
    expect(declaredIn(html, 'html')).toEqual(['user.contact.address.postal_code']);
  });
});

describe('owners and labels of data', () => {
  it('does not take the owner of a photo or a name for data', () => {
    expect(negatedIn('We never ask for a photo of your child.')).toEqual([
      'user.content.self_image',
    ]);
    // Collecting a child's data is processing data about children; negating it is not.
    expect(declaredIn("We ask for your child's first name.")).toEqual([
      'user.name',
      'user.name.first',
      'user.children',
    ]);
  });

  it('reads the name or photo of a data item as that item', () => {
    expect(declaredIn('Nous conservons la photo de votre ordonnance.')).toEqual(['user.health']);
    expect(declaredIn('Nous enregistrons le nom de votre mutuelle.')).toEqual([
      'user.health.insurance_beneficiary_id',
    ]);
  });
});

describe('more ways of saying it', () => {
  it('reads optional and mandatory fields as asked for', () => {
    expect(declaredIn('Le numéro de portable est facultatif.')).toEqual([
      'user.contact.phone_number',
    ]);
  });

  it('reads a purpose that derives data as producing it', () => {
    expect(declaredIn('We collect your postcode to work out your approximate location.')).toEqual([
      'user.contact.address.postal_code',
      'user.location.coarse',
    ]);
  });

  it('tells the verb "request" from the noun', () => {
    expect(negatedIn('We do not request your national insurance number.')).toEqual([
      'user.government_id.national_identification_number',
    ]);
    expect(declaredIn('Upon lawful request, a copy of your passport can be sent to you.')).toEqual(
      [],
    );
  });

  it('skips false friends of the other language and reads plurals', () => {
    expect(
      declaredIn('Nous collectons les dossiers de location et vos adresses postales.'),
    ).toEqual(['user.contact.address']);
    expect(declaredIn('We collect the location of your device.')).toEqual(['user.location']);
  });

  it('does not take what the reader may do for collection, unless they give us the data', () => {
    expect(declaredIn('You can download or delete your e-mail address at any time.')).toEqual([]);
    expect(declaredIn('You may provide your phone number.')).toEqual(['user.contact.phone_number']);
  });

  it('reads a town beside an address as part of it, and a postcode for itself', () => {
    expect(declaredIn('We collect your address, postcode and city.')).toEqual([
      'user.contact.address',
      'user.contact.address.postal_code',
    ]);
    expect(declaredIn('We collect your city.')).toEqual(['user.location.coarse']);
  });
});

describe('round 3 rules', () => {
  it('reads a warning against impersonation as no negation', () => {
    expect(negatedIn('We never ask for your password over the phone or by e-mail.')).toEqual([]);
  });

  it('reads a denial of access as a negation', () => {
    expect(negatedIn("Nous n'avons jamais accès aux données de votre carte bancaire.")).toEqual([
      'user.financial.credit_card',
    ]);
  });

  it('ends a condition before the main clause', () => {
    expect(
      negatedIn(
        "Si votre téléphone le permet, vous pouvez déverrouiller l'application avec votre empreinte digitale : votre empreinte ne nous est jamais transmise.",
      ),
    ).toEqual(['user.biometrics.fingerprint']);
  });

  it('keeps an acronym inside a noun phrase', () => {
    expect(declaredIn('We use your precise (GPS) location.')).toEqual(['user.location.precise']);
  });

  it('reads the answer under a bold FAQ question without a blank line', () => {
    expect(
      declaredIn('**What do you need to open an account?**\nYour name and a password.', 'markdown'),
    ).toEqual(['user.name', 'user.authorization.credentials']);
  });

  it('reads an FAQ written as a definition list as questions and answers', () => {
    const html =
      '<dl><dt>Vous savez où je suis ?</dt><dd>Non. Nous ne relevons pas votre position. ' +
      'Pour un paiement en plusieurs fois, on vous demande un RIB.</dd></dl>';
    expect(declaredIn(html, 'html')).toEqual(['user.financial.bank_account']);
  });

  it('skips the activity and legal-basis columns of a table', () => {
    const html =
      '<table><tr><th>Activity</th><th>Information about you</th><th>Lawful basis</th></tr>' +
      '<tr><td>Pet Health Plan</td><td>Your e-mail address</td><td>Contract</td></tr></table>';
    expect(declaredIn(html, 'html')).toEqual(['user.contact.email']);
  });

  it('does not read money collection as data collection', () => {
    expect(declaredIn('Unpaid invoices go to our debt collection agency.')).toEqual([]);
  });

  it('reads a place of residence as part of an address', () => {
    expect(
      declaredIn('Nous recueillons votre ville de résidence et votre pays de résidence.'),
    ).toEqual(['user.contact.address.city', 'user.contact.address.country']);
  });
});

describe('round 4 rules', () => {
  it('reads a run-in data label at the start of a paragraph of a collecting section', () => {
    const markdown =
      '## Categories of personal data\n\n2.2 **Payment data.** Payments are handled by our bank.';
    expect(declaredIn(markdown, 'markdown')).toEqual(['user.financial']);
    expect(declaredIn('Joining the library. Borrowing is free.')).toEqual([]);
  });

  it('cuts reasons and parenthesised purposes, across their own commas', () => {
    expect(
      declaredIn(
        'We need your date of birth because fees, loan limits and events depend on age, and we keep your e-mail.',
      ),
    ).toEqual(['user.contact.email', 'user.demographic.date_of_birth']);
    expect(declaredIn('We collect your date of birth (for age categories).')).toEqual([
      'user.demographic.date_of_birth',
    ]);
    expect(
      declaredIn('Because a pass is required, we keep the outcome of a criminal record check.'),
    ).toEqual(['user.criminal_history']);
  });

  it('reads a bare card number as the membership card a policy issues', () => {
    const text =
      'A library card number is issued to you. You log in with your card number and PIN.';
    expect(declaredIn(text)).toEqual(['user.unique_id', 'user.authorization.credentials']);
    expect(declaredIn('We store your card number.')).toEqual(['user.financial.credit_card']);
  });

  it('keeps channels named in an impersonation warning out of negations', () => {
    expect(negatedIn('We will never ask for your password by e-mail, text or phone.')).toEqual([]);
  });

  it('splits a clause at « étant précisé que »', () => {
    const text =
      "L'application enregistre votre adresse IP, étant précisé qu'elle ne collecte pas votre position GPS.";
    expect(declaredIn(text)).toEqual(['user.device.ip_address']);
    expect(negatedIn(text)).toEqual(['user.location.precise']);
  });

  it('reads a member number beside an insurer as no customer number', () => {
    expect(declaredIn('We record your insurer and membership number.')).toEqual([]);
  });

  it('reads personal data in general under a heading that joins a neutral topic to another', () => {
    const markdown =
      '## Purposes and legal bases\n\nPersonal data is processed to run the service.';
    expect(extractPolicy(markdown, { format: 'markdown' }).generic.length).toBe(1);
    const rights = '## Your rights\n\nYou may ask for a copy of the personal data we hold.';
    expect(extractPolicy(rights, { format: 'markdown' }).generic.length).toBe(0);
  });
});

describe('structure and wording (blind set 6)', () => {
  it('reads a <dt> that states a practice or a neutral topic as the heading of its <dd>', () => {
    const html =
      '<h2>Admissions</h2><dl><dt>Data collected</dt><dd>Your name and e-mail address.</dd>' +
      '<dt>Lawful basis</dt><dd>Contract; for health information, explicit consent.</dd></dl>';
    expect(declaredIn(html, 'html')).toEqual(['user.name', 'user.contact.email']);
    // A <dt> that names a record is a term, not a statement.
    const terms =
      '<h2>Terms</h2><dl><dt>Clinical record</dt><dd>The history of your consultations.</dd></dl>';
    expect(declaredIn(terms, 'html')).toEqual([]);
  });

  it('reads a heading that states collection though it also names a neutral topic', () => {
    const markdown = '## What we process, why, and our lawful basis\n\n- your date of birth\n';
    expect(declaredIn(markdown, 'markdown')).toEqual(['user.demographic.date_of_birth']);
  });

  it('keeps a negation whole across an adverb of contrast inside its clause', () => {
    expect(
      negatedIn('Nous ne collectons en revanche aucune information sur votre origine ethnique.'),
    ).toEqual(['user.demographic.race_ethnicity']);
  });

  it('ends a negation with its sentence inside an item, and at a colon before a subject', () => {
    const html =
      '<p>We collect:</p><ul><li>your political opinions. We do not collect your ethnic origin.</li></ul>';
    expect(declaredIn(html, 'html')).toEqual(['user.demographic.political_opinion']);
    const text = 'We never see or store your card number: we only receive your purchase history.';
    expect(negatedIn(text)).toEqual(['user.financial.credit_card']);
    expect(declaredIn(text)).toEqual(['user.behavior.purchase_history']);
  });

  it('reads nothing in what an impostor asks for', () => {
    expect(
      declaredIn('If someone claiming to be from us asks you for your password, it is not us.'),
    ).toEqual([]);
    expect(
      negatedIn('Nos agents ne vous demanderont jamais votre mot de passe par téléphone.'),
    ).toEqual([]);
  });

  it('does not negate what an exception keeps', () => {
    const text =
      "We don't need your National Insurance number, and apart from the check above we don't need your date of birth either.";
    expect(negatedIn(text)).toEqual(['user.government_id.national_identification_number']);
  });

  it('reads verbs that collect through their object, and choices the reader makes', () => {
    expect(declaredIn('We take your name and a contact phone number.')).toEqual([
      'user.name',
      'user.contact.phone_number',
    ]);
    expect(declaredIn('We take security seriously.')).toEqual([]);
    expect(declaredIn('We write down your date of birth.')).toEqual([
      'user.demographic.date_of_birth',
    ]);
    expect(declaredIn("We'll ask to see your driving licence.")).toEqual([
      'user.government_id.drivers_license_number',
    ]);
    expect(declaredIn("You pick a display name (it doesn't have to be your real name).")).toEqual([
      'user.account.username',
    ]);
    expect(declaredIn('The site sets one cookie to remember your choice.')).toEqual([
      'user.device.cookie_id',
    ]);
  });

  it('reads a device group whose examples are only attributes as no category', () => {
    expect(
      declaredIn('We receive device information such as your browser type and operating system.'),
    ).toEqual([]);
    expect(
      declaredIn('We receive device information such as your IP address and browser type.'),
    ).toEqual(['user.device.ip_address']);
  });

  it('reads a number the organisation assigns as an identifier', () => {
    expect(declaredIn('We record a supporter ID we assign to you.')).toEqual(['user.unique_id']);
    expect(
      declaredIn('Votre numéro de participant, attribué par la Caisse, est enregistré.'),
    ).toEqual(['user.unique_id']);
    expect(declaredIn('We store the device ID assigned to your device.')).toEqual([
      'user.device.device_id',
    ]);
  });

  it('reads « celui de l’enfant » as the data of a child, not a child negated', () => {
    expect(
      negatedIn(
        "Nous ne collectons pas le numéro de sécurité sociale des parents ni celui de l'enfant.",
      ),
    ).toEqual(['user.government_id.national_identification_number']);
  });

  it('reads certificates, languages and diagnostics by language', () => {
    expect(declaredIn('We keep a copy of your birth certificate and your home language.')).toEqual([
      'user.government_id.birth_certificate',
      'user.demographic.language',
    ]);
    expect(declaredIn('We collect diagnostics such as crash reports.')).toEqual([
      'user.device.telemetry',
    ]);
    expect(declaredIn('Nous conservons le diagnostic de votre médecin.')).toEqual([
      'user.health.medical_diagnosis',
    ]);
    expect(declaredIn('Nous conservons les codes relevés par la valise de diagnostic.')).toEqual(
      [],
    );
  });
});

describe('structure and wording (blind set 7)', () => {
  it("does not read a payment provider's own handling as collection", () => {
    expect(declaredIn('Payment cards are saved by our payment partner, Adyen.')).toEqual([]);
    expect(
      declaredIn(
        'Payments are processed by our payment service provider, Paynetic Ltd. We receive a token and the last four digits of the card.',
      ),
    ).toEqual(['user.financial.credit_card']);
    expect(
      declaredIn(
        'Payment is taken by our payment provider, who collects your card details on our behalf.',
      ),
    ).toEqual(['user.financial.credit_card']);
    expect(
      declaredIn('Card payments are handled by Stripe, which receives your card number.'),
    ).toEqual([]);
    expect(
      negatedIn('The card number is collected by Adyen directly and is never collected by us.'),
    ).toEqual(['user.financial.credit_card']);
    expect(
      negatedIn(
        'Your card details are entered on the secure page of our payment provider and never reach us.',
      ),
    ).toEqual(['user.financial.credit_card']);
    expect(negatedIn('Apple processes your payment; we never see your card number.')).toEqual([
      'user.financial.credit_card',
    ]);
    expect(negatedIn('Our staff will never ask for your bank details over the phone.')).toEqual([]);
  });

  it('reads only the table columns that hold data', () => {
    const table = [
      '| Activity | Data processed | Recipients |',
      '|---|---|---|',
      '| Payroll | Name, salary | Occupational health service |',
    ].join('\n');
    expect(declaredIn(table, 'markdown')).toEqual(['user.name', 'user.financial']);
  });

  it('scopes "and uses no…" to its own object', () => {
    const result = extractPolicy(
      'Our website sets only strictly necessary cookies and uses no analytics.',
    );
    expect(result.declared.map((entry) => entry.category)).toEqual(['user.device.cookie_id']);
    expect(result.negated).toEqual([]);
  });

  it('reads a National Insurance "NI number" in English, not a French « ni »', () => {
    expect(
      declaredIn('We collect your NI number, your Unique Taxpayer Reference and your DOB.'),
    ).toEqual([
      'user.government_id',
      'user.government_id.national_identification_number',
      'user.demographic.date_of_birth',
    ]);
  });

  it('reads data handed to others, or required by a law, as no collection', () => {
    expect(
      declaredIn(
        'The location of an incident may be given to the police when a by-law requires it.',
      ),
    ).toEqual([]);
    expect(declaredIn('Your phone number may be provided to us.')).toEqual([
      'user.contact.phone_number',
    ]);
  });

  it('reads "Only with your permission." as a yes, and issued credentials', () => {
    const faq = [
      '# FAQ',
      '',
      '**Do you take photos?**',
      'Only with your permission.',
      '',
      '**Does my child get an account?**',
      'Yes. Each camper gets a username and a password.',
      '',
      '**Does the platform track my child?**',
      'No.',
    ].join('\n');
    const result = extractPolicy(faq, { format: 'markdown' });
    expect(result.declared.map((entry) => entry.category).sort()).toEqual([
      'user.account.username',
      'user.authorization.credentials',
      'user.content.self_image',
    ]);
    expect(result.negated).toEqual([]);
  });

  it('reads vocabulary of the blind set 7', () => {
    expect(declaredIn('We collect app interactions and your credit history.').sort()).toEqual([
      'user.behavior',
      'user.financial',
    ]);
    expect(declaredIn('We collect the addresses you search for on the map.')).toEqual([]);
    expect(
      declaredIn('Nous collectons votre position approximative et une adresse relais.'),
    ).toEqual(['user.contact.email', 'user.location.coarse']);
    expect(declaredIn("Nous enregistrons quelles fonctions de l'appli sont utilisées.")).toEqual(
      [],
    );
    expect(declaredIn('Nous conservons un identifiant aléatoire généré à l’installation.')).toEqual(
      ['user.unique_id'],
    );
    expect(declaredIn('We collect your employer name.')).toEqual([
      'user.professional_information.workplace',
    ]);
    expect(declaredIn('We keep your address, which appears on your invoice.')).toEqual([
      'user.contact.address',
    ]);
    expect(
      declaredIn('Zippa B.V., Keizersgracht 100, 1015 CV Amsterdam. We collect your name.'),
    ).toEqual(['user.name']);
  });
});

describe('false positives and answers (blind set 8)', () => {
  const sorted = (list: string[]): string[] => [...list].sort();

  it('reads an FAQ written as "Q: … A: …" and restricted answers', () => {
    const faq = [
      'Q: Does your website use cookies?',
      'A: Only the essential ones that make the booking form work.',
      '',
      'Q: Do you use my location?',
      'A: Only an approximate location, from your IP address.',
    ].join('\n');
    const result = extractPolicy(faq);
    expect(result.declared.map((entry) => entry.category).sort()).toEqual([
      'user.device.cookie_id',
      'user.device.ip_address',
      'user.location.coarse',
    ]);
    expect(
      declaredIn('### Des cookies ?\nDeux seulement : le cookie de session.', 'markdown'),
    ).toEqual(['user.device.cookie_id']);
    expect(
      declaredIn(
        '### Et mon mot de passe ?\nIl est stocké uniquement sous forme hachée.',
        'markdown',
      ),
    ).toEqual(['user.authorization.credentials']);
  });

  it('does not negate a card or a location by a part of it', () => {
    // Round 15: denying the full number denies card data only where none of it is kept.
    expect(
      negatedIn('We keep the last four digits. We never keep the full card number on our servers.'),
    ).toEqual([]);
    expect(
      negatedIn("Pas de localisation en arrière-plan : l'appli ne suit pas vos trajets."),
    ).toEqual([]);
    expect(
      negatedIn("Nous ne collectons ni votre date de naissance, ni votre carnet d'adresses."),
    ).toEqual(['user.demographic.date_of_birth']);
    expect(
      negatedIn('Le cinéma n’a jamais connaissance de votre numéro de carte bancaire.'),
    ).toEqual(['user.financial.credit_card']);
    expect(
      sorted(
        negatedIn('The app handles no payments and never collects your payment card details.'),
      ),
    ).toEqual(['user.financial.credit_card']);
    expect(negatedIn("We don't need your home address - e-mail and mobile are enough.")).toEqual([
      'user.contact.address',
    ]);
    expect(
      sorted(
        negatedIn(
          'We do not ask for a photograph or their nationality, and employers may not ask for them.',
        ),
      ),
    ).toEqual(['user.content.self_image', 'user.demographic.citizenship_or_immigration_status']);
  });

  it('reads what others hand over and what applicants are asked to declare', () => {
    expect(
      sorted(declaredIn('Our booking partner passes us your name and contact details.')),
    ).toEqual(['user.contact', 'user.name']);
    expect(declaredIn('Our bank statement shows us the IBAN of the account.')).toEqual([
      'user.financial.bank_account',
    ]);
    expect(
      declaredIn(
        'For courses involving work with children we ask applicants to declare criminal convictions.',
      ),
    ).toEqual(['user.criminal_history']);
    expect(declaredIn('We record your application number.')).toEqual(['user.unique_id']);
    expect(declaredIn('We collect the number of your rewards card number.')).toEqual([
      'user.unique_id',
    ]);
  });

  it('reads places, searches, purchases and retention sentences', () => {
    expect(declaredIn('We collect the town you live in.')).toEqual(['user.contact.address.city']);
    expect(
      sorted(declaredIn('We store your saved searches (keywords, location, salary range).')),
    ).toEqual(['user.behavior.search_history']);
    expect(declaredIn('We record an approximate, city-level location.')).toEqual([
      'user.location.coarse',
    ]);
    expect(declaredIn('Nous conservons vos achats de tickets.')).toEqual([
      'user.behavior.purchase_history',
    ]);
    expect(declaredIn('Durée : les factures sont gardées 10 ans.')).toEqual([]);
    expect(declaredIn('Your name and billing details are kept for six years.')).toEqual([]);
    expect(declaredIn('Nous conservons vos données de paiement pendant dix ans.')).toEqual([
      'user.financial',
    ]);
    expect(declaredIn("L'IBAN est conservé avec la facture.")).toEqual([
      'user.financial.bank_account',
    ]);
    expect(
      declaredIn(
        'Des photographies et vidéos des élèves peuvent être réalisées lors des concerts.',
      ),
    ).toEqual(['user.content.self_image']);
  });
});

describe('scopes and false positives (blind set 9)', () => {
  const sorted = (list: string[]): string[] => [...list].sort();

  it('keeps a negation inside parentheses to its own words', () => {
    expect(
      negatedIn(
        'Where a family asks for meals that meet religious requirements (e.g. halal, no beef), we record that request.',
      ),
    ).toEqual([]);
    const banking =
      'Nous collectons : numéro client, mot de passe (jamais communiqué à nos conseillers), adresse IP.';
    expect(negatedIn(banking)).toEqual([]);
    expect(sorted(declaredIn(banking))).toEqual([
      'user.authorization.credentials',
      'user.device.ip_address',
      'user.unique_id',
    ]);
    expect(negatedIn('We collect your e-mail (not your phone number).')).toEqual([
      'user.contact.phone_number',
    ]);
  });

  it('ends a negation at "and we" and reads a sentence-initial "No"', () => {
    expect(
      negatedIn(
        "The account remains in the parent's name and we do not collect personal data from children.",
      ),
    ).toEqual(['user.children']);
    expect(
      sorted(negatedIn('No bank or card details are collected through this website.')),
    ).toEqual(['user.financial.bank_account', 'user.financial.credit_card']);
  });

  it('reads handsets, on-device checks, control names and places as no data', () => {
    expect(
      declaredIn('We log the device (MAC) address of phones and laptops that connect.'),
    ).toEqual(['user.device.device_id']);
    expect(
      declaredIn(
        'If you sign in to our app with your fingerprint, the check happens on your phone.',
      ),
    ).toEqual([]);
    expect(
      declaredIn(
        'We collect the GPS location of your phone, if you turn on "Location alerts" in the app.',
      ),
    ).toEqual(['user.location.precise']);
    expect(
      negatedIn('We do not take or keep photographs of pupils, including on allergy lists.'),
    ).toEqual(['user.content.self_image']);
    expect(
      declaredIn('You can ask for a copy of your information, or ask us to correct it.'),
    ).toEqual([]);
  });

  it('reads "choose to", a restricted use, technical data of other things, and a child named first', () => {
    expect(declaredIn('We process information you choose to tell us about your health.')).toEqual([
      'user.health',
    ]);
    expect(
      declaredIn("Les données de localisation ne sont utilisées qu'à des fins techniques."),
    ).toEqual([]);
    expect(
      declaredIn('La position GPS est utilisée uniquement si vous activez le partage.'),
    ).toEqual(['user.location.precise']);
    expect(
      declaredIn(
        'Nous collectons des informations techniques sur le projet : type de toiture, orientation.',
      ),
    ).toEqual([]);
    expect(sorted(declaredIn("Nous collectons, pour l'enfant : nom, date de naissance."))).toEqual([
      'user.children',
      'user.demographic.date_of_birth',
      'user.name',
    ]);
  });

  it('reads the first noun phrase under a collecting heading that names data', () => {
    const policy = [
      '## The information we collect',
      '',
      '### Identity and contact details',
      '',
      'Your full name, billing address and a contact phone number.',
    ].join('\n');
    expect(sorted(declaredIn(policy, 'markdown'))).toEqual([
      'user.contact.address',
      'user.contact.phone_number',
      'user.name',
    ]);
  });

  it('reads vocabulary of banks', () => {
    expect(
      sorted(
        declaredIn('We collect your passcode, memorable information and country of tax residence.'),
      ),
    ).toEqual(['user.authorization.credentials', 'user.contact.address.country']);
    expect(
      sorted(
        declaredIn(
          'Nous collectons les numéros des cartes de paiement et l’identifiant du téléphone.',
        ),
      ),
    ).toEqual(['user.device.device_id', 'user.financial.credit_card']);
  });
});

describe('sources, exceptions and full-length policies (blind set 10)', () => {
  const sorted = (list: string[]): string[] => [...list].sort();

  it('reads a collecting heading as a generic disclosure', () => {
    const policy = '## How we use your information\n\nWe collect your name.';
    expect(extractPolicy(policy, { format: 'markdown' }).generic).toHaveLength(1);
  });

  it('shares a complement across determined nouns', () => {
    expect(expandCoordination('votre date et votre lieu de naissance')).toContain(
      'date de naissance',
    );
  });

  it('reads neither purpose-only tables, cookie uses nor password protection as data', () => {
    const table =
      '## How we use it\n\n| Purpose | Legal basis |\n|---|---|\n| Taxes, invoices | Legal obligation |';
    expect(declaredIn(table, 'markdown')).toEqual([]);
    expect(
      declaredIn('Le site dépose des cookies strictement nécessaires (session, choix de langue).'),
    ).toEqual(['user.device.cookie_id']);
    expect(
      declaredIn('Ces informations sont saisies dans un tableur protégé par mot de passe.'),
    ).toEqual([]);
  });

  it('limits, sources and exceptions are no negations', () => {
    expect(negatedIn('The site sets one session cookie. No other cookies are used.')).toEqual([]);
    expect(
      negatedIn('Une partie des informations ne nous est pas fournie par vous-même : votre nom.'),
    ).toEqual([]);
    const excepted = extractPolicy(
      'We never ask for your bank details unless you are a private patient paying by transfer.',
    );
    expect(excepted.negated).toEqual([]);
    expect(excepted.declared.map((entry) => entry.category)).toEqual([
      'user.financial.bank_account',
    ]);
    expect(negatedIn('We do not take fingerprints or any other biometric data.')).toEqual([
      'user.biometrics',
      'user.biometrics.fingerprint',
    ]);
  });

  it('reads items kept for a time, and sentences that log as well as keep', () => {
    const policy = '## Data we collect\n\n- Private messages are stored for 90 days.';
    expect(declaredIn(policy, 'markdown')).toEqual(['user.content.private']);
    expect(
      declaredIn(
        'Les connexions sont journalisées (adresse IP) et ces journaux sont gardés 12 mois.',
      ),
    ).toEqual(['user.device.ip_address']);
    expect(declaredIn('Your name and billing details are kept for six years.')).toEqual([]);
  });

  it('reads what the reader tells or leaves, and what the app reads', () => {
    expect(
      sorted(declaredIn('You can leave a telephone number. You may tell us the town you live in.')),
    ).toEqual(['user.contact.address.city', 'user.contact.phone_number']);
    expect(declaredIn('The app also reads a device identifier.')).toEqual([
      'user.device.device_id',
    ]);
    expect(declaredIn('Le numéro de votre permis de conduire est relevé en agence.')).toEqual([
      'user.government_id.drivers_license_number',
    ]);
  });

  it('does not read technical data about a thing, a French purpose or a child fare', () => {
    expect(
      declaredIn('We receive meter readings and technical information about your meter.'),
    ).toEqual([]);
    expect(
      negatedIn('Nous n’utilisons pas la reconnaissance faciale pour vérifier votre identité.'),
    ).toEqual(['user.biometrics']);
    expect(
      declaredIn('Nous collectons la date de naissance (tarifs enfant, jeune et senior).'),
    ).toEqual(['user.demographic.date_of_birth']);
  });
});

describe('round 10: negations that limit, and others’ receipt', () => {
  const sorted = (list: string[]): string[] => [...list].sort();

  it('a denied qualified tracker denies no tracker in general', () => {
    expect(negatedIn('Aucun cookie publicitaire n’est déposé.')).toEqual([]);
    expect(negatedIn('Aucun traceur publicitaire ni bouton de partage n’est utilisé.')).toEqual([]);
    expect(negatedIn('We use no third-party trackers.')).toEqual([]);
    expect(negatedIn('We do not use cookies.')).toEqual(['user.device.cookie_id']);
  });

  it('what others receive or see, or what is substituted, is no denial', () => {
    const hospitals = extractPolicy(
      'Hospitals receive your donor number and blood group with each unit, never your name.',
    );
    expect(hospitals.negated).toEqual([]);
    expect(
      negatedIn(
        'The partner works under contract, sees your card number instead of your name, and cannot use the data for anyone else.',
      ),
    ).toEqual([]);
    expect(negatedIn('Our partners never receive your card number.')).toEqual([]);
    expect(negatedIn('Nos partenaires n’ont jamais accès à votre nom.')).toEqual([]);
    expect(negatedIn('The shop never receives your card number.')).toEqual([
      'user.financial.credit_card',
    ]);
  });

  it('an exception after a denial is collected, and taken out of the denial', () => {
    const children = extractPolicy(
      'We do not knowingly collect information from children, except the names and dates of birth of child travellers on a family quote.',
    );
    expect(children.negated).toEqual([]);
    expect(sorted(children.declared.map((entry) => entry.category))).toEqual([
      'user.children',
      'user.demographic.date_of_birth',
      'user.name',
    ]);
    expect(declaredIn('Nous ne collectons aucune donnée, sauf votre adresse e-mail.')).toEqual([
      'user.contact.email',
    ]);
    expect(declaredIn('We do not collect any data other than your e-mail address.')).toEqual([
      'user.contact.email',
    ]);
    const partial = extractPolicy(
      'We do not collect your phone number or address, except your postcode.',
    );
    expect(partial.declared.map((entry) => entry.category)).toEqual([
      'user.contact.address.postal_code',
    ]);
    expect(sorted(partial.negated.map((entry) => entry.category))).toEqual([
      'user.contact.address',
      'user.contact.phone_number',
    ]);
  });

  it('data never sent to the organisation, or not accessed, is denied', () => {
    expect(
      negatedIn(
        'If you let the app use your location to show sessions nearby, the location is used on your device only and is never sent to us.',
      ),
    ).toEqual(['user.location']);
    expect(negatedIn('Recent searches stay on your device and are never sent to us.')).toEqual([
      'user.behavior.search_history',
    ]);
    expect(negatedIn('L’application n’accède pas à votre position précise (GPS).')).toEqual([
      'user.location.precise',
    ]);
  });

  it('reads nothing about an animal, a processor’s data, a login event or a price by age', () => {
    expect(
      declaredIn(
        'Nous enregistrons les informations sur l’animal assuré : nom, espèce, race, ses antécédents et les factures du vétérinaire.',
      ),
    ).toEqual([]);
    expect(
      declaredIn(
        'The details of the people you invite (their mobile numbers) are processed on your behalf: we are your processor.',
      ),
    ).toEqual([]);
    expect(declaredIn('We record the time and IP address of each login.')).toEqual([
      'user.device.ip_address',
    ]);
    expect(
      declaredIn('Nous enregistrons la date de naissance de chacun (tarifs par âge).'),
    ).toEqual(['user.demographic.date_of_birth']);
  });

  it('reads numbers the reader is given and what the organisation needs', () => {
    expect(declaredIn('You will then get a rewards card number.')).toEqual(['user.unique_id']);
    expect(
      sorted(declaredIn('Si vous avez des enfants, il nous faut le prénom de chacun.')),
    ).toEqual(['user.children', 'user.name', 'user.name.first']);
    expect(sorted(declaredIn('We record what you bought: your shopping history.'))).toEqual([
      'user.behavior.purchase_history',
    ]);
  });
});

describe('structure and wording (blind set 12)', () => {
  const sortedIn = (text: string, format: 'text' | 'markdown' | 'html' = 'text'): string[] =>
    [...declaredIn(text, format)].sort();

  it('declares a group named with its members as its members only', () => {
    expect(sortedIn('Nous recueillons vos coordonnées (courriel, téléphone).')).toEqual([
      'user.contact.email',
      'user.contact.phone_number',
    ]);
    expect(
      sortedIn('Nous relevons le numéro de la pièce d’identité présentée (passeport ou permis).'),
    ).toEqual(['user.government_id.passport_number']);
    expect(sortedIn('We collect account details: your username and a password.')).toEqual([
      'user.account.username',
      'user.authorization.credentials',
    ]);
    expect(sortedIn('We collect contact details such as your e-mail address.')).toEqual([
      'user.contact.email',
    ]);
    expect(
      sortedIn('We collect your contact details:\n\n- e-mail address\n- phone number', 'markdown'),
    ).toEqual(['user.contact.email', 'user.contact.phone_number']);
    expect(
      sortedIn('We keep your contact details. These include your e-mail address and phone number.'),
    ).toEqual(['user.contact.email', 'user.contact.phone_number']);
    // Examples of another noun phrase joined after the group are not its members.
    expect(
      sortedIn(
        'Nous recueillons votre pièce d’identité et les documents à traduire (ex. acte de naissance).',
      ),
    ).toEqual(['user.government_id', 'user.government_id.birth_certificate']);
  });

  it('reads a verb-less list under a label heading or a run-in label of a collecting section', () => {
    expect(
      sortedIn(
        '## Les données collectées\n\n### Compte\nIdentifiant client, mot de passe (haché).\n\n### Appareil\nAdresse IP, modèle d’appareil.',
        'markdown',
      ),
    ).toEqual(['user.authorization.credentials', 'user.device.ip_address', 'user.unique_id']);
    expect(
      sortedIn(
        '## The information we collect\n\n**If you travel with a vehicle.** Vehicle registration number, make and height.',
        'markdown',
      ),
    ).toEqual(['user.government_id.vehicle_registration']);
    // Outside a collecting section, a verb-less sentence states nothing.
    expect(
      sortedIn('## About us\n\n**Our shop.** Vehicle registration number checks.', 'markdown'),
    ).toEqual([]);
  });

  it('skips paragraphs under a neutral run-in label, transfer sections and purpose headings', () => {
    expect(
      sortedIn(
        '**Base légale :** intérêt légitime pour la conservation du numéro de pièce d’identité.',
        'markdown',
      ),
    ).toEqual([]);
    expect(
      sortedIn(
        '## International transfers\n\nRecordings and account data are stored in the UK.',
        'markdown',
      ),
    ).toEqual([]);
    expect(
      sortedIn(
        '## Pourquoi utilisons-nous vos données ?\n- Personnaliser les suggestions selon votre position.\n- Prévenir la fraude : nous enregistrons l’adresse IP.',
        'markdown',
      ),
    ).toEqual(['user.device.ip_address']);
  });

  it('reads the data column of a table under a purposes and legal bases heading', () => {
    expect(
      sortedIn(
        '<h2>Purposes and legal bases</h2><table><tr><th>Purpose</th><th>Data used</th><th>Legal basis</th></tr>' +
          '<tr><td>Mortgage referral</td><td>Phone number, postcode, identity documents</td><td>Consent</td></tr></table>',
        'html',
      ),
    ).toEqual(['user.contact.address.postal_code', 'user.contact.phone_number']);
  });

  it('reads messages, recordings, templates and what servers see', () => {
    expect(sortedIn('If you use the form, we receive your name and the message you type.')).toEqual(
      ['user.content.private', 'user.name'],
    );
    expect(sortedIn('Your doorbell records video clips and audio.')).toEqual([
      'user.content.private',
    ]);
    expect(sortedIn('If you switch it on, we create facial templates.')).toEqual([
      'user.biometrics',
    ]);
    expect(sortedIn('When the app syncs, our servers see your IP address.')).toEqual([
      'user.device.ip_address',
    ]);
    expect(
      sortedIn('Une empreinte de votre carte bancaire est réalisée à titre de caution.'),
    ).toEqual(['user.financial.credit_card']);
  });

  it('denies what it names, not a thing excluded or a subject of a denied treatment', () => {
    expect(declaredIn('Our website (not the app) sets one cookie.')).toEqual([
      'user.device.cookie_id',
    ]);
    expect(
      negatedIn('That is health information: it is encrypted and never used for advertising.'),
    ).toEqual([]);
    expect(negatedIn('We don’t collect health data about you.')).toEqual(['user.health']);
    expect(negatedIn('No. The app never accesses your location.')).toEqual(['user.location']);
    expect(
      negatedIn(
        'Les photos publiées ne font l’objet d’aucune reconnaissance faciale : nous ne traitons aucune donnée biométrique.',
      ),
    ).toEqual(['user.biometrics']);
    expect(sortedIn('We never record religious or political views.')).toEqual([]);
    expect(negatedIn('We never record religious or political views.').sort()).toEqual([
      'user.demographic.political_opinion',
      'user.demographic.religious_belief',
    ]);
  });

  it('reads what a check shows, and no denial in a limited use or a sale (round 12)', () => {
    expect(
      sortedIn(
        'We check your licence with the DVLA. That check comes back with your penalty points and any driving convictions.',
      ),
    ).toEqual(['user.criminal_history']);
    expect(
      sortedIn(
        'Every care worker has an enhanced DBS check, which shows any criminal convictions.',
      ),
    ).toEqual(['user.criminal_history']);
    expect(
      sortedIn('Ces données relatives aux infractions sont traitées dans les limites de la loi.'),
    ).toEqual(['user.criminal_history']);
    expect(negatedIn('We do not use your DNA for health reports.')).toEqual([]);
    expect(
      negatedIn('We do not ask for medical diagnoses, and we never sell genetic data.'),
    ).toEqual(['user.health.medical_diagnosis']);
  });

  it('reads a source acting for the reader, and no age in a price rule or login event', () => {
    expect(
      sortedIn('Travel agents who book on your behalf send us your name and contact details.'),
    ).toEqual(['user.contact', 'user.name']);
    expect(sortedIn('We collect your date of birth (fares depend on age).')).toEqual([
      'user.demographic.date_of_birth',
    ]);
    expect(sortedIn('Logins to your account are also logged (time, IP address).')).toEqual([
      'user.device.ip_address',
    ]);
    expect(
      sortedIn(
        '**Loyalty card.** We record your card number and your booking history.',
        'markdown',
      ),
    ).toEqual(['user.behavior.purchase_history', 'user.unique_id']);
  });
});

describe('round 13 (from the blind set 14)', () => {
  const sortedIn = (text: string, format: 'text' | 'markdown' | 'html' = 'text'): string[] =>
    [...declaredIn(text, format)].sort();
  const sortedNegated = (text: string, format: 'text' | 'markdown' | 'html' = 'text'): string[] =>
    extractPolicy(text, { format })
      .negated.map((entry) => entry.category)
      .sort();

  it('reads a denied group after its own members as those members, EN and FR', () => {
    expect(
      sortedNegated(
        'We do not keep card numbers or bank account numbers: we never store your payment details.',
      ),
    ).toEqual(['user.financial.bank_account', 'user.financial.credit_card']);
    expect(
      sortedNegated(
        '## Data not collected\n\n- Bank or card details (the app store bills you and does not give us your payment details)',
        'markdown',
      ),
    ).toEqual(['user.financial.bank_account', 'user.financial.credit_card']);
    expect(
      sortedNegated(
        'Le site retire les coordonnées GPS de vos images : nous ne gardons pas la localisation de vos images.',
      ),
    ).toEqual(['user.location.precise']);
    // A contrast keeps the group, and a collected group beside its members stays a group.
    expect(
      sortedNegated('We do not track your GPS position; we use your location for the forecast.'),
    ).toEqual(['user.location.precise']);
    expect(sortedIn('Nous enregistrons votre adresse e-mail et vos coordonnées.')).toEqual([
      'user.contact',
      'user.contact.email',
    ]);
  });

  it('reads a dash after a group word as the start of its members', () => {
    expect(
      sortedIn('We keep: proof of identity – a scan of your passport or your driving licence.'),
    ).toEqual(['user.government_id.drivers_license_number', 'user.government_id.passport_number']);
    expect(sortedIn('Nous demandons vos coordonnées — adresse postale et courriel.')).toEqual([
      'user.contact.address',
      'user.contact.email',
    ]);
  });

  it('shares a head noun across a series of modifiers, EN and FR', () => {
    expect(
      sortedNegated('We hold no record of your political, religious or philosophical beliefs.'),
    ).toEqual([
      'user.demographic.philosophical_belief',
      'user.demographic.political_opinion',
      'user.demographic.religious_belief',
    ]);
    expect(
      sortedNegated(
        'Aucune information sur vos opinions politiques, philosophiques ou religieuses n’est recueillie.',
      ),
    ).toEqual([
      'user.demographic.philosophical_belief',
      'user.demographic.political_opinion',
      'user.demographic.religious_belief',
    ]);
    expect(sortedIn('We ask for your name, address and phone number.')).toEqual([
      'user.contact.address',
      'user.contact.phone_number',
      'user.name',
    ]);
  });

  it('reads « qui indique » as someone stating data, not « comme indiqué »', () => {
    expect(
      sortedIn('Le formulaire est rempli par un tuteur, qui indique le prénom de l’enfant.'),
    ).toEqual(['user.children', 'user.name', 'user.name.first']);
    expect(sortedIn('Comme indiqué plus haut, votre prénom reste privé.')).toEqual([]);
  });

  it('names no data in genres, business software or a sale barred to minors', () => {
    expect(sortedIn('We store the music genres you follow and your e-mail address.')).toEqual([
      'user.contact.email',
    ]);
    expect(sortedIn('Nous enregistrons votre genre.')).toEqual(['user.demographic.gender']);
    expect(sortedIn('Nos agents utilisent un logiciel métier hébergé en France.')).toEqual([]);
    expect(
      sortedNegated(
        'Le tabac étant interdit aux mineurs, vous confirmez votre majorité : aucune date de naissance n’est enregistrée.',
      ),
    ).toEqual(['user.demographic.date_of_birth']);
    expect(
      sortedNegated('Knives are never sold to minors, but we do not store your date of birth.'),
    ).toEqual(['user.demographic.date_of_birth']);
  });

  it('reads round-13 vocabulary', () => {
    expect(sortedIn('We record the names and ages of the children in the household.')).toEqual([
      'user.children',
      'user.demographic.age_range',
      'user.name',
    ]);
    expect(sortedIn('Lessons for all ages: we collect your e-mail.')).toEqual([
      'user.contact.email',
    ]);
    expect(sortedIn('We collect your employment status and a passport-style photo.')).toEqual([
      'user.content.self_image',
      'user.professional_information',
    ]);
    expect(sortedIn('Your login e-mail and a password are stored.')).toEqual([
      'user.authorization.credentials',
      'user.contact.email',
    ]);
    expect(sortedIn('Our game uses an identifier for your device.')).toEqual([
      'user.device.device_id',
    ]);
    expect(sortedIn('Every customer is given a client reference number.')).toEqual([
      'user.unique_id',
    ]);
    expect(
      sortedIn('Nous demandons le n° de tél. d’un proche et le n° de licence du club.'),
    ).toEqual(['user.contact.phone_number', 'user.unique_id']);
  });
});

describe('round 14 (from the blind set 15)', () => {
  const sortedIn = (text: string, format: 'text' | 'markdown' | 'html' = 'text'): string[] =>
    [...declaredIn(text, format)].sort();
  const sortedNegated = (text: string, format: 'text' | 'markdown' | 'html' = 'text'): string[] =>
    extractPolicy(text, { format })
      .negated.map((entry) => entry.category)
      .sort();

  it('reads plain-text rows drawn with dot leaders under app-store headings', () => {
    const text = [
      'GARDEN PLANNER - PRIVACY LABEL',
      '',
      'DATA LINKED TO YOU',
      '  Contact Info ...... phone number',
      '  Location .......... precise location (while you map',
      '                      a flower bed)',
      '',
      'DATA NOT LINKED TO YOU',
      '  Diagnostics ....... crash logs',
    ].join('\n');
    expect(sortedIn(text)).toEqual([
      'user.contact.phone_number',
      'user.device.telemetry',
      'user.location.precise',
    ]);
  });

  it('reads app-store headings as collecting, EN and FR', () => {
    expect(
      sortedIn('## Data used to track you\n\n- **Identifiers**: advertising ID\n', 'markdown'),
    ).toEqual(['user.device.device_id']);
    expect(
      sortedIn(
        '## Données non associées à votre identité\n\n- **Contact** : adresse e-mail\n',
        'markdown',
      ),
    ).toEqual(['user.contact.email']);
    expect(
      sortedIn('## Données associées à votre compte\n\n- **Achats** : vos achats\n', 'markdown'),
    ).toEqual(['user.behavior.purchase_history']);
  });

  it('reads a row label before its colon as the heading of its values, EN and FR', () => {
    expect(sortedIn('We collect:\n- Location: approximate location\n')).toEqual([
      'user.location.coarse',
    ]);
    expect(sortedIn('Nous collectons :\n- Diagnostic : rapports de plantage\n')).toEqual([
      'user.device.telemetry',
    ]);
    // A person stays whom the data is about; a label with no data after it is read.
    expect(sortedIn('We collect:\n- Child: first name\n')).toEqual([
      'user.children',
      'user.name',
      'user.name.first',
    ]);
    expect(sortedIn('We collect:\n- Location: only while you use the map\n')).toEqual([
      'user.location',
    ]);
  });

  it('reads only the animal’s own items as its data, EN and FR', () => {
    expect(
      sortedIn(
        'Le formulaire (nom, adresse e-mail, nom, âge et race de votre chien) est enregistré par la pension.',
      ),
    ).toEqual(['user.contact.email', 'user.name']);
    expect(sortedIn('We record your phone number, and your horse’s name, age and breed.')).toEqual([
      'user.contact.phone_number',
    ]);
    expect(sortedIn('Nous notons l’âge, le poids et la race de votre chien.')).toEqual([]);
  });

  it('reads what an app picks up and photographs that are taken', () => {
    expect(sortedIn('The app also picks up your IP address.')).toEqual(['user.device.ip_address']);
    expect(sortedIn('You pick a display name.')).toEqual(['user.account.username']);
    expect(sortedIn('Photos are taken during the tasting evenings.')).toEqual([
      'user.content.self_image',
    ]);
  });

  it('reads a follow-up question as asking what the one before asked, EN and FR', () => {
    const en = [
      '### What do you collect when I register?',
      '',
      'Your e-mail address.',
      '',
      '### And when I rent a bike?',
      '',
      '- **Rentals** – your payment card and rental history.',
    ].join('\n');
    expect(sortedIn(en, 'markdown')).toEqual(['user.contact.email', 'user.financial.credit_card']);
    const fr = [
      '### Que demandez-vous à l’inscription ?',
      '',
      'Votre adresse e-mail.',
      '',
      '### Et pour une location ?',
      '',
      '- Votre numéro de téléphone.',
    ].join('\n');
    expect(sortedIn(fr, 'markdown')).toEqual(['user.contact.email', 'user.contact.phone_number']);
    // After a question that collects nothing, "And the photos?" asks nothing ("And the
    // cookies?" is a section on cookies of its own: see round 16).
    const after =
      '### How long do you keep it?\n\nTwo years.\n\n### And the photos?\n\n- A group photo.\n';
    expect(sortedIn(after, 'markdown')).toEqual([]);
  });

  it('shares a head noun across « de vos X et de vos Y »', () => {
    expect(sortedIn('Nous conservons l’historique de vos trajets et de vos commandes.')).toEqual([
      'user.behavior.purchase_history',
    ]);
  });

  it('denies no device data in "non-personal technical information"', () => {
    expect(
      sortedNegated(
        'The server notes the browser type of each visit. This is non-personal technical information.',
      ),
    ).toEqual([]);
    expect(sortedNegated('Non-personal information such as your IP address is logged.')).toEqual([
      'user.device.ip_address',
    ]);
  });

  it('reads only the answer when it names its own data, as a restricted yes does', () => {
    const text = [
      '### Do you use my location?',
      '',
      'Yes, if you allow it: the app uses your approximate location to show nearby gardens.',
    ].join('\n');
    expect(sortedIn(text, 'markdown')).toEqual(['user.location.coarse']);
    const fr = [
      '### Utilisez-vous ma localisation ?',
      '',
      'Oui : l’application utilise votre position approximative.',
    ].join('\n');
    expect(sortedIn(fr, 'markdown')).toEqual(['user.location.coarse']);
  });

  it('denies data that a payment provider takes under a "not collected" heading', () => {
    const fr = [
      '## Données non collectées',
      '',
      '- **Paiement** : le numéro de votre carte est saisi sur la page de notre prestataire de paiement.',
    ].join('\n');
    expect(sortedNegated(fr, 'markdown')).toEqual(['user.financial.credit_card']);
    const en = [
      '## Data not collected',
      '',
      '- Payment: your card number is entered on the page of our payment provider.',
    ].join('\n');
    expect(sortedNegated(en, 'markdown')).toEqual(['user.financial.credit_card']);
  });

  it('reads "the app store" as a shop, and "does not send … to us" as a denial', () => {
    expect(sortedIn('The app store does not send your billing details to us.')).toEqual([]);
    expect(sortedNegated('The app store does not send your billing details to us.')).toEqual([
      'user.financial',
    ]);
    expect(sortedIn('The booking site sends your phone number to us.')).toEqual([
      'user.contact.phone_number',
    ]);
  });

  it('reads nothing before a colon that denies another act, EN and FR', () => {
    const fr =
      '## Données traitées\n\nLa boutique ne pose aucun diagnostic médical : votre médecin s’en charge.\n';
    expect(sortedIn(fr, 'markdown')).toEqual([]);
    const en = '## Data we process\n\nWe make no medical diagnosis: your doctor does.\n';
    expect(sortedIn(en, 'markdown')).toEqual([]);
  });

  it('reads what reveals or indicates the reader’s own data, EN and FR', () => {
    expect(sortedIn('Joining the guild reveals your trade union membership.')).toEqual([
      'user.demographic.union_membership',
    ]);
    expect(sortedIn('Votre choix de caisse révèle vos opinions politiques.')).toEqual([
      'user.demographic.political_opinion',
    ]);
    expect(sortedIn('Cookies indicate whether a page loaded.')).toEqual([]);
  });

  it('reads round-14 vocabulary and look-alikes', () => {
    expect(sortedIn('We store an account ID and the serial number of the watch.')).toEqual([
      'user.device.device_id',
      'user.unique_id',
    ]);
    expect(sortedIn('We keep the notes you type in the journal.')).toEqual([
      'user.content.private',
    ]);
    expect(sortedIn('We collect DNA samples and carrier screening results.')).toEqual([
      'user.health.genetic',
    ]);
    expect(sortedIn('We keep your employment records and your pay band.')).toEqual([
      'user.financial',
      'user.professional_information',
    ]);
    expect(sortedIn('We keep a list of your past stays and what you paid.')).toEqual([
      'user.behavior.purchase_history',
    ]);
    expect(sortedIn('Nous demandons votre quotient familial et une carte d’identité.')).toEqual([
      'user.financial',
      'user.government_id.national_identification_number',
    ]);
    expect(sortedNegated('We never access your photo library or your camera roll.')).toEqual([]);
    expect(sortedIn('Nous notons le numéro de série VIN du véhicule.')).toEqual([]);
    // French « convictions » are beliefs, not criminal convictions.
    expect(sortedNegated('Nous ne vous demandons jamais vos convictions.')).toEqual([]);
    expect(sortedIn('We ask about any convictions.')).toEqual(['user.criminal_history']);
  });
});

describe('round 15 (from the blind set 16)', () => {
  const sortedIn = (text: string, format: 'text' | 'markdown' | 'html' = 'text'): string[] =>
    [...declaredIn(text, format)].sort();
  const sortedNegated = (text: string, format: 'text' | 'markdown' | 'html' = 'text'): string[] =>
    extractPolicy(text, { format })
      .negated.map((entry) => entry.category)
      .sort();

  it('reads a plain-text "Article N. Title" line as a heading, EN and FR', () => {
    const en = [
      'Article 3. Data we collect',
      '3.1 We ask for your e-mail address.',
      '',
      'Article 4. Your rights',
      '4.1 You may ask for a copy in a portable format. We will never ask for your password.',
    ].join('\n');
    expect(sortedIn(en)).toEqual(['user.contact.email']);
    expect(sortedNegated(en)).toEqual([]);
    const fr = [
      'Article 6 - Transferts hors de l’Union européenne',
      'Seul le numéro de série du boîtier est communiqué au fabricant.',
    ].join('\n');
    expect(sortedIn(fr)).toEqual([]);
  });

  it('denies what a no-logs list names, participles included, EN and FR', () => {
    const en = [
      'When you use the tunnel, we do not record:',
      '(a) the pages you visit;',
      '(b) your home IP address or the IP address assigned to you by the tunnel.',
    ].join('\n');
    expect(sortedIn(en)).toEqual([]);
    expect(sortedNegated(en)).toEqual(['user.behavior.browsing_history', 'user.device.ip_address']);
    const fr = ['Nous ne journalisons pas :', '- l’adresse IP attribuée à votre session.'].join(
      '\n',
    );
    expect(sortedNegated(fr)).toEqual(['user.device.ip_address']);
    // Outside a denied list, an assigned address is still collected.
    expect(sortedIn('We collect:\n- the IP address assigned to you;\n')).toEqual([
      'user.device.ip_address',
    ]);
  });

  it('denies what an app never sends or keeps only on the device, EN and FR', () => {
    expect(sortedNegated('The scanner app never sends your precise location.')).toEqual([
      'user.location.precise',
    ]);
    expect(sortedNegated('L’application n’envoie jamais votre position précise.')).toEqual([
      'user.location.precise',
    ]);
    expect(sortedNegated('Your voice recordings are stored only on your phone.')).toEqual([
      'user.content.private',
    ]);
    expect(sortedNegated('Vos photos sont conservées uniquement sur votre appareil.')).toEqual([
      'user.content.self_image',
    ]);
    // A limit on sharing denies nothing; keeping on the device and on servers collects.
    expect(sortedNegated('The app does not send your location to advertisers.')).toEqual([]);
    expect(sortedIn('We store your photos on our servers and on your device.')).toEqual([
      'user.content.self_image',
    ]);
  });

  it('reads the phone data leaves or a screen it shows on as a place, EN and FR', () => {
    // The pictures are denied, the phone is where they stay, not a phone number.
    expect(sortedNegated('Receipts are read on the spot; no pictures leave your phone.')).toEqual([
      'user.content.self_image',
    ]);
    expect(sortedNegated('Les reçus ne quittent jamais votre téléphone.')).toEqual([]);
    expect(
      sortedNegated('Votre adresse ne s’affiche pas sur les postes de garde et n’est pas gardée.'),
    ).toEqual(['user.contact.address']);
    expect(sortedIn('We ask for your phone and your e-mail.')).toEqual([
      'user.contact.email',
      'user.contact.phone_number',
    ]);
  });

  it('denies an identity document that is shown but not copied, EN and FR', () => {
    expect(sortedNegated('The porter checks your ID but does not take a copy of it.')).toEqual([]);
    expect(sortedNegated('We never take copies of your passport.')).toEqual([
      'user.government_id.passport_number',
    ]);
    expect(sortedNegated('We do not take copies of your ID or write down its number.')).toEqual([
      'user.government_id',
    ]);
    expect(sortedNegated('Nous ne photocopions pas vos papiers.')).toEqual(['user.government_id']);
    expect(sortedIn('Nous photocopions votre pièce d’identité.')).toEqual(['user.government_id']);
  });

  it('denies what a record called non-personal lists, EN and FR', () => {
    expect(
      sortedNegated(
        'After each visit, staff fill in a tally sheet: time, age band and gender of the visitor. These tally sheets are not personal data.',
      ),
    ).toEqual(['user.demographic.age_range', 'user.demographic.gender']);
    expect(
      sortedNegated(
        'Le bénévole note sur une fiche : heure, tranche d’âge et sexe. Ces fiches ne constituent pas des données personnelles.',
      ),
    ).toEqual(['user.demographic.age_range', 'user.demographic.gender']);
    // A noun named only in a purpose is not the record described.
    expect(
      sortedNegated('We keep your age band to compile statistics. These statistics are anonymous.'),
    ).toEqual([]);
  });

  it('denies the full card number only where no card data is kept', () => {
    expect(
      sortedNegated('The terminal belongs to our bank; we never see your full card number.'),
    ).toEqual(['user.financial.credit_card']);
    expect(
      sortedNegated(
        'We keep the card brand. We never store the full card number or the security code.',
      ),
    ).toEqual([]);
  });

  it('reads what a payment provider passes on as received', () => {
    expect(
      sortedIn(
        'Payments are handled by our payment provider, which passes us your billing country.',
      ),
    ).toEqual(['user.contact.address.country']);
    expect(
      sortedIn(
        'Le paiement est traité par notre prestataire de paiement, qui nous transmet votre code postal.',
      ),
    ).toEqual(['user.contact.address.postal_code']);
    expect(
      sortedIn('Payments are handled by our payment provider, which receives your card number.'),
    ).toEqual([]);
  });

  it('does not deny what a denial says is received instead', () => {
    expect(
      sortedNegated(
        'The shop never receives your card number, only a confirmation and the amount paid.',
      ),
    ).toEqual(['user.financial.credit_card']);
  });

  it('limits, not denies, what a negated aside says of data the item collects', () => {
    expect(sortedNegated('We keep pictures of the stalls (we never photograph shoppers).')).toEqual(
      [],
    );
    expect(sortedNegated('We record your name (never your phone number).')).toEqual([
      'user.contact.phone_number',
    ]);
  });

  it('reads a row label before a dash and a table type column as its values’ heading', () => {
    expect(
      sortedIn('## Data linked to you\n\n- **Location** — approximate location\n', 'markdown'),
    ).toEqual(['user.location.coarse']);
    expect(
      sortedIn(
        '## Data linked to you\n\n- **Purchases** — tickets bought and refunds\n',
        'markdown',
      ),
    ).toEqual(['user.behavior.purchase_history']);
    // A label naming data of its own stays an item.
    expect(
      sortedIn(
        '## Data linked to you\n\n- **Approximate location** — the country, from your IP address\n',
        'markdown',
      ),
    ).toEqual(['user.device.ip_address', 'user.location.coarse']);
    const table = [
      '## Données associées à votre identité',
      '',
      '| Type | Données |',
      '|---|---|',
      '| Coordonnées | Adresse e-mail, numéro de téléphone |',
      '| Achats | Billets et abonnements achetés |',
    ].join('\n');
    expect(sortedIn(table, 'markdown')).toEqual([
      'user.behavior.purchase_history',
      'user.contact.email',
      'user.contact.phone_number',
    ]);
  });

  it('reads round-15 vocabulary and look-alikes', () => {
    expect(
      sortedIn('We keep your race results, your race day photos and your date of birth.'),
    ).toEqual(['user.content.self_image', 'user.demographic.date_of_birth']);
    expect(sortedIn('We do not ask about your race.')).toEqual([]);
    expect(sortedIn('Sa position est envoyée au poste de secours.')).toEqual([]);
    expect(sortedNegated('We do not keep the location of your photos.')).toEqual(['user.location']);
    expect(
      sortedIn('We store what you write to us and anything you type in the message box.'),
    ).toEqual(['user.content.private']);
    expect(sortedIn('Our host logs the pages requested and your bib number.')).toEqual([
      'user.behavior.browsing_history',
      'user.unique_id',
    ]);
    expect(sortedIn('We receive the amount paid and the organisation they work for.')).toEqual([
      'user.behavior.purchase_history',
      'user.professional_information.workplace',
    ]);
    expect(
      sortedIn('Nous conservons votre identifiant utilisateur et le texte du message.'),
    ).toEqual(['user.content.private', 'user.unique_id']);
    expect(sortedIn('Les photographes nous remettent leurs clichés.')).toEqual([
      'user.content.self_image',
    ]);
    expect(sortedIn('Nous recevons l’adresse de votre profil public.')).toEqual([
      'user.contact.social_url',
    ]);
    expect(sortedIn('We record email opens and link clicks.')).toEqual(['user.behavior']);
  });
});

describe('round 16 (from the blind set 17)', () => {
  const sortedIn = (text: string, format: 'text' | 'markdown' | 'html' = 'text'): string[] =>
    [...declaredIn(text, format)].sort();
  const sortedNegated = (text: string, format: 'text' | 'markdown' | 'html' = 'text'): string[] =>
    extractPolicy(text, { format })
      .negated.map((entry) => entry.category)
      .sort();
  const hasGeneric = (text: string, format: 'text' | 'markdown' | 'html' = 'text'): boolean =>
    extractPolicy(text, { format }).generic.length > 0;

  it('reads a numbered question line of a plain-text FAQ as the heading of its answer, EN and FR', () => {
    const en = [
      'FREQUENT QUESTIONS',
      '',
      '1. What do you ask for when I join?',
      'Your e-mail address, your postcode and a password you choose.',
      '',
      '2. And for deliveries?',
      'A delivery address and a phone number.',
    ].join('\n');
    expect(sortedIn(en)).toEqual([
      'user.authorization.credentials',
      'user.contact.address',
      'user.contact.address.postal_code',
      'user.contact.email',
      'user.contact.phone_number',
    ]);
    const fr = [
      '1. Quelles données collectez-vous à l’adhésion ?',
      'Votre civilité, votre date de naissance et votre adresse e-mail.',
      '',
      '2. Qui peut les consulter ?',
      'Seule notre équipe.',
    ].join('\n');
    expect(sortedIn(fr)).toEqual(['user.contact.email', 'user.demographic.date_of_birth']);
    // A list of questions (the reader's rights) stays a list.
    const list = [
      'You may ask us:',
      '1. What data do we hold about you?',
      '2. Who receives it?',
    ].join('\n');
    expect(sortedIn(list)).toEqual([]);
  });

  it('reads the verb-less lines of a section on cookies for cookies only, EN and FR', () => {
    const en = [
      '## Cookies',
      '',
      '- Essential: a session cookie so the age banner stays closed.',
      '- Statistics: an audience cookie, only with your consent.',
    ].join('\n');
    expect(sortedIn(en, 'markdown')).toEqual(['user.device.cookie_id']);
    const fr =
      '<h2>7. Cookies</h2><dl><dt>Cookie de session</dt><dd>Supprimé à la fermeture.</dd></dl>';
    expect(sortedIn(fr, 'html')).toEqual(['user.device.cookie_id']);
  });

  it('reads app-store usage types as behaviour, EN and FR', () => {
    expect(
      sortedIn(
        '## Data linked to you\n\n- **Usage data**: door open and close history\n',
        'markdown',
      ),
    ).toEqual(['user.behavior']);
    expect(
      sortedIn(
        '## Données associées à votre compte\n\n- **Activité dans l’app** : journal des trajets\n',
        'markdown',
      ),
    ).toEqual(['user.behavior']);
  });

  it('reads round-16 vocabulary, EN and FR', () => {
    expect(
      sortedIn('We keep a note of the services you have bought and what you’ve paid.'),
    ).toEqual(['user.behavior.purchase_history']);
    expect(
      sortedIn('Nous conservons l’historique de vos prestations et vos habitudes d’achat.'),
    ).toEqual(['user.behavior.purchase_history']);
    expect(sortedIn('We record your voting intentions.')).toEqual([
      'user.demographic.political_opinion',
    ]);
    expect(
      sortedIn('Nous enregistrons vos intentions de vote et votre secteur d’activité.'),
    ).toEqual(['user.demographic.political_opinion', 'user.professional_information']);
    expect(sortedIn('Our partner sends us a pseudonymous identifier.')).toEqual(['user.unique_id']);
    expect(sortedIn('Nous recevons un identifiant pseudonyme.')).toEqual(['user.unique_id']);
    expect(sortedIn('The app keeps a notification identifier and a device fingerprint.')).toEqual([
      'user.device.device_id',
    ]);
    expect(sortedIn('Nous utilisons une empreinte technique de votre appareil.')).toEqual([
      'user.device.device_id',
    ]);
    expect(sortedIn('Our partner uses face matching.')).toEqual(['user.biometrics']);
    expect(sortedIn('Nous utilisons une comparaison faciale.')).toEqual(['user.biometrics']);
    expect(sortedIn('We ask whether you have been married before.')).toEqual([
      'user.demographic.marital_status',
    ]);
    expect(sortedIn('Nous demandons si vous avez déjà été mariée.')).toEqual([
      'user.demographic.marital_status',
    ]);
    expect(sortedIn('We record the business you work for.')).toEqual([
      'user.professional_information.workplace',
    ]);
    expect(sortedIn('Nous notons l’entreprise pour laquelle vous travaillez.')).toEqual([
      'user.professional_information.workplace',
    ]);
    expect(sortedIn('Le boîtier enregistre des diagnostics de connexion.')).toEqual([
      'user.device.telemetry',
    ]);
    expect(
      sortedIn(
        'Le capteur détecte vos habitudes de vie ; les balises repèrent vos habitudes de vie.',
      ),
    ).toEqual(['user.behavior']);
  });

  it('blocks features and places that name no data, EN and FR', () => {
    expect(sortedIn('Fingerprint unlock uses the sensor of your phone.')).toEqual([]);
    expect(sortedIn('Le déverrouillage par empreinte est utilisé par votre téléphone.')).toEqual(
      [],
    );
    expect(sortedNegated('We do not use fingerprint readers.')).toEqual([
      'user.biometrics.fingerprint',
    ]);
    expect(sortedIn('If you sign up with a social login, we receive your e-mail address.')).toEqual(
      ['user.contact.email'],
    );
    expect(sortedIn('Nous utilisons une connexion sociale et votre adresse e-mail.')).toEqual([
      'user.contact.email',
    ]);
    expect(sortedIn('Nous enregistrons votre position à l’approche du domicile.')).toEqual([
      'user.location',
    ]);
    expect(sortedIn('Nous notons la date de prise de poste.')).toEqual([]);
  });

  it('leaves out what data goes without, EN and FR', () => {
    expect(sortedIn('Our clients receive your answers without your name or your e-mail.')).toEqual(
      [],
    );
    expect(sortedIn('Nos clients reçoivent des résultats sans nom ni coordonnées.')).toEqual([]);
    expect(sortedNegated('Nos clients ne reçoivent jamais votre nom.')).toEqual([]);
    expect(sortedNegated('Our customers never receive your e-mail address.')).toEqual([]);
    expect(sortedNegated('We never receive your e-mail address.')).toEqual(['user.contact.email']);
  });

  it('reads the party data is passed to as a recipient, EN and FR', () => {
    expect(sortedNegated('We never share the list of members with your employer.')).toEqual([]);
    expect(
      sortedNegated('Nous ne communiquons jamais la liste des membres à votre employeur.'),
    ).toEqual([]);
    expect(sortedIn('Nous transmettons votre nom à votre employeur.')).toEqual(['user.name']);
  });

  it('reads device attributes in parentheses after a group as attributes, EN and FR', () => {
    expect(
      sortedIn('The technical data used (browser type, screen size) is not personal data.'),
    ).toEqual([]);
    expect(
      sortedIn(
        'Les informations techniques utilisées (type de navigateur, système d’exploitation) ne sont pas des données personnelles.',
      ),
    ).toEqual([]);
  });

  it('reads a run-in label of an item as a group its members elaborate, EN and FR', () => {
    const en =
      '## Data not collected\n\n- **Payment details.** The shop bills you; we never receive your card number.\n';
    expect(sortedNegated(en, 'markdown')).toEqual(['user.financial.credit_card']);
    const fr =
      '## Données non collectées\n\n- **Données de paiement.** Le magasin encaisse l’abonnement ; nous ne recevons jamais votre numéro de carte.\n';
    expect(sortedNegated(fr, 'markdown')).toEqual(['user.financial.credit_card']);
    expect(
      sortedIn('We collect:\n- Contact and business details: your name and your work e-mail.'),
    ).toEqual(['user.contact.email', 'user.name']);
  });

  it('reads what a fact "says about" the reader, EN and FR', () => {
    expect(sortedIn('Your visit may say something about your religious beliefs.')).toEqual([
      'user.demographic.religious_belief',
    ]);
    expect(sortedIn('Votre adhésion peut en dire long sur vos opinions politiques.')).toEqual([
      'user.demographic.political_opinion',
    ]);
  });

  it('reads the modal of a series of reader options to its end, EN and FR', () => {
    expect(
      hasGeneric(
        'Vous pouvez accéder aux données vous concernant, les rectifier, demander leur effacement ou la limitation de leur traitement.',
      ),
    ).toBe(false);
    expect(
      hasGeneric(
        'You can see your personal data, correct it, update it or request its erasure or the restriction of its processing.',
      ),
    ).toBe(false);
    expect(hasGeneric('You can correct it, and we process your personal data.')).toBe(true);
  });

  it('reads data in general named with its items as those items, EN and FR', () => {
    expect(
      hasGeneric('Les informations recueillies sur ce formulaire sont enregistrées par le club.'),
    ).toBe(true);
    const fr =
      'Les informations recueillies sur ce formulaire (nom, adresse e-mail) sont enregistrées.';
    expect(hasGeneric(fr)).toBe(false);
    expect(sortedIn(fr)).toEqual(['user.contact.email', 'user.name']);
    expect(hasGeneric('We keep the personal data you give us (name, e-mail address).')).toBe(false);
  });

  it('reads data kept for a use of its own, EN and FR', () => {
    expect(sortedIn('Your IP address is kept for 7 days to block abusive users.')).toEqual([
      'user.device.ip_address',
    ]);
    expect(sortedIn('L’adresse IP est conservée 7 jours pour bloquer les abus.')).toEqual([
      'user.device.ip_address',
    ]);
    expect(sortedIn('Your name and e-mail address are kept for six years.')).toEqual([]);
  });
});

describe('round 17 (from the blind set 18)', () => {
  const sortedIn = (text: string, format: 'text' | 'markdown' | 'html' = 'text'): string[] =>
    [...declaredIn(text, format)].sort();
  const sortedNegated = (text: string, format: 'text' | 'markdown' | 'html' = 'text'): string[] =>
    extractPolicy(text, { format })
      .negated.map((entry) => entry.category)
      .sort();

  it('reads files and messages the reader sends, chats and their transcripts as private content, EN and FR', () => {
    expect(sortedIn('We keep the files you upload and any message you add to your order.')).toEqual(
      ['user.content.private'],
    );
    expect(sortedIn('We store webchat conversations and in-app messages between tenants.')).toEqual(
      ['user.content.private'],
    );
    expect(sortedIn('The counsellor records what you talked about and your first name.')).toEqual([
      'user.content.private',
      'user.name',
      'user.name.first',
    ]);
    expect(
      sortedIn('Nous conservons les fichiers que vous déposez et leurs pièces jointes.'),
    ).toEqual(['user.content.private']);
    expect(
      sortedIn(
        '## Données collectées\n\n- **Messages** : conversations entre clients et artisans dans la messagerie intégrée\n',
        'markdown',
      ),
    ).toEqual(['user.content.private']);
  });

  it('reads recorded calls and filmed sessions as private content, EN and FR', () => {
    expect(sortedIn('Calls to our help desk may be recorded.')).toEqual(['user.content.private']);
    expect(sortedIn('Les appels vers notre standard sont enregistrés.')).toEqual([
      'user.content.private',
    ]);
    expect(
      sortedIn('Avec votre accord, certaines séances peuvent être enregistrées (audio ou vidéo).'),
    ).toEqual(['user.content.private']);
    // An app's log of sessions, call detail records and a denial record nothing of the kind.
    expect(sortedIn('L’appli enregistre vos séances (date, durée) pour vos statistiques.')).toEqual(
      [],
    );
    expect(sortedIn('Our network generates call detail records for billing.')).toEqual([]);
    expect(sortedIn('Calls are not recorded.')).toEqual([]);
  });

  it('reads a "What is kept…?" question as a collecting heading, EN and FR', () => {
    const en =
      '<dl><dt>What is kept when I phone the line?</dt><dd>The adviser notes your first name and your approximate age.</dd></dl>';
    expect(sortedIn(en, 'html')).toEqual([
      'user.demographic.age_range',
      'user.name',
      'user.name.first',
    ]);
    const fr =
      '<dl><dt>Qu’est-ce qui est conservé quand j’appelle ?</dt><dd>Le bénévole note votre prénom et votre âge approximatif.</dd></dl>';
    expect(sortedIn(fr, 'html')).toContain('user.name.first');
    // "What is personal data?" still opens a definition.
    expect(
      sortedIn(
        '<dl><dt>What is personal data?</dt><dd>Your name or your e-mail address.</dd></dl>',
        'html',
      ),
    ).toEqual([]);
  });

  it('does not read a fingerprint login checked by the phone, EN and FR', () => {
    expect(sortedIn('You can log in with your fingerprint on our app.')).toEqual([]);
    expect(
      sortedIn('Vous pouvez utiliser la connexion par empreinte digitale dans l’appli.'),
    ).toEqual([]);
    expect(sortedIn('We take your fingerprints at the gate.')).toEqual([
      'user.biometrics.fingerprint',
    ]);
  });

  it('reads an app’s French « diagnostics » and crash logs as telemetry, not a diagnosis', () => {
    expect(
      sortedIn(
        'Si vous les activez, nous recevons les journaux de plantage et les diagnostics de l’application.',
      ),
    ).toEqual(['user.device.telemetry']);
    expect(sortedIn('Nous conservons le diagnostic posé par votre médecin.')).toEqual([
      'user.health.medical_diagnosis',
    ]);
  });

  it('reads French « sont nécessaires / requis » and « s’y ajoutent » as collection', () => {
    expect(sortedIn('Vos IBAN et BIC sont nécessaires pour le prélèvement.')).toEqual([
      'user.financial.bank_account',
    ]);
    expect(sortedIn('Un rendez-vous est nécessaire.')).toEqual([]);
    expect(sortedIn('Votre numéro de téléphone est requis pour le rappel.')).toEqual([
      'user.contact.phone_number',
    ]);
    expect(
      sortedIn(
        'Nous ouvrons un dossier. Au fil du suivi s’y ajoutent le diagnostic et vos ordonnances.',
      ),
    ).toContain('user.health.medical_diagnosis');
    expect(sortedIn('Les cookies strictement nécessaires au panier.')).toEqual([]);
  });

  it('reads what the organisation finds useful to know, EN and FR', () => {
    expect(sortedIn('Il nous est utile de connaître les langues parlées à la maison.')).toEqual([
      'user.demographic.language',
    ]);
    expect(sortedIn('We need to know your home language.')).toEqual(['user.demographic.language']);
    expect(sortedIn('We want you to know your rights over your home language.')).toEqual([]);
  });

  it('ends a fronted purpose at its subject, and reads "mean we keep" as no definition', () => {
    expect(
      sortedIn('To check your identity we take details from your passport or driving licence.'),
    ).toEqual(['user.government_id.drivers_license_number', 'user.government_id.passport_number']);
    expect(sortedIn('Monthly gifts mean we also keep your bank account details.')).toEqual([
      'user.financial.bank_account',
    ]);
    expect(sortedIn('"Bank details" means your sort code and account number.')).toEqual([]);
  });

  it('reads CCTV that operates, and a country where the reader is resident', () => {
    expect(sortedIn('CCTV operates in our shops.')).toEqual(['user.content.self_image']);
    expect(sortedIn('We ask for the countries where you are resident for tax purposes.')).toEqual([
      'user.contact.address.country',
    ]);
  });

  it('reads a generated number, donations and payment amounts, EN and FR', () => {
    expect(sortedIn('Nous créons un numéro de compte à 12 chiffres généré au hasard.')).toEqual([
      'user.unique_id',
    ]);
    expect(sortedIn('We hold your donation history.')).toEqual(['user.behavior.purchase_history']);
    expect(sortedIn('Nous conservons les dates et montants des paiements.')).toEqual([
      'user.behavior.purchase_history',
    ]);
  });

  it('keeps a denial before a colon when a payment provider’s clause follows, EN and FR', () => {
    expect(
      sortedNegated(
        'Your card number is never stored by the app: payment is handled by our payment provider.',
      ),
    ).toEqual(['user.financial.credit_card']);
    expect(
      sortedNegated(
        'Votre numéro de carte n’est jamais conservé par l’appli : le paiement est traité par notre prestataire de paiement.',
      ),
    ).toEqual(['user.financial.credit_card']);
  });

  it('reads each row of a cookie table as a cookie', () => {
    const en =
      '<h2>Cookies</h2><table><tr><th>Cookie</th><th>What it is for</th><th>How long</th></tr><tr><td>sh_cart</td><td>Keeps your basket</td><td>1 day</td></tr></table>';
    expect(sortedIn(en, 'html')).toEqual(['user.device.cookie_id']);
    const fr =
      '<h2>Cookies</h2><table><tr><th>Nom du cookie</th><th>Finalité</th></tr><tr><td>pn_panier</td><td>Garde votre panier</td></tr></table>';
    expect(sortedIn(fr, 'html')).toEqual(['user.device.cookie_id']);
  });

  it('denies no tracker by a qualified French pixel', () => {
    expect(sortedNegated('Nous n’utilisons ni pixel publicitaire ni bouton de partage.')).toEqual(
      [],
    );
  });

  it('reads "about them" after "not meant for" minors as the minors, EN and FR', () => {
    expect(
      sortedNegated(
        'The app is not meant for children under 13: we do not knowingly collect data about them.',
      ),
    ).toEqual(['user.children']);
    expect(
      sortedNegated(
        'Le site n’est pas destiné aux moins de 15 ans : nous ne collectons pas sciemment de données les concernant.',
      ),
    ).toEqual(['user.children']);
    expect(
      sortedNegated('The app is not meant for businesses: we do not collect data about them.'),
    ).toEqual([]);
  });
});

describe('round 18 (from the blind set 19)', () => {
  const sortedIn = (text: string, format: 'text' | 'markdown' | 'html' = 'text'): string[] =>
    [...declaredIn(text, format)].sort();
  const sortedNegated = (text: string, format: 'text' | 'markdown' | 'html' = 'text'): string[] =>
    extractPolicy(text, { format })
      .negated.map((entry) => entry.category)
      .sort();

  it('reads a group named before the label that details it as its members, EN and FR', () => {
    const en = [
      '## What we use',
      '',
      '| Activity | Data |',
      '|---|---|',
      '| Opening your file | Identity, contact details, employment details |',
      '',
      '## The data we collect, in detail',
      '',
      '- **Contact details**: postal address and mobile number.',
      '- **Employment details**: job title.',
    ].join('\n');
    expect(sortedIn(en, 'markdown')).not.toContain('user.contact');
    expect(sortedIn(en, 'markdown')).not.toContain('user.professional_information');
    expect(sortedIn(en, 'markdown')).toContain('user.contact.phone_number');
    const fr = [
      '## Nos traitements',
      '',
      '| Traitement | Données |',
      '|---|---|',
      '| Ouverture du dossier | Identité, coordonnées, situation professionnelle |',
      '',
      '## Le détail des données collectées',
      '',
      '- **Coordonnées** : adresse postale et numéro de portable.',
      '- **Situation professionnelle** : intitulé du poste.',
    ].join('\n');
    expect(sortedIn(fr, 'markdown')).not.toContain('user.contact');
    expect(sortedIn(fr, 'markdown')).not.toContain('user.professional_information');
    expect(sortedIn(fr, 'markdown')).toContain('user.contact.address');
    // Named after the label that details it, the group is one of its own (labelling convention).
    const after = [
      '- **Coordonnées** : adresse postale et numéro de portable.',
      '',
      'Nous transmettons vos coordonnées à notre transporteur.',
    ].join('\n');
    expect(sortedIn(after, 'markdown')).toContain('user.contact');
  });

  it('denies the figures of statistics called anonymous, EN and FR', () => {
    expect(
      sortedNegated(
        'Partner charities send us only anonymous statistics (number of visits, age bands): we receive nothing that identifies anyone.',
      ),
    ).toEqual(['user.demographic.age_range']);
    expect(
      sortedNegated(
        'Les centres sociaux nous transmettent seulement des statistiques anonymes (nombre de visites, tranches d’âge).',
      ),
    ).toEqual(['user.demographic.age_range']);
    expect(sortedIn('Les centres sociaux nous transmettent des statistiques anonymes.')).toEqual(
      [],
    );
  });

  it('reads a cat’s details as the animal’s, not a French web chat, EN and FR', () => {
    expect(
      sortedIn(
        'We note the details of your cat — its name, its age and the phone number of its vet.',
      ),
    ).toEqual([]);
    expect(sortedIn('We ask about your cat: food, medication and the vet’s details.')).toEqual([]);
    expect(
      sortedIn(
        'Nous notons les informations sur votre chat — son nom, son âge, ses traitements et les coordonnées de son vétérinaire.',
      ),
    ).toEqual([]);
    expect(
      sortedIn(
        'Nous conservons la transcription de votre chat avec un conseiller et votre adresse e-mail.',
      ),
    ).toContain('user.contact.email');
  });

  it('reads a phone model as a device attribute, not a phone number, EN and FR', () => {
    expect(sortedIn('The crash report includes the phone model and system version.')).toEqual([]);
    expect(
      sortedIn('Le rapport d’erreur contient le modèle de téléphone et la version du système.'),
    ).toEqual([]);
  });

  it('reads the app-store type "Financial info"', () => {
    expect(sortedNegated('Not collected: financial info, contacts.')).toEqual(['user.financial']);
  });

  it('reads photos attached to a message as the message, not pictures of the reader, EN and FR', () => {
    expect(sortedIn('We receive your message, with any photos you attach to it.')).toEqual([
      'user.content.private',
    ]);
    expect(sortedIn('Nous recevons votre message et les photos que vous y joignez.')).toEqual([
      'user.content.private',
    ]);
    expect(sortedIn('We keep your message and your profile photo.')).toEqual([
      'user.content.private',
      'user.content.self_image',
    ]);
  });
});

describe('round 19 (from the blind set 20)', () => {
  const sortedIn = (text: string, format: 'text' | 'markdown' | 'html' = 'text'): string[] =>
    extractPolicy(text, { format })
      .declared.map((entry) => entry.category)
      .sort();
  const sortedNegated = (text: string, format: 'text' | 'markdown' | 'html' = 'text'): string[] =>
    extractPolicy(text, { format })
      .negated.map((entry) => entry.category)
      .sort();

  it('reads a text FAQ whose questions follow a rule of dashes, EN and FR', () => {
    const english = [
      'Questions and answers',
      '',
      '--- 1. Who runs the club?',
      'A volunteer committee elected every spring.',
      '',
      '--- 2. What do you ask for when I join?',
      'Your full name, an e-mail address and your shoe size.',
    ].join('\n');
    expect(sortedIn(english)).toEqual(['user.contact.email', 'user.name']);
    const french = [
      '== 1. Que nous demandez-vous ?',
      'Votre numéro de téléphone et la date de naissance de chaque participant.',
    ].join('\n');
    expect(sortedIn(french)).toEqual([
      'user.contact.phone_number',
      'user.demographic.date_of_birth',
    ]);
    expect(sortedIn('=== Que gardez-vous ?\nVotre adresse e-mail et votre pseudo.')).toEqual([
      'user.account.username',
      'user.contact.email',
    ]);
  });

  it('reads a payment history with the organisation as purchase history, EN and FR', () => {
    expect(sortedIn('We keep your subscription plan and payment history.')).toEqual([
      'user.behavior.purchase_history',
    ]);
    expect(
      sortedIn("Nous conservons l'historique de vos cotisations et de vos paiements."),
    ).toEqual(['user.behavior.purchase_history']);
  });

  it('denies by pronoun the card data a payment provider handles, EN and FR', () => {
    expect(
      sortedNegated(
        'Fees are paid by card through our payment provider, which keeps your card number: we never store it.',
      ),
    ).toEqual(['user.financial.credit_card']);
    expect(
      sortedIn(
        'Fees are paid by card through our payment provider, which keeps your card number: we never store it.',
      ),
    ).toEqual([]);
    expect(
      sortedNegated(
        "Le numéro de carte est tapé directement chez notre prestataire de paiement et nous n'y avons jamais accès.",
      ),
    ).toEqual(['user.financial.credit_card']);
    expect(
      sortedNegated(
        'La cotisation est réglée par carte via notre prestataire de paiement, qui garde votre numéro de carte : nous ne le conservons pas.',
      ),
    ).toEqual(['user.financial.credit_card']);
    // « les » after the verb is an article: the clause names its own data.
    expect(sortedNegated('Nous ne conservons pas les fiches papier.')).toEqual([]);
  });

  it('reads what the reader uploads in French (« téléverser »)', () => {
    expect(
      sortedIn('Vous téléversez un justificatif de domicile et une photo de votre passeport.'),
    ).toContain('user.government_id.passport_number');
  });

  it('denies nothing when others, or what the organisation gives away, are denied, EN and FR', () => {
    expect(
      sortedNegated(
        'Partner clinics receive a case number. They do not receive your name or e-mail.',
      ),
    ).toEqual([]);
    expect(
      sortedNegated(
        'Les sondeurs reçoivent un code. Ils ne reçoivent jamais votre nom ni votre adresse.',
      ),
    ).toEqual([]);
    expect(sortedNegated('We never give advertisers your phone number or your e-mail.')).toEqual(
      [],
    );
    expect(sortedNegated('Nous ne donnons jamais votre adresse e-mail aux annonceurs.')).toEqual(
      [],
    );
    // The organisation's own denial still negates.
    expect(sortedNegated('We do not receive your phone number.')).toEqual([
      'user.contact.phone_number',
    ]);
  });

  it('reads "our staff will never ask for your password" as a warning, EN and FR', () => {
    expect(
      sortedNegated('Passwords are stored hashed. Our team will never ask for your password.'),
    ).toEqual([]);
    expect(sortedNegated('Nos conseillers ne vous demanderont jamais votre mot de passe.')).toEqual(
      [],
    );
    expect(sortedNegated('We do not ask for a password: you sign in with a link.')).toEqual([
      'user.authorization.credentials',
    ]);
  });

  it('reads an app-store <dt> over its <dd> as a label of its values, EN and FR', () => {
    const summary = [
      '<h2>Data linked to you</h2>',
      '<dl>',
      '<dt>Contact info</dt><dd>Email address, mobile number</dd>',
      '<dt>Purchases</dt><dd>Orders and receipts</dd>',
      '<dt>Location</dt><dd>Precise location during a delivery</dd>',
      '</dl>',
    ].join('\n');
    expect(sortedIn(summary, 'html')).toEqual([
      'user.behavior.purchase_history',
      'user.contact.email',
      'user.contact.phone_number',
      'user.location.precise',
    ]);
    expect(
      sortedIn(
        '<h2>Données associées à votre compte</h2><dl><dt>Coordonnées</dt><dd>Adresse e-mail, numéro de téléphone</dd><dt>Achats</dt><dd>Commandes et reçus</dd></dl>',
        'html',
      ),
    ).toEqual([
      'user.behavior.purchase_history',
      'user.contact.email',
      'user.contact.phone_number',
    ]);
    // A group term over values that are none of its members stays the group.
    expect(
      sortedIn(
        '<h2>What we collect</h2><dl><dt>Account data</dt><dd>The e-mail you sign in with and your password.</dd></dl>',
        'html',
      ),
    ).toEqual(['user.account', 'user.authorization.credentials', 'user.contact.email']);
  });

  it('reads the app-store label « Diagnostics » before a dash as telemetry', () => {
    expect(
      sortedIn(
        '## Données collectées\n\n- **Diagnostics** — journaux de plantage et données de performance\n',
        'markdown',
      ),
    ).toEqual(['user.device.telemetry']);
  });

  it('reads the two ends of a trip, and messages « adressés au » service, as no address', () => {
    expect(sortedIn('We record pickup and drop-off addresses and your precise location.')).toEqual([
      'user.location.precise',
    ]);
    expect(sortedIn('Nous conservons les messages adressés au support.')).toEqual([]);
    expect(
      sortedIn('Nous enregistrons les adresses de prise en charge et de destination.'),
    ).toEqual([]);
    expect(sortedIn('We record the pick-up address for your parcel.')).toEqual([
      'user.contact.address',
    ]);
  });

  it('reads anything the reader types as private content', () => {
    expect(sortedIn('We keep anything you type in the comments field.')).toEqual([
      'user.content.private',
    ]);
  });

  it('reads « demande » after a form and « ne relève pas » as verbs', () => {
    expect(sortedIn("Le formulaire d'inscription demande votre nom et votre téléphone.")).toEqual([
      'user.contact.phone_number',
      'user.name',
    ]);
    expect(sortedNegated("Notre serveur ne relève pas l'adresse IP des visiteurs.")).toEqual([
      'user.device.ip_address',
    ]);
    expect(sortedNegated('Cette question ne relève pas de notre service.')).toEqual([]);
  });
});

describe('round 20 (from the blind set 21)', () => {
  const sortedIn = (text: string, format: 'text' | 'markdown' | 'html' = 'text'): string[] =>
    extractPolicy(text, { format })
      .declared.map((entry) => entry.category)
      .sort();
  const sortedNegated = (text: string, format: 'text' | 'markdown' | 'html' = 'text'): string[] =>
    extractPolicy(text, { format })
      .negated.map((entry) => entry.category)
      .sort();

  it('reads a denied gift to others after a long dash or a sale as no denial of collection', () => {
    expect(
      sortedNegated(
        'Your phone number is used only for match reminders – we never give it to sponsors.',
      ),
    ).toEqual([]);
    expect(
      sortedNegated(
        'We never sell health data and never give it to banks, employers or landlords.',
      ),
    ).toEqual([]);
    expect(
      sortedNegated(
        'Nous ne vendons jamais vos données de santé et ne les donnons jamais aux employeurs.',
      ),
    ).toEqual([]);
    // A sale, then a denied collection, still denies it.
    expect(
      sortedNegated('We never sell your data and never collect your passport number.'),
    ).toEqual(['user.government_id.passport_number']);
    // A long dash before a new subject ends the denial.
    expect(sortedIn('We do not keep your address — we only need your e-mail.')).toEqual([
      'user.contact.email',
    ]);
    expect(sortedNegated('We do not keep your address — we only need your e-mail.')).toEqual([
      'user.contact.address',
    ]);
  });

  it('reads the names of files and folders as no person name', () => {
    expect(sortedNegated('The sync tool never reads the names of your files.')).toEqual([]);
    expect(
      sortedNegated("L'outil de synchronisation ne lit pas les noms de vos fichiers."),
    ).toEqual([]);
    expect(sortedNegated('The sync tool never asks for your name.')).toEqual(['user.name']);
  });

  it('reads screenshots and log files attached to a message as the message', () => {
    expect(
      sortedIn(
        'When you report a bug we store your message and any screenshots or log files you attach.',
      ),
    ).toEqual(['user.content.private']);
    expect(
      sortedIn("Nous conservons votre message et les captures d'écran que vous y joignez."),
    ).toEqual(['user.content.private']);
    expect(sortedIn('We keep the screenshots you upload to your gallery.')).toEqual([
      'user.content',
    ]);
  });

  it('reads the parts of an address listed in parentheses after it', () => {
    expect(sortedIn('We ask for the delivery address (street, postcode and town).')).toEqual([
      'user.contact.address',
      'user.contact.address.city',
      'user.contact.address.postal_code',
      'user.contact.address.street',
    ]);
    expect(sortedIn("Vous indiquez l'adresse du chantier (rue, code postal, ville).")).toEqual([
      'user.contact.address',
      'user.contact.address.city',
      'user.contact.address.postal_code',
      'user.contact.address.street',
    ]);
    // An aside that is no list of parts, or another kind of address.
    expect(sortedIn('We log your IP address and an approximate location (city level).')).toEqual([
      'user.device.ip_address',
      'user.location.coarse',
    ]);
    expect(sortedIn('Nous demandons votre adresse e-mail (pour la ville, le pays).')).toEqual([
      'user.contact.email',
    ]);
  });

  it('reads a source that shares data with the organisation as collection', () => {
    expect(
      sortedIn(
        'If you log in with a social network, it shares your e-mail and profile picture with us.',
      ),
    ).toEqual(['user.contact.email', 'user.content.self_image']);
    expect(sortedIn('Le réseau social partage avec nous votre adresse e-mail.')).toEqual([
      'user.contact.email',
    ]);
    expect(sortedIn('We never share your phone number with advertisers.')).toEqual([]);
    expect(
      sortedNegated('The app store does not share your e-mail or card details with us.'),
    ).toEqual([]);
  });

  it('reads a French passive of copying as a denial of the document', () => {
    expect(
      sortedNegated(
        "À l'accueil, on vérifie votre pièce d'identité, qui n'est ni scannée ni photocopiée.",
      ),
    ).toEqual(['user.government_id']);
  });

  it('keeps a first name of its own before « ainsi que » / "as well as" a full name', () => {
    expect(
      sortedIn("Nous notons le prénom de l'élève, ainsi que les nom et prénom du parent."),
    ).toEqual(['user.name', 'user.name.first']);
    expect(
      sortedIn("We record the pupil's first name, as well as the full name of the parent."),
    ).toEqual(['user.name', 'user.name.first']);
    expect(sortedIn('Nous notons les nom et prénom du parent.')).toEqual(['user.name']);
  });

  it('reads a run-in label that states collection as heading the verb-less list after it', () => {
    expect(
      sortedIn(
        '## About this form\n\n**What we ask for.** Full name, e-mail address and phone number.\n',
        'markdown',
      ),
    ).toEqual(['user.contact.email', 'user.contact.phone_number', 'user.name']);
    expect(
      sortedIn(
        '## À propos\n\n**Ce que nous demandons.** Nom, adresse e-mail et numéro de téléphone.\n',
        'markdown',
      ),
    ).toEqual(['user.contact.email', 'user.contact.phone_number', 'user.name']);
    expect(
      sortedNegated(
        '## About this form\n\n**What we never ask for.** Bank details or passport numbers.\n',
        'markdown',
      ),
    ).toEqual(['user.financial.bank_account', 'user.government_id.passport_number']);
  });

  it('reads new vocabulary: payment data in the singular, pages requested, search history, video surveillance, profile links, the country one is in', () => {
    expect(sortedNegated("Aucune donnée de paiement n'est conservée par l'application.")).toEqual([
      'user.financial',
    ]);
    expect(sortedIn('Le serveur enregistre les pages demandées.')).toEqual([
      'user.behavior.browsing_history',
    ]);
    expect(sortedIn('With analytics we see which pages were visited.')).toEqual([
      'user.behavior.browsing_history',
    ]);
    expect(sortedIn("Nous conservons l'historique des recherches.")).toEqual([
      'user.behavior.search_history',
    ]);
    expect(sortedIn('Nous conservons les images de vidéoprotection du parking.')).toEqual([
      'user.content.self_image',
    ]);
    expect(sortedIn('We keep a link to your public profile.')).toEqual(['user.contact.social_url']);
    expect(sortedIn('Nous conservons le lien vers votre profil public.')).toEqual([
      'user.contact.social_url',
    ]);
    expect(sortedIn('We use your IP address to estimate the country you are in.')).toEqual([
      'user.device.ip_address',
      'user.location.coarse',
    ]);
  });
});

describe('round 21 (from the blind set 22)', () => {
  const sortedIn = (text: string, format: 'text' | 'markdown' | 'html' = 'text'): string[] =>
    extractPolicy(text, { format })
      .declared.map((entry) => entry.category)
      .sort();
  const sortedNegated = (text: string, format: 'text' | 'markdown' | 'html' = 'text'): string[] =>
    extractPolicy(text, { format })
      .negated.map((entry) => entry.category)
      .sort();

  it('reads a plain-text FAQ question quoted with ">" as a heading over its answer', () => {
    const en = '> What do you collect when I join?\n\nYour name and your e-mail address.\n';
    expect(sortedIn(en)).toEqual(['user.contact.email', 'user.name']);
    const fr =
      "> Que recueillez-vous à l'inscription ?\n\nVotre nom et votre numéro de téléphone.\n";
    expect(sortedIn(fr)).toEqual(['user.contact.phone_number', 'user.name']);
  });

  it('reads a denied advertising identifier as a device ID denied only when no device ID is collected', () => {
    expect(sortedNegated('The app does not use advertising identifiers.')).toEqual([
      'user.device.device_id',
    ]);
    expect(
      sortedNegated(
        'The app keeps a device ID to send notifications. It does not use advertising identifiers.',
      ),
    ).toEqual([]);
    expect(
      sortedNegated(
        "L'application conserve un identifiant de l'appareil pour les alertes. Elle ne lit pas l'identifiant publicitaire.",
      ),
    ).toEqual([]);
  });

  it('ends a coordination at a verb of erasing ("close the account and delete its data")', () => {
    expect(
      sortedNegated(
        'We do not knowingly collect data from minors, and we close the account and delete its data when we learn of one.',
      ),
    ).toEqual(['user.children']);
    expect(
      sortedNegated(
        'Nous ne collectons pas de données sur les mineurs et nous fermons le compte et supprimons ses données.',
      ),
    ).toEqual(['user.children']);
  });

  it('reads the last digits of a bank account number as bank data, not a card or customer number', () => {
    expect(
      sortedIn('For a refund by transfer we record the last four digits of the account number.'),
    ).toEqual(['user.financial.bank_account']);
    expect(
      sortedIn(
        'Pour un remboursement, nous enregistrons les quatre derniers chiffres du numéro de compte.',
      ),
    ).toEqual(['user.financial.bank_account']);
  });

  it('reads an auction: bidder numbers, bids left in advance, source of funds, phone bids recorded, filmed sales', () => {
    expect(sortedIn('We record your bidder number and your absentee bids.')).toEqual([
      'user.behavior.purchase_history',
      'user.unique_id',
    ]);
    expect(sortedIn("Nous conservons votre numéro d'enchérisseur et vos ordres d'achat.")).toEqual([
      'user.behavior.purchase_history',
      'user.unique_id',
    ]);
    expect(sortedIn('For large sums we must also collect the source of funds.')).toEqual([
      'user.financial',
    ]);
    expect(sortedIn("Nous recueillons l'origine des fonds pour les achats importants.")).toEqual([
      'user.financial',
    ]);
    expect(sortedIn('Orders placed by phone are recorded to settle disputes.')).toEqual([
      'user.content.private',
    ]);
    expect(sortedIn('Les réservations prises par téléphone sont enregistrées.')).toEqual([
      'user.content.private',
    ]);
    expect(sortedIn('If you book by phone, we record your telephone number.')).toEqual([
      'user.contact.phone_number',
    ]);
    expect(sortedIn('Our tournaments are filmed and shown online.')).toEqual([
      'user.content.self_image',
    ]);
    expect(sortedIn('Les concerts sont filmés et diffusés sur notre site.')).toEqual([
      'user.content.self_image',
    ]);
  });

  it('reads a bank taking card payments as a payment provider, and keeps a denial before its relative clause', () => {
    expect(
      sortedNegated('Card payments are handled by our bank: the club never sees your card number.'),
    ).toEqual(['user.financial.credit_card']);
    expect(sortedIn('Card payments are handled by our bank.')).toEqual([]);
    expect(
      sortedNegated(
        'Nous ne gardons jamais le numéro de votre carte bancaire, qui est traité par notre banque.',
      ),
    ).toEqual(['user.financial.credit_card']);
    expect(
      sortedNegated('We never store your card number, which is processed by our payment provider.'),
    ).toEqual(['user.financial.credit_card']);
  });

  it('reads sites one browses and pages consulted beside another noun', () => {
    expect(sortedNegated("Le réseau Wi-Fi n'enregistre pas les sites que vous consultez.")).toEqual(
      ['user.behavior.browsing_history'],
    );
    expect(sortedNegated('The guest Wi-Fi does not log the sites you browse.')).toEqual([
      'user.behavior.browsing_history',
    ]);
    expect(sortedIn('Le site enregistre les pages et fiches consultées.')).toEqual([
      'user.behavior.browsing_history',
    ]);
    expect(sortedIn('Analytics cookies tell us which pages are viewed.')).toEqual([
      'user.behavior.browsing_history',
      'user.device.cookie_id',
    ]);
  });

  it('reads the number of a named ticket as an assigned identifier', () => {
    expect(sortedIn('At the gate we record the ticket number of each guest.')).toEqual([
      'user.unique_id',
    ]);
    expect(sortedIn('Nous enregistrons le numéro de billet de chaque spectateur.')).toEqual([
      'user.unique_id',
    ]);
  });

  it('carries a purpose across its series of infinitives', () => {
    expect(
      sortedIn(
        'We record your name to manage your booking, prepare your visit and send you the invoice.',
      ),
    ).toEqual(['user.name']);
    expect(
      sortedIn(
        "Nous enregistrons votre nom pour gérer la réservation, préparer l'accueil et vous envoyer la facture.",
      ),
    ).toEqual(['user.name']);
    // A new item after the purpose is still read; so is a request with no collecting verb before it.
    expect(
      sortedIn('Nous recueillons votre nom pour vous rappeler, votre adresse et votre téléphone.'),
    ).toEqual(['user.contact.address', 'user.contact.phone_number', 'user.name']);
  });

  it('reads voice and written messages, a phone number the reader may add, and « Conservation » as a noun', () => {
    expect(
      sortedIn('Voice messages you send to other learners are stored on our servers.'),
    ).toEqual(['user.content.private']);
    expect(sortedIn('Nous conservons les messages écrits et vocaux que vous échangez.')).toEqual([
      'user.content.private',
    ]);
    expect(sortedIn('Vous pouvez ajouter un numéro de téléphone à votre profil.')).toEqual([
      'user.contact.phone_number',
    ]);
    expect(
      sortedIn(
        'Pourquoi utilisez-vous ces données, et sur quelle base légale ?\n\n- Conservation des factures : obligation légale.\n',
      ),
    ).toEqual([]);
  });
});

describe('round 22 (from the blind set 23)', () => {
  const sortedIn = (text: string, format: 'text' | 'markdown' | 'html' = 'text'): string[] =>
    extractPolicy(text, { format })
      .declared.map((entry) => entry.category)
      .sort();
  const sortedNegated = (text: string, format: 'text' | 'markdown' | 'html' = 'text'): string[] =>
    extractPolicy(text, { format })
      .negated.map((entry) => entry.category)
      .sort();

  it('reads the field list after a notice on data collected via a form, EN and FR', () => {
    const french = [
      '<p>Les données recueillies par ce formulaire sont traitées par l’atelier afin de vous',
      'rappeler. Base légale : votre demande.</p>',
      '<ul><li>Champs requis : votre nom, votre téléphone.</li>',
      '<li>Pour préparer la séance : votre date de naissance.</li></ul>',
      '<p>Rien n’est vendu.</p><ul><li>Votre adresse e-mail</li></ul>',
    ].join('\n');
    expect(sortedIn(french, 'html')).toEqual([
      'user.contact.phone_number',
      'user.demographic.date_of_birth',
      'user.name',
    ]);
    const english = [
      'The personal data collected through this form are used to answer your request.',
      '',
      '- Mandatory fields: your name and your e-mail address.',
      '- Optional: your date of birth.',
    ].join('\n');
    expect(sortedIn(english, 'markdown')).toEqual([
      'user.contact.email',
      'user.demographic.date_of_birth',
      'user.name',
    ]);
    // Nor across a heading.
    expect(
      sortedIn(
        'The data collected through this form are used to answer you.\n\n## Who we are\n\n- Partners: your name\n',
        'markdown',
      ),
    ).toEqual([]);
    // Without such a notice, a list after a sentence that states nothing is not read.
    expect(
      sortedIn('We answer within two days.\n\n- Mandatory fields: your name.\n', 'markdown'),
    ).toEqual([]);
  });

  it('reads what is on a form as held by it', () => {
    expect(
      sortedIn('WHAT IS ON THE ENTRY FORM\n  * your name\n  * a mobile number\n', 'text'),
    ).toEqual(['user.contact.phone_number', 'user.name']);
    expect(sortedIn('Your postcode is on the delivery form.')).toEqual([
      'user.contact.address.postal_code',
    ]);
  });

  it('reads allergies, medical certificates and accessibility needs as health, EN and FR', () => {
    expect(sortedIn('Un certificat médical est exigé pour les compétitions.')).toEqual([
      'user.health',
    ]);
    expect(sortedIn('A medical certificate is required before the first dive.')).toEqual([
      'user.health',
    ]);
    expect(sortedIn("Nous notons une éventuelle allergie de l'élève.")).toEqual(['user.health']);
    expect(sortedIn('Nous recueillons vos besoins d’accessibilité.')).toEqual(['user.health']);
    expect(sortedIn('We ask about any accessibility needs before your visit.')).toEqual([
      'user.health',
    ]);
  });

  it('does not deny data whose keeping by pronoun is only limited in time, EN and FR', () => {
    const french =
      'Si vous nous signalez une intolérance alimentaire, nous l’utilisons pour le repas et ne la conservons pas au-delà de la soirée.';
    expect(sortedIn(french)).toEqual(['user.health']);
    expect(sortedNegated(french)).toEqual([]);
    const english =
      'If you tell us about an allergy, we use it for the menu and do not keep it beyond the event.';
    expect(sortedIn(english)).toEqual(['user.health']);
    expect(sortedNegated(english)).toEqual([]);
    // A denial without a limit still denies.
    expect(sortedNegated('Nous ne conservons pas votre numéro de carte.')).toEqual([
      'user.financial.credit_card',
    ]);
    expect(sortedNegated('We do not keep your card number after payment.')).toEqual([
      'user.financial.credit_card',
    ]);
  });

  it('reads « je prends » as taking pictures', () => {
    expect(sortedNegated('Je ne prends aucune photo des participants.')).toEqual([
      'user.content.self_image',
    ]);
  });

  it('reads "that records" after a noun as a verb', () => {
    expect(sortedIn('Each van has a small box that records its GPS position.')).toEqual([
      'user.location.precise',
    ]);
    expect(
      sortedIn('An optional statistics cookie that logs the pages you view and your IP address.'),
    ).toEqual([
      'user.behavior.browsing_history',
      'user.device.cookie_id',
      'user.device.ip_address',
    ]);
  });

  it('reads grid references as a precise location', () => {
    expect(sortedIn('We record the grid reference of each allotment plot you rent.')).toEqual([
      'user.location.precise',
    ]);
  });

  it('does not read the address of a web page as a postal address, EN and FR', () => {
    expect(sortedIn('The add-on reads the address of the page you are visiting.')).toEqual([]);
    expect(sortedIn("L'extension lit l'adresse de la page affichée.")).toEqual([]);
  });

  it('reads a value the reader chooses named before its relative clause, EN and FR', () => {
    expect(sortedIn('You sign in with a password that you choose.')).toEqual([
      'user.authorization.credentials',
    ]);
    expect(sortedIn('La connexion se fait avec un mot de passe que vous choisissez.')).toEqual([
      'user.authorization.credentials',
    ]);
  });

  it('reads data that appears on the organisation’s own records, EN and FR', () => {
    expect(sortedIn('If you pay by transfer, your IBAN appears on our bank statements.')).toEqual([
      'user.financial.bank_account',
    ]);
    expect(sortedIn('Votre IBAN apparaît sur nos relevés de compte.')).toEqual([
      'user.financial.bank_account',
    ]);
    expect(sortedIn('Your IBAN appears on your own statements.')).toEqual([]);
  });

  it('reads a camera that takes a photo or a still image as taking pictures', () => {
    expect(sortedIn('The kiosk has a camera that takes a photo at each visit.')).toEqual([
      'user.content.self_image',
    ]);
    expect(sortedIn('A door camera takes a still image when someone rings.')).toEqual([
      'user.content.self_image',
    ]);
  });

  it('reads a bare "ID" one is asked to show as an identity document', () => {
    expect(sortedNegated('The instructor will never ask to see ID.')).toEqual([
      'user.government_id',
    ]);
    expect(sortedIn('At the desk we ask to check ID for anyone hiring a kayak.')).toEqual([
      'user.government_id',
    ]);
    expect(sortedIn('We record your user ID.')).toEqual(['user.unique_id']);
  });

  it('reads « votre commune » as a town of residence', () => {
    expect(sortedIn('Nous demandons votre commune.')).toEqual(['user.contact.address.city']);
  });
});

describe('round 23 (from the blind set 24)', () => {
  const sortedIn = (text: string, format: 'text' | 'markdown' | 'html' = 'text'): string[] =>
    extractPolicy(text, { format })
      .declared.map((entry) => entry.category)
      .sort();
  const sortedNegated = (text: string, format: 'text' | 'markdown' | 'html' = 'text'): string[] =>
    extractPolicy(text, { format })
      .negated.map((entry) => entry.category)
      .sort();

  it('reads the fields of a printed form above a notice on "this form", EN and FR', () => {
    const english = extractPolicy(
      'Book a lesson\n\nFull name * : __________\nMobile number * : __________\nEmail : ' +
        '__________\n\nThe information collected on this form is stored by the school to ' +
        'arrange your lesson.',
    );
    expect(english.declared.map((entry) => entry.category).sort()).toEqual([
      'user.contact.email',
      'user.contact.phone_number',
      'user.name',
    ]);
    expect(english.generic).toEqual([]);
    const french = extractPolicy(
      'Demande de rappel\n\nNom : ________\nTéléphone * : ________\nVotre message : ________' +
        '\n\nLes informations recueillies sur ce formulaire sont enregistrées par la société ' +
        'pour vous rappeler.',
    );
    expect(french.declared.map((entry) => entry.category).sort()).toEqual([
      'user.contact.phone_number',
      'user.content.private',
      'user.name',
    ]);
    expect(french.generic).toEqual([]);
    // Without a notice naming "this form", the blanks are not read, and data in general stays.
    expect(sortedIn('Nom : ________\nTéléphone : ________\n\nNous traitons vos données.')).toEqual(
      [],
    );
  });

  it('reads "What do you know about…?" as a collecting question, EN and FR', () => {
    expect(
      sortedIn('What do you know about your coaches?\n\nTheir contact details and bank details.'),
    ).toEqual(['user.contact', 'user.financial.bank_account']);
    expect(
      sortedIn('3. Que savez-vous des bénévoles ?\nLeurs coordonnées et un RIB pour les frais.'),
    ).toEqual(['user.contact', 'user.financial.bank_account']);
  });

  it('reads data taken or noted for a person named by a possessive', () => {
    expect(sortedIn("We take a parent's name and mobile number for the day.")).toEqual([
      'user.contact.phone_number',
      'user.name',
    ]);
    expect(sortedIn('We take a break at noon.')).toEqual([]);
  });

  it('reads what the organisation will see, after a modal', () => {
    expect(sortedIn('If you write to us on social media, we will see what you write.')).toEqual([
      'user.content.private',
    ]);
  });

  it('does not read "environmental health officers" as health data', () => {
    expect(sortedIn('We share the log with environmental health officers if they ask.')).toEqual(
      [],
    );
  });

  it('does not negate a category the policy declares elsewhere, EN and FR', () => {
    const english =
      'Visitors: we do not ask for your name. Volunteers: we collect your name and phone number.';
    expect(sortedIn(english)).toEqual(['user.contact.phone_number', 'user.name']);
    expect(sortedNegated(english)).toEqual([]);
    const french =
      'Nous ne demandons pas votre téléphone aux visiteurs. Les bénévoles nous donnent leur ' +
      'numéro de téléphone.';
    expect(sortedNegated(french)).toEqual([]);
    expect(sortedNegated('We do not ask for your phone number.')).toEqual([
      'user.contact.phone_number',
    ]);
  });

  it('reads what a form gives or states as held, EN and FR', () => {
    expect(sortedIn('Members fill in a form giving their date of birth and gender.')).toEqual([
      'user.demographic.date_of_birth',
      'user.demographic.gender',
    ]);
    expect(
      sortedIn('Chaque stagiaire remplit une fiche indiquant son numéro de téléphone.'),
    ).toEqual(['user.contact.phone_number']);
  });

  it('reads a camera reading number plates, EN and FR', () => {
    expect(sortedIn('At the gate, a camera reads vehicle registration numbers.')).toEqual([
      'user.government_id.vehicle_registration',
    ]);
    expect(sortedIn("Une caméra lit les plaques d'immatriculation à l'entrée.")).toEqual([
      'user.government_id.vehicle_registration',
    ]);
  });

  it('reads what shows on the organisation’s bank statements', () => {
    expect(sortedIn('Your bank details will show on our bank statement.')).toEqual([
      'user.financial.bank_account',
    ]);
  });

  it('does not read photos of a thing worked on as pictures of people, EN and FR', () => {
    expect(sortedIn('We take photos of the boiler before and after the service.')).toEqual([]);
    expect(sortedIn('Nous prenons des photos du compteur.')).toEqual([]);
    expect(sortedIn('We take photos of your children.')).toEqual([
      'user.children',
      'user.content.self_image',
    ]);
  });

  it('reads data attached to a card or account (« y est rattaché »)', () => {
    expect(sortedIn("Avec la carte, l'historique de vos achats y est rattaché.")).toEqual([
      'user.behavior.purchase_history',
    ]);
  });

  it('skips what a datum decides in parentheses, EN and FR', () => {
    expect(
      sortedIn('We ask for your date of birth (which determines your age group) and your name.'),
    ).toEqual(['user.demographic.date_of_birth', 'user.name']);
    expect(
      sortedIn("Nous demandons : nom, date de naissance (qui détermine la catégorie d'âge)."),
    ).toEqual(['user.demographic.date_of_birth', 'user.name']);
  });

  it('reads a password stored encrypted as held, though unknown to the organisation, EN and FR', () => {
    expect(sortedIn('You choose a password, which we never see: it is stored hashed.')).toEqual([
      'user.authorization.credentials',
    ]);
    expect(
      sortedIn(
        'Vous choisissez un mot de passe, que nous ne connaissons pas : il est stocké sous forme chiffrée.',
      ),
    ).toEqual(['user.authorization.credentials']);
    expect(sortedNegated('We never store your password.')).toEqual([
      'user.authorization.credentials',
    ]);
  });

  it('reads vocabulary of set 24, EN and FR', () => {
    expect(sortedIn('We ask for your name and keep a record of your orders.')).toEqual([
      'user.behavior.purchase_history',
      'user.name',
    ]);
    expect(sortedIn('The ticket office sends us your e-mail and your order details.')).toEqual([
      'user.behavior.purchase_history',
      'user.contact.email',
    ]);
    expect(sortedIn('La billetterie nous transmet le détail de votre commande.')).toEqual([
      'user.behavior.purchase_history',
    ]);
    expect(sortedIn('Purchases made with your card are recorded.')).toEqual([
      'user.behavior.purchase_history',
    ]);
    expect(sortedIn('Analytics cookies record which country you are browsing from.')).toEqual([
      'user.device.cookie_id',
      'user.location.coarse',
    ]);
    expect(sortedIn('We keep the medical reports you send us.')).toEqual(['user.health']);
    expect(sortedIn('Nous conservons les comptes rendus médicaux.')).toEqual(['user.health']);
    expect(sortedIn('Nous enregistrons votre numéro de sociétaire.')).toEqual(['user.unique_id']);
    expect(sortedIn('L’application recueille vos interactions avec le produit.')).toEqual([
      'user.behavior',
    ]);
  });
});

describe('round 24 (from the blind set 25)', () => {
  const sortedIn = (text: string, format: 'text' | 'markdown' | 'html' = 'text'): string[] =>
    extractPolicy(text, { format })
      .declared.map((entry) => entry.category)
      .sort();
  const sortedNegated = (text: string, format: 'text' | 'markdown' | 'html' = 'text'): string[] =>
    extractPolicy(text, { format })
      .negated.map((entry) => entry.category)
      .sort();

  it('reads a French notice that says « tu » like one that says « vous »', () => {
    expect(
      sortedIn('Pour le stage, on te demande ton adresse et le téléphone de tes parents.'),
    ).toEqual(['user.contact.address', 'user.contact.phone_number']);
    expect(sortedIn('Tu nous donnes aussi ton RIB pour les remboursements.')).toEqual([
      'user.financial.bank_account',
    ]);
    expect(sortedNegated("On ne te demande jamais ta carte d'identité au vestiaire.")).toEqual([
      'user.government_id.national_identification_number',
    ]);
    // An English contraction's "t" stays English.
    expect(sortedNegated("We don't take your phone number.")).toEqual([
      'user.contact.phone_number',
    ]);
  });

  it('reads the fields of an HTML form above a notice, EN and FR', () => {
    const english =
      '<form><label>Your name * <input name="n" required></label>' +
      '<label>Mobile number <input type="tel" name="m"></label>' +
      '<label><input type="checkbox" name="news"> Keep me posted</label>' +
      '<button>Send</button></form>' +
      '<p>We process your personal data to reply to you. Starred fields are required.</p>';
    expect(sortedIn(english, 'html')).toEqual(['user.contact.phone_number', 'user.name']);
    const french =
      '<form><label for="a">Courriel</label><input id="a" type="email">' +
      '<label for="b">Date de naissance</label><input id="b" type="date">' +
      '<select name="s"><option>Adulte</option></select></form>' +
      '<p><small>Nous traitons vos données pour gérer votre inscription.</small></p>';
    expect(sortedIn(french, 'html')).toEqual([
      'user.contact.email',
      'user.demographic.date_of_birth',
    ]);
    // Printed blanks still need a notice naming "this form".
    expect(sortedIn('Nom : ________\nTéléphone : ________\n\nNous traitons vos données.')).toEqual(
      [],
    );
  });

  it('reads a modal or future passive « être demandé », EN and FR', () => {
    expect(sortedIn('Une attestation d’assurance peut vous être demandée.')).toEqual([]);
    expect(sortedIn('Une copie du diplôme pourra être demandée.')).toEqual([
      'user.professional_information',
    ]);
    expect(sortedIn('Un certificat médical pourra vous être demandé.')).toEqual(['user.health']);
    expect(sortedIn('Pour un remboursement, un RIB vous sera demandé.')).toEqual([
      'user.financial.bank_account',
    ]);
    expect(sortedIn('A medical certificate may be requested before the race.')).toEqual([
      'user.health',
    ]);
    expect(sortedIn('Votre demande sera traitée sous huit jours.')).toEqual([]);
  });

  it('reads data copied into a record (« est reporté dans le fichier »), EN and FR', () => {
    expect(sortedIn('Votre numéro de licence est aussi reporté sur la fiche du licencié.')).toEqual(
      ['user.unique_id'],
    );
    expect(sortedIn('Votre numéro de licence est reporté à la saison suivante.')).toEqual([]);
    expect(sortedIn('Your membership number is entered in the members’ register.')).toEqual([
      'user.unique_id',
    ]);
  });

  it('reads a student number and an access fob number as identifiers, EN and FR', () => {
    expect(sortedIn('We record your student number and your key fob number.')).toEqual([
      'user.unique_id',
    ]);
    expect(sortedIn('Nous enregistrons votre numéro d’étudiant.')).toEqual(['user.unique_id']);
  });

  it('declares an app-store location type beside its values, EN and FR', () => {
    expect(
      sortedIn(
        '| Data type | Detail |\n|---|---|\n| Approximate location | Town you live in |\n',
        'markdown',
      ),
    ).toEqual(['user.contact.address.city', 'user.location.coarse']);
    expect(
      sortedIn(
        '| Type de données | Détail |\n|---|---|\n| Localisation approximative | Votre commune |\n',
        'markdown',
      ),
    ).toEqual(['user.contact.address.city', 'user.location.coarse']);
  });

  it('reads "Q3. …?" in plain text as a question heading its answer, EN and FR', () => {
    expect(sortedIn('Q3. I run a team. What do you keep?\nYour job title and work phone.')).toEqual(
      ['user.contact.phone_number', 'user.professional_information.job_title'],
    );
    expect(
      sortedIn('Q2. Que gardez-vous sur moi ?\nVotre adresse e-mail et votre date de naissance.'),
    ).toEqual(['user.contact.email', 'user.demographic.date_of_birth']);
  });

  it('does not share a blocked compound’s noun in a coordination, EN and FR', () => {
    expect(sortedIn('We keep the purchase order and delivery details of your company.')).toEqual(
      [],
    );
    expect(sortedIn('We keep the order and delivery details.')).toEqual([
      'user.behavior.purchase_history',
    ]);
    expect(sortedIn('Nous conservons le bon de commande signé.')).toEqual([]);
  });

  it('reads a login cookie as a cookie, not a login name', () => {
    expect(sortedIn('The portal sets a login cookie to keep you signed in.')).toEqual([
      'user.device.cookie_id',
    ]);
  });

  it('reads "email <our address>" as a contact point, EN and FR', () => {
    expect(sortedIn('To see your file, email office@club.example or call us.')).toEqual([]);
    expect(sortedIn('Pour vos droits, écrivez par courriel à bureau@club.example.')).toEqual([]);
    expect(sortedIn('We collect your name and email address.')).toEqual([
      'user.contact.email',
      'user.name',
    ]);
  });

  it('reads the organisation’s own tax return as no data, EN and FR', () => {
    expect(sortedIn('Our bookkeeper may check a receipt for our tax return.')).toEqual([]);
    expect(
      sortedIn('Notre comptable vérifie les factures pour notre déclaration fiscale.'),
    ).toEqual([]);
  });

  it('reads "monitor" / « surveiller » as a verb of collection, EN and FR', () => {
    expect(sortedNegated('We do not monitor the websites you visit on our guest Wi-Fi.')).toEqual([
      'user.behavior.browsing_history',
    ]);
    expect(sortedNegated('Nous ne surveillons pas les sites que vous consultez.')).toEqual([
      'user.behavior.browsing_history',
    ]);
    expect(sortedIn('La vidéosurveillance du parking est signalée.')).toEqual([]);
  });
});

describe('round 25 (from the blind set 26)', () => {
  const sortedIn = (text: string, format: 'text' | 'markdown' | 'html' = 'text'): string[] =>
    [...declaredIn(text, format)].sort();

  it('reads a bare invoice as a document the organisation issues, not financial data, EN and FR', () => {
    expect(
      sortedIn('If you want a receipt or invoice by email, we need your email address.'),
    ).toEqual(['user.contact.email']);
    expect(sortedIn('We keep your booking history and invoices for our accounts.')).toEqual([
      'user.behavior.purchase_history',
    ]);
    expect(
      sortedIn('Nous demandons votre adresse e-mail pour vous envoyer le devis et la facture.'),
    ).toEqual(['user.contact.email']);
    expect(sortedIn('Facturation : prestations réalisées, factures.')).toEqual([]);
    // What a balance owed says is still financial data.
    expect(sortedIn('Nous enregistrons les incidents de paiement.')).toEqual(['user.financial']);
    expect(sortedIn('We record any missed payments.')).toEqual(['user.financial']);
  });

  it('reads photos of invoices and receipts as pictures of documents, EN and FR', () => {
    expect(sortedIn('You can upload photos of your receipts to claim a refund.')).toEqual([]);
    expect(sortedIn('Vous pouvez envoyer des photos de vos factures.')).toEqual([]);
  });

  it('skips a French « Activité » column like an English "Activity" one', () => {
    const table = [
      '| Activité | Données |',
      '| --- | --- |',
      '| Rémunération des animateurs | IBAN |',
      '| Inscriptions | Nom, adresse e-mail |',
    ].join('\n');
    expect(sortedIn(table, 'markdown')).toEqual([
      'user.contact.email',
      'user.financial.bank_account',
      'user.name',
    ]);
  });

  it('reads French crash and performance data as telemetry under a « Diagnostics » label', () => {
    expect(
      sortedIn(
        '## Données collectées\n\n- **Diagnostics** : données de plantage, données de performance',
        'markdown',
      ),
    ).toEqual(['user.device.telemetry']);
    expect(sortedIn('Nous collectons des données de plantage.')).toEqual(['user.device.telemetry']);
  });

  it('reads an e-mail that serves as the login as an e-mail only, EN and FR', () => {
    expect(
      sortedIn(
        "Nous recueillons votre adresse e-mail (qui sert aussi d'identifiant de connexion) et un mot de passe.",
      ),
    ).toEqual(['user.authorization.credentials', 'user.contact.email']);
    expect(
      sortedIn('We collect your email address, which is also your login, and a password.'),
    ).toEqual(['user.authorization.credentials', 'user.contact.email']);
    expect(sortedIn('Vous choisissez un identifiant de connexion.')).toEqual([
      'user.account.username',
    ]);
  });

  it('reads a bare location named beside a finer one as that one, EN and FR', () => {
    expect(
      sortedIn('If you agree to share your location, the app records your GPS location.'),
    ).toEqual(['user.location.precise']);
    expect(
      sortedIn(
        "Si vous acceptez de partager votre position, l'application enregistre votre position GPS.",
      ),
    ).toEqual(['user.location.precise']);
    expect(sortedIn('We collect your location.')).toEqual(['user.location']);
  });

  it('reads a birthday party or surprise as an occasion, not a date of birth', () => {
    expect(
      sortedIn('Anything you type in the requests box (a birthday party, a cake) is kept.'),
    ).toEqual(['user.content.private']);
    expect(sortedIn('We ask for your birthday to send you a voucher.')).toEqual([
      'user.demographic.date_of_birth',
    ]);
  });

  it('reads a share code and learning difficulties, EN and FR', () => {
    expect(sortedIn('Tutors send us a share code to prove they may work here.')).toEqual([
      'user.government_id.immigration',
    ]);
    expect(sortedIn('Nous demandons votre autorisation de travail.')).toEqual([
      'user.government_id.immigration',
    ]);
    expect(sortedIn('We record any learning difficulties a parent tells us about.')).toEqual([
      'user.health',
    ]);
    expect(
      sortedIn("Nous notons les troubles de l'apprentissage que les parents nous signalent."),
    ).toEqual(['user.health']);
  });

  it('reads vocabulary: junior members, a vehicle’s registration, pages people look at', () => {
    expect(sortedIn('We collect the date of birth of junior members.')).toEqual([
      'user.children',
      'user.demographic.date_of_birth',
    ]);
    expect(sortedIn('We record the registration of your vehicle.')).toEqual([
      'user.government_id.vehicle_registration',
    ]);
    expect(sortedIn('We see which pages of our site you looked at.')).toEqual([
      'user.behavior.browsing_history',
    ]);
    expect(sortedIn('Analytics cookies record which pages you look at.')).toEqual([
      'user.behavior.browsing_history',
      'user.device.cookie_id',
    ]);
  });
});

describe('round 26 (from the blind set 27)', () => {
  const sortedIn = (text: string, format: 'text' | 'markdown' | 'html' = 'text'): string[] =>
    [...declaredIn(text, format)].sort();

  it('reads a <dl> of required fields under a notice on data collected « sur ce formulaire »', () => {
    const html = [
      '<p>Les informations recueillies sur ce formulaire sont enregistrées par le club pour',
      'gérer les inscriptions.</p>',
      '<dl><dt>Champs obligatoires</dt><dd>Nom, date de naissance et téléphone.</dd>',
      '<dt>Champs facultatifs</dt><dd>Votre commune.</dd></dl>',
    ].join('\n');
    expect(sortedIn(html, 'html')).toEqual([
      'user.contact.address.city',
      'user.contact.phone_number',
      'user.demographic.date_of_birth',
      'user.name',
    ]);
    const english = [
      '<p>The data collected on this form is kept by the society to run the membership.</p>',
      '<dl><dt>Required fields</dt><dd>Name, date of birth and phone number.</dd></dl>',
    ].join('\n');
    expect(sortedIn(english, 'html')).toEqual([
      'user.contact.phone_number',
      'user.demographic.date_of_birth',
      'user.name',
    ]);
  });

  it('reads plain-text group labels under an underlined collecting heading, EN and FR', () => {
    const french = [
      "Ce que l'application recueille",
      '------------------------------',
      '',
      'Contact',
      '  - Numéro de téléphone (pour le rappel)',
      '',
      'Profil',
      '  - Prénom affiché sur le badge',
      '',
      "Ce que l'application ne recueille pas",
      '-------------------------------------',
      '  - Votre position précise',
    ].join('\n');
    const result = extractPolicy(french, { format: 'text' });
    expect(result.declared.map((d) => d.category).sort()).toEqual([
      'user.contact.phone_number',
      'user.name',
      'user.name.first',
    ]);
    expect(result.negated.map((n) => n.category)).toEqual(['user.location.precise']);
    const english = [
      'What the app collects',
      '---------------------',
      '',
      'Contact',
      '  - Mobile number, for the pick-up text',
      '',
      'Orders',
      '  - Your order history',
    ].join('\n');
    expect(sortedIn(english)).toEqual([
      'user.behavior.purchase_history',
      'user.contact.phone_number',
    ]);
  });

  it('heads a plain-text answer with the question on the first line of its paragraph, EN and FR', () => {
    expect(
      sortedIn('What do you ask for when I book?\nYour name, a postal address and a phone number.'),
    ).toEqual(['user.contact.address', 'user.contact.phone_number', 'user.name']);
    expect(
      sortedIn(
        'Que demandez-vous à la réservation ?\nVotre nom, une adresse postale et une adresse e-mail.',
      ),
    ).toEqual(['user.contact.address', 'user.contact.email', 'user.name']);
    // A question ending mid-line is running text.
    expect(sortedIn('Why ask? Your name, a postal address.')).toEqual([]);
  });

  it('reads no data in whom a service is aimed at, EN and FR', () => {
    expect(
      sortedIn(
        'Can kids use the app?\n  Our plans are sold to adults, and the app is not aimed at children.',
      ),
    ).toEqual([]);
    expect(
      sortedIn("Les enfants peuvent-ils l'utiliser ?\n  Le service ne s'adresse pas aux enfants."),
    ).toEqual([]);
  });

  it('reads what a sole trader or "so we" sees of a bank transfer, EN and FR', () => {
    expect(
      sortedIn(
        'Fees are paid by bank transfer, so I will see the bank account number it comes from.',
      ),
    ).toEqual(['user.financial.bank_account']);
    expect(
      sortedIn(
        'Rent is paid by standing order, so we see the account number the money comes from.',
      ),
    ).toEqual(['user.financial.bank_account']);
    expect(
      sortedIn(
        'La cotisation est payée par virement : nous recevons le numéro de compte du payeur.',
      ),
    ).toEqual(['user.financial.bank_account']);
    // A purpose still is one, and an account number without a transfer stays an identifier.
    expect(sortedIn('We ask for your email so we can send your receipt.')).toEqual([
      'user.contact.email',
    ]);
    expect(sortedIn('We record your account number.')).toEqual(['user.unique_id']);
  });

  it('reads what a form covers and the reader wishes to tell, EN and FR', () => {
    expect(sortedIn('Each client completes a form covering income and employer.')).toEqual([
      'user.financial',
      'user.professional_information.workplace',
    ]);
    expect(sortedIn('Vous remplissez un formulaire portant sur vos revenus.')).toEqual([
      'user.financial',
    ]);
    expect(sortedIn("We collect:\n\n- anything you'd like to add in the message box.")).toEqual([
      'user.content.private',
    ]);
  });

  it('reads an animal named before the verb as a circumstance, EN and FR', () => {
    expect(sortedIn('When you register your dog, we record your name and phone number.')).toEqual([
      'user.contact.phone_number',
      'user.name',
    ]);
    expect(
      sortedIn("À l'inscription de votre chat, nous enregistrons votre nom et votre e-mail."),
    ).toEqual(['user.contact.email', 'user.name']);
    // The animal's own data stays its own.
    const mixed = sortedIn(
      'When you register your dog, we record your name, your e-mail and your dog’s vaccinations.',
    );
    expect(mixed).toContain('user.name');
    expect(mixed).not.toContain('user.health');
  });

  it('reads vocabulary: marriage dates, what you have written, content of conversations', () => {
    expect(sortedIn('We ask for the date you married and the date you separated.')).toEqual([
      'user.demographic.marital_status',
    ]);
    expect(sortedIn('Nous notons la date du mariage.')).toEqual([
      'user.demographic.marital_status',
    ]);
    expect(sortedIn("We keep what you've written about the job.")).toEqual([
      'user.content.private',
    ]);
    expect(sortedIn('Nous gardons ce que vous avez écrit.')).toEqual(['user.content.private']);
    expect(sortedIn('We record what you search for in the catalogue.')).toEqual([
      'user.behavior.search_history',
    ]);
    expect(
      negatedIn('Le conseiller ne conserve pas de notes sur le contenu des échanges.'),
    ).toEqual(['user.content.private']);
    expect(negatedIn('The counsellor keeps no notes on the content of the conversations.')).toEqual(
      ['user.content.private'],
    );
  });

  it('blocks "birthday child" as a date of birth', () => {
    expect(sortedIn("The booking form asks for:\n\n- the birthday child's first name.")).toEqual([
      'user.name',
      'user.name.first',
    ]);
  });
});

describe('round 27 (from the blind set 28)', () => {
  const read = (text: string): { declared: string[]; negated: string[]; generic: boolean } => {
    const result = extractPolicy(text);
    return {
      declared: result.declared.map((entry) => entry.category).sort(),
      negated: result.negated.map((entry) => entry.category).sort(),
      generic: result.generic.length > 0,
    };
  };

  it('ends a denial at a colon before "it" / « il » as a new subject, EN and FR', () => {
    expect(
      read('The society has no access to your payment details: it only gets a receipt number.'),
    ).toEqual({ declared: [], negated: ['user.financial'], generic: false });
    expect(
      read("L'association n'a pas accès à vos données de paiement : il lui parvient un reçu."),
    ).toEqual({ declared: [], negated: ['user.financial'], generic: false });
    // An impersonal "il est" / "it is" after the colon starts no new subject.
    expect(
      read('Nous ne gardons pas votre adresse : il est inutile de la garder.').negated,
    ).toEqual(['user.contact.address']);
  });

  it('reads addresses the reader searches for as searches, EN and FR', () => {
    expect(read('The app keeps the stops and addresses searched in the journey planner.')).toEqual({
      declared: ['user.behavior.search_history'],
      negated: [],
      generic: false,
    });
    expect(
      read("L'appli enregistre les lieux et adresses recherchés dans le planificateur."),
    ).toEqual({ declared: ['user.behavior.search_history'], negated: [], generic: false });
  });

  it('reads photos of the clothes or items taken in as pictures of things, EN and FR', () => {
    expect(read('We take photos of the garments when the van collects them.').declared).toEqual([]);
    expect(read('Nous prenons des photos des vêtements déposés au comptoir.').declared).toEqual([]);
    expect(read('We take a photo of you for your membership card.').declared).toEqual([
      'user.content.self_image',
    ]);
  });

  it('reads a printed form whose blanks are empty space above a notice on this form, EN and FR', () => {
    expect(
      read(
        'First name* :          Surname* :\nPhone* :          Email :\n\nThe information ' +
          'collected on this form is stored by the studio to book your class.',
      ),
    ).toEqual({
      declared: ['user.contact.email', 'user.contact.phone_number', 'user.name'],
      negated: [],
      generic: false,
    });
    expect(
      read(
        'Prénom* :        Nom* :\nTéléphone* :      E-mail :\nVotre message :\n\nLes ' +
          'informations recueillies sur ce formulaire sont enregistrées par le salon pour gérer ' +
          'votre rendez-vous.',
      ),
    ).toEqual({
      declared: [
        'user.contact.email',
        'user.contact.phone_number',
        'user.content.private',
        'user.name',
      ],
      negated: [],
      generic: false,
    });
    // A label and its value ("Contact : Nom : …") is no form.
    expect(
      read('Contact : Nom : Martin\n\nLes informations recueillies sur ce formulaire sont gardées.')
        .generic,
    ).toBe(true);
  });

  it('reads the services a customer has had as purchases, EN and FR', () => {
    expect(read('We keep a record of the services you have had.').declared).toEqual([
      'user.behavior.purchase_history',
    ]);
    expect(
      read('Nous enregistrons les prestations réalisées et les teintes choisies.').declared,
    ).toEqual(['user.behavior.purchase_history']);
  });

  it('denies what a clause before "; this is anonymous" names, EN and FR', () => {
    expect(
      read(
        'A visit counter records the pages viewed; this is anonymous, non-personal information.',
      ),
    ).toEqual({ declared: [], negated: ['user.behavior.browsing_history'], generic: false });
    expect(
      read('Un compteur enregistre les pages consultées ; ce sont des données anonymes.'),
    ).toEqual({
      declared: [],
      negated: ['user.behavior.browsing_history'],
      generic: false,
    });
    // A clause that says something else of them denies nothing.
    expect(read('We record the pages viewed; this is how we improve the site.').declared).toEqual([
      'user.behavior.browsing_history',
    ]);
  });

  it('reads « est également demandé » (an adverb before the participle) as asked for, EN and FR', () => {
    expect(read("Un relevé d'identité bancaire est également demandé.").declared).toEqual([
      'user.financial.bank_account',
    ]);
    expect(read('A bank statement is also requested.').declared).toEqual([
      'user.financial.bank_account',
    ]);
  });

  it('reads "drop a pin" as a map marker, not a PIN', () => {
    expect(read('We use your location when you drop a pin on the map.').declared).toEqual([
      'user.location',
    ]);
    expect(read('You choose a four-digit PIN to unlock the app.').declared).toEqual([
      'user.authorization.credentials',
    ]);
  });
});

describe('round 28 (from the blind set 29)', () => {
  const read = (
    text: string,
    format: 'text' | 'markdown' | 'html' = 'text',
  ): { declared: string[]; negated: string[]; generic: boolean } => {
    const result = extractPolicy(text, { format });
    return {
      declared: result.declared.map((entry) => entry.category).sort(),
      negated: result.negated.map((entry) => entry.category).sort(),
      generic: result.generic.length > 0,
    };
  };

  it('reads a "Which data?" question heading as collecting, by kind of reader, EN and FR', () => {
    const fr = [
      '3. QUELLES DONNÉES ?',
      'Tout dépend de votre situation.',
      '',
      '  a) Vous louez un vélo (locataire)',
      '     - vos nom et prénom, adresse e-mail ;',
      '     - votre fonction si vous louez pour une société ;',
    ].join('\n');
    expect(read(fr).declared).toEqual([
      'user.contact.email',
      'user.name',
      'user.professional_information.job_title',
    ]);
    const en = [
      '3. WHICH DATA?',
      'That depends on who you are.',
      '',
      '  a) You hire a bike (customer)',
      '     - your name and email address;',
    ].join('\n');
    expect(read(en).declared).toEqual(['user.contact.email', 'user.name']);
    // A question with a verb of its own is no such heading.
    expect(read('WHICH DATA DO WE SHARE?\n\n  - your name and email address;').declared).toEqual(
      [],
    );
  });

  it('reads a numbered clause "3.1. *Label.*" as a run-in label of its data, EN and FR', () => {
    expect(
      read(
        '## 3. Données traitées\n\n3.2. *Inscription au club.* Nom et prénom, adresse e-mail, numéro de téléphone.',
        'markdown',
      ).declared,
    ).toEqual(['user.contact.email', 'user.contact.phone_number', 'user.name']);
    expect(
      read(
        '## 3. Data we process\n\n3.2. *Joining the club.* Full name, email address, phone number.',
        'markdown',
      ).declared,
    ).toEqual(['user.contact.email', 'user.contact.phone_number', 'user.name']);
    // A numbered clause opening with a group whose members follow does not declare the group.
    expect(
      read(
        '## 3. Données traitées\n\n3.8 **Journaux techniques.** Les journaux du portail enregistrent votre adresse IP.',
        'markdown',
      ).declared,
    ).toEqual(['user.device.ip_address']);
  });

  it('denies an identity document only shown, never copied or kept, EN and FR', () => {
    expect(
      read(
        'What we collect\n\nWe look at your driving licence at the desk but never photocopy it.',
      ),
    ).toMatchObject({ declared: [], negated: ['user.government_id.drivers_license_number'] });
    expect(
      read(
        'What we collect\n\nStaff may ask to see your passport. They check it; they do not scan or keep it. We ask for your name.',
      ),
    ).toMatchObject({ declared: ['user.name'], negated: ['user.government_id.passport_number'] });
    expect(
      read(
        "Données collectées\n\nUne pièce d'identité est présentée à l'entrée, jamais photocopiée ni conservée.",
      ).negated,
    ).toEqual(['user.government_id']);
    // A policy that keeps a copy still declares the document.
    expect(
      read('What we collect\n\nWe check your passport and keep a copy on file.').declared,
    ).toEqual(['user.government_id.passport_number']);
    expect(
      read(
        "Données collectées\n\nNous vérifions votre pièce d'identité et en conservons une photocopie.",
      ).declared,
    ).toEqual(['user.government_id']);
  });

  it('denies what « nous n’accédons ni à … » names', () => {
    expect(
      read('Données\n\nLors de la réparation, nous n’accédons ni à vos photos, ni à vos messages.')
        .negated,
    ).toEqual(['user.content.private', 'user.content.self_image']);
  });

  it('reads « nous indiquent » as data given to the organisation', () => {
    expect(
      read(
        'Données traitées\n\nLes adhérents nous indiquent en outre le nom de leur employeur et leur fonction.',
      ).declared,
    ).toEqual([
      'user.professional_information.job_title',
      'user.professional_information.workplace',
    ]);
  });

  it('reads the pronoun of minors after « ne s’adressent pas aux » up to « et », EN and FR', () => {
    expect(
      read(
        'Nos ateliers ne s’adressent pas aux enfants de moins de 13 ans et nous ne recueillons pas de données les concernant.',
      ).negated,
    ).toEqual(['user.children']);
    expect(
      read(
        'Our workshops are not aimed at children under 13 and we do not collect any data about them.',
      ).negated,
    ).toEqual(['user.children']);
  });

  it('reads unlock and access codes, access times, rides, notes and exchanges, EN and FR', () => {
    expect(read('We ask for your unlock code before testing the screen.').declared).toEqual([
      'user.authorization.credentials',
    ]);
    expect(read('Nous notons le code de déverrouillage du téléphone.').declared).toEqual([
      'user.authorization.credentials',
    ]);
    expect(
      read("Le portail enregistre votre code d'accès et les horaires de vos passages.").declared,
    ).toEqual(['user.authorization.credentials', 'user.behavior']);
    expect(read('We store your access code and the access times of your unit.').declared).toEqual([
      'user.authorization.credentials',
      'user.behavior',
    ]);
    expect(read("Nous conservons l'historique de vos courses.").declared).toEqual([
      'user.behavior.purchase_history',
    ]);
    expect(read('The app keeps your trip history.').declared).toEqual([
      'user.behavior.purchase_history',
    ]);
    expect(read('We keep the sketches and any notes you send us.').declared).toEqual([
      'user.content.private',
    ]);
    expect(read('We record your delivery instructions.').declared).toEqual([
      'user.content.private',
    ]);
    expect(
      read('Nous conservons les consignes de livraison et vos échanges avec le support.').declared,
    ).toEqual(['user.content.private']);
    expect(read('The tutor keeps short lesson notes.').declared).toEqual(['user.content.private']);
    expect(read('Nous conservons les images des participants aux ateliers.').declared).toEqual([
      'user.content.self_image',
    ]);
  });

  // Round 29 (from the blind set 30).
  it('denies an identity document referred to by « elle » / « il » in the next sentence', () => {
    expect(
      read(
        "Données collectées\n\nÀ l'accueil, on peut vous demander une pièce d'identité pour vérifier votre âge. Elle est seulement montrée : elle n'est jamais photocopiée.",
      ).negated,
    ).toEqual(['user.government_id']);
    expect(
      read(
        'Données collectées\n\nNous vérifions votre passeport au comptoir. Il est ensuite rendu, sans être photocopié ni scanné.',
      ).negated,
    ).toEqual(['user.government_id.passport_number']);
  });

  it('reads a ticketing or cashless provider as a payment provider', () => {
    expect(
      read(
        'Données collectées\n\nLes achats par carte sont gérés par notre prestataire de billetterie : nous n’avons jamais accès à votre numéro de carte.',
      ),
    ).toMatchObject({ declared: [], negated: ['user.financial.credit_card'] });
    expect(
      read(
        'What we collect\n\nCard payments are processed by our ticketing and payment provider: we never see your card number.',
      ),
    ).toMatchObject({ declared: [], negated: ['user.financial.credit_card'] });
  });

  it('reads « l’app ne demande … » as a denial', () => {
    expect(read("L'application ne demande pas votre numéro de téléphone.").negated).toEqual([
      'user.contact.phone_number',
    ]);
    expect(read("L'app demande votre adresse e-mail.").declared).toEqual(['user.contact.email']);
  });
});

describe('round 30 (from the blind set 31)', () => {
  const read = (
    text: string,
    format: 'text' | 'markdown' | 'html' = 'text',
  ): { declared: string[]; negated: string[] } => {
    const result = extractPolicy(text, { format });
    return {
      declared: result.declared.map((entry) => entry.category).sort(),
      negated: result.negated.map((entry) => entry.category).sort(),
    };
  };

  it("reads a label naming the reader's animal as the animal's data, EN and FR", () => {
    expect(
      read(
        '## Ce que nous enregistrons\n\n- Vous : nom, numéro de téléphone.\n- Votre chat : nom, race, âge, traitements en cours.\n',
        'markdown',
      ).declared,
    ).toEqual(['user.contact.phone_number', 'user.name']);
    expect(
      read(
        '<h2>What we record</h2><ul><li>You: name, e-mail address.</li><li>Your pet: name, breed, age and current medication.</li></ul>',
        'html',
      ).declared,
    ).toEqual(['user.contact.email', 'user.name']);
    // A person's label still heads their own data.
    expect(read('We record: Your child: name and age.').declared).toContain('user.children');
  });

  it('blocks a sale of a product restricted to adults, EN and FR', () => {
    expect(
      read('Nous demandons votre date de naissance, la vente de tabac aux mineurs étant interdite.')
        .declared,
    ).toEqual(['user.demographic.date_of_birth']);
    expect(
      read('We ask for your date of birth because selling alcohol to minors is against the law.')
        .declared,
    ).toEqual(['user.demographic.date_of_birth']);
  });

  it('reads a "Purpose and legal basis" column as no data, EN and FR', () => {
    const fr =
      '<table><tr><th>Données</th><th>Finalité et base légale</th></tr><tr><td>Nom, e-mail</td><td>Sécurité des mineurs – obligation légale</td></tr></table>';
    expect(read(fr, 'html').declared).toEqual(['user.contact.email', 'user.name']);
    const en =
      '<table><tr><th>Data</th><th>Purpose and legal basis</th></tr><tr><td>Name, phone number</td><td>Protecting children – legal obligation</td></tr></table>';
    expect(read(en, 'html').declared).toEqual(['user.contact.phone_number', 'user.name']);
  });

  it('reads a denial opened by an exception as neither a denial nor a collection, EN and FR', () => {
    expect(
      read(
        'Hormis le dossier de subvention, nous ne vous demandons pas de justifier de votre handicap.',
      ),
    ).toEqual({ declared: [], negated: [] });
    expect(
      read('Apart from the grant application, we do not ask for your health information.'),
    ).toEqual({ declared: [], negated: [] });
    expect(read('We do not ask for your health information.').negated).toEqual(['user.health']);
  });

  it('reads a denial bounded by the reader’s consent as a condition, EN and FR', () => {
    expect(read('Nous ne filmons jamais les cours sans votre autorisation.')).toEqual({
      declared: [],
      negated: [],
    });
    expect(read('We will never take pictures of you without your permission.')).toEqual({
      declared: [],
      negated: [],
    });
    expect(read('We never take photos of our customers.').negated).toEqual([
      'user.content.self_image',
    ]);
  });

  it('reads photographs "taken of" a thing as no image of a person, EN and FR', () => {
    expect(
      read('During the survey, photos are taken of the roof and the meters.').declared,
    ).toEqual([]);
    expect(read('Lors de la visite, des photos sont prises du logement.').declared).toEqual([]);
    expect(read('Photos are taken of participants during the race.').declared).toEqual([
      'user.content.self_image',
    ]);
  });

  it('reads vocabulary: chat messages sent, passport photographs, home town, what you ordered, MDPH', () => {
    expect(read('We keep the messages sent in the chat with your driver.').declared).toEqual([
      'user.content.private',
    ]);
    expect(read('Nous conservons les messages envoyés dans le chat.').declared).toEqual([
      'user.content.private',
    ]);
    expect(read('We ask for one passport-sized photograph.').declared).toEqual([
      'user.content.self_image',
    ]);
    expect(read('We collect your nickname and hometown.').declared).toContain(
      'user.contact.address.city',
    );
    expect(read('We keep what you have ordered and when.').declared).toEqual([
      'user.behavior.purchase_history',
    ]);
    expect(read('Nous conservons ce que vous avez commandé.').declared).toEqual([
      'user.behavior.purchase_history',
    ]);
    expect(read('Nous recueillons la notification MDPH.').declared).toEqual(['user.health']);
    expect(read('Nous recueillons votre nom au poste de secours.').declared).toEqual(['user.name']);
  });
});
