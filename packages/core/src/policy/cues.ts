import { fold, foldAligned } from '../text/fold.js';
import { matchLexicon } from './lexicon.js';
import { normalizeForMatch } from './normalize.js';
import { OF } from './possession.js';
import { splitSentences } from './segment.js';

/**
 * Cue words of collection statements and of negations, and the splitting of a sentence into
 * clauses (the scope of a negation) and enumeration items. All functions take normalized
 * text (see normalize.ts) unless they say otherwise.
 */

/** English verb forms that say data is collected or processed (exact words). */
const ENGLISH_VERBS = new Set([
  // "We do not monitor which websites you visit": watching what the reader does records it.
  'monitor',
  'monitors',
  'monitored',
  'collect',
  'collects',
  'collected',
  'collecting',
  'collection',
  'receive',
  'receives',
  'received',
  'receiving',
  'obtain',
  'obtains',
  'obtained',
  'obtaining',
  'gather',
  'gathers',
  'gathered',
  'gathering',
  'process',
  'processes',
  'processed',
  'processing',
  'store',
  'stores',
  'stored',
  'storing',
  'use',
  'uses',
  'used',
  'using',
  'record',
  'records',
  'recorded',
  'recording',
  'ask',
  'asks',
  'asked',
  'asking',
  'request',
  'requests',
  'requested',
  'requesting',
  'hold',
  'holds',
  'held',
  'keep',
  'keeps',
  'kept',
  'retain',
  'retains',
  'retained',
  'log',
  'logs',
  'logged',
  'capture',
  'captures',
  'captured',
  'save',
  'saves',
  'saved',
  'track',
  'tracks',
  'tracked',
  'require',
  'requires',
  'required',
  'provide',
  'provides',
  'provided',
  'give',
  'gives',
  'gave',
  'given',
  'enter',
  'enters',
  'entered',
  'supply',
  'supplies',
  'supplied',
  'upload',
  'uploads',
  'uploaded',
  'add',
  'adds',
  'added',
  'handle',
  'handles',
  'handled',
  'handling',
  'need',
  'needs',
  'needed',
  'verify',
  'verifies',
  'verified',
  'submit',
  'submits',
  'submitted',
  'communicate',
  'communicated',
  'recognize',
  'recognizes',
  'recognise',
  'recognises',
  'detect',
  'detects',
  'maintain',
  'maintains',
  'archive',
  'archives',
  'archived',
  'assign',
  'assigns',
  'assigned',
  'create',
  'creates',
  'created',
  'generate',
  'generates',
  'generated',
  'infer',
  'infers',
  'inferred',
  'derive',
  'derives',
  'derived',
  // "Our events are filmed": what is filmed is recorded (see `filmsPeople`).
  'filmed',
]);

/** French verb stems (prefixes of folded words), with words that share a stem but are not verbs. */
const FRENCH_STEMS = [
  // « Nous ne surveillons pas les sites que vous visitez », like English "monitor".
  'surveill',
  'collect',
  'recueil',
  'recueill',
  'trait',
  'utilis',
  'conserv',
  'enregistr',
  'communiqu',
  'fourni',
  'demand',
  'stock',
  'obten',
  'obtien',
  'recev',
  'recoi',
  'recu',
  'deten',
  'detien',
  'sauvegard',
  'heberg',
  'depos',
  // « vous téléversez une pièce d'identité »: what the reader uploads, like English "upload".
  'televers',
  'renseign',
  'saisi',
  'archiv',
  'transmett',
  'transmet',
  'collecte',
  'cree',
  'creon',
  'creer',
  'attribu',
  'generon',
  'genere',
  'gardon',
  'garder',
  'gardee',
  'gardees',
  'consign',
  'recens',
  'transmis',
  'indiquez',
  'indiquees',
  'indiquant',
  'besoin',
  'relevons',
  'relever',
  'relevee',
  'relevees',
  'confiez',
  'confiee',
  'confiees',
  'journalis',
  'notee',
  'notons',
  // « vous vous connectez avec votre adresse mail et votre mot de passe »: what one signs in
  // with is held (English "log in" is the verb "log").
  'connectez',
  // « des capteurs repèrent vos habitudes de vie »: what sensors detect is collected (English
  // "detect" is in the list; « détecteur » is a device).
  'detectons',
  'detectent',
  'reperons',
  'reperent',
  'filmon',
  'filmee',
  'filmes',
  // « vous pouvez ajouter un numéro de téléphone », like English "add".
  'ajout',
];
const FRENCH_NOT_VERBS = new Set([
  // « surveillance », « surveillant »: nouns (a supervisor, CCTV), not a practice on data.
  'surveillance',
  'surveillant',
  'surveillants',
  'surveillante',
  'surveillantes',
  'ajout',
  'ajouts',
  // « Conservation des factures : obligation légale »: the noun names a purpose, not a practice.
  'conservation',
  'utilisateur',
  'utilisateurs',
  'utilisatrice',
  'utilisatrices',
  'fournisseur',
  'fournisseurs',
  'traiteur',
  'demande',
  'demandes',
  'recuperer',
  'saisine',
]);

/** A request to the reader ("please do not use your real name") states no practice. */
export function isRequestToReader(words: readonly string[]): boolean {
  return (
    words.includes('please') ||
    words.includes('veuillez') ||
    (words[0] === 'do' && words[1] === 'not')
  );
}

/**
 * Verbs that collect only with their object: "we take your name", "we'll note your e-mail",
 * "we write down the licence number"; and a reader choosing a value the service keeps ("you
 * pick a display name", « vous choisissez aussi un pseudo »). "We take security seriously" or
 * "choose how we contact you" name nothing kept.
 */
const OBJECT_VERBS = new Set(['take', 'takes', 'took', 'taken', 'note', 'notes', 'noted']);
const KNOWING_NEEDS = new Set(['need', 'needs', 'us']);
const USEFUL = new Set(['utile', 'important', 'indispensable', 'useful', 'helpful', 'helps']);

/** "…it helps us to", « il nous est utile de »: the words before a verb of knowing. */
function wantsToKnow(before: readonly string[]): boolean {
  const [last, ...rest] = [...before].reverse();
  return (
    (last === 'de' || last === 'd' || last === 'to') &&
    rest.some((word) => USEFUL.has(word)) &&
    rest.some((word) => word === 'nous' || word === 'us')
  );
}
const OPERATING = new Set(['operates', 'operate', 'fonctionne', 'fonctionnent']);
const CAMERAS = new Set(['cctv', 'camera', 'cameras', 'videosurveillance']);
/** "The site sets one cookie", "our partners place cookies": setting a cookie is reading it. */
const COOKIE_VERBS = new Set(['set', 'sets', 'place', 'places', 'placed', 'drop', 'drops']);
const COOKIES = new Set(['cookie', 'cookies', 'pixel', 'pixels', 'tracker', 'trackers']);
const GETTING_VERBS = new Set(['get', 'gets', 'obtient', 'obtiennent']);
/**
 * "The app also reads a device identifier", « l'application lit l'identifiant du téléphone »:
 * software reading a value from the reader's device collects it ("read our notice" has no such
 * object).
 */
const READING_VERBS = new Set(['reads', 'lit']);
/** Subjects before « indique » that make it a person's statement, not « indiqué » (stated). */
const STATING_SUBJECTS = new Set([
  'qui',
  'il',
  'elle',
  'ils',
  'elles',
  'parent',
  'parents',
  // « les clients professionnels nous indiquent… »: stated to the organisation.
  'nous',
  'me',
]);
const READ_OBJECTS = new Set([
  'a',
  'an',
  'your',
  'the',
  'l',
  'le',
  'la',
  'les',
  'un',
  'une',
  'votre',
]);
/**
 * "Fringe Bookings passes us your name", "our bank statement shows us the IBAN": a third party
 * or a record handing data to the organisation, which receives it.
 */
const HANDING_VERBS = new Set([
  'pass',
  'passes',
  'passed',
  'send',
  'sends',
  'sent',
  'show',
  'shows',
  'forward',
  'forwards',
  'forwarded',
]);
const ISSUED_CREDENTIALS = new Set([
  'username',
  'password',
  'login',
  'pin',
  'identifiant',
  'identifiants',
  'mot',
]);
const ISSUED_NUMBERS = new Set(['number', 'id', 'identifier', 'reference']);
/** "We do not take fingerprints": taking prints records them, like taking photos. */
const PRINTS = new Set(['fingerprints', 'fingerprint', 'prints']);
/**
 * "We take a copy of your passport", "we do not take copies of your ID", « nous ne photocopions
 * pas vos papiers »: copying a document keeps it (a document only shown is not collected).
 */
const COPIES = new Set(['copy', 'copies', 'photocopy', 'photocopies', 'scan', 'scans']);
const HANDING_FR = new Set(['remet', 'remettent', 'remettez', 'remettront']);
const COPY_MAKING = new Set(['take', 'takes', 'took', 'make', 'makes', 'made']);
const COPYING_VERBS = new Set([
  'photocopy',
  'photocopies',
  'photocopied',
  'photocopier',
  'photocopions',
  'photocopient',
  'photographions',
  'photographient',
  'scannons',
  'scannent',
  'copions',
  // « une pièce d'identité, qui n'est ni scannée ni photocopiée »: the French passive.
  'photocopiee',
  'photocopiees',
  'scannee',
  'scannees',
]);
const PICTURES = new Set([
  'photo',
  'photos',
  'photographs',
  'pictures',
  'videos',
  'video',
  'photographies',
  // « une empreinte de votre carte bancaire est réalisée »: an imprint is a copy taken.
  'empreinte',
  'empreintes',
]);
const TAKEN_FR = new Set([
  'prise',
  'prises',
  'pris',
  'prenons',
  // A sole trader writes « je prends des photos ».
  'prends',
  'prendre',
  'prend',
  // « des photographies … peuvent être réalisées »: pictures are made, i.e. taken.
  'realisee',
  'realisees',
  'realises',
  'realisons',
]);
function takesAPicture([first, second]: readonly string[]): boolean {
  return (
    PICTURES.has(first as string) ||
    (first === 'still' && (second === 'image' || second === 'images'))
  );
}
/** "…your payment details to us", ending before another clause or verb starts. */
const SHARING_VERBS = new Set(['shares', 'share', 'shared', 'partage', 'partagent']);

function sharedWithUs(after: readonly string[]): boolean {
  const at = after.findIndex(
    (word, k) =>
      (word === 'with' && after[k + 1] === 'us') || (word === 'avec' && after[k + 1] === 'nous'),
  );
  // Not across a new subject ("shares your photos, and we keep them with us").
  return at >= 0 && !after.slice(0, at).some((word) => word === 'we' || word === 'nous');
}

function handedToUs(after: readonly string[]): boolean {
  const to = after.findIndex((word, k) => word === 'to' && after[k + 1] === 'us');
  return to > 0 && !after.slice(0, to).some((word) => word === 'and' || word === 'we');
}
const REVEALING_VERBS = new Set([
  'reveal',
  'reveals',
  'revealed',
  'indicate',
  'indicates',
  'revele',
  'revelent',
]);
const REVEALED_OWNERS = new Set(['your', 'votre', 'vos']);
const PICKING_VERBS = new Set(['pick', 'picks', 'picked']);
const DOWN_VERBS = new Set(['write', 'writes', 'wrote', 'written', 'jot', 'jots', 'take', 'takes']);
const CHOOSING_VERBS = new Set([
  'choose',
  'chooses',
  'chose',
  'chosen',
  'pick',
  'picks',
  'picked',
  'choisissez',
  'choisit',
  'choisi',
  'choisie',
  'choisir',
]);
// "I will see the payer's name": a sole trader writes in the first person.
const SEEING_SUBJECTS = new Set(['we', 'i', 'servers', 'systems']);
const SEEING_MODALS = new Set(['will', 'can', 'may', 'll']);
const CHOSEN_STARTS = new Set(['a', 'an', 'your', 'their', 'his', 'her', 'un', 'une', 'votre']);
const ADVERBS = new Set([
  'also',
  'then',
  'first',
  'only',
  'just',
  'aussi',
  'ensuite',
  'egalement',
  'alors',
]);

/**
 * "That check comes back with your penalty points", "a DBS check, which shows any
 * convictions", « la vérification révèle… »: what a check the organisation runs shows, it
 * obtains.
 */
const CHECK_NOUNS = new Set(['check', 'checks', 'verification', 'verifications', 'controle']);
const CHECK_RESULT_VERBS = new Set([
  'shows',
  'show',
  'reveals',
  'reveal',
  'returns',
  'return',
  'revele',
  'revelent',
]);

function isCheckResult(words: readonly string[], index: number): boolean {
  const word = words[index] as string;
  const result =
    CHECK_RESULT_VERBS.has(word) ||
    ((word === 'comes' || word === 'come') &&
      words[index + 1] === 'back' &&
      words[index + 2] === 'with');
  return result && words.slice(Math.max(0, index - 3), index).some((w) => CHECK_NOUNS.has(w));
}

function isVerbWithObject(words: readonly string[], index: number): boolean {
  const word = words[index] as string;
  if (isCheckResult(words, index)) return true;
  let next = index + 1;
  if (ADVERBS.has(words[next] as string)) next++;
  const object = words[next] as string;
  if (DOWN_VERBS.has(word) && object === 'down') return true;
  if (HANDING_VERBS.has(word) && words[index + 1] === 'us') return true;
  // "the identity provider shares your name and profile picture with us", « il partage avec
  // nous votre nom »: a source sharing data with the organisation, which receives it.
  // A source that does not share names no data of its own ("the store does not share your
  // e-mail with us"): left to the clause before.
  if (SHARING_VERBS.has(word))
    return (
      !words
        .slice(Math.max(0, index - 3), index)
        .some((w) => ENGLISH_NEGATIONS.has(w) || w === 'ne') &&
      sharedWithUs(words.slice(index + 1, index + 16))
    );
  // "The store sends your receipt to us": the same, the object first.
  if (HANDING_VERBS.has(word) && word !== 'sent' && handedToUs(words.slice(index + 1, index + 8)))
    return true;
  // "The barrier camera reads number plates", « la caméra lit les plaques »: a camera reading
  // records what it reads.
  if (READING_VERBS.has(word))
    return (
      READ_OBJECTS.has(object) ||
      words.slice(Math.max(0, index - 3), index).some((w) => CAMERAS.has(w))
    );
  // « un parent, qui indique le prénom de l'enfant »: someone filling in a form states data
  // (« comme indiqué ci-dessus » folds to the same word, so only after its subject).
  if (word === 'indique' || word === 'indiquent')
    return STATING_SUBJECTS.has(words[index - 1] as string);
  // "You may tell us the town you live in", "you can also leave a telephone number": what the
  // reader tells or leaves the organisation is given to it.
  if (word === 'tell' || word === 'tells') return words[index + 1] === 'us';
  // "our servers see your IP address": what the organisation's systems see, they receive
  // ("we never see…" denies access: see `deniesAccess`).
  // "we will see your profile name": the same, after a modal.
  if (word === 'see' || word === 'sees')
    return (
      SEEING_SUBJECTS.has(words[index - 1] as string) ||
      (SEEING_MODALS.has(words[index - 1] as string) &&
        SEEING_SUBJECTS.has(words[index - 2] as string))
    );
  // "What do you know about the coaches?", « Que savez-vous des bénévoles ? »: a question on what
  // the organisation knows asks what it holds (read from its side: "do we know", « savons »).
  if (word === 'know')
    return (
      ['we', 'you'].includes(words[index - 1] as string) &&
      words[index - 2] === 'do' &&
      words[index + 1] === 'about'
    );
  if (word === 'savez' || word === 'savons')
    return (
      ['vous', 'nous'].includes(words[index + 1] as string) &&
      ['que', 'qu'].includes(words[index - 1] as string)
    );
  if (word === 'leave' || word === 'leaves') return CHOSEN_STARTS.has(object);
  // "each camper gets a username and a password": credentials the organisation issues.
  // "You'll then get a Rewards card number": a number the organisation gives the reader.
  if (GETTING_VERBS.has(word))
    return (
      words.slice(next, next + 3).some((later) => ISSUED_CREDENTIALS.has(later)) ||
      (words.slice(Math.max(0, index - 3), index).includes('you') &&
        words.slice(next, next + 4).some((later) => ISSUED_NUMBERS.has(later)))
    );
  // « des photos de groupe prises pendant les ateliers », « nous prenons des photos ».
  if (TAKEN_FR.has(word))
    return words.slice(Math.max(0, index - 7), index + 4).some((w) => PICTURES.has(w));
  // "Photographs are taken at most events": the passive of the same.
  if (word === 'taken' && words.slice(Math.max(0, index - 5), index).some((w) => PICTURES.has(w)))
    return true;
  // "Your membership reveals your trade union membership", "may indicate your political
  // opinions", « révèle vos opinions »: what the organisation learns of the reader's own data.
  if (REVEALING_VERBS.has(word)) return REVEALED_OWNERS.has(object);
  // "may say something about your religious beliefs", « peut en dire long sur vos convictions »:
  // the same, in other words.
  if ((word === 'say' || word === 'says') && words[index + 1] === 'something')
    return words[index + 2] === 'about' && REVEALED_OWNERS.has(words[index + 3] as string);
  if ((word === 'dire' || word === 'dit') && words[index - 1] === 'en')
    return (
      words[index + 1] === 'long' &&
      words[index + 2] === 'sur' &&
      REVEALED_OWNERS.has(words[index + 3] as string)
    );
  // "What does the app pick up automatically?": picking up data gathers it.
  if (PICKING_VERBS.has(word) && words[index + 1] === 'up') return true;
  // "Do you take photos?": taking pictures of people records their image; so does "a camera
  // that takes a photo / a still image".
  if (
    OBJECT_VERBS.has(word) &&
    word.startsWith('t') &&
    (PICTURES.has(object) ||
      PRINTS.has(object) ||
      (['a', 'an', 'one'].includes(object) && takesAPicture(words.slice(next + 1, next + 3))))
  )
    return true;
  if (COPYING_VERBS.has(word)) return true;
  // « les photographes nous remettent leurs clichés », « vous nous remettez le formulaire ».
  if (HANDING_FR.has(word)) return words[index - 1] === 'nous';
  if (
    COPY_MAKING.has(word) &&
    (COPIES.has(object) ||
      (['a', 'an', 'any'].includes(object) && COPIES.has(words[next + 1] as string)))
  )
    return true;
  // « il nous est utile de connaître la situation familiale », "it helps us to know your home
  // language": what the organisation finds it useful to know, it asks for.
  if (word === 'connaitre' || word === 'know')
    return wantsToKnow(words.slice(Math.max(0, index - 6), index));
  // "we take details from your passport": what is copied out of a document is collected.
  if (OBJECT_VERBS.has(word) && object === 'details' && words[next + 1] === 'from') return true;
  // "we take a parent's name and mobile number": data of a person named by a possessive.
  if (OBJECT_VERBS.has(word))
    return (
      object === 'your' ||
      (['a', 'an', 'the', 'each', 'every'].includes(object) && words[next + 2] === 's')
    );
  // "CCTV operates in our branches", « la vidéosurveillance fonctionne »: cameras that run record.
  if (OPERATING.has(word))
    return words.slice(Math.max(0, index - 3), index).some((w) => CAMERAS.has(w));
  if (COOKIE_VERBS.has(word))
    return words.slice(next, next + 4).some((later) => COOKIES.has(later));
  // "a password that you choose", « un mot de passe que vous choisissez »: the value chosen is
  // named before its relative clause.
  if (
    CHOOSING_VERBS.has(word) &&
    ['you', 'vous'].includes(words[index - 1] as string) &&
    ['that', 'which', 'que', 'qu'].includes(words[index - 2] as string)
  )
    return true;
  return CHOOSING_VERBS.has(word) && CHOSEN_STARTS.has(object);
}

/**
 * Verbs that are also nouns: after a determiner ("upon request", "your use of the site",
 * "location records", "server logs") they name a thing, not an act of collection.
 */
const NOUN_LOOKALIKES = new Set([
  'request',
  'requests',
  'use',
  'uses',
  'record',
  'records',
  'log',
  'logs',
  'process',
  'need',
  'needs',
  'store',
  'hold',
]);
const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'your',
  'our',
  'their',
  'its',
  'his',
  'her',
  'my',
  'this',
  'that',
  'these',
  'those',
  'any',
  'each',
  'every',
  'upon',
  'on',
  'at',
  'per',
  'of',
  'lawful',
  'written',
  'such',
]);

/** "debt collection agency", "payment collection bureau": collecting money, not data. */
const MONEY_COLLECTION = new Set(['debt', 'debts', 'payment', 'payments', 'rent', 'fee', 'fees']);

/** "the app store", "an online store": a shop, not the verb (« app store » in French too). */
const SHOP_KINDS = new Set(['app', 'play', 'online', 'web', 'apple', 'google', 'microsoft']);

function isNounUse(words: readonly string[], index: number): boolean {
  const word = words[index] as string;
  if (word === 'collection' && MONEY_COLLECTION.has(words[index - 1] as string)) return true;
  if ((word === 'store' || word === 'stores') && SHOP_KINDS.has(words[index - 1] as string))
    return true;
  // "a cookie that records the pages you view": "that" or "this" takes no plural noun, so a
  // word in -s after it is a verb.
  if (['that', 'this'].includes(words[index - 1] as string) && word.endsWith('s')) return false;
  return NOUN_LOOKALIKES.has(word) && DETERMINERS.has(words[index - 1] as string);
}

/**
 * Whether a normalized word is a collection verb. With a language, only that language's
 * verbs count: "2J PROCESS" in a French sentence is a company, not the verb "process".
 */
export function isCollectionVerb(word: string, language?: 'en' | 'fr'): boolean {
  if (language !== 'fr' && ENGLISH_VERBS.has(word)) return true;
  return language !== 'en' && isFrenchVerb(word);
}

function isFrenchVerb(word: string): boolean {
  if (FRENCH_NOT_VERBS.has(word)) return false;
  return FRENCH_STEMS.some((stem) => word.startsWith(stem));
}

/**
 * Verbs read from their neighbours: « on vous demande un RIB », « il est demandé » (after a
 * pronoun, « demande » is the verb, not the noun); « personnalisés à l'aide de votre prénom »
 * (French "using").
 */
const VERB_PRONOUNS = new Set(['vous', 'nous', 'on', 'est', 'sont', 'lui', 'leur']);
const REQUIRED_FR = new Set([
  'necessaire',
  'necessaires',
  'requis',
  'requise',
  'requises',
  'obligatoire',
  'obligatoires',
  'exige',
  'exigee',
  'exiges',
  'exigees',
]);
const AUXILIARIES_FR = new Set(['est', 'sont', 'sera', 'seront']);
const ADVERBS_BEFORE_PARTICIPLE_FR = new Set([
  'egalement',
  'aussi',
  'ensuite',
  'parfois',
  'toujours',
  'systematiquement',
]);
const FORMS_FR = new Set([
  'formulaire',
  'bulletin',
  'fiche',
  'questionnaire',
  'dossier',
  'application',
  'appli',
  'app',
  'site',
]);

function isVerbInContext(words: readonly string[], index: number, language?: 'en' | 'fr'): boolean {
  if (language === 'en') return false;
  const word = words[index] as string;
  // « le bulletin d'adhésion demande nom, prénom… »: after a form, « demande » asks for data.
  // « un certificat médical peut vous être demandé », « un RIB vous sera demandé »: a modal or
  // future passive asks for it too.
  if (/^demandee?s?$/.test(word) && ['sera', 'seront'].includes(words[index - 1] as string))
    return true;
  if (/^demandee?s?$/.test(word) && words[index - 1] === 'etre')
    return ['vous', 'lui', 'leur', 'peut', 'peuvent', 'pourra', 'pourront'].includes(
      words[index - 2] as string,
    );
  // « un RIB est également demandé »: an adverb between the auxiliary and the participle.
  if (
    /^demandee?s?$/.test(word) &&
    ADVERBS_BEFORE_PARTICIPLE_FR.has(words[index - 1] as string) &&
    AUXILIARIES_FR.has(words[index - 2] as string)
  )
    return true;
  if (word === 'demande' || word === 'demandes')
    return (
      VERB_PRONOUNS.has(words[index - 1] as string) ||
      FORMS_FR.has(words[index - 1] as string) ||
      // « l'app ne demande aucune donnée bancaire »: a form's denial asks for nothing.
      (words[index - 1] === 'ne' && FORMS_FR.has(words[index - 2] as string)) ||
      (FORMS_FR.has(words[index - 3] as string) && ['d', 'de'].includes(words[index - 2] as string))
    );
  // « le numéro de votre permis est relevé en agence »: after an auxiliary, « relevé » is noted
  // down, not a statement (« relevé bancaire »); so is « il ne relève pas l'adresse IP », but
  // not « ne relève pas du secret » (falls under).
  if (word === 'releve' || word === 'releves')
    return (
      ['est', 'sont', 'sera', 'seront', 'ete'].includes(words[index - 1] as string) ||
      (['ne', 'n'].includes(words[index - 1] as string) &&
        ['pas', 'jamais'].includes(words[index + 1] as string) &&
        !['de', 'du', 'des', 'd'].includes(words[index + 2] as string))
    );
  // « votre numéro de licence est reporté dans le fichier du club »: copied into a record, held
  // (not « l'événement est reporté à mardi », put off).
  if (/^reportee?s?$/.test(word))
    return (
      AUXILIARIES_FR.has(
        (['ensuite', 'aussi', 'egalement', 'alors'].includes(words[index - 1] as string)
          ? words[index - 2]
          : words[index - 1]) as string,
      ) && ['dans', 'sur'].includes(words[index + 1] as string)
    );
  // « il nous faut le prénom de chacun »: what the organisation needs, it asks for.
  if (word === 'faut') return words[index - 1] === 'nous';
  // « vos IBAN et BIC sont nécessaires au mandat », « le justificatif est requis »: what is
  // required is asked for (English "required" is a verb of the list).
  if (REQUIRED_FR.has(word)) return AUXILIARIES_FR.has(words[index - 1] as string);
  // « Au fil du suivi s'y ajoutent le bilan et… »: what is added to the record just named.
  if (word === 'ajoutent' || word === 'ajoute')
    return words[index - 1] === 'y' && words[index - 2] === 's';
  // « l'historique de vos achats y est rattaché » (to the card or account just named): what is
  // attached to a record is held.
  if (/^rattache(?:e|s|es)?$/.test(word))
    return ['est', 'sont'].includes(words[index - 1] as string) && words[index - 2] === 'y';
  // « vous nous donnez aussi votre RIB »: what the reader gives the organisation, it receives
  // (« donner » alone is no verb of collection: « donner votre avis »).
  if (/^donn(?:ez|er|ent|e)$/.test(word)) return words[index - 1] === 'nous';
  return (
    word === 'aide' &&
    words[index - 1] === 'l' &&
    words[index - 2] === 'a' &&
    ['de', 'd', 'des', 'du'].includes(words[index + 1] as string)
  );
}

/**
 * Verbs of inclusion ("your file contains…", « les informations figurant dans votre dossier »)
 * state collection only when their subject or place is one of the organisation's records.
 */
const INCLUSION_VERBS = new Set([
  'include',
  'includes',
  'contain',
  'contains',
  'comprise',
  'comprises',
  'comprend',
  'comprennent',
  'contient',
  'contiennent',
  'comporte',
  'comportent',
  'figure',
  'figurent',
  'figurant',
  'inclut',
  'incluent',
  'mentionnees',
]);
const RECORD_NOUNS = new Set([
  'record',
  'records',
  'form',
  'forms',
  'profile',
  'database',
  'register',
  'chart',
  'dossier',
  'dossiers',
  'fiche',
  'fiches',
  'formulaire',
  'formulaires',
  'profil',
  'registre',
  'fichier',
  'fichiers',
]);
const FORM_STATING = new Set([
  'giving',
  // "a disclosure form covering your income", « un formulaire portant sur vos revenus ».
  'covering',
  'portant',
  'stating',
  'showing',
  'listing',
  'indiquant',
  'precisant',
  'mentionnant',
]);
const APPEARING = new Set([
  'appear',
  'appears',
  'show',
  'shows',
  'apparait',
  'apparaissent',
  'figurent',
]);
const OWN_RECORDS = new Set([...RECORD_NOUNS, 'statements', 'statement', 'releves', 'releve']);

function appearsOnOurRecords(after: readonly string[]): boolean {
  return (
    ['on', 'in', 'sur', 'dans'].includes(after[0] as string) &&
    ['our', 'nos', 'notre'].includes(after[1] as string) &&
    after.slice(2).some((w) => OWN_RECORDS.has(w))
  );
}

/** "your file", "patient file": a record kept about the person, not a computer file in general. */
const FILE_OWNERS = new Set(['your', 'patient', 'customer', 'client', 'personnel', 'employee']);

function mentionsRecord(words: readonly string[]): boolean {
  return words.some(
    (word, index) =>
      RECORD_NOUNS.has(word) ||
      ((word === 'file' || word === 'files') && FILE_OWNERS.has(words[index - 1] as string)),
  );
}

/** "you ask us", « vous nous demandez »: the reader asks, the organisation collects nothing. */
function isReaderAsking(words: readonly string[], index: number, language?: 'en' | 'fr'): boolean {
  const word = words[index] as string;
  if (language !== 'en' && word.startsWith('demand') && word.endsWith('ez')) return true;
  if (!['ask', 'asks', 'asked', 'request', 'requests', 'requested', 'requesting'].includes(word))
    return false;
  // "…, or ask us to correct or delete it": whoever asks the organisation to act is the reader.
  if (words[index + 1] === 'us' && words[index + 2] === 'to') return true;
  for (let k = index - 1; k >= Math.max(0, index - 3); k--) {
    if (words[k] === 'we' || words[k] === 'us') return false;
    if (words[k] === 'you') return true;
  }
  return false;
}

const PASSIVE_AUXILIARIES = new Set(['be', 'is', 'are', 'was', 'were', 'been']);
const HANDED_OVER = new Set(['given', 'provided', 'supplied']);

/**
 * "may be given to the police", "is provided to the insurer": data handed over to others,
 * a disclosure; what was given "to us" is still collected.
 */
function isHandedToOthers(words: readonly string[], index: number): boolean {
  if (!HANDED_OVER.has(words[index] as string) || words[index + 1] !== 'to') return false;
  if (words[index + 2] === 'us') return false;
  return words.slice(Math.max(0, index - 2), index).some((word) => PASSIVE_AUXILIARIES.has(word));
}

const LAWS = new Set([
  'law',
  'laws',
  'regulation',
  'regulations',
  'rules',
  'legislation',
  'court',
  'police',
  'authority',
  'authorities',
  // "only when a court order or an emergency requires it"
  'order',
  'orders',
  'warrant',
  'emergency',
]);

/** "when a local by-law requires it": what a law requires is the law's demand, not a request. */
function isLawRequiring(words: readonly string[], index: number): boolean {
  const word = words[index] as string;
  if (word !== 'require' && word !== 'requires') return false;
  return words.slice(Math.max(0, index - 2), index).some((before) => LAWS.has(before));
}

/**
 * "you can download or delete your data", « vous pouvez saisir la CNIL »: what the reader may
 * do is not collection, unless the reader may give the data to the organisation ("you may
 * provide your phone number", « vous pouvez nous communiquer… »), which asks for it.
 */
const READER_MODALS: readonly string[][] = [
  ['you', 'can'],
  ['you', 'may'],
  ['you', 'could'],
  ['vous', 'pouvez'],
  ['vous', 'pourrez'],
];
const GIVING_VERBS = new Set([
  // "you can also leave a telephone number", "you may tell us the town you live in".
  'leave',
  'tell',
  'provide',
  'give',
  'submit',
  'enter',
  'supply',
  'upload',
  'send',
  'share',
  'communicate',
  'add',
]);
const FRENCH_GIVING_STEMS = [
  'fourni',
  'communiqu',
  'transmett',
  'renseign',
  'indiqu',
  'depos',
  'ajout',
];

function isReaderOption(words: readonly string[], index: number): boolean {
  const word = words[index] as string;
  if (GIVING_VERBS.has(word) || FRENCH_GIVING_STEMS.some((stem) => word.startsWith(stem)))
    return false;
  for (let k = Math.max(0, index - 5); k < index; k++) {
    if (READER_MODALS.some((modal) => modal.every((w, m) => words[k + m] === w))) return true;
  }
  // "You can access your data, correct it, ask for its deletion…", « Vous pouvez accéder aux
  // données vous concernant, les rectifier, demander leur effacement »: the modal reaches along
  // the reader's series of options, until the organisation becomes the subject.
  for (let k = index - 6; k >= Math.max(0, index - MAX_OPTIONS_REACH); k--) {
    if (READER_MODALS.some((modal) => modal.every((w, m) => words[k + m] === w)))
      return !words.slice(k + 2, index).some((w) => OPTION_BREAKS.has(w));
  }
  return false;
}
const MAX_OPTIONS_REACH = 20;
const OPTION_BREAKS = new Set(['we', 'nous', 'our', 'notre', 'nos', 'but', 'mais', 'if', 'si']);

/**
 * Positions (word indexes) of collection verbs in a normalized text, with inclusion verbs when
 * the clause is about a record ("your patient file contains…").
 */
export function collectionVerbIndexes(words: readonly string[], language?: 'en' | 'fr'): number[] {
  const indexes: number[] = [];
  const aboutRecord = mentionsRecord(words);
  words.forEach((word, index) => {
    if (
      (isCollectionVerb(word, language) ||
        isVerbInContext(words, index, language) ||
        isVerbWithObject(words, index)) &&
      !isReaderAsking(words, index, language) &&
      !isReaderOption(words, index) &&
      !isHandedToOthers(words, index) &&
      !isLawRequiring(words, index) &&
      !isNounUse(words, index)
    )
      indexes.push(index);
    else if (aboutRecord && INCLUSION_VERBS.has(word)) indexes.push(index);
    // "…and your IBAN appear on our bank statements", « apparaissent sur nos relevés
    // bancaires »: what shows on the organisation's own records, it holds.
    else if (APPEARING.has(word) && appearsOnOurRecords(words.slice(index + 1, index + 5)))
      indexes.push(index);
    // "Applicants complete a form giving their name…", « un formulaire indiquant vos nom… »:
    // what a form gives or states, it holds.
    else if (
      FORM_STATING.has(word) &&
      ['form', 'forms', 'formulaire', 'formulaires', 'fiche'].includes(words[index - 1] as string)
    )
      indexes.push(index);
    // "What's on the hire form", "your name is on the booking form": what a form holds.
    else if (
      word === 'on' &&
      ['s', 'is', 'are', 'goes', 'go'].includes(words[index - 1] as string) &&
      words.slice(index + 1, index + 4).some((w) => RECORD_NOUNS.has(w))
    )
      indexes.push(index);
  });
  return indexes;
}

const ANAPHORS = new Set([
  'these',
  'this',
  'it',
  'they',
  'ils',
  'elles',
  'celles',
  'ceux',
  'ce',
  'cela',
  'il',
  'elle',
]);

/**
 * "These include:" right after "we keep clinical records": a sentence that points back at the
 * previous one and lists what it holds. It takes the previous sentence's polarity.
 */
export function isAnaphoricInclusion(words: readonly string[]): boolean {
  return ANAPHORS.has(words[0] as string) && words.slice(1, 5).some((w) => INCLUSION_VERBS.has(w));
}

const OF_WORDS = new Set([
  'about',
  'of',
  'on',
  'concerning',
  'regarding',
  'de',
  'sur',
  'concernant',
]);
const DATA_WORDS = new Set([
  'data',
  'information',
  'details',
  'records',
  'personal',
  'donnees',
  'informations',
]);
const POSSESSIVE_THIRD_PARTY =
  /\byour (?:own )?(?:customers|clients|contacts|employees|staff|recipients|patients)['’]/;
/**
 * "the details of the people you invite to sign … are processed on your behalf", « en tant que
 * sous-traitant »: data the organisation processes for the reader, as their processor. Someone
 * else acting for the reader ("travel agents who book on your behalf send us…") is a source.
 */
const AS_PROCESSOR =
  /\b(?:processed|handled|held|stored|hosted|kept|process|processes|handle|handles|hold|holds|store|stores|host|hosts|act|acts|acting)\s+(?:[a-z]+\s+){0,3}on your behalf\b|\bwe are your (?:data )?processor\b|\bacting as (?:your )?(?:data )?processor\b|\bpour votre compte\b|\ben (?:tant que|qualite de) sous[- ]traitant\b/;
/** "operated by the airport under its own notice": processing another controller answers for. */
const OWN_NOTICE =
  /\b(?:its|their) own (?:privacy )?(?:notice|policy|terms)\b|\b(?:sa|leur) propre politique\b/;
const THIRD_PARTIES = new Set([
  'customers',
  'clients',
  'contacts',
  'employees',
  'staff',
  'recipients',
  'salaries',
  'collaborateurs',
  'destinataires',
  'prospects',
  'patients',
]);

/**
 * "the records you create about your own customers: their names…", « les données de vos
 * clients »: data the reader processes about other people, for which the organisation is a
 * processor. It is not the organisation's own collection from the reader.
 */
export function isAboutThirdParties(words: readonly string[], rawClause = ''): boolean {
  if (POSSESSIVE_THIRD_PARTY.test(fold(rawClause))) return true;
  if (AS_PROCESSOR.test(fold(rawClause))) return true;
  if (OWN_NOTICE.test(fold(rawClause))) return true;
  return words.some((word, index) => {
    if (word !== 'your' && word !== 'vos') return false;
    let next = index + 1;
    if (words[next] === 'own' || words[next] === 'propres') next++;
    if (!THIRD_PARTIES.has(words[next] as string)) return false;
    // Their data ("about your customers", "your clients' data", « les données de vos
    // clients »), not a mere mention ("the account your clients pay into").
    return OF_WORDS.has(words[index - 1] as string) || DATA_WORDS.has(words[next + 1] as string);
  });
}

/**
 * "Payment cards are saved by our payment partner", « est traité par notre prestataire de
 * paiement »: a passive whose agent is a payment provider names what the provider handles, not
 * what the organisation collects; unless the provider acts for the organisation ("who collects
 * your card details on our behalf", « pour le compte de … »); a bank taking card payments (« par
 * notre banque ») is one. What the clause says after the
 * agent ("…, Paynetic Ltd. Cyclo receives a token…") is read as usual. A ticketing or cashless
 * provider (« prestataire de billetterie et de cashless ») takes card payments too.
 */
const PAYMENT_PROVIDER =
  '(?:(?:our|the|a|an|its|their|notre|un|le|leur|nos)\\s+(?:(?:external|third party|secure|online)\\s+)?(?:(?:(?:ticketing|booking)\\s+and\\s+)?(?:payment|payments|card|ticketing|cashless)(?:\\s+service)?\\s+(?:partner|provider|processor|company|gateway|platform)s?|(?:prestataire|partenaire|plateforme)s?\\s+(?:de\\s+(?:paiement|billetterie|cashless)(?:\\s+et\\s+(?:de\\s+)?(?:paiement|billetterie|cashless))?|bancaire)|(?:acquiring\\s+)?banks?|banques?|etablissements?\\s+(?:de\\s+paiement|bancaires?))|stripe|paypal|adyen|braintree|gocardless|mollie|worldpay|sumup|klarna|payplug|lyra|stancer)';
const BY_PAYMENT_PROVIDER = new RegExp(
  `\\b(?:is|are|was|were|be|been|est|sont|sera|seront)\\s+(?:[a-z]+\\s+){0,3}(?:by|par|via|through|chez|on\\s+the\\s+(?:secure\\s+)?(?:page|site|website|terminal|form)s?\\s+of|sur\\s+la\\s+page\\s+(?:securisee\\s+)?de)\\s+${PAYMENT_PROVIDER}\\b`,
);
/**
 * "…: we never store it", « … et nous n'y avons jamais accès »: a denial whose object is a
 * pronoun, after a payment provider's clause, denies the data the provider handles.
 */
export function deniesByPronoun(words: readonly string[]): boolean {
  if (!isNegatedClause(words) && !deniesAccess(words)) return false;
  const subject = words.findIndex((word) => word === 'we' || word === 'nous');
  if (subject < 0) return false;
  // French pronouns sit between « ne » and the verb (« nous ne le… », « nous n'y… »); after it,
  // « les » is an article.
  if (words[subject] === 'nous')
    return (
      (words[subject + 1] === 'ne' || words[subject + 1] === 'n') &&
      FRENCH_OBJECT_PRONOUNS.has(words[subject + 2] as string)
    );
  return words.slice(subject + 1, subject + 7).some((word) => word === 'it' || word === 'them');
}
const FRENCH_OBJECT_PRONOUNS = new Set(['le', 'la', 'les', 'l', 'y', 'en']);

/** ", which receives your card number", « , qui collecte … »: what the provider itself does. */
const PROVIDERS_RELATIVE = /^\s*(?:\([^)]*\)\s*)?,?\s*(?:which|who|qui)\b/;
const ON_BEHALF = /\bon (?:our|its) behalf\b|\bpour (?:le|notre) compte\b/;
/** ", which passes us your billing country", « , qui nous transmet … »: the provider as a source. */
const PROVIDER_HANDS_US =
  /^\s*(?:\([^)]*\)\s*)?,?\s*(?:(?:which|who)\s+(?:then\s+|only\s+)?(?:passes|sends|gives|tells|forwards)\s+us\b|qui\s+nous\s+(?:transmet|communique|envoie|indique)\b)/;

export function withoutPaymentProvidersPart(clause: string): string {
  const folded = foldAligned(clause).toLowerCase().replace(/[-'’]/g, ' ');
  const match = BY_PAYMENT_PROVIDER.exec(folded);
  if (!match || ON_BEHALF.test(folded)) return clause;
  // "Your card number is never stored: payment is handled by our provider": a denial before a
  // colon stays the organisation's; the provider's clause comes after it. So does one before a
  // relative clause on its data ("…your card number, which is processed by our bank").
  const colon = clause.lastIndexOf(':', match.index);
  if (colon > 0) {
    const head = normalizeForMatch(clause.slice(0, colon)).split(' ');
    if (isNegatedClause(head) || deniesAccess(head)) return clause.slice(0, colon);
  }
  const comma = clause.lastIndexOf(',', match.index);
  if (comma > 0 && /^\s*(?:which|that|qui)\b/.test(fold(clause.slice(comma + 1)).toLowerCase())) {
    const head = normalizeForMatch(clause.slice(0, comma)).split(' ');
    if (isNegatedClause(head) || deniesAccess(head)) return clause.slice(0, comma);
  }
  const rest = clause.slice(match.index + match[0].length);
  if (PROVIDER_HANDS_US.test(fold(rest).toLowerCase())) return rest;
  if (PROVIDERS_RELATIVE.test(fold(rest))) return '';
  // "The card number is collected by Adyen directly and is never collected by us": the data
  // stays the subject of the denial that follows.
  const restWords = normalizeForMatch(rest).split(' ');
  if (isNegatedClause(restWords) || deniesAccess(restWords))
    return clause.slice(0, match.index) + rest;
  return rest;
}

const PURPOSE_STARTS_EN: readonly string[][] = [
  ['in', 'order', 'to'],
  ['so', 'that'],
  ['so', 'we'],
  ['because'],
  // What the reader asks the organisation for ("only if you ask for a printed invoice") is a
  // condition, not data.
  ['if', 'you', 'ask', 'for'],
  ['if', 'you', 'request'],
  ['when', 'you', 'ask', 'for'],
  ['when', 'you', 'request'],
];
const PURPOSE_STARTS_FR: readonly string[][] = [
  ['pour', 'le'],
  ['pour', 'la'],
  ['pour', 'les'],
  ['pour', 'l'],
  ['pour', 'vous'],
  ['afin'],
  ['en', 'vue'],
  ['parce', 'que'],
  ['car'],
  ['si', 'vous', 'demandez'],
  ['lorsque', 'vous', 'demandez'],
  ['quand', 'vous', 'demandez'],
];
const SPAN_ENDS = new Set([
  'your',
  'votre',
  'vos',
  'the',
  'le',
  'la',
  'les',
  'l',
  'a',
  'an',
  'un',
  'une',
  'des',
]);

/** Words after "to" that make it a preposition ("to us", "to your account"), not "to send". */
const NOT_INFINITIVE = new Set([
  'you',
  'us',
  'them',
  'him',
  'her',
  'it',
  'me',
  'the',
  'your',
  'our',
  'their',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'any',
  'all',
  'other',
  'third',
  'whom',
  'which',
  'such',
  'each',
  'its',
  'his',
  'my',
  'be',
]);

function isInfinitive(word: string | undefined): boolean {
  return word !== undefined && !NOT_INFINITIVE.has(word) && !/^\d/.test(word);
}

/**
 * "to work out your approximate location", « pour déterminer votre ville »: a purpose that
 * derives data from other data still produces that data, so it is read, not skipped.
 */
const DERIVATION_VERBS = new Set([
  'work',
  'determine',
  'estimate',
  'infer',
  'deduce',
  'derive',
  'calculate',
  'approximate',
  'determiner',
  'estimer',
  'deduire',
  'calculer',
]);

/** « pour les élèves mineurs », "for members": whom data is kept about, not why. */
const PEOPLE = new Set([
  'eleve',
  'eleves',
  'enfant',
  'enfants',
  'child',
  'pupil',
  'pupils',
  'mineurs',
  'adherents',
  'membres',
  'beneficiaires',
  'candidats',
  'salaries',
  'passagers',
  'conducteurs',
  'voyageurs',
  'members',
  'children',
  'minors',
  'applicants',
  'passengers',
]);

const PERSON_ARTICLES = new Set(['l', 'le', 'la', 'les', 'the', 'each', 'chaque', 'votre', 'your']);

/** « pour les élèves mineurs », « pour l'enfant : nom, prénom… », "for the child:". */
function isPersonAt(words: readonly string[], at: number): boolean {
  const next = PERSON_ARTICLES.has(words[at] as string) ? at + 1 : at;
  return PEOPLE.has(words[next] as string);
}

const ASKING_VERBS = new Set(['ask', 'asks', 'asked', 'require', 'requires', 'required']);

/**
 * "we ask you to confirm your date of birth", "we'll ask to see your driving licence": what the
 * reader is asked to give or show, not a purpose.
 */
function isAskedToDo(words: readonly string[], to: number): boolean {
  if (ASKING_VERBS.has(words[to - 1] as string)) return true;
  // "we ask applicants to declare relevant criminal convictions": the people asked give it.
  const asked = words[to - 1] as string;
  return (
    (asked === 'you' || PEOPLE.has(asked) || ASKED_PEOPLE.has(asked)) &&
    ASKING_VERBS.has(words[to - 2] as string)
  );
}

/**
 * "information you choose to tell us about your health", "data you agree to share": "to" after
 * a verb of will is what the reader does, not why the data is used.
 */
const WILLING_VERBS = new Set([
  'choose',
  'chooses',
  'decide',
  'decides',
  'agree',
  'agrees',
  'wish',
  'wishes',
  'want',
  'wants',
  'prefer',
  'prefers',
  'opt',
  'opts',
  // "anything you'd like to tell us": what the reader would like to do.
  'like',
]);

const ASKED_PEOPLE = new Set([
  'them',
  'users',
  'customers',
  'candidates',
  'parents',
  'students',
  'patients',
  'visitors',
  'guests',
  'clients',
]);

function startsDerivation(next: readonly string[]): boolean {
  const [first, second] = next;
  if (first === 'de' || first === 'd' || first === 'en') return DERIVATION_VERBS.has(second ?? '');
  return DERIVATION_VERBS.has(first ?? '');
}

/**
 * "date of birth (for age categories)", "is needed because the type of membership, loan limits
 * and some charges depend on age, and the address is checked…": a reason runs across the commas
 * of its own list, so it is cut from the clause before the clause is split into items. It ends
 * at ", and the …" (the next statement) or with the clause.
 */
export function withoutReasons(clause: string): string {
  const text = clause.replace(PARENTHESISED_PURPOSE, ' ');
  const start = REASON_START.exec(text);
  if (!start) return text;
  // "Because an airside pass is required, applicants undergo…": a fronted reason ends at its comma.
  if (text.slice(0, start.index).trim() === '') {
    const comma = text.indexOf(',', start.index);
    return comma < 0 ? text : text.slice(comma + 1);
  }
  REASON_END.lastIndex = start.index;
  const end = REASON_END.exec(text);
  return text.slice(0, start.index) + (end ? text.slice(end.index) : '');
}

/**
 * "(for age categories)", but not "(for example, …)" nor "(for children)"; "(which sets your
 * age group)", « (qui détermine la catégorie d'âge) »: what the data decides is a use of it.
 */
const PARENTHESISED_PURPOSE =
  /\((?:for (?!example|instance|children|minors|kids|members|users|customers)|(?:which|that|qui) (?:determines?|sets?|decides?|détermine|determine|fixe|sert à|sert a)\b)[^()]*\)/gi;
// A legal basis ("on the basis of Article 9(2)(h) (medical diagnosis, …)") is a reason too.
const REASON_START = /\b(?:because|parce que|sur le fondement|on the basis of)\b/i;
const REASON_END = /, (?:and|but|et|mais) (?:the|your|we|our|a|an|le|la|les|nous|vos|votre)\b/gi;

/**
 * Purpose and reason phrases inside one enumeration item ("your RIB, pour le versement de votre
 * salaire", "to send your invoices", "because invoices must be kept"): what they name is why
 * data is used, not more data. Returns the normalized item with those phrases removed, cut into
 * the pieces around them. A phrase ends at a collection verb or at "and your" / « et votre ».
 */
export function withoutPurposes(normalizedItem: string, language?: 'en' | 'fr'): string[] {
  return purposeSpans(normalizedItem, language).pieces;
}

/**
 * Whether an item ends inside a purpose opened by an infinitive ("to manage your booking", not
 * « pour le badge »).
 */
export function endsInPurpose(normalizedItem: string, language?: 'en' | 'fr'): boolean {
  return purposeSpans(normalizedItem, language).open;
}

/** Verbs that go on a purpose after its comma ("to manage X, prepare Y and send you…"). */
const PURPOSE_SERIES_EN = new Set([
  'send',
  'prepare',
  'manage',
  'improve',
  'answer',
  'respond',
  'reply',
  'deliver',
  'organise',
  'organize',
  'plan',
  'confirm',
  'arrange',
  'invoice',
  'bill',
]);
const PRONOUNS_BEFORE_VERB = new Set([
  'vous',
  'nous',
  'les',
  'leur',
  'lui',
  'en',
  'y',
  'l',
  'le',
  'la',
]);
// Nouns that end like an infinitive.
const NOT_INFINITIVES_FR = new Set([
  'dossier',
  'fichier',
  'courrier',
  'panier',
  'premier',
  'dernier',
]);

/**
 * "…to manage your booking, prepare your visit and send you the invoice", « pour gérer votre
 * réservation, préparer l'accueil et vous envoyer la facture »: an item after a purpose that
 * opens with another infinitive goes on with that purpose.
 */
export function continuesPurpose(normalizedItem: string, language?: 'en' | 'fr'): boolean {
  const words = normalizedItem.split(' ');
  const first = words[0] as string;
  if (language !== 'fr' && PURPOSE_SERIES_EN.has(first)) return true;
  if (language === 'en') return false;
  let at = 0;
  while (at < 2 && PRONOUNS_BEFORE_VERB.has(words[at] as string)) at++;
  const verb = words[at];
  return (
    verb !== undefined &&
    verb.length > 4 &&
    /(?:er|ir)$/.test(verb) &&
    !NOT_INFINITIVES_FR.has(verb) &&
    !isCollectionVerb(verb, language)
  );
}

/**
 * "…paid by bank transfer, so we see the account number": "so we" before what the organisation
 * sees or receives (now or "will") states a consequence, not a purpose ("so we can reply").
 */
const CONSEQUENCE_VERBS = new Set(['see', 'receive', 'get']);

function isConsequence(next: readonly string[]): boolean {
  const [first, second] = next;
  return (
    CONSEQUENCE_VERBS.has(first as string) ||
    ((first === 'will' || first === 'll') && CONSEQUENCE_VERBS.has(second as string))
  );
}

function purposeSpans(
  normalizedItem: string,
  language?: 'en' | 'fr',
): { pieces: string[]; open: boolean } {
  const words = normalizedItem.split(' ');
  const pieces: string[][] = [[]];
  let inPurpose = false;
  let byInfinitive = false;
  let fronted = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const starts = [
      ...(language !== 'fr' ? PURPOSE_STARTS_EN : []),
      ...(language !== 'en' ? PURPOSE_STARTS_FR : []),
    ];
    const start = starts.find((start) => start.every((w, k) => words[i + k] === w));
    const startsPurpose =
      ((word === 'to' &&
        language !== 'fr' &&
        (i === 0 || isInfinitive(words[i + 1])) &&
        !isAskedToDo(words, i) &&
        // "we need to know your home language": what is needed is asked for, not a purpose.
        !(words[i + 1] === 'know' && KNOWING_NEEDS.has(words[i - 1] as string)) &&
        !WILLING_VERBS.has(words[i - 1] as string)) ||
        (word === 'pour' && language !== 'en' && isFrenchInfinitive(words[i + 1])) ||
        start !== undefined) &&
      !startsDerivation(words.slice(i + (start?.length ?? 1), i + (start?.length ?? 1) + 2)) &&
      !isPersonAt(words, i + (start?.length ?? 1)) &&
      !(start?.[0] === 'so' && isConsequence(words.slice(i + 2, i + 4)));
    if (!inPurpose && startsPurpose) {
      inPurpose = true;
      byInfinitive = start === undefined;
      fronted = i === 0 && word === 'to';
      pieces.push([]);
      // The start's own words ("if you request") are no verb ending the span.
      i += (start?.length ?? 1) - 1;
      continue;
    }
    if (inPurpose) {
      const coordinated =
        ['and', 'et', 'or', 'ou'].includes(word) && SPAN_ENDS.has(words[i + 1] as string);
      // "To confirm who you are we take details from…": a fronted purpose ends at its subject.
      const subject = fronted && word === 'we';
      if (isCollectionVerb(word, language) || coordinated || subject) {
        inPurpose = false;
        pieces.push(subject ? [word] : []);
      }
      continue;
    }
    (pieces[pieces.length - 1] as string[]).push(word);
  }
  return {
    pieces: pieces.map((piece) => piece.join(' ')).filter((piece) => piece.length > 0),
    open: inPurpose && byInfinitive,
  };
}

/**
 * « pour vérifier mon identité », « pour appliquer le tarif »: « pour » before an infinitive opens a
 * purpose, as « pour le … » does.
 */
function isFrenchInfinitive(word: string | undefined): boolean {
  return word !== undefined && word.length > 4 && /(?:er|ir|re)$/.test(word);
}

/** How many words a condition ("if", « si ») reaches forward. */
const CONDITION_REACH = 10;
const ENGLISH_NEGATIONS = new Set(['not', 'never', 'no', 't', 'neither', 'nor', 'cannot']);
// An exception ("apart from the check above, we do not need your date of birth") is a
// condition too: the negation does not hold everywhere.
const CONDITIONS = new Set(['if', 'unless', 'whether', 'si', 'sauf', 'apart', 'except', 'hormis']);
const EXCEPTIONS = new Set(['apart', 'except', 'hormis', 'dehors']);
const FRENCH_NEGATION_ENDS = new Set([
  'pas',
  'jamais',
  'aucun',
  'aucune',
  'rien',
  'ni',
  'nullement',
  'point',
]);

/**
 * Whether a clause says that data is NOT collected: a negation bearing on a collection verb
 * ("we do not collect", "we will never ask", « nous ne collectons pas », « ne … jamais »,
 * « aucune donnée n'est collectée »). A negation elsewhere ("if you do not accept cookies")
 * or a refusal by the user ("you can refuse cookies") is not one.
 */
const OTHER_WORDS = new Set(['other', 'further', 'additional', 'else', 'autre', 'autres']);
const LIMITING_NEGATIONS = new Set(['no', 'nothing', 'aucun', 'aucune', 'rien']);

/**
 * "No other cookies are used.", "Nothing else is collected", « Aucun autre cookie n'est déposé
 * »: a clause that opens by denying anything beyond what was just described limits the list
 * before it and negates none of its kinds ("…ni aucune autre donnée biométrique" still negates).
 */
export function deniesOnlyOthers(words: readonly string[]): boolean {
  const start = words[0] === 'and' || words[0] === 'et' ? 1 : 0;
  return (
    LIMITING_NEGATIONS.has(words[start] as string) &&
    (OTHER_WORDS.has(words[start + 1] as string) ||
      (words[start + 1] === 'd' && OTHER_WORDS.has(words[start + 2] as string)))
  );
}

/**
 * « Une grande partie des informations ne nous est pas fournie par vous-même : … », "is not
 * supplied by you but by your bank": a negated passive whose agent is the reader denies where
 * the data comes from, not that it is collected.
 */
function deniesReaderAsSource(words: readonly string[]): boolean {
  return words.some(
    (word, index) =>
      (word === 'by' && (words[index + 1] === 'you' || words[index + 1] === 'yourself')) ||
      (word === 'par' && words[index + 1] === 'vous'),
  );
}

/**
 * "we never ask for your bank details unless you are a private patient paying by transfer", « nous
 * ne demandons pas votre RIB, sauf si… »: a denial with an exception after its verb says the data
 * is collected in that case.
 */
const EXCEPTION_AFTER = new Set(['unless', 'except', 'sauf', 'excepte']);

function deniesWithException(words: readonly string[], language?: 'en' | 'fr'): boolean {
  const verbs = collectionVerbIndexes(words, language);
  const first = verbs[0];
  if (first === undefined) return false;
  return words.some(
    (word, index) =>
      index > first &&
      (EXCEPTION_AFTER.has(word) || (word === 'a' && words[index + 1] === 'moins')),
  );
}

/**
 * "Apart from the check above, we do not ask for your date of birth", « En dehors du financement,
 * nous ne vous demandons pas de justifier de votre handicap »: a denial opened by an exception
 * neither denies the data outright nor collects it.
 */
export function deniesAfterException(words: readonly string[], language?: 'en' | 'fr'): boolean {
  const opener = words.slice(0, 2).findIndex((word) => EXCEPTIONS.has(word));
  return opener >= 0 && isNegatedClause(words.slice(opener + 1), language);
}

/**
 * "We never take photos without your consent", « je ne prends jamais de photo sans votre
 * accord »: a denial bounded by the reader's consent is a condition, neither a denial nor a
 * collection.
 */
export function deniesOnlyWithoutConsent(words: readonly string[]): boolean {
  return words.includes(WITHOUT_CONSENT);
}

export function isNegatedClause(words: readonly string[], language?: 'en' | 'fr'): boolean {
  if (deniesReaderAsSource(words) || deniesWithException(words, language)) return false;
  // "…, and apart from the check described above we don't need your date of birth": a clause
  // opened by an exception (cut off by `splitClauses`) does not deny the data outright.
  if (words.slice(0, 2).some((word) => EXCEPTIONS.has(word))) return false;
  // A condition ("if you do not provide…", « si vous ne souhaitez pas… ») is not a practice
  // either; it reaches a few words, not the main clause after it ("If your phone allows it,
  // you can unlock the app with your fingerprint: it is never sent to us").
  const condition = words.findIndex((word) => CONDITIONS.has(word));
  for (const verb of collectionVerbIndexes(words, language)) {
    if (condition >= 0 && condition < verb && verb - condition <= CONDITION_REACH) continue;
    if (limitsRetention(words, verb)) continue;
    for (let k = Math.max(0, verb - 5); k < verb; k++) {
      if (ENGLISH_NEGATIONS.has(words[k] as string)) return true;
    }
    // "we collect no payment data", "the form contains no field for…".
    if (words[verb + 1] === 'no' || words[verb + 1] === 'neither') return true;
    // "No bank or card details are collected through this website": the subject's "no" may
    // stand further than five words before the verb.
    if (words[0] === 'no' || words[0] === 'none') return true;
    // French: « ne/n' » shortly before the verb and « pas/jamais/aucun… » shortly after « ne ».
    // « n'est ni consulté, ni conservé »: the negation may bear on two verbs in a row.
    for (let k = Math.max(0, verb - 6); k < verb; k++) {
      if (words[k] !== 'ne' && words[k] !== 'n') continue;
      for (let m = k + 1; m <= Math.min(words.length - 1, k + 6); m++) {
        if (FRENCH_NEGATION_ENDS.has(words[m] as string)) return true;
      }
    }
    for (let k = 0; k < verb; k++) {
      if (words[k] === 'aucun' || words[k] === 'aucune' || words[k] === 'jamais') return true;
    }
    // « Non collecté », « données non conservées »: « non » before a participle denies it.
    if (language !== 'en' && words[verb - 1] === 'non') return true;
  }
  return false;
}

/**
 * "…and do not keep it beyond delivery", « ne la conservons pas au-delà de la livraison »: a
 * denial of keeping, by pronoun, up to a limit bounds the retention of the data just collected.
 */
const RETENTION_LIMITS =
  /^(?:(?:it|them|this|pas|la|le|les|l|any|longer) ){0,2}(?:beyond|after|longer than|au dela|apres|pas plus de|plus longtemps)\b/;
const KEEPING_VERB =
  /^(?:keep|keeps|kept|store|stores|stored|retain|retains|retained|conserv|gard)/;

function limitsRetention(words: readonly string[], verb: number): boolean {
  if (!KEEPING_VERB.test(words[verb] as string)) return false;
  return RETENTION_LIMITS.test(words.slice(verb + 1, verb + 7).join(' '));
}

/** Words before a participle that make it a verb of its own clause, not a noun's modifier. */
const PARTICIPLE_AUXILIARIES = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  'we',
  'you',
  'it',
  'they',
  'est',
  'sont',
  'ete',
  'a',
  'ont',
  'nous',
  'on',
  'vous',
  'qui',
  'que',
]);

/**
 * "We do not record: … the VPN IP address assigned to you", « … l'adresse IP attribuée à votre
 * session »: in an item of a denied list, a participle right after a noun describes the data
 * named (which address), it states no collection of its own. True when every collection verb of
 * the item is such a participle.
 */
export function onlyParticiples(words: readonly string[], language?: 'en' | 'fr'): boolean {
  const verbs = collectionVerbIndexes(words, language);
  return (
    verbs.length > 0 &&
    verbs.every((at) => {
      const word = words[at] as string;
      const before = words[at - 1];
      const participle =
        language === 'fr'
          ? /(?:e|es|ee|ees|is|ise|ises)$/.test(word)
          : /(?:ed|held|kept|sent)$/.test(word);
      return (
        participle &&
        before !== undefined &&
        !PARTICIPLE_AUXILIARIES.has(before) &&
        !ENGLISH_NEGATIONS.has(before) &&
        !['ne', 'n', 'pas', 'jamais', 'non'].includes(before)
      );
    })
  );
}

/**
 * "These records are not personal data", « Ces fiches … ne constituent pas des données
 * personnelles »: a sentence that calls what the sentence before it listed non-personal,
 * naming it again by the noun before that list's colon ("a record: date, age band…", « une
 * fiche statistique : … »). True when `text` (raw) says so of what `before` (raw) lists.
 */
const NON_PERSONAL_PREDICATE =
  /\b(?:(?:is|are) not personal (?:data|information)|(?:do|does) not constitute personal (?:data|information)|contains? no personal (?:data|information)|(?:is|are) anonymous|ne (?:constitue|constituent|sont|est) pas (?:des |de |une )?donnees? (?:a caractere )?personnelles?|ne contien(?:nen)?t aucune donnee (?:a caractere )?personnelle|(?:est|sont) anonymes?)\b/;
const DEMONSTRATIVES = new Set(['these', 'this', 'such', 'ces', 'cette', 'ce', 'cet']);

export function callsPreviousNonPersonal(text: string, before: string): boolean {
  const words = normalizeForMatch(text).split(' ');
  if (!DEMONSTRATIVES.has(words[0] as string) || !words[1]) return false;
  if (!NON_PERSONAL_PREDICATE.test(words.join(' '))) return false;
  const stem = (words[1] as string).replace(/s$/, '');
  if (stem.length < 4) return false;
  // The record must be the one whose contents the sentence lists after its colon.
  const colon = before.indexOf(':');
  if (colon < 0) return false;
  return normalizeForMatch(before.slice(0, colon))
    .split(' ')
    .some((word) => word.replace(/s$/, '') === stem);
}

/**
 * "…records the pages viewed; this is anonymous, non-personal information", « …les pages vues ;
 * ce sont des données anonymes »: a clause after a semicolon that calls, by a bare pronoun, what
 * the clause before it named non-personal. True when `text` (raw, after the semicolon) says so.
 */
const PRONOUN_NON_PERSONAL =
  /^(?:this|these|that|it|ceci|cela|ce|c)\s+(?:is|are|was|were|sont|est)\s+(?:(?:anonymous|anonymes?|des|de|une|un)\s+)*(?:non personal (?:data|information)|non personnelles?|donnees anonymes|informations anonymes|anonymous|anonymes?)\b/;

export function callsClauseBeforeNonPersonal(text: string): boolean {
  return PRONOUN_NON_PERSONAL.test(normalizeForMatch(text));
}

/**
 * Split a sentence (raw text) into clauses, the scope of a negation: at semicolons and at
 * contrast words ("but", « mais »), so that "we collect your name, but we do not collect your
 * SSN" negates only the second part.
 */
export function splitClauses(text: string): string[] {
  const { outer, asides } = withoutNegatedAsides(text);
  return [...splitOuterClauses(outer), ...asides];
}

const NEGATION_WORDS = new Set([
  ...ENGLISH_NEGATIONS,
  'ne',
  'n',
  'jamais',
  'pas',
  'aucun',
  'aucune',
  'ni',
]);

/**
 * "mot de passe (jamais communiqué à nos conseillers)", "meals that meet religious requirements
 * (e.g. halal, no beef), we record that request": a negation inside parentheses bears on the
 * words inside them only. Such an aside is taken out of its sentence and returned as a clause
 * of its own (still in its parentheses, see `isAside`); one that only excludes an item ("(not
 * your phone number)") stays where it is.
 */
function withoutNegatedAsides(text: string): { outer: string; asides: string[] } {
  const asides: string[] = [];
  const outer = text.replace(/\([^()]*\)/g, (aside) => {
    const words = normalizeForMatch(aside).split(' ');
    if (!words.some((word) => NEGATION_WORDS.has(word))) return aside;
    if (isNegatedItem(words.join(' ')))
      // "Our website (not the app) sets one cookie": what is excluded is a thing, not data.
      return matchLexicon(words.join(' ')).some(({ entry }) => entry.categories.length > 0)
        ? aside
        : ' ';
    asides.push(aside);
    return ' ';
  });
  return { outer, asides };
}

/** Whether a clause of `splitClauses` is a negated aside, whose polarity holds for itself only. */
export function isAside(clause: string): boolean {
  return clause.trimStart().startsWith('(');
}

function splitOuterClauses(text: string): string[] {
  const folded = fold(text);
  const cuts: number[] = [];
  // A colon before a new subject ("We never see your card number: we only receive…", "…: it
  // only gets a confirmation", « … : il reçoit seulement… ») ends the clause, and so the
  // negation; an impersonal "il y a", « il s'agit », "it is" does not.
  // An adverb of contrast ("however", « en revanche ») starts a clause only before its
  // subject: in « nous ne collectons en revanche aucune information » it sits inside one.
  // So does a long dash before a new subject ("…is only used for club news – we never give it
  // to sponsors").
  // A dash before what suffices ("We don't need your address - e-mail and mobile are enough")
  // ends the negation.
  // "…remains in the parent's name and we do not collect…": "and" before a negated new subject
  // starts a clause, so the negation spares what comes before.
  // An exception ("…, except the names of child travellers", « sauf votre e-mail ») is a
  // clause of its own: what it names is collected (see `opensWithException`). A negated
  // predicate with its own object after ", and" ("sees your card number, and cannot use the
  // data") denies only that object.
  // A coordinated predicate whose verb denies its own object ("sets only necessary cookies
  // and uses no analytics") denies only that object. Other negated predicates ("is entered on
  // their page and is never sent to us") may share a subject that is the data: not cut.
  const pattern =
    /;|\band\s+(?=(?:\w+s|use|collect|keep|store|set|hold|record|have)\s+no\b)|\band\s+(?=we\s+(?:(?:\w+\s+){0,2}(?:not|never)\b|\w+n['\u2019]t\b))|\bet\s+(?=nous\s+n)|:(?=\s+(?:we|they|nous|on|ils|elles)\b|\s+(?:it|il|elle)\s+(?!y\b|s['\u2019]|est\b|is\b|was\b|etait\b|n['\u2019]est\b|n['\u2019]y\b)\w)|\s[\u2013\u2014]\s+(?=(?:we|they|nous|ils|elles)\s)|\s[-\u2013\u2014]\s(?=[^,;:.]{1,60}\b(?:(?:are|is) (?:enough|sufficient)|suffit|suffisent)\b)|,\s+(?:and\s+|et\s+)?(?=(?:apart from|except|other than|hormis|en dehors de|a l['\u2019]exception|sauf\s+(?!si\b|s['\u2019]|lorsque|quand|en cas|pour|dans|avec)\w)\b)|\s(?=(?:apart from|except(?: for)?|other than|sauf) (?:the|your|a|an|their|those|these|le|la|les|l['\u2019]|vos|votre|leurs?|ses|son|sa)\b)|,\s+and\s+(?=(?:cannot|can ?not|can['\u2019]t|may not|must not|will not|won['\u2019]t|never)\s+\w+\s+(?:the|your|any|it|them|this|that)\b)|\b(?:but|whereas|mais|tandis que|alors que|etant (?:precise|entendu) qu(?:e|')|it being understood that)\b|\b(?:however|cependant|en revanche)\b(?=,?\s+(?:we|you|they|it|our|your|the|this|these|nous|vous|ils|elles|il|elle|on|notre|nos|votre|vos|le|la|les|l'|l’|ce|ces|cette)\b)/g;
  for (let match = pattern.exec(folded); match; match = pattern.exec(folded))
    cuts.push(match.index);
  // A list item or table cell may hold several sentences: a negation ends with its own.
  for (const { start } of splitSentences(text)) if (start > 0) cuts.push(start);
  cuts.sort((a, b) => a - b);
  const clauses: string[] = [];
  let start = 0;
  for (const cut of cuts) {
    if (cut > start) clauses.push(text.slice(start, cut));
    start = cut;
  }
  clauses.push(text.slice(start));
  return clauses
    .map((clause) => clause.replace(/^[;:]\s*/, ''))
    .filter((clause) => clause.trim().length > 0);
}

/**
 * Split an enumeration (raw text) into items: at commas, colons, parentheses and the words
 * that introduce examples ("such as", "including", "e.g.", « notamment », « tels que »,
 * « comme », « ainsi que »). Coordinations ("and", "or", « et », « ou ») stay inside an item:
 * `expandCoordination` reads them.
 */
export function splitEnumeration(text: string): string[] {
  return fold(withAcronymsAfter(text))
    .replace(PLACES_INCLUDED, ' ')
    .replace(/\b(?:e\.g|i\.e)\.(?!\w)/g, ',')
    .replace(
      /\b(?:such as|including|includes|include|for example|for instance|like|notamment|tels? que|telles? que|comme|ainsi que|par exemple|y compris|incluant)\b/g,
      ',',
    )
    .split(/[,:()[\]•·;]|\s[-–—]\s/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/**
 * "We do not take photographs of pupils, including on allergy lists", « y compris sur les
 * réseaux sociaux »: where something appears is no data.
 */
const PLACES_INCLUDED = /\b(?:including|even|y compris|meme) (?:on|in|sur|dans) [^,;:()]*/g;

/** Words that end a noun phrase: an acronym before them is not inside one. */
const PHRASE_BREAKS = new Set([
  'and',
  'or',
  'of',
  'for',
  'to',
  'is',
  'are',
  'which',
  'that',
  'with',
  'in',
  'on',
  'the',
  'et',
  'ou',
  'de',
  'du',
  'des',
  'pour',
  'est',
  'sont',
  'qui',
  'que',
  'avec',
  'en',
  'sur',
  'le',
  'la',
  'les',
  'n',
  'ne',
]);

/**
 * "your precise (GPS) location": an acronym inside a noun phrase would cut it in two at the
 * parenthesis ("precise", "location"); it is moved after the phrase ("precise location (GPS)").
 */
function withAcronymsAfter(text: string): string {
  return text.replace(
    /\s\(([A-Z][A-Z0-9]{1,5})\)\s+(\p{L}+)/gu,
    (all, acronym: string, next: string) =>
      PHRASE_BREAKS.has(next.toLowerCase()) ? all : ` ${next} (${acronym})`,
  );
}

// "…close the account and delete its data": erasing starts a second predicate too.
const PREDICATE_STARTS = new Set([
  'never',
  'not',
  'no',
  'ne',
  'n',
  'jamais',
  'we',
  'nous',
  'delete',
  'deletes',
  'erase',
  'erases',
  'supprimons',
  'effacons',
]);

const SECOND_NOUN_DETERMINERS = new Set([
  'your',
  'the',
  'their',
  'votre',
  'vos',
  'le',
  'la',
  'les',
  'l',
  'son',
  'sa',
  'ses',
  'leur',
]);

function isBlockedTerm(phrase: string): boolean {
  const matches = matchLexicon(phrase);
  return matches.length > 0 && matches.every(({ entry }) => entry.categories.length === 0);
}

/**
 * Read a coordination inside one enumeration item where a shared word is said once:
 * "postal and e-mail addresses" → "postal addresses"; "first and last name" → "first name";
 * « opinions politiques ou religieuses » → « opinions religieuses »; « date et lieu de
 * naissance » → « date de naissance ». Returns the extra phrases (normalized).
 */
export function expandCoordination(normalizedItem: string): string[] {
  const words = normalizedItem.split(' ');
  const extra: string[] = [];
  words.forEach((word, index) => {
    if (!['and', 'or', 'et', 'ou'].includes(word)) return;
    const left = words.slice(0, index);
    const right = words.slice(index + 1);
    if (left.length === 0 || right.length === 0) return;
    // "handles no payments and never collects your card details": a second predicate shares
    // no noun with the first.
    if (PREDICATE_STARTS.has(right[0] as string) || isCollectionVerb(right[0] as string)) return;
    const leftLast = left[left.length - 1] as string;
    // "the purchase order and invoicing details": the last word of a blocked compound is no
    // lone modifier sharing the noun ("order details").
    const compound = left.length >= 2 && isBlockedTerm(`${left[left.length - 2]} ${leftLast}`);
    if (right.length >= 2 && !compound) {
      // A lone modifier before the conjunction shares the head noun of the right side.
      extra.push(`${leftLast} ${right[right.length - 1]}`);
      extra.push(`${leftLast} ${right.slice(1).join(' ')}`);
      extra.push(`${leftLast} ${right[1]}`);
    }
    // « votre date et votre lieu de naissance », "your date and your place of birth": the
    // complement after a determined second noun is shared too.
    const of = right.findIndex((w) => OF.has(w));
    if (of >= 2 && SECOND_NOUN_DETERMINERS.has(right[0] as string)) {
      extra.push(`${leftLast} ${right.slice(of).join(' ')}`);
    }
    // « historique des factures et des commandes », "history of invoices and of orders": a
    // second complement shares the head noun before the first.
    const leftOf = left.length - 2;
    if (leftOf >= 1 && OF.has(left[leftOf] as string) && OF.has(right[0] as string)) {
      extra.push(`${left[leftOf - 1]} ${right.join(' ')}`);
    }
    // « historique de vos trajets et de vos abonnements »: the same with a possessive.
    const leftOfOwned = left.length - 3;
    if (
      leftOfOwned >= 1 &&
      OF.has(left[leftOfOwned] as string) &&
      SECOND_NOUN_DETERMINERS.has(left[left.length - 2] as string) &&
      OF.has(right[0] as string)
    ) {
      extra.push(`${left[leftOfOwned - 1]} ${right.join(' ')}`);
    }
    if (left.length >= 2) {
      // A lone modifier after the conjunction shares the head noun of the left side (French).
      extra.push(`${left[left.length - 2]} ${right[0]}`);
    }
  });
  return extra;
}

const ITEM_NEGATIONS_EN: readonly string[][] = [
  ['not'],
  ['never'],
  ['but', 'not'],
  ['but', 'never'],
  ['and', 'not'],
  ['nor'],
];
const ITEM_NEGATIONS_FR: readonly string[][] = [
  ['et', 'non'],
  ['mais', 'pas'],
  ['mais', 'non'],
  ['mais', 'jamais'],
  ['mais', 'en', 'aucun', 'cas'],
  ['pas'],
  ['jamais'],
  ['ni'],
];

/**
 * An item that opens with a negation and has no verb of its own ("we ask for your e-mail, not
 * your phone number", « votre e-mail, mais pas votre adresse ») excludes what it names from
 * the list it sits in. French negations count only outside English text: an English "NI
 * number" is a National Insurance number.
 */
export function isNegatedItem(normalizedItem: string, language?: 'en' | 'fr'): boolean {
  const words = normalizedItem.split(' ');
  const starts =
    language === 'en' ? ITEM_NEGATIONS_EN : [...ITEM_NEGATIONS_EN, ...ITEM_NEGATIONS_FR];
  if (!starts.some((start) => start.every((w, k) => words[k] === w))) return false;
  return collectionVerbIndexes(words, language).length === 0;
}

/**
 * "(it doesn't have to be your real name)", « il n'est pas nécessaire que ce soit votre vrai
 * nom »: what a field need not contain is not asked for, nor refused.
 */
const NOT_REQUIRED_CUES: readonly string[][] = [
  ['have', 'to', 'be'],
  ['has', 'to', 'be'],
  ['need', 'not', 'be'],
  ['needn', 't', 'be'],
  ['need', 'to', 'be'],
  ['pas', 'forcement'],
  ['pas', 'necessairement'],
  ['pas', 'besoin', 'd', 'etre'],
  ['pas', 'oblige', 'd', 'etre'],
];

export function namesWhatNeedNotBe(normalizedItem: string): boolean {
  const words = normalizedItem.split(' ');
  const negated = words.some(
    (word) => ENGLISH_NEGATIONS.has(word) || word === 'n' || word === 'ne',
  );
  return negated && names(words, NOT_REQUIRED_CUES);
}

/**
 * "Your mobile number is optional", « le numéro de portable est facultatif »: a field said to
 * be optional or mandatory is one the organisation asks for. Never a negation: "is not
 * mandatory" still asks for it.
 */
const FIELD_STATUS = new Set([
  'optional',
  'mandatory',
  'compulsory',
  'facultatif',
  'facultative',
  'facultatifs',
  'facultatives',
  'obligatoire',
  'obligatoires',
]);

export function namesFieldStatus(words: readonly string[]): boolean {
  return words.some((word) => FIELD_STATUS.has(word));
}

/** In a reader's question, "you" is the organisation and "I"/"my" the reader. */
const ASKER_TO_ANSWERER_EN: Readonly<Record<string, string>> = {
  you: 'we',
  your: 'our',
  yours: 'ours',
  i: 'you',
  me: 'you',
  my: 'your',
  mine: 'yours',
};
const ASKER_TO_ANSWERER_FR: Readonly<Record<string, string>> = {
  vous: 'nous',
  moi: 'vous',
  mon: 'votre',
  ma: 'votre',
  mes: 'vos',
};

/**
 * Restate a reader's question ("What do you ask for when I sign up?", « Que collectez-vous
 * sur moi ? ») from the organisation's side, so that its verbs read as the organisation's:
 * "what do we ask for when you sign up". French verbs addressed to « vous » become « nous ».
 */
export function fromAnswerersView(words: readonly string[], language?: 'en' | 'fr'): string[] {
  return words.map((word) => {
    const english = language !== 'fr' ? ASKER_TO_ANSWERER_EN[word] : undefined;
    if (english) return english;
    if (language === 'en') return word;
    const french = ASKER_TO_ANSWERER_FR[word];
    if (french) return french;
    // « collectez-vous » → « collectons »: the question's « vous » is the organisation.
    return word.length > 4 && word.endsWith('ez') ? `${word.slice(0, -2)}ons` : word;
  });
}

/**
 * "Your name and billing details are kept for six years", « les factures sont gardées 10 ans »:
 * a passive sentence about how long data is kept speaks of data held for other reasons; what
 * it names is declared where it is collected, if anywhere. "We keep your invoices for ten
 * years" (active) still states that they are held.
 */
const PASSIVE_AUX = new Set(['is', 'are', 'be', 'est', 'sont', 'sera', 'seront']);
const RETENTION_PARTICIPLES = new Set([
  'kept',
  'retained',
  'stored',
  'deleted',
  'erased',
  'conserve',
  'conserves',
  'conservee',
  'conservees',
  'garde',
  'gardes',
  'gardee',
  'gardees',
  'supprime',
  'supprimes',
  'supprimee',
  'supprimees',
  'archive',
  'archives',
  'archivee',
  'archivees',
]);
const DURATION_UNITS = new Set([
  'year',
  'years',
  'month',
  'months',
  'days',
  'weeks',
  'an',
  'ans',
  'annee',
  'annees',
  'mois',
  'jours',
  'semaines',
]);

export function isRetentionStatement(words: readonly string[], language?: 'en' | 'fr'): boolean {
  const passive = words.some(
    (word, index) =>
      RETENTION_PARTICIPLES.has(word) &&
      words.slice(Math.max(0, index - 3), index).some((before) => PASSIVE_AUX.has(before)),
  );
  if (!passive || !words.some((word, index) => index > 0 && DURATION_UNITS.has(word))) return false;
  // "Your IP address is kept for 7 days to block abusive users", « conservée 7 jours pour
  // bloquer… »: data kept for a use of its own is processed for it.
  if (keptForAUse(words)) return false;
  // « Les connexions sont journalisées (adresse IP…) et ces journaux sont gardés 12 mois »: a
  // sentence that also collects with another verb is read for it.
  return collectionVerbIndexes(words, language).every((index) =>
    RETENTION_PARTICIPLES.has(words[index] as string),
  );
}

const USE_PURPOSES = new Set([
  'block',
  'prevent',
  'detect',
  'investigate',
  'secure',
  'bloquer',
  'prevenir',
  'detecter',
  'lutter',
  'securiser',
]);

/** A duration, then "to <verb>" / « pour <verbe> » naming what the data is kept to do. */
function keptForAUse(words: readonly string[]): boolean {
  const unit = words.findIndex((word, index) => index > 0 && DURATION_UNITS.has(word));
  return words
    .slice(unit + 1, unit + 4)
    .some(
      (word, k, after) =>
        (word === 'to' || word === 'pour') && USE_PURPOSES.has(after[k + 1] as string),
    );
}

/**
 * "e-mail and mobile are enough", « l'e-mail suffit »: what suffices is what is used, after a
 * clause refusing something else.
 */
export function statesSufficiency(words: readonly string[]): boolean {
  return words.some(
    (word, index) =>
      word === 'suffit' ||
      word === 'suffisent' ||
      ((word === 'enough' || word === 'sufficient') &&
        (words[index - 1] === 'are' || words[index - 1] === 'is')),
  );
}

/** How an answer to a yes/no question opens: "Yes.", "No, never.", « Non. », « Jamais. » */
const ONLY_WORDS = new Set(['only', 'seulement', 'uniquement']);
// Consent or a request opens a conditional yes; "only when the app is open" details a
// practice the answer goes on to describe.
const CONDITION_OPENERS = new Set(['with', 'if', 'avec', 'si', 'sur']);
const FEW_STARTS = new Set(['the', 'a', 'one', 'two', 'les', 'le', 'la', 'un', 'une', 'deux']);

export function answerOf(words: readonly string[]): 'yes' | 'only' | 'no' | undefined {
  const first = words[0];
  if (first === 'yes' || first === 'oui') return 'yes';
  // "Only with your permission.", « Uniquement avec votre accord. »: a conditional yes.
  if (ONLY_WORDS.has(first as string) && CONDITION_OPENERS.has(words[1] as string)) return 'yes';
  // "Only the essential ones.", « Deux seulement : … »: a yes restricted to what follows.
  if (ONLY_WORDS.has(first as string) && FEW_STARTS.has(words[1] as string)) return 'only';
  if (FEW_STARTS.has(first as string) && ONLY_WORDS.has(words[1] as string)) return 'only';
  if (first === 'no' || first === 'non' || first === 'never' || first === 'jamais') return 'no';
  return undefined;
}

/**
 * A definition ("'Personal data' means any information…", « une donnée personnelle est toute
 * information… ») says what a word means, not what the organisation collects.
 */
const DEFINITION_CUES: readonly string[][] = [
  ['means'],
  ['mean'],
  ['refers', 'to'],
  ['has', 'the', 'meaning'],
  ['is', 'defined', 'as'],
  ['are', 'defined', 'as'],
  ['designe'],
  ['designent'],
  ['on', 'entend', 'par'],
  ['est', 'toute', 'information'],
  ['is', 'any', 'information'],
];

export function isDefinition(words: readonly string[]): boolean {
  return words.some(
    (_, i) =>
      DEFINITION_CUES.some((cue) => cue.every((w, k) => words[i + k] === w)) &&
      // "Gifts by Direct Debit mean we also keep…": a consequence, not a meaning.
      !(words[i] === 'mean' || words[i] === 'means' ? words[i + 1] === 'we' : false),
  );
}

/**
 * Headings of sections that say how long data is kept, on what legal basis, what words mean
 * or what rights the reader has: they name data already declared elsewhere, and their
 * negations ("Not kept", « ne sont jamais cédées ») are about retention or sharing, not
 * collection. Such sections are not read.
 */
const NEUTRAL_TOPICS: readonly string[][] = [
  ['retention'],
  ['how', 'long'],
  ['kept', 'for'],
  ['storage', 'period'],
  ['duree'],
  ['durees'],
  ['conservation'],
  ['legal', 'basis'],
  ['legal', 'bases'],
  ['lawful', 'basis'],
  ['lawful', 'bases'],
  ['base', 'legale'],
  ['bases', 'legales'],
  ['fondement'],
  ['fondements'],
  ['definition'],
  ['definitions'],
  ['your', 'rights'],
  ['vos', 'droits'],
  ['rights', 'of'],
  ['qu', 'est', 'ce', 'qu'],
  ['what', 'is'],
  ['combien', 'de', 'temps'],
  // Where data goes ("International transfers", « Transferts hors UE »): stored or sent abroad
  // is said of data declared elsewhere.
  ['transfers'],
  ['international', 'transfer'],
  ['transferts'],
  ['transfert', 'hors'],
  ['transfert', 'de', 'donnees'],
  ['transfert', 'des', 'donnees'],
];

export function isNeutralTopic(words: readonly string[]): boolean {
  // "What is kept when I call?", "What is collected?": a question about collection, not "What is
  // personal data?".
  const asked = words.findIndex((word, i) => word === 'what' && words[i + 1] === 'is');
  if (asked >= 0 && collectionVerbIndexes(words, 'en').includes(asked + 2))
    return names(
      words.filter((_, i) => i !== asked + 1),
      NEUTRAL_TOPICS,
    );
  return names(words, NEUTRAL_TOPICS);
}

/**
 * « Pourquoi utilisons-nous vos données ? », "Why do we use your information?": a heading asking
 * what data is used for heads purposes, which collect only by their own verbs. A "why" that asks
 * about collecting ("Why do you ask for my date of birth?") is answered with data.
 */
export function asksWhyUsed(words: readonly string[]): boolean {
  if (words[0] !== 'why' && words[0] !== 'pourquoi') return false;
  return (
    words.some((word) => USE_VERBS.test(word)) &&
    collectionVerbIndexes(words).every((verb) => USE_VERBS.test(words[verb] as string))
  );
}

/**
 * "Introduction and definitions", "Purposes and legal bases", « Qui voit mes informations, et
 * combien de temps ? »: a heading that joins another topic to a neutral one. Its statements
 * of personal data in general count; its data items are still not read (a purpose or retention
 * row names data it does not declare).
 */
export function isMixedNeutralTopic(words: readonly string[]): boolean {
  const topics = topicsOf(words);
  return isNeutralTopic(words) && topics.some((topic) => !names(topic, NEUTRAL_TOPICS));
}

function names(words: readonly string[], cues: readonly string[][]): boolean {
  return words.some((_, i) => cues.some((cue) => cue.every((w, k) => words[i + k] === w)));
}

/** A heading's topics, split at "and" / « et ». */
function topicsOf(words: readonly string[]): string[][] {
  const topics: string[][] = [[]];
  for (const word of words) {
    if (word === 'and' || word === 'et') topics.push([]);
    else (topics[topics.length - 1] as string[]).push(word);
  }
  return topics.filter((topic) => topic.some((word) => /[a-z]{3}/.test(word)));
}

/**
 * "Categories of personal data", « Types de données »: a heading that names kinds of data
 * heads a list of the data collected, even without a verb.
 */
const DATA_KINDS = new Set([
  'categories',
  'category',
  'types',
  'type',
  'kinds',
  'categorie',
  'nature',
]);
const DATA_NOUNS = new Set(['data', 'information', 'donnees', 'informations']);

export function namesDataKinds(words: readonly string[]): boolean {
  return (
    asksWhichData(words) ||
    words.some(
      (word, i) =>
        DATA_KINDS.has(word) && words.slice(i + 1, i + 4).some((next) => DATA_NOUNS.has(next)),
    ) ||
    isAppStoreLabel(words)
  );
}

/**
 * "2. WHICH DATA?", « Quelles données ? », « Quelles informations personnelles ? »: a heading that
 * only asks which data (no verb: "Which data do we share?" has one) names the data collected.
 */
const WHICH_WORDS = new Set(['what', 'which', 'quelles', 'quelle', 'quels', 'quel']);
const PERSONAL_WORDS = new Set(['personal', 'personnelles', 'personnelle', 'personnels']);

function asksWhichData(all: readonly string[]): boolean {
  const words = all.filter((word) => !/^\d+$/.test(word) && !PERSONAL_WORDS.has(word));
  return (
    words.length === 2 && WHICH_WORDS.has(words[0] as string) && DATA_NOUNS.has(words[1] as string)
  );
}

/**
 * "Data linked to you", "Data not linked to you", "Data used to track you", « Données associées
 * à votre compte », « Données non associées à votre identité »: the headings of app-store privacy
 * summaries all head data the app collects (only "Data not collected" denies it).
 */
const LINKED_WORDS = new Set([
  'linked',
  'associated',
  'connected',
  'associees',
  'liees',
  'rattachees',
]);

function isAppStoreLabel(all: readonly string[]): boolean {
  const words = all.filter((word) => !/^\d+$/.test(word));
  if (!DATA_NOUNS.has(words[0] as string)) return false;
  const rest = words[1] === 'not' || words[1] === 'non' ? words.slice(2) : words.slice(1);
  return (
    (LINKED_WORDS.has(rest[0] as string) && ['to', 'a', 'with'].includes(rest[1] as string)) ||
    names(rest, [
      ['used', 'to', 'track', 'you'],
      ['utilisees', 'pour', 'vous', 'suivre'],
    ])
  );
}

/**
 * "we never have access to your card details", "we never see your card number", « RE n'a
 * jamais accès aux données de votre carte »: denying access denies collection, though
 * "access" or "see" is no collection verb.
 */
const ACCESS_WORDS = new Set([
  'access',
  'acces',
  'see',
  'sees',
  'reach',
  'reaches',
  'touch',
  'touches',
  'voyons',
  'voit',
  // « le cinéma n'a jamais connaissance de votre numéro de carte »
  'connaissance',
  'parvient',
  'parviennent',
  'accesses',
  'accessed',
  // « L'application n'accède pas à votre position précise »
  'accede',
  'accedent',
  'accedons',
]);

export function deniesAccess(words: readonly string[]): boolean {
  const at = words.findIndex((word) => ACCESS_WORDS.has(word));
  if (at < 0) return false;
  const before = words.slice(Math.max(0, at - 4), at);
  if (before.includes('no') || before.includes('never') || before.includes('not')) return true;
  // « n'a jamais accès » (the negation before), « n'accède pas » (after a simple verb), « nous
  // n'accédons ni à vos photos, ni à… ».
  const around = [...before, ...words.slice(at + 1, at + 3)];
  return (
    (before.includes('n') || before.includes('ne')) &&
    (around.includes('jamais') ||
      around.includes('pas') ||
      around.includes('aucun') ||
      words[at + 1] === 'ni')
  );
}

const USE_VERBS = /^(?:use|uses|used|using|utilis\w*)$/;
const USE_DENIALS = new Set(['never', 'not', 'jamais']);
const PURPOSE_OPENERS = new Set(['for', 'to', 'in', 'pour', 'a', 'dans']);
const RESTRICTIONS = new Set([
  'only',
  'solely',
  'exclusively',
  'que',
  'qu',
  'uniquement',
  'seulement',
  'exclusivement',
]);

/**
 * "Les données de localisation ne sont utilisées qu'à des fins techniques", "your phone number
 * is only used for delivery updates": a passive "used" restricted to a purpose (not to a
 * condition) limits the use of data said to be held elsewhere; it declares nothing of its own.
 */
export function limitsUse(words: readonly string[], language?: 'en' | 'fr'): boolean {
  const verbs = collectionVerbIndexes(words, language);
  if (verbs.length === 0) return false;
  return verbs.every((verb) => {
    if (!USE_VERBS.test(words[verb] as string)) return false;
    const before = words.slice(Math.max(0, verb - 4), verb);
    const passive = before.some((word) => PASSIVE_AUX.has(word));
    // "it is encrypted and never used for advertising": a use denied for a purpose limits it.
    const deniedPurpose =
      before.slice(-2).some((word) => USE_DENIALS.has(word)) &&
      PURPOSE_OPENERS.has(words[verb + 1] as string);
    const restricted =
      deniedPurpose ||
      [...before.slice(-3), ...words.slice(verb + 1, verb + 3)].some((word) =>
        RESTRICTIONS.has(word),
      );
    // "…est utilisée uniquement si vous activez…": used under a condition, it is collected then.
    const conditional = words
      .slice(verb + 1, verb + 4)
      .some((word) => CONDITIONS.has(word) || word === 'when' || word === 'lorsque');
    // "We do not use your DNA for health reports": a use of named data denied for a purpose
    // limits that use; it says nothing of collecting the data.
    const deniedForPurpose =
      before.slice(-2).some((word) => USE_DENIALS.has(word)) &&
      words.slice(verb + 2, verb + 6).some((word) => word === 'for' || word === 'pour');
    return ((passive && restricted) || deniedForPurpose) && !conditional;
  });
}

/**
 * "if you sign in with your fingerprint, the check happens on your phone", « la vérification a
 * lieu sur votre téléphone », "Face ID data stays on your device": what is processed on the
 * reader's own device is not collected by the organisation (whether it is is said elsewhere).
 */
const ON_DEVICE_VERBS = new Set([
  'happens',
  'happen',
  'stays',
  'stay',
  'remains',
  'remain',
  'performed',
  'done',
  'reste',
  'restent',
  'lieu',
  'effectuee',
  'effectue',
]);
const READERS_DEVICES = new Set([
  'phone',
  'device',
  'smartphone',
  'computer',
  'handset',
  'telephone',
  'appareil',
  'ordinateur',
  'terminal',
]);

export function staysOnDevice(words: readonly string[]): boolean {
  return words.some(
    (word, at) =>
      ON_DEVICE_VERBS.has(word) &&
      words
        .slice(at + 1, at + 5)
        .some(
          (later, k) =>
            READERS_DEVICES.has(later) &&
            ['your', 'votre'].includes(words[at + k] as string) &&
            ['on', 'sur', 'in'].includes(words[at + k - 1] as string),
        ),
  );
}

const ASKING_WORDS = new Set([
  'ask',
  'asks',
  'asking',
  'demandera',
  'demanderons',
  'demanderont',
  'demandons',
]);
const CHANNELS: readonly string[][] = [
  ['over', 'the', 'phone'],
  ['by', 'phone'],
  ['by', 'e', 'mail'],
  ['by', 'email'],
  ['by', 'text'],
  ['par', 'telephone'],
  ['par', 'e', 'mail'],
  ['par', 'email'],
  ['par', 'courriel'],
  ['par', 'sms'],
];

/**
 * "If someone claiming to be from us asks for your password", « une personne se faisant passer
 * pour nous »: what an impostor asks for is neither collected nor denied.
 */
const IMPERSONATION_CUES: readonly string[][] = [
  ['claiming', 'to', 'be'],
  ['claims', 'to', 'be'],
  ['pretending', 'to', 'be'],
  ['pretends', 'to', 'be'],
  ['posing', 'as'],
  ['se', 'faisant', 'passer'],
  ['se', 'fait', 'passer'],
  ['se', 'prevalant', 'de'],
];

export function impersonates(words: readonly string[]): boolean {
  return names(words, IMPERSONATION_CUES);
}

/**
 * "We never ask for your password over the phone or by e-mail", « nous ne vous demanderons
 * jamais votre mot de passe par courriel »: a warning against impersonation, not a statement
 * that no password is kept (the channel tells it from "we never ask for your password").
 */
export function isImpersonationWarning(words: readonly string[]): boolean {
  if (impersonates(words)) return true;
  const asking = words.findIndex((word) => ASKING_WORDS.has(word));
  if (asking < 0) return false;
  // "Our staff will never ask for your password", « nos conseillers ne vous demanderont jamais… »:
  // what people of the organisation never ask for is a warning too.
  if (words.slice(Math.max(0, asking - 5), asking).some((word) => STAFF.has(word))) return true;
  return words.some((_, i) =>
    CHANNELS.some((channel) => channel.every((w, k) => words[i + k] === w)),
  );
}
const STAFF = new Set([
  'staff',
  'employees',
  'employee',
  'team',
  'agents',
  'advisers',
  'advisors',
  'personnel',
  'equipe',
  'equipes',
  'salaries',
  'collaborateurs',
  'conseillers',
]);

const NEGATORS = new Set(['never', 'not', 't', 'jamais', 'pas']);
const SENT_WORDS = new Set([
  'sent',
  'transmitted',
  'uploaded',
  'forwarded',
  'transferred',
  'transmis',
  'transmise',
  'transmises',
  'envoye',
  'envoyee',
  'envoyes',
  'envoyees',
]);
const LEAVING_WORDS = new Set(['leaves', 'leave', 'quitte', 'quittent']);

/**
 * "the location is used on your device only and is never sent to us", « ne nous est jamais
 * transmis », "never leaves your phone": denying that data reaches the organisation denies its
 * collection, though what stays on the device is otherwise not read (see `staysOnDevice`).
 */
export function deniesReceipt(words: readonly string[]): boolean {
  return words.some((word, at) => {
    const before = words.slice(Math.max(0, at - 3), at);
    const after = words.slice(at + 1, at + 4);
    if (SENT_WORDS.has(word)) {
      if (!before.some((w) => NEGATORS.has(w))) return false;
      const toUs =
        after[0] === 'to' && (after[1] === 'us' || after[1] === 'our' || after[1] === 'the');
      const aNous = after[0] === 'a' && (after[1] === 'nos' || after[1] === 'notre');
      return toUs || aNous || before.includes('nous');
    }
    if (!LEAVING_WORDS.has(word)) return false;
    const negated = before.some((w) => NEGATORS.has(w)) || NEGATORS.has(after[0] as string);
    return negated && after.some((w) => READERS_DEVICES.has(w));
  });
}

/**
 * "The app never sends your location", « l'application n'envoie jamais vos photos »: what the
 * app does not send leaves the device for no one, so the organisation does not collect it.
 * What it does not send to partners or advertisers is a limit on sharing, not a denial.
 */
const APP_SUBJECTS = new Set([
  'app',
  'apps',
  'application',
  'applications',
  'appli',
  'software',
  'logiciel',
  'extension',
]);
const APP_SENDING = new Set([
  'send',
  'sends',
  'upload',
  'uploads',
  'transmit',
  'transmits',
  'envoie',
  'envoient',
  'transmet',
  'transmettent',
]);
const OTHER_RECIPIENTS = new Set([
  'third',
  'partners',
  'advertisers',
  'tiers',
  'partenaires',
  'annonceurs',
]);

export function appNeverSends(words: readonly string[]): boolean {
  if (words.some((word) => OTHER_RECIPIENTS.has(word))) return false;
  return words.some((word, at) => {
    if (!APP_SENDING.has(word)) return false;
    const before = words.slice(Math.max(0, at - 6), at);
    if (!before.some((w) => APP_SUBJECTS.has(w))) return false;
    const english = before.slice(-3).some((w) => NEGATORS.has(w) || w === 'not');
    const french =
      (before.slice(-2).includes('n') || before.slice(-2).includes('ne')) &&
      words.slice(at + 1, at + 3).some((w) => NEGATORS.has(w));
    return english || french;
  });
}

/**
 * "Your photos are kept only on your device", « conservées uniquement sur votre téléphone »:
 * data kept on the reader's device only is not kept by the organisation.
 */
const KEEPING_WORDS = new Set([
  'kept',
  'stored',
  'saved',
  'keeps',
  'stores',
  'saves',
  'conserve',
  'conservee',
  'conservees',
  'conserves',
  'stocke',
  'stockee',
  'stockees',
  'stockes',
  'enregistre',
  'enregistree',
  'enregistrees',
  'enregistres',
]);
const DEVICE_ONLY_WORDS = new Set([
  'only',
  'solely',
  'exclusively',
  'uniquement',
  'seulement',
  'exclusivement',
]);

export function keptOnDeviceOnly(words: readonly string[]): boolean {
  return words.some((word, at) => {
    if (!KEEPING_WORDS.has(word)) return false;
    const after = words.slice(at + 1, at + 7);
    const device = after.findIndex((w) => READERS_DEVICES.has(w));
    if (device < 0) return false;
    const place = after.slice(0, device);
    const onPlace = place.some((w) => ['on', 'in', 'sur', 'dans'].includes(w));
    const only =
      place.some((w) => DEVICE_ONLY_WORDS.has(w)) ||
      DEVICE_ONLY_WORDS.has(after[device + 1] as string);
    return onPlace && only;
  });
}

/**
 * Whether every collection verb of a clause is a form of "use" or sits in a condition ("If you
 * let the app use your location…"): nothing else is said to be collected.
 */
export function usesOnly(words: readonly string[], language?: 'en' | 'fr'): boolean {
  const condition = words.findIndex((word) => CONDITIONS.has(word));
  return collectionVerbIndexes(words, language).every(
    (verb) =>
      USE_VERBS.test(words[verb] as string) ||
      (condition >= 0 && condition < verb && verb - condition <= CONDITION_REACH),
  );
}

const OPENING_EXCEPTIONS: readonly string[][] = [
  ['except'],
  ['excepting'],
  ['apart', 'from'],
  ['other', 'than'],
  ['with', 'the', 'exception', 'of'],
  ['sauf'],
  ['hormis'],
  ['excepte'],
  ['en', 'dehors', 'de'],
  ['en', 'dehors', 'des'],
  ['en', 'dehors', 'du'],
  ['a', 'l', 'exception'],
];

/**
 * ", except the names and dates of birth of child travellers", « sauf votre adresse e-mail »:
 * a clause that opens with an exception (cut off by `splitClauses`).
 */
export function opensWithException(words: readonly string[]): boolean {
  const start = words[0] === 'and' || words[0] === 'et' ? 1 : 0;
  return OPENING_EXCEPTIONS.some((cue) => cue.every((w, k) => words[start + k] === w));
}

const RECEIVING_WORDS = new Set([
  'receive',
  'receives',
  'get',
  'gets',
  'see',
  'sees',
  'recoit',
  'recoivent',
  'voit',
  'voient',
]);
const FIRST_PERSON = new Set(['we', 'us', 'i', 'nous', 'on', 'je']);

/**
 * "Hospitals receive your donor number and blood group, never your name", « le partenaire
 * voit votre numéro de carte, jamais votre nom »: what another party receives or sees (the
 * subject before the verb is not "we") is theirs to receive; an item it is denied ("never your
 * name") says nothing of the organisation's own collection.
 */
export function othersReceive(words: readonly string[]): boolean {
  const at = words.findIndex((word) => RECEIVING_WORDS.has(word));
  if (at <= 0) return false;
  return !words.slice(0, at).some((word) => FIRST_PERSON.has(word));
}

const OTHER_PARTIES = new Set([
  // "Clinics … receive your donor number. They do not receive your name": the organisation
  // speaks as "we", so "they" are others.
  'they',
  'ils',
  'elles',
  'partner',
  'partners',
  'provider',
  'providers',
  'advertisers',
  'brands',
  'hospitals',
  'recipients',
  'third',
  'partenaire',
  'partenaires',
  'prestataire',
  'prestataires',
  'annonceurs',
  'tiers',
]);
const CLIENTS = new Set(['clients', 'customers']);
const DENIED_RECEIPT = new Set([...RECEIVING_WORDS, ...ACCESS_WORDS]);
const BEFORE_VERB = new Set([
  'never',
  'not',
  't',
  'n',
  'ne',
  'jamais',
  'pas',
  'do',
  'does',
  'did',
  'don',
  'doesn',
  'will',
  'won',
  'can',
  'cannot',
  'may',
  'only',
  'ont',
  'a',
  'y',
]);

/**
 * "Brands never receive your details", « nos partenaires n'ont jamais accès à votre nom »: what
 * named other parties are denied is no denial of the organisation's own collection.
 */
export function deniesOthersOnly(words: readonly string[]): boolean {
  const at = words.findIndex((word) => DENIED_RECEIPT.has(word));
  let k = at - 1;
  while (k >= 0 && BEFORE_VERB.has(words[k] as string)) k--;
  // The subject's head noun stands right before the verb and its negation.
  if (k < 0) return false;
  // "Our clients never receive your name" (a survey panel's clients get results, not names).
  if (CLIENTS.has(words[k] as string)) return ['our', 'nos'].includes(words[k - 1] as string);
  return OTHER_PARTIES.has(words[k] as string);
}

/**
 * "sees your card number instead of your name", « plutôt que votre nom », "rather than your
 * address": what is substituted is neither collected nor denied by the organisation. Raw text
 * in, the substituted words (to the next punctuation) taken out.
 */
const SUBSTITUTION =
  /\b(?:instead of|rather than|in place of|au lieu de|au lieu du|au lieu des|plutot que|plutôt que|à la place de|a la place de)\b[^,;:.()]*/gi;

export function withoutSubstitutes(text: string): string {
  return text.replace(SUBSTITUTION, ' ');
}

/**
 * « ne communique jamais la liste de ses adhérents à votre employeur », "we share it with your
 * employer": the party data is passed to, last in its clause, is a recipient, not data. Raw text
 * in, the recipient taken out.
 */
const RECIPIENT =
  /((?<!\p{L})(?:communiqu\p{L}*|transmet\p{L}*|transmis\p{L}*|c[eè]d\p{L}*|vend\p{L}*|shares?|shared|sharing|pass|passes|passed|disclose[sd]?|sell|sells|sold)\s[^.;:]*?)\s(?:à|au|aux|to|with)\s+(?:your|votre|vos|the|le|la|les|l['’]|leur|leurs|their)\s*[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?(?=\s*(?:[.;,)]|$))/giu;

export function withoutRecipients(text: string): string {
  return text.replace(RECIPIENT, '$1');
}

/**
 * "answers passed on without your name or contact details", « des réponses sans nom ni
 * coordonnées »: what data goes without is left out, neither collected nor denied. Raw text in,
 * the words after "without" / « sans » (to the next punctuation) taken out.
 */
const EXCLUSION = /(?<![\p{L}-])(?:without|sans)\s[^,;:.()]*/giu;

// "without your consent", « sans votre accord »: left as one marker word (see
// `deniesOnlyWithoutConsent`).
const CONSENT_EXCLUSION =
  /^(?:without|sans)\s+(?:your|their|votre|leur|ton)\s+(?:consent|permission|agreement|approval|accord|consentement|autorisation)\b/iu;
export const WITHOUT_CONSENT = 'withoutconsent';

export function withoutExclusions(text: string): string {
  return text.replace(EXCLUSION, (match) =>
    CONSENT_EXCLUSION.test(match) ? ` ${WITHOUT_CONSENT} ` : ' ',
  );
}

/**
 * "no images leave your phone", « les photos ne quittent pas votre téléphone », "what stays on
 * your phone": the reader's phone where data stays is a place, not their phone number.
 */
const DEVICE_PLACE =
  /\b((?:leaves?|leaving|left|stays?|remains?|quitte|quittent|quitteront|reste|restent)(?:\s+(?:jamais|pas|never))?(?:\s+(?:on|in|sur|dans))?\s+(?:your|the|votre|le|l['’]\s*)\s*)(?:mobile\s+phone|phone|telephone|t[ée]l[ée]phone|portable|smartphone|mobile)\b/giu;

/**
 * « ne s'affiche pas sur les postes d'écoute », "is shown on the staff screens": where data is
 * displayed is a place, not data (« poste » is otherwise a job).
 */
const DISPLAY_PLACE =
  /\b((?:s['’]\s*)?affich(?:e|ent|ee|ees|es)|displayed|shown)((?:\s+(?:pas|jamais|not|never|only|seulement|uniquement))?\s+(?:sur|on|in|dans)\s+)(?:les|la|le|l['’]\s*|the|vos|nos|our|a|an|des|un|une)\s+[\p{L}'’-]+(?:\s+d['’]\s*[\p{L}-]+|\s+de\s+[\p{L}-]+)?/giu;

export function withoutDevicePlaces(text: string): string {
  return text.replace(DEVICE_PLACE, '$1appareil').replace(DISPLAY_PLACE, '$1$2');
}

/**
 * « Les photos publiées ne font l'objet d'aucune reconnaissance faciale », "uploaded photos are
 * not subject to any facial recognition": what is denied is the treatment named after the
 * negation, not its subject, which is dropped (whether it is collected is said elsewhere).
 */
const DENIED_TREATMENT =
  /(^|[,;:.]\s*)[^,;:.]*?\b(?:n(?:e\s+|['’]\s*)(?:fait|font|fera|feront)\s+l['’]\s*objet\s+d['’]\s*(aucune?)|(?:is|are|will be)\s+(?:not|never)\s+subject(?:ed)?\s+to\s+(?:any\s+)?)/gi;

export function withoutSubjectsOfDeniedTreatment(text: string): string {
  return text.replace(DENIED_TREATMENT, (_, start: string, french?: string) =>
    french ? `${start}${french} ` : `${start}no `,
  );
}

const ANIMALS = new Set([
  'animal',
  'animals',
  'animaux',
  'pet',
  'pets',
  'dog',
  'dogs',
  'horse',
  'horses',
  'chien',
  'chiens',
  'chienne',
  'chiot',
  'chiots',
  'chaton',
  'chatons',
  'cheval',
  'chevaux',
  'cat',
  'cats',
  'chat',
  'chats',
  'chatte',
  'chattes',
]);
const POSSESSIVES = new Set(['your', 'their', 'votre', 'vos', 'leur', 'leurs']);
const NOT_THE_ANIMAL = new Set(['insurance', 'insurer', 'owner', 'owners', 'sitter', 'food']);
/** « votre chat avec un conseiller », "your chat with us": French « chat » is also a web chat. */
const NOT_A_CAT = new Set(['with', 'avec', 'en', 'live', 'history', 'transcript', 'transcripts']);
const ABOUT_WORDS = new Set([
  'about',
  'on',
  'of',
  'regarding',
  'concerning',
  'concern',
  'concerns',
  'sur',
  'de',
  'du',
  'des',
  'd',
  'concernant',
  'concerne',
  'concernent',
]);
const ANIMAL_DETERMINERS = new Set([
  'the',
  'your',
  'their',
  'l',
  'le',
  'la',
  'les',
  'votre',
  'vos',
  'leur',
  'leurs',
  'chaque',
  'each',
  'an',
  'a',
]);

/**
 * « les informations sur l'animal assuré : nom, espèce, race… », "these records concern your
 * pet", "your dog's name and breed": data about an animal (a breed is no ethnic origin, a
 * vet's history no health data of the reader's). Such a clause names no data about a person.
 */
/**
 * The items of an enumeration that are an animal's: all of them when the animal comes first
 * (« les informations sur l'animal : nom, race… », "your dog's name and breed"), else the item
 * naming it, those after it and, before a complement (« nom, race et âge de votre chien »), the
 * bare one-word items just before it. The earlier items ("nom et prénom, numéro de téléphone")
 * are the owner's.
 */
export function animalItems(items: readonly string[]): Set<number> {
  const words = items.map((item) => normalizeForMatch(item).split(' '));
  const first = words.findIndex((item) => isAboutAnAnimal(item));
  if (first < 0) return new Set();
  // « Lors de l'ouverture du dossier de votre animal, nous enregistrons vos nom… », "When you
  // register your dog, we record your name…": an animal named before a verb whose object is the
  // reader's is the circumstance; what that verb takes is read on its own.
  const verbAt = words.findIndex((item, k) => k > first && takesReadersData(item));
  if (verbAt > first) {
    const after = animalItems(items.slice(verbAt));
    return new Set([...[...items.keys()].slice(0, verbAt), ...[...after].map((k) => k + verbAt)]);
  }
  if (first === 0) return new Set(items.keys());
  const owned = new Set([...items.keys()].filter((i) => i >= first));
  const named = words[first] as string[];
  // "your dog's name": the possessive comes before its nouns, not after earlier items.
  if (named[named.findIndex((word) => ANIMALS.has(word)) + 1] === 's') return owned;
  for (let k = first - 1; k >= 0; k--) {
    // « Nous notons l'âge, le poids… »: the words after the verb that opens the clause.
    const item = words[k] as string[];
    const verbs = collectionVerbIndexes(item);
    const object = item.slice(verbs.length > 0 ? (verbs[verbs.length - 1] as number) + 1 : 0);
    const bare = object.filter((word) => word && !ANIMAL_DETERMINERS.has(word));
    if (bare.length !== 1) break;
    owned.add(k);
    if (verbs.length > 0) break;
  }
  return owned;
}

const READERS = new Set(['your', 'votre', 'vos']);

function takesReadersData(item: readonly string[]): boolean {
  const verbs = collectionVerbIndexes(item);
  const last = verbs[verbs.length - 1];
  return last !== undefined && READERS.has(item[last + 1] as string);
}

/**
 * "Your dog: name, breed, age", « Votre chien : nom, race, âge », "Pet: …": a label naming the
 * reader's animal before a colon heads that animal's data, as "about your dog" does.
 */
const ANIMAL_LABEL = new RegExp(
  `^\\s*(?:(?:your|their|the|votre|vos|leur|leurs|le|la|les|l['’])\\s*)?(?:${[...ANIMALS].join('|')})\\s*:`,
  'i',
);

export function isAnAnimalLabel(clause: string): boolean {
  return ANIMAL_LABEL.test(clause);
}

export function isAboutAnAnimal(words: readonly string[]): boolean {
  return words.some((word, at) => {
    // "your pet insurance policy", "pet owners": the animal qualifies another noun.
    if (!ANIMALS.has(word)) return false;
    // "questions about your cat: food, medication…" (the colon is gone): food after a possessive
    // is the animal's, not "pet food" a shop sells.
    const next = words[at + 1] as string;
    if (NOT_THE_ANIMAL.has(next) && !(next === 'food' && POSSESSIVES.has(words[at - 1] as string)))
      return false;
    if ((word === 'chat' || word === 'chats') && NOT_A_CAT.has(words[at + 1] as string))
      return false;
    if (words[at + 1] === 's') return true;
    let k = at - 1;
    while (k >= 0 && ANIMAL_DETERMINERS.has(words[k] as string)) k--;
    return ABOUT_WORDS.has(words[k] as string);
  });
}

/** What a recording of the reader's own words is made of: calls and conversations. */
const EXCHANGES = new Set([
  'call',
  'calls',
  'conversation',
  'conversations',
  'consultation',
  'consultations',
  'appel',
  'appels',
  'entretiens',
]);
/** Sessions are recorded in that sense only on audio or video (not an app's session log). */
const SESSIONS = new Set(['session', 'sessions', 'seance', 'seances']);
const AUDIOVISUAL = new Set(['audio', 'video', 'videos', 'filmees', 'filmed']);
// The verb only: "call detail records", « l'enregistrement de votre compte » are nouns.
const RECORDING = /^(?:recorded|enregistr(?:e|es|ee|ees|ons|ent|er))$/;

/**
 * "Phone calls to our team are recorded", « certaines séances peuvent être enregistrées (audio
 * ou vidéo) »: a recording of calls or filmed sessions keeps what the reader said
 * (`user.content.private`), like "call recordings".
 */
export function recordsExchanges(words: readonly string[]): boolean {
  const filmed = words.some((w) => AUDIOVISUAL.has(w));
  const exchange = (w: string): boolean => EXCHANGES.has(w) || (filmed && SESSIONS.has(w));
  return words.some(
    (word, index) =>
      (RECORDING.test(word) ||
        (word === 'record' &&
          ['we', 'may', 'will', 'might'].includes(words[index - 1] as string))) &&
      (words.slice(Math.max(0, index - 7), index).some(exchange) ||
        (PASSIVE_BE.has(words[index - 1] as string) &&
          byPhone(words.slice(Math.max(0, index - 7), index))) ||
        words.slice(index + 1, index + 4).some(exchange)),
  );
}

const PASSIVE_BE = new Set(['is', 'are', 'be', 'been', 'est', 'sont', 'etre', 'seront']);

/**
 * "Orders placed by phone are recorded", « les réservations téléphoniques sont enregistrées »:
 * what the reader does over the phone, recorded, is a recorded call.
 */
function byPhone(words: readonly string[]): boolean {
  return words.some(
    (word, i) =>
      word === 'telephoniques' ||
      word === 'telephonique' ||
      ((word === 'phone' || word === 'telephone') &&
        (words[i - 1] === 'by' || words[i - 1] === 'par' || words[i - 2] === 'over')),
  );
}

// "Our matches are filmed", « nos ventes sont filmées »: the people there are filmed.
const FILMED = /^(?:filmed|filmee?s?|filmons)$/;

/** Filming declares images of the people filmed (`user.content.self_image`). */
export function filmsPeople(words: readonly string[]): boolean {
  return words.some((word) => FILMED.test(word));
}

/**
 * "The personal data collected via this form are processed by…", « Les données recueillies
 * par ce formulaire… »: a notice under a form, whose fields the list after it names.
 */
const FORM_CHANNEL =
  /\b(?:via|through|by|using|on|in|par|sur|dans|au moyen de|a l aide de) (?:this|the|our|ce|cet|le|notre) (?:\S+ )?(?:form|formulaire)\b/;

export function namesFormChannel(text: string): boolean {
  return FORM_CHANNEL.test(normalizeForMatch(text));
}

/**
 * « Les informations recueillies sur ce formulaire… », "the data collected on this form…": a
 * notice naming the form it follows, whose fields (see `isFormFields`) are what it collects.
 */
const THIS_FORM =
  /\b(?:via|through|by|using|on|in|from|par|sur|dans|au moyen de|a l aide de) (?:this|ce|cet) (?:\S+ )?(?:form|formulaire)\b/;

export function namesThisForm(text: string): boolean {
  return THIS_FORM.test(normalizeForMatch(text));
}

/** A field to fill in: "Phone * : ______", « Téléphone : ____ », an HTML field's `[____]`. */
const FORM_BLANK = /\s*\*?\s*:\s*\[?_{3,}\]?/g;

/**
 * A printed form whose blanks are empty space ("First name* :      Surname* :", « Prénom* :
 * Nom* : Téléphone* : »): three short labels or more in a row, each ending in a colon.
 */
const EMPTY_BLANKS = /(?:^|\s)(?:[^\s:,;.!?][^:,;.!?]{0,40}?\s?\*?\s?:(?:\s+|$)){3,}/;

/** A printed form: two fields or more, each a label before its blank line. */
export function isFormFields(text: string): boolean {
  return (text.match(FORM_BLANK) ?? []).length >= 2 || EMPTY_BLANKS.test(text);
}

/** Fields of an HTML form (`<input>`, `<textarea>`), not a printed form's blank lines. */
export function isHtmlFormFields(text: string): boolean {
  return isFormFields(text) && text.includes('[____]');
}

/** The labels of a printed form as an enumeration ("Name, Phone, E-mail"), without the stars of
 * required fields. */
export function formFieldLabels(text: string): string {
  const blanks = (text.match(FORM_BLANK) ?? []).length >= 2 ? FORM_BLANK : /\s*\*?\s*:(?=\s|$)/g;
  return text.replace(blanks, ',').replace(/\s\*(?=[\s,(]|$)/g, '');
}

/**
 * "We check your photo ID but do not copy it", « pièce d'identité présentée, jamais
 * photocopiée »: an identity document only shown (looked at, checked, seen), never copied, scanned
 * or kept, is denied, not collected. `shown` is a sentence that names the document, `next` the
 * one after it ("They look at it; they don't copy or keep it.").
 */
const SHOWN_WORDS = new Set([
  'see',
  'sight',
  'look',
  'looks',
  'looked',
  'check',
  'checks',
  'checked',
  'show',
  'shows',
  'shown',
  'showed',
  'inspect',
  'inspects',
  'inspected',
  'verify',
  'verifies',
  'verified',
  'presentee',
  'presentees',
  'presente',
  'presentes',
  'presenter',
  'presentez',
  'verifiee',
  'verifiees',
  'verifions',
  'verifie',
  'verifier',
  'consultee',
  'consultees',
  'consultons',
  'consulter',
  'controlee',
  'controlees',
  'controlons',
  'controler',
  'montrer',
  'montrez',
]);
const COPY_WORDS =
  '(?:photocop\\w*|cop(?:y|ied|ies|ying)|scan(?:s|ned|ning)?|keep(?:s|ing)?|kept|stor(?:e|es|ed|ing)|retain(?:s|ed)?|record(?:s|ed)?|note|write|cop(?:ie|iee|iees|ions|ier)|conserv\\w*|scann\\w*|numeris\\w*|gard\\w*)';
const NOT_COPIED = [
  // "don't copy, scan or keep it", "never receive a copy", « jamais photocopiée », « ni copiée »,
  // « sans en garder de copie », « pas de copie ».
  new RegExp(
    `\\b(?:not|never|no|don t|doesn t|won t|without|jamais|ni|aucune|aucun|sans|pas)\\b(?:\\s+\\w+){0,4}?\\s+${COPY_WORDS}\\b`,
  ),
  // « ne la conservons pas », « n'en gardons aucune copie ».
  new RegExp(`\\bn(?:e)?\\s+(?:\\w+\\s+){0,2}?${COPY_WORDS}\\s+(?:pas|jamais|aucune|plus)\\b`),
];

// « Elle est seulement présentée : elle n'est ni photocopiée… »: French subject pronouns refer too.
const REFERRING = new Set([
  'it',
  'them',
  'la',
  'le',
  'les',
  'l',
  'en',
  'elle',
  'elles',
  'il',
  'ils',
]);

export function showsIdentityOnly(shown: string, next: string | undefined): boolean {
  const words = normalizeForMatch(shown).split(' ');
  if (!words.some((word) => SHOWN_WORDS.has(word))) return false;
  const after = normalizeForMatch(next ?? '');
  // The next sentence speaks of the document by a pronoun ("it", « la », « en »).
  const refers = after.split(' ').some((word) => REFERRING.has(word));
  return [normalizeForMatch(shown), refers ? after : ''].some((normalized) =>
    NOT_COPIED.some((cue) => cue.test(normalized)),
  );
}
