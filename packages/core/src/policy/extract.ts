import { listCategories } from '../taxonomy/index.js';
import { fold } from '../text/fold.js';
import {
  answerOf,
  isRetentionStatement,
  statesSufficiency,
  collectionVerbIndexes,
  deniesAccess,
  deniesByPronoun,
  deniesOnlyOthers,
  deniesOthersOnly,
  deniesReceipt,
  expandCoordination,
  fromAnswerersView,
  impersonates,
  isDefinition,
  isAside,
  isImpersonationWarning,
  isMixedNeutralTopic,
  isNeutralTopic,
  namesDataKinds,
  showsIdentityOnly,
  namesFieldStatus,
  namesWhatNeedNotBe,
  isAboutThirdParties,
  isAnaphoricInclusion,
  isNegatedClause,
  isNegatedItem,
  isRequestToReader,
  animalItems,
  isAboutAnAnimal,
  isAnAnimalLabel,
  limitsUse,
  onlyParticiples,
  opensWithException,
  deniesAfterException,
  deniesOnlyWithoutConsent,
  othersReceive,
  usesOnly,
  splitClauses,
  staysOnDevice,
  splitEnumeration,
  withoutPaymentProvidersPart,
  withoutPurposes,
  endsInPurpose,
  continuesPurpose,
  isCollectionVerb,
  withoutReasons,
  withoutSubstitutes,
  withoutExclusions,
  withoutRecipients,
  withoutDevicePlaces,
  withoutSubjectsOfDeniedTreatment,
  asksWhyUsed,
  appNeverSends,
  keptOnDeviceOnly,
  callsPreviousNonPersonal,
  callsClauseBeforeNonPersonal,
  recordsExchanges,
  filmsPeople,
  namesFormChannel,
  namesThisForm,
  isFormFields,
  isHtmlFormFields,
  formFieldLabels,
} from './cues.js';
import { groupLabelled, groupsElaboratedBy, groupsWithMembers, isMemberOf } from './groups.js';
import { detectLanguage, documentLanguage } from './language.js';
import { lexiconEntryFor, matchLexicon, type LexiconEntry } from './lexicon.js';
import { findWholeWords, normalizeForMatch, removeAddressesAndUrls } from './normalize.js';
import { owners, withoutPossessors } from './possession.js';
import { isQuestion, segmentBlocks, splitSentences, type PolicySegment } from './segment.js';
import { MINOR_HEADING, toBlocks } from './source-text.js';
import type {
  DeclaredCategory,
  ExtractPolicyOptions,
  PolicyEvidence,
  PolicyExtraction,
} from './types.js';

/** Evidence kept per category (and for generic disclosures): enough to audit, not the whole policy. */
export const MAX_EVIDENCE = 3;
export const MAX_GENERIC_EVIDENCE = 5;
const MAX_EVIDENCE_CHARS = 300;

/** What a statement says about the data it names. */
type Polarity = 'collect' | 'negate' | 'none';

/** The heading a segment sits under, and what it says about the data below it. */
interface Section {
  level: number;
  polarity: Polarity;
  /** Retention, legal bases, definitions, rights: not read (see `isNeutralTopic`). */
  neutral: boolean;
  /** Neutral, but joined to another topic: read for personal data in general only. */
  mixed?: boolean;
  /** The heading itself states collection (its own polarity, before `asksWhyUsed`). */
  collects?: boolean;
  /** A section on cookies ("Cookies"): what it lists without a verb is cookies only. */
  cookies?: boolean;
  /** A plain-text group label under a collecting heading (see `groupLabelLevel`). */
  groupLabel?: boolean;
}

/**
 * Read a privacy policy (EN/FR; plain text, Markdown or HTML) and list the data categories it
 * declares, those it says it does not collect (or calls non-personal), and its disclosures of
 * personal data in general. Deterministic and offline.
 */
export function extractPolicy(text: string, options: ExtractPolicyOptions = {}): PolicyExtraction {
  const segments = withTermsOverValues(segmentBlocks(toBlocks(text, options.format ?? 'text')));
  const collector = new ExtractionCollector(namesMembershipCard(text));
  // Groups the policy details further on under a label of their own (see `groupLabelled`).
  for (const segment of segments)
    if (segment.kind !== 'heading')
      for (const group of groupLabelled(segment.text, detectLanguage(segment.text)))
        if (!collector.detailed.has(group)) collector.detailed.set(group, segment.line);
  const sections: Section[] = [];
  const loyaltyBlocks = new Set(
    segments.filter((segment) => namesLoyaltyCard(segment.text)).map((segment) => segment.block),
  );
  let leadIn: Polarity = 'none';
  // Columns of the current table that say why or on what basis, not what: "Activity", "Purpose".
  let purposeColumns = new Set<number>();
  // The current table's first column names each row's type of data (see `typedRow`).
  let typeColumn = false;
  let cookieTable = false;
  let previous: { block: number; polarity: Polarity } | undefined;
  // An FAQ question waiting for the first words of its answer ("Yes.", "No.").
  let question: { segment: PolicySegment; polarity: Polarity } | undefined;
  // A collecting heading that names data ("Identity and contact details"), until its first text.
  let dataHeading = false;
  // A verb-less heading inside a collecting section ("### Contact info" under "Data we collect"),
  // or a run-in label ("**If you travel with a vehicle.**"), until the text it labels.
  let labelled = false;
  // A table with a data column under a mixed neutral heading (see `namesDataColumn`).
  let dataTable = false;
  // The block of a run-in label that states collection ("**What we ask for.** Full name, …").
  let collectingLabel: { block: number; polarity: Polarity } | undefined;
  // The block of a notice on the data "collected via this form" (see `namesFormChannel`).
  let formNotice: number | undefined;
  // The fields of a printed form ("Phone * : ____") not yet claimed by a notice below them.
  let formFields: PolicySegment[] = [];
  for (const [index, original] of segments.entries()) {
    let segment = original;
    if (segment.term) {
      // A <dt> ends the previous term's section; "Data collected" or "Lawful basis" heads its
      // <dd> like a heading, while a <dt> naming data ("Email address") is read as an item.
      while ((sections[sections.length - 1]?.level ?? 0) >= TERM_LEVEL) sections.pop();
      if (isTermHeading(segment.text)) segment = { ...segment, kind: 'heading', level: TERM_LEVEL };
    }
    if (segment.kind === 'heading') {
      const opened = openSection(sections, segment);
      formNotice = undefined;
      // "2. THE INFORMATION WE HOLD ABOUT YOU", « Quelles données personnelles collectez-vous ? »:
      // a heading that states the collection of personal data in general discloses it.
      if (opened.collects === true && !opened.neutral)
        readSegment(segment, 'collect', collector, {
          forced: true,
          asked: segment.question === true,
          genericOnly: true,
        });
      question = segment.question ? { segment, polarity: opened.polarity } : undefined;
      dataHeading =
        !segment.question &&
        opened.polarity === 'collect' &&
        namesCategory(normalizeForMatch(segment.text), detectLanguage(segment.text));
      dataTable = false;
      labelled =
        !segment.question &&
        opened.polarity === 'collect' &&
        !opened.neutral &&
        isShortLabel(segment.text);
      leadIn = 'none';
      purposeColumns = new Set();
      typeColumn = false;
      cookieTable = false;
      previous = undefined;
      continue;
    }
    const current = sections[sections.length - 1];
    if (segment.kind !== 'item' && (segment.block !== formNotice || segment.leadIn))
      formNotice = undefined;
    // "Purposes and legal bases" over "Purpose | Data used | Legal basis": the data column lists
    // what is processed, though the section is not read otherwise.
    if (current?.mixed && segment.header) dataTable = namesDataColumn(segment);
    const tableRow = dataTable && (segment.header === true || segment.cells !== undefined);
    if (current?.neutral && !(current.mixed && tableRow)) {
      if (current.mixed)
        readSegment(segment, statementPolarity(segment.text), collector, { genericOnly: true });
      continue;
    }
    // The first words under an FAQ question answer it: "Your name, e-mail and a password."
    // "### Account" then "Customer ID, password (hashed), date of birth.": a verb-less sentence
    // that opens with data lists what the label above it names.
    // "2.5. **Photos and videos.** …": a numbered clause opening with data (not a group, whose
    // members follow) labels it as well.
    const numbered =
      segment.kind === 'sentence' &&
      previous?.block !== segment.block &&
      CLAUSE_NUMBER.test(segment.text);
    const listsData = labelled ? opensWithData(segment) : numbered && opensWithData(segment, true);
    const answering =
      question !== undefined || (dataHeading && opensWithNounPhrase(segment)) || listsData;
    dataHeading = false;
    labelled = false;
    if (question && current) {
      answerQuestion(question, segment, current, collector);
      question = undefined;
    }
    const section = current?.polarity ?? 'none';
    if (segment.kind !== 'item') {
      leadIn = 'none';
      purposeColumns = new Set();
      typeColumn = false;
      cookieTable = false;
    }
    // "**Legal basis:** performance of the contract…", « **Durée de conservation :** … »: a
    // paragraph under a neutral run-in label is that topic's, like a section under its heading.
    if (opensWithNeutralLabel(segment.text)) {
      previous = undefined;
      continue;
    }
    if (segment.kind === 'sentence' && declaresNothing(segment.text)) {
      previous = undefined;
      continue;
    }
    if (segment.header) {
      // A table's header row names its columns: "What we collect | Why" heads rows of data.
      purposeColumns = columnsNamed(segment, PURPOSE_HEADS);
      typeColumn = TYPE_HEADS.has(normalizeForMatch(cellTexts(segment)[0] ?? ''));
      cookieTable = COOKIE_HEADS.has(normalizeForMatch(cellTexts(segment)[0] ?? ''));
      leadIn = headerPolarity(withoutColumns(segment, purposeColumns).text, section);
      continue;
    }
    // "Cookie | What it's for | How long" then "cl_session | Keeps your basket…": each row of a
    // cookie table is a cookie the site sets, though its name is no word of the lexicon.
    if (cookieTable && segment.cells && section !== 'negate' && leadIn !== 'negate')
      collector.add(COOKIE(), 'collect', { text: trimEvidence(segment.text), line: segment.line });
    if (typeColumn && segment.cells) segment = typedRow(segment, purposeColumns);
    else if (purposeColumns.size > 0) segment = withoutColumns(segment, purposeColumns);
    let own = segment.kind === 'sentence' ? statementPolarity(segment.text) : 'none';
    // "We keep clinical records. These include:" points back at the sentence before it.
    const anaphoric =
      own === 'none' &&
      segment.kind === 'sentence' &&
      previous?.block === segment.block &&
      previous.polarity !== 'none' &&
      isAnaphoricInclusion(normalizeForMatch(segment.text).split(' '));
    if (anaphoric && previous) own = previous.polarity;
    const runIn = own === 'none' && section === 'collect' && isRunInLabel(segment, previous?.block);
    // "**What we ask for.** Full name, e-mail address…", « **Ce que nous demandons.** Nom… »: a
    // run-in label that states collection (or its absence) heads the verb-less list after it, in
    // any section.
    const labelledList =
      collectingLabel?.block === segment.block && opensWithData(segment)
        ? collectingLabel.polarity
        : undefined;
    collectingLabel =
      own !== 'none' && isCollectingLabel(segment, previous?.block)
        ? { block: segment.block, polarity: own }
        : undefined;
    // "The data collected via this form are processed by…" then a list of fields without a
    // lead-in colon ("Required fields: …"): the form's fields, collected.
    const formField =
      segment.kind === 'item' &&
      formNotice !== undefined &&
      section === 'none' &&
      leadIn === 'none';
    const inherited: Polarity = labelledList
      ? labelledList
      : formField
        ? 'collect'
        : segment.kind === 'item'
          ? leadIn !== 'none'
            ? leadIn
            : section
          : anaphoric
            ? own
            : (segment.text.includes(':') && !deniesOtherActBeforeColon(segment.text)) ||
                runIn ||
                (listsData && section === 'collect') ||
                (answering && own === 'none' && section === 'collect')
              ? section
              : 'none';
    // "The operator fills in a record: date, age band and gender. These records are not personal
    // data.": what the next sentence calls non-personal is denied, as "non-personal information
    // such as…" is.
    const next = segments[index + 1];
    const nonPersonal =
      segment.kind === 'sentence' &&
      next?.kind === 'sentence' &&
      next.block === segment.block &&
      callsPreviousNonPersonal(next.text, segment.text);
    // "…records the pages viewed; this is anonymous, non-personal information": the clause
    // before the semicolon is read apart, as denied.
    const clauses = segment.text.split(';');
    const pronounAt = clauses.findIndex((part, k) => k > 0 && callsClauseBeforeNonPersonal(part));
    const namedBefore = clauses[pronounAt - 1];
    if (pronounAt > 0 && namedBefore !== undefined) {
      readSegment({ ...segment, text: namedBefore }, 'negate', collector, { forced: true });
      segment = { ...segment, text: segment.text.replace(namedBefore, ' ') };
    }
    // The same within one item (a numbered FAQ answer in plain text): the listing sentence is
    // read apart, as denied.
    if (segment.kind === 'item') {
      const parts = splitSentences(segment.text).map(({ start, end }) =>
        segment.text.slice(start, end),
      );
      const at = parts.findIndex(
        (part, k) => k > 0 && callsPreviousNonPersonal(part, parts[k - 1] as string),
      );
      const listed = parts[at - 1];
      if (at > 0 && listed !== undefined) {
        readSegment({ ...segment, text: listed }, 'negate', collector, { forced: true });
        segment = { ...segment, text: segment.text.replace(listed, ' ') };
      }
    }
    // "We check your photo ID but do not copy it": the document shown only is denied.
    for (const { sentence, documents } of identityShownOnly(segment, next)) {
      for (const entry of documents)
        collector.add(entry, 'negate', { text: trimEvidence(sentence), line: segment.line });
      segment = { ...segment, text: segment.text.replace(sentence, ' ') };
    }
    if (isFormFields(segment.text)) formFields.push(segment);
    // "Name * : ____ / Phone * : ____" then « Les informations recueillies sur ce formulaire sont
    // enregistrées… »: the notice collects the fields of the form it names, not data in general.
    // A collecting notice right below an HTML form (« …traite vos données pour répondre à
    // votre demande ») needs not name it: its `<input>` fields are a form for sure.
    const reachesForm =
      segment.kind === 'sentence' &&
      own === 'collect' &&
      formFields.length > 0 &&
      (namesThisForm(segment.text) ||
        formFields.some((f) => f.block + 1 === segment.block && isHtmlFormFields(f.text)));
    if (reachesForm) {
      for (const fields of formFields)
        readSegment({ ...fields, text: formFieldLabels(fields.text) }, 'collect', collector, {
          forced: true,
        });
      formFields = [];
    }
    readSegment(segment, nonPersonal ? 'negate' : inherited, collector, {
      forced: nonPersonal,
      noGeneric: reachesForm && namesThisForm(segment.text),
      grouped: groupsElaborated(segments, index),
      // A purpose's data column recaps data listed elsewhere: its groups refer back to them.
      specificOnly: current?.neutral === true,
      // "age_ok – a session cookie so the age banner does not reappear": a cookie's purpose.
      cookiesOnly: current?.cookies === true && statementPolarity(segment.text) === 'none',
      loyaltyCard: loyaltyBlocks.has(segment.block),
    });
    if (segment.kind === 'sentence' && own === 'collect' && namesFormChannel(segment.text))
      formNotice = segment.block;
    if (segment.kind === 'sentence') {
      labelled =
        section === 'collect' &&
        own === 'none' &&
        previous?.block !== segment.block &&
        segment.text.trim().endsWith('.') &&
        isShortLabel(segment.text);
      previous = { block: segment.block, polarity: own };
    }
    if (segment.leadIn || (own !== 'none' && introducesList(segment.text))) leadIn = own;
  }
  const language = documentLanguage(
    segments.filter((segment) => segment.kind !== 'heading').map((segment) => segment.text),
  );
  return collector.result(language);
}

const GOVERNMENT_ID = 'user.government_id';

/**
 * The sentences of a segment that name an identity document only shown (see
 * `showsIdentityOnly`), each with the lexicon entries of the documents it names.
 */
function identityShownOnly(
  segment: PolicySegment,
  next: PolicySegment | undefined,
): { sentence: string; documents: LexiconEntry[] }[] {
  const sentences = splitSentences(segment.text).map(({ start, end }) =>
    segment.text.slice(start, end),
  );
  const following =
    next?.kind === 'sentence' && next.block === segment.block ? next.text : undefined;
  return sentences.flatMap((sentence, k) => {
    const documents = matchLexicon(normalizeForMatch(sentence), detectLanguage(sentence))
      .map(({ entry }) => entry)
      .filter((entry) => entry.categories.some((category) => category.startsWith(GOVERNMENT_ID)));
    return documents.length > 0 && showsIdentityOnly(sentence, sentences[k + 1] ?? following)
      ? [{ sentence, documents }]
      : [];
  });
}

/**
 * Enter the section a heading opens. A heading without a verb of its own ("Online orders"
 * under "The data we process, purpose by purpose") keeps its parent's polarity; a heading
 * without a depth (plain text) starts from the top, unless it is a group label (see
 * `groupLabelLevel`).
 */
function openSection(sections: Section[], heading: PolicySegment): Section {
  const words = normalizeForMatch(heading.text).split(' ');
  let own = statementPolarity(heading.text, heading.question === true);
  const level = heading.level ?? groupLabelLevel(sections, heading, words, own) ?? 1;
  let sibling: Section | undefined;
  while ((sections[sections.length - 1]?.level ?? 0) >= level) sibling = sections.pop();
  const parent = sections[sections.length - 1];
  if (own === 'none' && namesDataKinds(words)) own = 'collect';
  // "Cookies", « Cookies et traceurs »: a section describing the site's cookies lists them, in
  // verb-less items too ("Essential — a session cookie for the booking form").
  const cookies = own === 'none' && isCookieTopic(words);
  if (cookies) own = 'collect';
  // "What do you collect when I sign up?" then "And when I buy or sell?", « Et pour un
  // anniversaire ? »: a follow-up question without a verb asks the same as the one before.
  if (
    own === 'none' &&
    heading.question === true &&
    (words[0] === 'and' || words[0] === 'et') &&
    sibling?.level === level &&
    sibling.collects === true &&
    sibling.polarity === 'collect'
  )
    own = 'collect';
  // "What we process, why, and our lawful basis": a heading that states collection is read,
  // though it also announces a neutral topic.
  const neutral = isNeutralTopic(words) && !(own === 'collect' && isMixedNeutralTopic(words));
  const section: Section = neutral
    ? { level, polarity: 'none', neutral: true, mixed: isMixedNeutralTopic(words) }
    : heading.level === undefined && level > 1 && own === 'none'
      ? { ...(parent as Section), level, groupLabel: true }
      : own !== 'none'
        ? // "Why do we use your data?" heads purposes: their items collect by their own verbs.
          {
            level,
            polarity: asksWhyUsed(words) ? 'none' : own,
            neutral: false,
            collects: own === 'collect',
            ...(cookies ? { cookies } : {}),
          }
        : {
            level,
            polarity: parent?.polarity ?? 'none',
            neutral: parent?.neutral ?? false,
            mixed: parent?.mixed,
            collects: parent?.polarity === 'collect',
            ...(parent?.cookies ? { cookies: true } : {}),
          };
  sections.push(section);
  return section;
}

/** Words at most in a plain-text group label ("Coordonnées", "Contact details"). */
const MAX_GROUP_LABEL_WORDS = 3;

/**
 * "What the app collects" underlined, then "Contact details" / « Coordonnées » on a line of its
 * own above its items: in plain text, a short verb-less label under an underlined (or capitals)
 * heading that collects or denies heads a sub-section of it, as an app-store summary groups its
 * data, instead of starting from the top. Its siblings share its depth.
 */
function groupLabelLevel(
  sections: readonly Section[],
  heading: PolicySegment,
  words: readonly string[],
  own: Polarity,
): number | undefined {
  const top = sections[sections.length - 1];
  if (!top || heading.question || own !== 'none' || top.neutral || top.cookies) return undefined;
  if (top.polarity === 'none' || words.length > MAX_GROUP_LABEL_WORDS) return undefined;
  if (isNeutralTopic(words) || isCookieTopic(words) || namesDataKinds(words)) return undefined;
  return top.groupLabel ? top.level : top.level + 1;
}

/**
 * "Do you collect my child's data?" then "Yes, …": the answer makes the question a statement,
 * read from the organisation's side. "No." turns the section into a negation.
 */
function answerQuestion(
  question: { segment: PolicySegment; polarity: Polarity },
  answer: PolicySegment,
  section: Section,
  collector: ExtractionCollector,
): void {
  if (answer.kind !== 'sentence') return;
  const normalized = normalizeForMatch(answer.text);
  const namesData =
    question.polarity === 'none' &&
    namesCategory(normalizeForMatch(question.segment.text), detectLanguage(question.segment.text));
  const reply = answerOf(normalized.split(' '));
  if (!reply) {
    // "And my password?" then "It is stored only as a hash": the answer's pronoun is the data.
    const said = statementPolarity(answer.text);
    if (namesData && PRONOUNS.has(normalized.split(' ')[0] as string) && said !== 'none') {
      section.polarity = said;
      readSegment(question.segment, said, collector, { forced: true, asked: true });
    }
    return;
  }
  // "Cookies on our site?" then "Only two: …": a question without a verb that names data asks
  // whether it is collected, which only a yes answers.
  const verbless = namesData && reply !== 'no';
  if (question.polarity !== 'collect' && !verbless) return;
  const polarity = reply === 'no' ? 'negate' : 'collect';
  section.polarity = polarity;
  // "Only an approximate location": a restricted yes that names its data narrows the question's
  // ("my location"), so only the answer is read; "Only the essential ones" names none. So does a
  // yes that names data of its own where the question names some too ("Do you use my location?
  // Only if you allow it: the app uses your approximate position").
  const language = detectLanguage(answer.text);
  if (reply === 'only' && namesCategory(normalized, language)) return;
  if (
    reply === 'yes' &&
    namesCategory(normalizeForMatch(question.segment.text), language) &&
    namesCategory(normalized, language)
  )
    return;
  readSegment(question.segment, polarity, collector, { forced: true, asked: true });
}

const PRONOUNS = new Set(['it', 'they', 'il', 'elle', 'ils', 'elles']);

const NOUN_PHRASE_STARTS = new Set([
  'your',
  'the',
  'a',
  'an',
  'votre',
  'vos',
  'le',
  'la',
  'les',
  'l',
  'un',
  'une',
  'des',
]);

/**
 * "Identity and contact details" then "Your full name, date of birth, billing address…": the
 * first sentence under a collecting heading that names data, when it opens with a noun phrase
 * and has no collection verb, lists that data like an answer to a question.
 */
function opensWithNounPhrase(segment: PolicySegment): boolean {
  return (
    segment.kind === 'sentence' &&
    NOUN_PHRASE_STARTS.has(normalizeForMatch(segment.text).split(' ')[0] as string)
  );
}

function namesCategory(normalized: string, language: 'en' | 'fr' | undefined): boolean {
  const firstClause = normalized.split(/\b(?:because|parce que|pour|to|so that|afin)\b/)[0] ?? '';
  // A person ("my child") is who data is about, not data asked about.
  return matchLexicon(firstClause, language).some(({ entry }) =>
    entry.categories.some((category) => category !== 'user.children'),
  );
}

/** Depth of a `<dt>` acting as a heading: below every heading, FAQ questions included. */
const TERM_LEVEL = MINOR_HEADING + 1;

/**
 * A `<dt>` that states a practice or a neutral topic ("Data collected", « Données recueillies
 * », "Lawful basis") without naming data of its own heads its `<dd>`.
 */
/**
 * `<dt>Contact info</dt><dd>Name, phone number</dd>`, as app-store summaries have it: a short
 * `<dt>` naming data over a `<dd>` that names data is the label of its values, read as one row
 * "Contact info: Name, phone number" (a group named with its members, a type heading its values).
 */
function withTermsOverValues(segments: readonly PolicySegment[]): PolicySegment[] {
  const merged: PolicySegment[] = [];
  for (let index = 0; index < segments.length; index++) {
    const term = segments[index] as PolicySegment;
    const values = segments[index + 1];
    if (
      term.term === true &&
      values?.kind === 'item' &&
      values.term !== true &&
      !isTermHeading(term.text) &&
      isShortLabel(term.text) &&
      !/[:?.]\s*$/.test(term.text) &&
      (namesCategory(normalizeForMatch(values.text), detectLanguage(values.text)) ||
        STORE_DATA_TYPES.has(normalizeForMatch(term.text))) &&
      detailsItsGroups(term.text, values.text)
    ) {
      merged.push({ ...values, text: `${term.text}: ${values.text}`, line: term.line });
      index++;
      continue;
    }
    merged.push(term);
  }
  return merged;
}

/**
 * A group `<dt>` heads its `<dd>` only when the values name members of its own in the taxonomy:
 * "Account data" over "the e-mail you sign in with and your password" names the account alone.
 */
function detailsItsGroups(term: string, values: string): boolean {
  const language = detectLanguage(`${term} ${values}`);
  const named = matchLexicon(normalizeForMatch(values), language).flatMap(
    ({ entry }) => entry.categories,
  );
  return matchLexicon(normalizeForMatch(term), language)
    .filter(({ entry }) => entry.level === 'parent')
    .every(({ entry }) =>
      entry.categories.some((group) => named.some((category) => category.startsWith(`${group}.`))),
    );
}

function isTermHeading(text: string): boolean {
  const normalized = normalizeForMatch(text);
  const language = detectLanguage(text);
  if (matchLexicon(normalized, language).some(({ entry }) => entry.categories.length > 0))
    return false;
  const words = normalized.split(' ');
  if (isNeutralTopic(words)) return true;
  // "Clinical record" is a term, not a statement: the verb must be about data.
  return words.some((word) => LABEL_WORDS.has(word)) && statementPolarity(text) !== 'none';
}

/** Words at most in a label heading or run-in label without a verb ("Sailings to Norway."). */
const MAX_LABEL_WORDS = 6;

function isShortLabel(text: string): boolean {
  // Its clause number ("3.1. Quote requests.") is no word of it.
  const words = normalizeForMatch(text)
    .split(' ')
    .filter((word) => word && !/^\d+$/.test(word));
  return words.length > 0 && words.length <= MAX_LABEL_WORDS && statementPolarity(text) === 'none';
}

/** A clause number opening a paragraph: "2.5. ", "3.1 ". */
const CLAUSE_NUMBER = /^\s*\d{1,3}(?:\.\d{1,3})*\.?\s+/;

/** Determiners and possessives before the data a verb-less list opens with. */
const DATA_LIST_STARTS = new Set([...NOUN_PHRASE_STARTS, 'their', 'our', 'leur', 'leurs']);

/**
 * "Vehicle registration number, make, length and height.", « Prénom et nom, adresse e-mail… »:
 * a sentence whose first words are a data term (after a determiner) and that states nothing
 * of its own.
 */
function opensWithData(segment: PolicySegment, specific = false): boolean {
  if (segment.kind !== 'sentence') return false;
  if (statementPolarity(splitClauses(segment.text)[0] ?? '') !== 'none') return false;
  const normalized = normalizeForMatch(segment.text.replace(CLAUSE_NUMBER, ''));
  const words = normalized.split(' ');
  const skip = DATA_LIST_STARTS.has(words[0] as string) ? (words[0] as string).length + 1 : 0;
  return matchLexicon(normalized, detectLanguage(segment.text)).some(
    ({ entry, start }) =>
      start === skip && entry.categories.length > 0 && (!specific || entry.level !== 'parent'),
  );
}

/**
 * « Base légale : exécution du contrat », "Retention: 3 years", « Destinataires : … »: a run-in
 * label of a neutral topic or of recipients heads its own paragraph.
 */
function opensWithNeutralLabel(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon < 0) return false;
  const words = normalizeForMatch(text.slice(0, colon)).split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 4) return false;
  return isNeutralTopic(words) || RECIPIENT_LABELS.has(words.join(' '));
}

const RECIPIENT_LABELS = new Set([
  'recipients',
  'recipient',
  'destinataires',
  'destinataire',
  'destinataires des donnees',
  'who receives it',
  'shared with',
]);

/** Words at most in a run-in label ("2.2 **Payment data.** Payments are processed…"). */
const MAX_RUN_IN_WORDS = 6;

/**
 * "2.4 **Device and technical data.** When the App is used, …": a short sentence opening a
 * paragraph of a collecting section labels the data the paragraph describes.
 */
function isRunInLabel(segment: PolicySegment, previousBlock: number | undefined): boolean {
  if (segment.kind !== 'sentence' || previousBlock === segment.block) return false;
  if (!segment.text.trim().endsWith('.')) return false;
  const words = normalizeForMatch(segment.text).split(' ');
  return words.length <= MAX_RUN_IN_WORDS && words.some((word) => LABEL_WORDS.has(word));
}

/** "What we ask for.", « Ce que nous collectons. »: a short label opening a paragraph, naming no data. */
function isCollectingLabel(segment: PolicySegment, previousBlock: number | undefined): boolean {
  if (segment.kind !== 'sentence' || previousBlock === segment.block) return false;
  if (!segment.text.trim().endsWith('.')) return false;
  const normalized = normalizeForMatch(segment.text);
  return (
    normalized.split(' ').length <= MAX_RUN_IN_WORDS &&
    !matchLexicon(normalized, detectLanguage(segment.text)).some(
      ({ entry }) => entry.categories.length > 0,
    )
  );
}

/** Words that make a short phrase a label of data ("Payment data.", « Données de compte. »). */
const LABEL_WORDS = new Set(['data', 'information', 'details', 'donnees', 'informations']);

/** Questions and definitions in running text state no practice. */
function declaresNothing(text: string): boolean {
  const words = normalizeForMatch(text).split(' ');
  return (
    isQuestion(text) ||
    isDefinition(words) ||
    impersonates(words) ||
    (AUDIENCE.test(text) && statementPolarity(text) === 'none')
  );
}

/**
 * "The site is not aimed at children.", « Le service ne s'adresse pas aux mineurs. »: whom a
 * service is for names no data, even as the first words under a collecting question.
 */
const AUDIENCE =
  /\b(?:(?:is|are)\s+(?:not\s+|only\s+)?(?:aimed|intended|directed|meant|designed)\s+(?:for|at)|(?:n['’]est\s+pas|est|sont)\s+(?:destinée?s?|conçue?s?|prévue?s?|réservée?s?)\s+(?:aux|à\s+des|pour\s+les)|s['’]adresse\s+(?:pas\s+|uniquement\s+)?aux)\s/i;

/** Data-naming words that head a table's first data column ("Data", « Données », "Item"). */
const DATA_COLUMN_HEADS = new Set([
  'data',
  'information',
  'item',
  'items',
  'category',
  'categories',
  'donnees',
  'donnee',
  'informations',
  'categorie',
]);

/**
 * Table headers of columns that name the activity or legal basis a row's data serves, or its
 * recipients, source, data subjects or retention
 * ("Activity | Information about you | Lawful basis"): their cells are noun phrases ("Pet
 * Health Plan") that `withoutPurposes` cannot tell from data. A "Why" column's cells start
 * with "To …" and are read as purposes already (a derivation in them still counts).
 */
const PURPOSE_HEADS: readonly string[][] = [
  ['activity'],
  ['activities'],
  ['activite'],
  ['activites'],
  ['purpose'],
  ['purposes'],
  ['lawful', 'basis'],
  ['legal', 'basis'],
  ['traitement'],
  ['traitements'],
  ['finalite'],
  ['finalites'],
  ['base', 'legale'],
  ['fondement'],
  // Who receives the data, where it comes from, whom it is about and how long it is kept name
  // people, organisations and periods ("occupational health service", « Copropriétaires »).
  ['recipients'],
  ['recipient'],
  ['shared', 'with'],
  ['source'],
  ['sources'],
  ['data', 'subjects'],
  ['kept', 'for'],
  ['retention'],
  ['retention', 'period'],
  ['destinataires'],
  ['destinataire'],
  ['origine'],
  ['personnes', 'concernees'],
  ['conservation'],
  ['duree', 'de', 'conservation'],
];

function cellTexts(segment: PolicySegment): string[] {
  const starts = segment.cells ?? [0];
  return starts.map((start, i) =>
    segment.text.slice(start, starts[i + 1] ?? segment.text.length).replace(/,\s*$/, ''),
  );
}

/** Indexes of a header row's cells that are exactly one of `heads` ("Why", « Finalité »). */
function columnsNamed(segment: PolicySegment, heads: readonly string[][]): Set<number> {
  const columns = new Set<number>();
  const cells = cellTexts(segment);
  // A table of one column still names data; one whose every column is a purpose or a basis
  // ("Purpose | Legal basis": "Taxes, invoices, age ratings | Legal obligation") names none.
  if (cells.length < 2) return columns;
  cells.forEach((cell, index) => {
    // "Purpose and legal basis", « Finalité et base légale »: heads joined are a head too.
    const parts = normalizeForMatch(cell)
      .split(/\s+(?:and|et)\s+/)
      .map((part) => part.split(' '));
    const isHead = (words: string[]) =>
      heads.some((head) => head.length === words.length && head.every((w, k) => words[k] === w));
    if (parts.every(isHead)) columns.add(index);
  });
  return columns;
}

/**
 * A lexicon entry named by one of its terms, looked up on first use: the lexicon's variants are
 * built lazily, so that loading this module (the CLI loads it for every scan) costs nothing.
 */
function knownEntry(term: string): () => LexiconEntry {
  let entry: LexiconEntry | undefined;
  return () => (entry ??= lexiconEntryFor(term) as LexiconEntry);
}

/** First header cells of a table listing cookies by name (« Nom du cookie | Finalité »). */
const COOKIE_HEADS = new Set([
  'cookie',
  'cookies',
  'cookie name',
  'name of cookie',
  'name of the cookie',
  'nom du cookie',
  'nom des cookies',
  'traceur',
]);
const COOKIE = knownEntry('cookie');

/** First header cells that name the kind of data of each row ("Type | Data | Use"). */
const TYPE_HEADS = new Set([
  'type',
  'types',
  'category',
  'categorie',
  'data type',
  'type de donnees',
]);

/**
 * « Coordonnées | Nom et prénom, adresse e-mail » under "Type | Données": the row's type is its
 * label, read like a label before a colon (see `withoutRowLabel`), so a group word is not
 * declared beside its members.
 */
function typedRow(segment: PolicySegment, columns: ReadonlySet<number>): PolicySegment {
  const cells = cellTexts(segment).filter((_, index) => !columns.has(index));
  if (cells.length < 2) return withoutColumns(segment, columns);
  const [label, ...rest] = cells;
  return { ...segment, text: `${label as string}: ${rest.join(', ')}`, cells: undefined };
}

function withoutColumns(segment: PolicySegment, columns: ReadonlySet<number>): PolicySegment {
  if (!segment.cells) return segment;
  const kept = cellTexts(segment).filter((_, index) => !columns.has(index));
  return { ...segment, text: kept.join(', ') };
}

/** A header row with a column of data beside others ("Purpose | Data used | Legal basis"). */
function namesDataColumn(header: PolicySegment): boolean {
  const cells = cellTexts(header);
  return (
    cells.length >= 2 &&
    cells.some((cell) => {
      const words = normalizeForMatch(cell).split(' ');
      return words.length <= 3 && words.some((word) => DATA_COLUMN_HEADS.has(word));
    })
  );
}

function headerPolarity(text: string, section: Polarity): Polarity {
  const own = statementPolarity(text);
  if (own !== 'none') return own;
  const first = normalizeForMatch(text.split(',')[0] ?? '').split(' ');
  if (!first.some((word) => DATA_COLUMN_HEADS.has(word))) return 'none';
  return section === 'negate' ? 'negate' : 'collect';
}

/**
 * "(please do not mention it in your messages)", « (merci de ne pas en indiquer dans vos
 * messages) »: an aside asking something of the reader names no data the organisation keeps.
 */
function withoutAsides(text: string): string {
  return text.replace(/\((?:please|merci|veuillez|thank you)\b[^()]*\)/gi, ' ');
}

/**
 * "if you turn on \"Location alerts\" in the app", « cochez « Me localiser » »: the quoted name of
 * a setting or button the reader uses is a label on screen, not data.
 */
const CONTROL_NAME =
  /\b(turn on|turn off|switch on|switch off|tap|tap on|click|click on|select|enable|disable|press|activate|deactivate|activez|activer|d[ée]sactivez|cliquez sur|touchez|cochez|s[ée]lectionnez)\s+(?:the\s+|le bouton\s+|l['’]option\s+)?["“«][^"“”«»]{1,40}["”»]/gi;

function withoutControlNames(text: string): string {
  return text.replace(CONTROL_NAME, '$1');
}

/**
 * "saved searches (keywords, location, salary range)", « vos recherches (ville, dates) »: the
 * criteria of a search are what the reader looked for, not data about them.
 */
const SEARCH_CRITERIA =
  /\b(searches|search history|search queries|recherches|historique de recherches?)\s*\([^()]*\)/gi;

function withoutSearchCriteria(text: string): string {
  return text.replace(SEARCH_CRITERIA, '$1');
}

/**
 * « des cookies strictement nécessaires (session, panier, choix de langue) », "essential cookies
 * (sign-in, basket)": what cookies remember for the site is their use, not data of the reader's.
 */
const COOKIE_USES = /\b(cookies?|traceurs?)((?:\s+[\p{L}'’-]+){0,3})\s*\([^()]*\)/giu;

function withoutCookieUses(text: string): string {
  return text.replace(COOKIE_USES, '$1$2');
}

/** Whether a sentence or heading states collection, its absence, or neither. */
function statementPolarity(text: string, asked = false): Polarity {
  const language = detectLanguage(text);
  let polarity: Polarity = 'none';
  for (const clause of splitClauses(removeAddressesAndUrls(text))) {
    if (isAside(clause)) continue;
    const words = wordsOf(clause, language, asked);
    polarity = clausePolarity(words, language, polarity);
    if (polarity === 'collect' && isAboutThirdParties(words, clause)) polarity = 'none';
  }
  return polarity;
}

/** Normalized words of a clause; a reader's question is restated from the organisation's side. */
function wordsOf(clause: string, language: 'en' | 'fr' | undefined, asked: boolean): string[] {
  const words = normalizeForMatch(clause).split(' ');
  return asked ? fromAnswerersView(words, language) : words;
}

/**
 * "The table below lists the data we collect.", « les données suivantes »: a sentence that
 * announces the list or table after it without ending in a colon.
 */
function introducesList(text: string): boolean {
  const words = normalizeForMatch(text).split(' ');
  return ['below', 'following', 'suivantes', 'suivants', 'dessous'].some((w) => words.includes(w));
}

const DISCLOSURE_VERBS = new Set([
  'sell',
  'sells',
  'sold',
  'rent',
  'rents',
  'trade',
  'trades',
  'disclose',
  'discloses',
  'vendons',
  'vend',
  'vendent',
  'louons',
  'cedons',
]);
const CLAUSE_SUBJECTS = new Set(['we', 'nous', 'it', 'they', 'il', 'elle', 'ils']);

/** "and we never sell…", « et nous ne vendons jamais… »: a subject of its own, then a sale. */
function namesDisclosureVerb(words: readonly string[]): boolean {
  const subject = words.findIndex((word) => CLAUSE_SUBJECTS.has(word));
  if (subject < 0 || subject > 1) return false;
  return words.slice(subject + 1, subject + 5).some((word) => DISCLOSURE_VERBS.has(word));
}

/**
 * "We never give clients your name", « nous ne donnons jamais votre nom aux sondeurs »: what the
 * organisation denies giving away is a disclosure it denies, not a denial of collection ("you
 * give us" collects).
 */
const GIVING_AWAY = new Set(['give', 'gives', 'hand', 'hands', 'donnons', 'remettons']);

function deniesGivingAway(words: readonly string[], language: 'en' | 'fr' | undefined): boolean {
  const subject = words.findIndex((word) => word === 'we' || word === 'nous');
  if (subject < 0 || subject > 1) return false;
  const verb = words.findIndex((word, index) => index > subject && GIVING_AWAY.has(word));
  if (verb > subject && verb <= subject + 5 && words[verb + 1] !== 'us') return true;
  // "We never sell genetic data and never give it to insurers": a sale, then a gift to others
  // sharing its subject; every collection verb of the clause gives away.
  const sale = words.findIndex((word, index) => index > subject && DISCLOSURE_VERBS.has(word));
  if (sale < 0 || sale > subject + 5) return false;
  const verbs = collectionVerbIndexes(words, language);
  return (
    verbs.length > 0 &&
    verbs.every(
      (index) =>
        index > sale && GIVING_AWAY.has(words[index] as string) && words[index + 1] !== 'us',
    )
  );
}

/** A clause with a collection verb sets the polarity; one without keeps the previous clause's. */
function clausePolarity(
  words: readonly string[],
  language: 'en' | 'fr' | undefined,
  previous: Polarity,
): Polarity {
  // "the location is used on your device only and is never sent to us"
  if (deniesReceipt(words) && usesOnly(words, language)) return 'negate';
  if (appNeverSends(words) || keptOnDeviceOnly(words)) return 'negate';
  if (isRequestToReader(words) || staysOnDevice(words) || limitsUse(words, language)) return 'none';
  // "We do not knowingly collect information from children, except the names … of child
  // travellers": what a denial excepts is collected.
  if (opensWithException(words) && collectionVerbIndexes(words, language).length === 0)
    return previous === 'negate' ? 'collect' : previous;
  // "Your name and billing details are kept for six years" states no collection of its own, but
  // an item of a collecting list ("- **Private messages** … are stored for 90 days") stays one.
  if (isRetentionStatement(words, language)) return previous;
  if (collectionVerbIndexes(words, language).length === 0) {
    if (deniesAccess(words)) return deniesOthersOnly(words) ? 'none' : 'negate';
    // "…, and we never sell genetic data": a clause with its own verb of disclosure says
    // nothing of collection, whatever the clause before it said.
    if (namesDisclosureVerb(words)) return 'none';
    if (statesSufficiency(words)) return 'collect';
    return namesFieldStatus(words) ? 'collect' : previous;
  }
  if (!isNegatedClause(words, language))
    return deniesAfterException(words, language) ? 'none' : 'collect';
  if (deniesOnlyWithoutConsent(words)) return 'none';
  return deniesOnlyOthers(words) || deniesOthersOnly(words) || deniesGivingAway(words, language)
    ? 'none'
    : 'negate';
}

/**
 * `forced`: the polarity is known from outside (an answer to a question), not from the
 * clauses' verbs; `asked`: the text is a reader's question, read from the organisation's side.
 */
interface ReadOptions {
  forced?: boolean;
  asked?: boolean;
  /** Only disclosures of personal data in general (see `Section.mixed`). */
  genericOnly?: boolean;
  /** Data in general is not read: it is the fields of a form read apart. */
  noGeneric?: boolean;
  /** Groups (`parent` entries) are not read. */
  specificOnly?: boolean;
  /** Only cookies are read (a verb-less line of a section on cookies). */
  cookiesOnly?: boolean;
  /** The paragraph names a loyalty card (see `namesLoyaltyCard`). */
  loyaltyCard?: boolean;
  /** Groups named with their members, not declared as groups (see `groupsElaborated`). */
  grouped?: ReadonlySet<string>;
}

function readSegment(
  segment: PolicySegment,
  inherited: Polarity,
  collector: ExtractionCollector,
  options: ReadOptions = {},
): void {
  const evidence: PolicyEvidence = { text: trimEvidence(segment.text), line: segment.line };
  const language = detectLanguage(segment.text);
  let polarity = inherited;
  const source = removeAddressesAndUrls(
    segment.kind === 'item' ? withoutRowLabel(segment.text, language) : segment.text,
  );
  // Innermost first: each step takes out words that name no data of the reader's.
  const text = [
    withSharedHeads,
    withoutAsides,
    withoutSearchCriteria,
    withoutControlNames,
    withoutCookieUses,
    withoutRecipients,
    withoutExclusions,
    withoutSubstitutes,
    withoutSubjectsOfDeniedTreatment,
    withoutDevicePlaces,
    withMinorsNamed,
    withPayingAccounts,
  ].reduce((current, step) => step(current), source);
  let outer: Polarity | undefined;
  // Negations wait for the whole segment: an exception after a denial takes its data out.
  const denied: LexiconEntry[] = [];
  const deniedAside: LexiconEntry[] = [];
  const collected = new Set<string>();
  const excepted = new Set<string>();
  // Data named so far in the segment, with the polarity it was read with (see `pointBack`).
  const earlier: { entry: LexiconEntry; polarity: Polarity }[] = [];
  // What the last payment provider's clause handles ("…, which keeps your card number"), for a
  // denial by pronoun after it ("we never store it").
  let providersData: LexiconEntry[] = [];
  for (const whole of splitClauses(text)) {
    const reasonless = withoutReasons(whole);
    const ownPart = withoutPaymentProvidersPart(reasonless);
    // Under "Data not collected", what a payment provider takes is denied all the more: its
    // verb ("entered on our payment provider's page") does not turn the denial into collection.
    const providers = polarity === 'negate' && ownPart !== reasonless;
    const clause = providers ? reasonless : ownPart;
    const words = wordsOf(clause, language, options.asked === true);
    if (ownPart !== reasonless) {
      const own = new Set(matchLexicon(normalizeForMatch(ownPart), language).map((m) => m.entry));
      providersData = matchLexicon(normalizeForMatch(reasonless), language)
        .map((match) => match.entry)
        .filter(
          (entry) => !own.has(entry) && entry.kind !== 'generic' && entry.negatable !== false,
        );
    } else if (providersData.length > 0 && deniesByPronoun(words)) {
      denied.push(...providersData);
      providersData = [];
    }
    // A negated aside's polarity holds for its own words only (asides come last).
    if (isAside(whole)) {
      outer ??= polarity;
      polarity = outer;
    }
    const before = polarity;
    if (!options.forced && !providers) polarity = clausePolarity(words, language, polarity);
    if (
      segment.kind === 'item' &&
      before === 'negate' &&
      polarity === 'collect' &&
      onlyParticiples(words, language)
    )
      polarity = 'negate';
    const exception = before === 'negate' && polarity === 'collect' && opensWithException(words);
    // « les informations sur l'animal assuré : nom, race… » name an animal's data, and in
    // « (nom et prénom, téléphone, nom et race de votre chien) » only the last items do.
    const items = splitEnumeration(clause);
    const animals =
      polarity === 'collect' && isAnAnimalLabel(clause)
        ? new Set(items.keys())
        : polarity === 'collect' && isAboutAnAnimal(words)
          ? animalItems(items)
          : new Set<number>();
    if (animals.size === items.length && animals.size > 0) continue;
    const thirdParties = isAboutThirdParties(words, clause);
    const receivedByOthers = othersReceive(words);
    let nonPersonal = false;
    const found: { entry: LexiconEntry; polarity: 'collect' | 'negate' }[] = [];
    // "…never receives your card number, only a confirmation and the amount paid": what a denial
    // says is received instead is not denied (nor read: precision first).
    let onlyAfterDenial = false;
    let inPurpose = false;
    let verbSeen = false;
    for (const [at, item] of items.entries()) {
      if (animals.has(at)) continue;
      const normalized = normalizeForMatch(item);
      // A purpose of a collecting verb goes on across its own series of infinitives (see
      // `continuesPurpose`); "If you'd like to be tagged, send me a link…" has no such verb.
      if (inPurpose && continuesPurpose(normalized, language)) continue;
      verbSeen ||= normalized.split(' ').some((word) => isCollectionVerb(word, language));
      inPurpose = verbSeen && endsInPurpose(normalized, language);
      if (polarity === 'negate' && at > 0 && /^(?:only|seulement|uniquement)\b/.test(normalized))
        onlyAfterDenial = true;
      if (onlyAfterDenial) continue;
      if (!normalized || namesWhatNeedNotBe(normalized)) continue;
      const entries: LexiconEntry[] = [];
      const people: LexiconEntry[] = [];
      for (const piece of withoutPurposes(normalized, language)) {
        const matches = matchLexicon(piece, language);
        people.push(...owners(piece, matches).map((match) => match.entry));
        let qualifiedUpTo = -2;
        for (const match of withoutPossessors(piece, matches)) {
          if (match.entry.kind === 'non-personal') {
            nonPersonal = true;
            qualifiedUpTo = match.end;
            continue;
          }
          // "This is non-personal technical information": a group called non-personal describes
          // what was named (device attributes), and denies none of its members.
          if (match.entry.level === 'parent' && match.start === qualifiedUpTo + 1) continue;
          entries.push(
            (collector.membershipCard || options.loyaltyCard === true) &&
              BARE_CARD_NUMBERS.has(match.term)
              ? MEMBERSHIP_CARD_NUMBER()
              : match.entry,
          );
        }
        for (const phrase of expandCoordination(piece)) {
          const entry = lexiconEntryFor(phrase, language);
          if (entry) entries.push(entry);
        }
      }
      const deniedItem = polarity === 'collect' && isNegatedItem(normalized, language);
      // "Hospitals receive your donor number …, never your name": denied to others only.
      if (deniedItem && receivedByOthers) continue;
      const effective: Polarity = nonPersonal || deniedItem ? 'negate' : polarity;
      const pointed = pointBack(entries, earlier, effective);
      for (const entry of entries) earlier.push({ entry, polarity: effective });
      entries.splice(0, entries.length, ...pointed);
      if (effective === 'none' || (effective === 'collect' && thirdParties)) continue;
      if (effective === 'collect') entries.push(...people);
      for (const entry of entries) {
        if (effective === 'negate' && entry.negatable === false) continue;
        found.push({ entry, polarity: effective });
      }
    }
    if (
      polarity === 'collect' &&
      !thirdParties &&
      namesAssignedIdentifier(words.join(' '), language)
    )
      found.push({ entry: ASSIGNED_IDENTIFIER(), polarity });
    if (polarity === 'collect' && !thirdParties && recordsExchanges(words))
      found.push({ entry: RECORDED_EXCHANGES(), polarity });
    if (polarity === 'collect' && !thirdParties && filmsPeople(words))
      found.push({ entry: FILMED_PEOPLE(), polarity });
    if (polarity === 'collect' && !thirdParties)
      for (const entry of addressParts(clause)) found.push({ entry, polarity });
    // "sort code and account number" beside "bank account details": a bank account, not a
    // customer number.
    const named = new Set(found.flatMap(({ entry }) => entry.categories));
    const attributesOnly = groupOfAttributes(normalizeForMatch(clause), language);
    const otherThings = technicalDataOfOtherThings(clause, language);
    const fullName =
      namesFullName(found.map(({ entry }) => entry)) && !firstNameOfItsOwn(clause, language);
    const warning = isImpersonationWarning(words);
    // "your message, with any photos you attach", « votre message et les photos jointes »: the
    // photos are attachments of the message (private content), not pictures of the reader;
    // so are screenshots and log files attached to it (not content or device data of its own).
    const attachments =
      named.has('user.content.private') && ATTACHING.test(normalizeForMatch(clause));
    for (const { entry, polarity: effective } of found) {
      if (attachments && entry.categories.every((category) => ATTACHABLE.has(category))) continue;
      if (options.genericOnly && entry.kind !== 'generic') continue;
      if (entry.kind === 'generic' && (options.noGeneric || genericWithMembers(whole, language)))
        continue;
      if (options.specificOnly && entry.level === 'parent') continue;
      if (options.cookiesOnly && !entry.categories.every((c) => c.startsWith('user.device.cookie')))
        continue;
      // A group named with its members is not read as a group, whether they are collected or
      // denied ("Payment details. … we do not receive your card details").
      if (
        entry.level === 'parent' &&
        entry.categories.every((category) => options.grouped?.has(category))
      )
        continue;
      if (entry.unlessWith?.some((category) => named.has(category))) continue;
      if (entry === attributesOnly || entry === otherThings) continue;
      if (entry.unlessWords?.some((word) => words.includes(word))) continue;
      // "We never ask for your password by e-mail, text or phone": the password is still kept,
      // and the channels are means of contact, not data.
      if (effective === 'negate' && warning && entry.categories.some((c) => WARNING_SAFE.has(c)))
        continue;
      const read = fullName ? withoutNameParts(entry) : entry;
      if (effective === 'negate') (isAside(whole) ? deniedAside : denied).push(read);
      else {
        collector.add(read, effective, evidence);
        for (const category of read.categories) collected.add(category);
      }
      if (exception && effective === 'collect')
        for (const category of read.categories) excepted.add(category);
    }
  }
  // "photographs of volunteers at events (we never photograph people collecting food)": a
  // negated aside about what the segment collects limits whom or when, and denies nothing.
  for (const entry of deniedAside)
    if (!entry.categories.every((category) => collected.has(category))) denied.push(entry);
  // "…a password, which we never see: it is stored hashed", « …que nous ne connaissons pas : il
  // est stocké sous forme chiffrée »: a password kept encrypted is held, though unreadable.
  const storedEncrypted = STORED_ENCRYPTED.test(normalizeForMatch(text));
  for (const entry of denied) {
    const categories = entry.categories.filter((category) => !excepted.has(category));
    if (storedEncrypted && categories.every((category) => category === CREDENTIALS))
      collector.add({ ...entry, categories }, 'collect', evidence);
    else if (categories.length > 0) collector.add({ ...entry, categories }, 'negate', evidence);
  }
}

const CREDENTIALS = 'user.authorization.credentials';
const STORED_ENCRYPTED =
  /\b(?:is|are|est|sont) (?:stored|kept|saved|stocke|stockee|conserve|conservee|enregistre|enregistree) (?:in (?:an )?|sous (?:une )?forme )?(?:hashed|encrypted|chiffree?|hachee?)\b/;

const SELF_IMAGE = 'user.content.self_image';
const ATTACHABLE = new Set([SELF_IMAGE, 'user.content', 'user.device']);
const ATTACHING =
  /\b(?:attach|attached|attaches|attaching|joint|jointe|jointes|joints|joignez|joindre|joignant)\b/;

/**
 * « Le service n'est pas destiné aux moins de 15 ans : nous ne collectons pas sciemment de
 * données les concernant », "not meant for children under 13; we do not knowingly collect data
 * about them": the pronoun stands for the minors the service is not meant for (up to "and" /
 * « et »: « Nos services ne s'adressent pas aux moins de 15 ans et nous ne collectons pas… »).
 */
const NOT_MEANT_FOR =
  /\b(?:not (?:intended|directed|meant|designed|aimed) (?:for|at)|n['’](?:est|sont) pas (?:destinée?s?|conçue?s?|prévue?s?) (?:aux|à des|pour les)|ne s['’]adressen?t? pas aux)\s+([^:;.]{1,50}?)(?=\s+(?:and|et)\s|[:;.,]|$)/i;
const PRONOUNS_OF_MINORS = /\b(?:about them|from them|les concernant|à leur sujet)/gi;

function withMinorsNamed(text: string): string {
  const meant = NOT_MEANT_FOR.exec(text);
  const minors = meant?.[1];
  if (!meant || !minors) return text;
  const named = matchLexicon(normalizeForMatch(minors)).some(({ entry }) =>
    entry.categories.includes('user.children'),
  );
  if (!named) return text;
  const after = meant.index + meant[0].length;
  return (
    text.slice(0, after) +
    text
      .slice(after)
      .replace(PRONOUNS_OF_MINORS, (found) =>
        /^(?:les|à)/i.test(found) ? `concernant les ${minors}` : `about ${minors}`,
      )
  );
}

/**
 * "Paid by bank transfer, so we see the account number it comes from", « par virement : nous
 * voyons le numéro de compte »: beside a transfer, a bare account number is a bank account's.
 */
const BANK_PAYMENT =
  /\b(?:bank transfers?|standing orders?|direct debits?|virements?(?: bancaires?)?|prélèvements?)\b/i;

function withPayingAccounts(text: string): string {
  if (!BANK_PAYMENT.test(text)) return text;
  return (
    text
      // "the last four digits of the account number" is read as such (bank data already).
      .replace(
        /\b(?<!bank |digits of (?:the|an|your) )account numbers?\b/gi,
        (found) => `bank ${found}`,
      )
      .replace(/\bnuméros? de compte\b(?! bancaire)/gi, (found) => `${found} bancaire`)
  );
}

const DENIALS = new Set(['not', 'never', 'no', 'ne', 'n', 'aucun', 'aucune', 'jamais', 'pas']);

/**
 * « Le centre ne réalise aucun diagnostic médical : celui-ci relève du médecin », "We make no
 * diagnosis: your GP does": a sentence that denies an act other than collection before its
 * colon lists no data of the section's.
 */
function deniesOtherActBeforeColon(text: string): boolean {
  const language = detectLanguage(text);
  const words = normalizeForMatch(text.slice(0, text.indexOf(':'))).split(' ');
  return (
    words.some((word) => DENIALS.has(word)) && collectionVerbIndexes(words, language).length === 0
  );
}

/**
 * A row's label before its colon or dash: "Location: precise location", "**Location** — precise
 * location", « Diagnostic : rapports… ».
 */
const ROW_LABEL = /^\s*([^:;,.()]{1,40}?)(\s*:|\s+[—–-])\s+(?=\S)/u;
const MAX_ROW_LABEL_WORDS = 4;

/**
 * "Location: precise location", « Diagnostic : rapports de plantage… », "Identifiers: account
 * ID": a short label before the colon of an item whose values name data is the heading of that
 * row (the summary's category), not data of its own; a person ("Child: name, age") still is
 * whom the data is about.
 */
function withoutRowLabel(text: string, language: 'en' | 'fr' | undefined): string {
  const label = ROW_LABEL.exec(text);
  if (!label) return text;
  const head = normalizeForMatch(label[1] as string);
  if (!head || head.split(' ').length > MAX_ROW_LABEL_WORDS) return text;
  const headEntries = matchLexicon(head, language);
  if (headEntries.some(({ entry }) => entry.categories.includes('user.children'))) return text;
  // "Your dog: name, breed": an animal is whom the data is about too (see `isAnAnimalLabel`).
  if (isAnAnimalLabel(text)) return text;
  if (collectionVerbIndexes(head.split(' '), language).length > 0) return text;
  // After a dash, a label naming data of its own ("Approximate location — the country, derived
  // from…") is an item of its own; only a group or broad label heads its values.
  const dash = !(label[2] as string).includes(':');
  if (
    dash &&
    !STORE_TYPE_LABELS.has(head) &&
    headEntries.some(
      ({ entry }) =>
        entry.level !== 'parent' &&
        entry.categories.length > 0 &&
        !entry.categories.every((category) => BROAD.has(category)),
    )
  )
    return text;
  const rest = text.slice(label[0].length);
  // "Purchases — history of containers returned", « Achats : cartes de 10 cours »: the
  // app-store data type names the data its values describe in their own words, or beside data
  // of other kinds ("Purchases: trip history and receipts").
  const kind = STORE_DATA_TYPES.get(head);
  if (kind !== undefined) return `${kind}: ${rest}`;
  if (!namesCategory(normalizeForMatch(rest), language)) return text;
  return ' '.repeat(label[0].length) + rest;
}

const COOKIE_TOPIC_WORDS = new Set([
  'cookie',
  'cookies',
  'trackers',
  'traceurs',
  'and',
  'et',
  'similar',
  'technologies',
  'autres',
  'our',
  'nos',
  'les',
  'the',
]);

/** A heading made of cookie words only: "Cookies", "Our cookies", « Cookies et traceurs ». */
function isCookieTopic(words: readonly string[]): boolean {
  return (
    words.some((word) => word === 'cookie' || word === 'cookies') &&
    words.every((word) => COOKIE_TOPIC_WORDS.has(word) || /^\d+$/.test(word))
  );
}

/**
 * App-store types that are lexicon terms of their own but head their values after a dash too
 * (« **Diagnostics** — rapports de plantage »: French « diagnostic » is otherwise medical).
 */
const STORE_TYPE_LABELS = new Set(['diagnostics', 'diagnostic']);

/** App-store data types whose label is no lexicon term of its own. */
const STORE_DATA_TYPES: ReadonlyMap<string, string> = new Map([
  ['purchases', 'purchase history'],
  ['achats', 'historique d achats'],
  // "Usage data — lock and unlock history", « Activité dans l'app : journal des ouvertures »:
  // how the reader uses the app.
  ['usage data', 'app interactions'],
  ['donnees d utilisation', 'interactions avec l application'],
  ['activite dans l app', 'interactions avec l application'],
  ['activite dans l application', 'interactions avec l application'],
  // « Localisation approximative : commune de résidence »: the type says how precise the
  // location its values give is, so it is declared with them.
  ['approximate location', 'approximate location'],
  ['coarse location', 'coarse location'],
  ['precise location', 'precise location'],
  ['localisation approximative', 'localisation approximative'],
  ['localisation precise', 'localisation precise'],
]);

/** "political, religious or philosophical beliefs": modifiers in a series before one noun. */
const SERIES_BEFORE = /((?:\p{L}+, )+\p{L}+,? (?:or|and) \p{L}+) (\p{L}+)/gu;
/** « opinions politiques, religieuses ou philosophiques »: the noun before its modifiers. */
const SERIES_AFTER = /(\p{L}+) (\p{L}+(?:, \p{L}+)+,? (?:ou|et) \p{L}+)/gu;

/**
 * A series of modifiers sharing one head noun ("political, religious or philosophical
 * beliefs", « opinions politiques, religieuses ou philosophiques ») is split at its commas into
 * bare adjectives: the noun is repeated with each, when it makes a lexicon term with one of
 * them, so every modifier keeps it. A pair without a comma is `expandCoordination`'s.
 */
function withSharedHeads(text: string): string {
  const modifiers = (series: string): string[] =>
    series.split(/,\s*|\s+(?:or|and|ou|et)\s+/u).filter(Boolean);
  return text
    .replace(SERIES_BEFORE, (whole, series: string, noun: string) => {
      const words = modifiers(series);
      if (!words.some((word) => lexiconEntryFor(normalizeForMatch(`${word} ${noun}`))))
        return whole;
      return `${words
        .slice(0, -1)
        .map((word) => `${word} ${noun}`)
        .join(', ')} or ${words[words.length - 1]} ${noun}`;
    })
    .replace(SERIES_AFTER, (whole, noun: string, series: string) => {
      const words = modifiers(series);
      if (!words.some((word) => lexiconEntryFor(normalizeForMatch(`${noun} ${word}`))))
        return whole;
      return `${words
        .slice(0, -1)
        .map((word) => `${noun} ${word}`)
        .join(', ')} ou ${noun} ${words[words.length - 1]}`;
    });
}

/** Categories whose plain terms ("location", « localisation ») are `specific` but still broad. */
const BROAD = new Set(['user.location']);

/**
 * "We do not keep card numbers or bank account numbers: we never store your payment details",
 * « … retire les coordonnées GPS : nous ne gardons pas la localisation de vos images »: a denied
 * group word after members of its own named earlier in the same sentence or item points back at
 * them, so the denial is of those members (the labelling convention labels no group beside its
 * members). Members read as collected are a contrast ("we keep your GPS track, but never sell
 * your location"), and a collected group stays: policies list « coordonnées » after an e-mail
 * address as a group of its own.
 */
function pointBack(
  entries: readonly LexiconEntry[],
  earlier: readonly { entry: LexiconEntry; polarity: Polarity }[],
  polarity: Polarity,
): LexiconEntry[] {
  return entries.flatMap((entry) => {
    if (polarity !== 'negate' || entry.kind === 'generic') return [entry];
    if (entry.level !== 'parent' && !entry.categories.every((category) => BROAD.has(category)))
      return [entry];
    const members = earlier.filter(
      (named) =>
        (named.polarity === polarity || named.polarity === 'none') &&
        named.entry.categories.some((category) =>
          entry.categories.some((group) => isMemberOf(category, group)),
        ),
    );
    if (members.length === 0) return [entry];
    return [...new Set(members.map((named) => named.entry))];
  });
}

/**
 * Groups a segment names with their members: in its own words (« vos coordonnées (courriel,
 * téléphone) »), in the items a lead-in introduces ("Contact details:" then "- e-mail
 * address"), or in the next sentence when it points back ("…your contact details. These include
 * your e-mail address and phone number.").
 */
function groupsElaborated(segments: readonly PolicySegment[], index: number): Set<string> {
  const segment = segments[index] as PolicySegment;
  const language = detectLanguage(segment.text);
  const grouped = groupsWithMembers(segment.text, language);
  let members = '';
  const next = segments[index + 1];
  if (segment.leadIn) {
    for (let k = index + 1; segments[k]?.kind === 'item'; k++)
      members += ` ${(segments[k] as PolicySegment).text},`;
  } else if (
    next?.kind === 'sentence' &&
    next.block === segment.block &&
    isAnaphoricInclusion(normalizeForMatch(next.text).split(' '))
  ) {
    members = next.text;
  }
  if (!members) return grouped;
  const head = segment.text.replace(/:\s*$/, '');
  for (const group of groupsElaboratedBy(head, members, language)) grouped.add(group);
  return grouped;
}

const EXAMPLE_CUES =
  /^(?:such as|including|like|e g|for example|tels? que|telles? que|comme|notamment|par exemple)\b/;

/**
 * « Les informations recueillies dans ce formulaire (nom, prénom, adresse…) sont enregistrées »,
 * "the personal data you give us (name, e-mail)": data in general named with its items in
 * parentheses is those items, as a group named with its members is.
 */
function genericWithMembers(clause: string, language: 'en' | 'fr' | undefined): boolean {
  const open = clause.indexOf('(');
  if (open < 0) return false;
  const before = normalizeForMatch(clause.slice(0, open));
  const last = matchLexicon(before, language).pop();
  if (last?.entry.kind !== 'generic') return false;
  if (before.slice(last.end).trim().split(' ').filter(Boolean).length > MAX_GENERIC_DISTANCE)
    return false;
  const close = clause.indexOf(')', open);
  return namesCategory(
    normalizeForMatch(clause.slice(open + 1, close < 0 ? undefined : close)),
    language,
  );
}
const MAX_GENERIC_DISTANCE = 4;

/**
 * "Device information such as your browser type, operating system and user agent": a group
 * whose examples are all attributes without a category (see the lexicon's blockers) names no
 * category either. Returns the group's entry, to be skipped, if so.
 */
function groupOfAttributes(
  normalized: string,
  language: 'en' | 'fr' | undefined,
): LexiconEntry | undefined {
  const matches = matchLexicon(normalized, language);
  const at = matches.findIndex(
    ({ entry }) => entry.level === 'parent' && entry.categories.includes('user.device'),
  );
  const group = matches[at];
  if (!group) return undefined;
  const examples = matches.slice(at + 1);
  // « les informations techniques utilisées (type de navigateur, …) »: the examples right after
  // the group (a participle between), in parentheses, are examples too.
  const gap = normalized.slice(group.end, examples[0]?.start).trim().split(' ').filter(Boolean);
  if (!EXAMPLE_CUES.test(normalized.slice(group.end).trim()) && (!examples[0] || gap.length > 1))
    return undefined;
  const attributes =
    examples.length > 0 && examples.every(({ entry }) => entry.categories.length === 0);
  return attributes ? group.entry : undefined;
}

/**
 * « des informations techniques sur le projet : type de toiture, orientation… », « des données
 * techniques dites « de trafic » : numéros appelés, durée des appels… »: "technical data" whose
 * list after a colon names nothing about a device is that list, not device data. Returns the
 * device group's entry, to be skipped, if so.
 */
function technicalDataOfOtherThings(
  clause: string,
  language: 'en' | 'fr' | undefined,
): LexiconEntry | undefined {
  const about = technicalDataAboutAThing(clause, language);
  if (about) return about;
  const colon = clause.indexOf(':');
  if (colon < 0) return undefined;
  const group = matchLexicon(normalizeForMatch(clause.slice(0, colon)), language).find(
    ({ entry }) => entry.level === 'parent' && entry.categories.includes('user.device'),
  );
  if (!group) return undefined;
  const listed = matchLexicon(normalizeForMatch(clause.slice(colon + 1)), language);
  const device = listed.some(({ entry }) =>
    entry.categories.some((category) => category.startsWith('user.device')),
  );
  return device ? undefined : group.entry;
}

/** What technical data about a thing may be about and still be the reader's device data. */
const DEVICE_THINGS = new Set([
  'device',
  'devices',
  'phone',
  'computer',
  'browser',
  'tablet',
  'connection',
  'visit',
  'visits',
  'use',
  'usage',
  'appareil',
  'terminal',
  'telephone',
  'ordinateur',
  'navigateur',
  'connexion',
  'navigation',
  'utilisation',
]);

/**
 * "technical information about your meter", « données techniques de votre chaudière »: the
 * device group said of a thing that is not the reader's device or its use names that thing's
 * data. Returns the device group's entry, to be skipped, if so.
 */
function technicalDataAboutAThing(
  clause: string,
  language: 'en' | 'fr' | undefined,
): LexiconEntry | undefined {
  const normalized = normalizeForMatch(clause);
  const group = matchLexicon(normalized, language).find(
    ({ entry }) => entry.level === 'parent' && entry.categories.includes('user.device'),
  );
  if (!group) return undefined;
  const after = normalized.slice(group.end).trim().split(' ');
  if (!['about', 'on', 'of', 'sur', 'de', 'du', 'des'].includes(after[0] as string))
    return undefined;
  const owner = ['your', 'the', 'votre', 'la', 'le', 'l', 'vos'].includes(after[1] as string)
    ? 2
    : 1;
  const thing = after[owner];
  return thing && !DEVICE_THINGS.has(thing) ? group.entry : undefined;
}

const WARNING_SAFE = new Set([
  'user.authorization.credentials',
  'user.contact.email',
  'user.contact.phone_number',
  // "We will never ask for your bank details or full card number over the phone": what
  // phishing asks for, which the organisation may well hold.
  'user.financial',
  'user.financial.bank_account',
  'user.financial.credit_card',
]);

const NAME_PARTS = new Set(['user.name.first', 'user.name.last']);

/**
 * « nom, prénom », "first name and surname": a first name named beside a last name or a plain
 * name is a full name, which is `user.name` and nothing narrower.
 */
function namesFullName(entries: readonly LexiconEntry[]): boolean {
  const categories = (entry: LexiconEntry): readonly string[] => entry.categories;
  const first = entries.some((entry) => categories(entry).includes('user.name.first'));
  const otherName = entries.some(
    (entry) =>
      entry.level !== 'parent' &&
      categories(entry).includes('user.name') &&
      !categories(entry).includes('user.name.first'),
  );
  return first && otherName;
}

/**
 * « le prénom de l'enfant, ainsi que les nom et prénom de l'adulte », "the child's first name,
 * as well as the full name of the adult": a first name on its own before "as well as" is not
 * part of the full name named after it.
 */
function firstNameOfItsOwn(clause: string, language: 'en' | 'fr' | undefined): boolean {
  const parts = normalizeForMatch(clause).split(/\b(?:ainsi que|as well as)\b/);
  if (parts.length < 2) return false;
  return parts.some((part) => {
    const entries = matchLexicon(part, language).map(({ entry }) => entry);
    return (
      entries.some((entry) => entry.categories.includes('user.name.first')) &&
      !namesFullName(entries)
    );
  });
}

function withoutNameParts(entry: LexiconEntry): LexiconEntry {
  if (!entry.categories.some((category) => NAME_PARTS.has(category))) return entry;
  return { ...entry, categories: entry.categories.filter((category) => !NAME_PARTS.has(category)) };
}

function trimEvidence(text: string): string {
  const clean = text.trim();
  return clean.length <= MAX_EVIDENCE_CHARS
    ? clean
    : `${clean.slice(0, MAX_EVIDENCE_CHARS - 1).trimEnd()}…`;
}

/**
 * "a supporter ID we assign to you", "the reference number allocated by the Administrator",
 * « votre numéro de participant, attribué par la Caisse », « un identifiant aléatoire généré à
 * l'installation »: a number or identifier the organisation gives the reader identifies them, whatever it is called. One the lexicon names
 * already ("the device ID assigned to your phone") keeps its own category.
 */
// A lookahead, so that "phone number, a supporter ID we assign" is tried at "ID" too.
const ASSIGNED_ID =
  /\b(?=(?:id|ids|identifier|identifiers|number|numbers|reference|numero|numeros|identifiant|identifiants)\b(?: [a-z0-9]+){0,5}? (?:we assign|we allocate|we issue|we generate|assigned|allocated|issued|generated|attribue|attribues|attribuee|attribuees|genere|generes|generee|generees)\b)/g;
const ASSIGNED_IDENTIFIER = knownEntry('user id');
const ADDRESS_PART_ENTRIES = [
  { categories: ['user.contact.address.street'], terms: [], pattern: /\b(?:street|rue|voie)\b/ },
  {
    categories: ['user.contact.address.city'],
    terms: [],
    pattern: /\b(?:town|city|ville|commune|localite)\b/,
  },
] as const;

/**
 * "the address of the property (street, postcode, town)", « l'adresse (rue, code postal,
 * commune) »: the parts of an address listed in parentheses right after it are read, though a
 * bare street or town has no term of its own.
 */
function addressParts(clause: string): LexiconEntry[] {
  const parts =
    /(?<!\b(?:ip|mail|web|url) )\b(?:address|addresses|adresse|adresses)\b(?! (?:e-?mail|ip|electronique|web|url)\b)[^().;]{0,60}\(([^()]*)\)/.exec(
      fold(clause).toLowerCase(),
    );
  // A list of parts, not an aside ("(city level)").
  if (!parts || !/,| and | et /.test(parts[1] as string)) return [];
  return ADDRESS_PART_ENTRIES.filter(({ pattern }) => pattern.test(parts[1] as string)).map(
    ({ categories, terms }) => ({ categories, terms }),
  );
}
const RECORDED_EXCHANGES = knownEntry('call recordings');
const FILMED_PEOPLE = knownEntry('cctv footage');

function namesAssignedIdentifier(clause: string, language: 'en' | 'fr' | undefined): boolean {
  const matches = matchLexicon(clause, language);
  for (const found of clause.matchAll(ASSIGNED_ID)) {
    const at = found.index;
    if (
      !matches.some(
        (match) => match.entry.categories.length > 0 && match.start <= at && at < match.end,
      )
    )
      return true;
  }
  return false;
}

/** Cards a library, club or scheme issues to identify its members. */
const MEMBERSHIP_CARDS = [
  'library card',
  'membership card',
  'member card',
  'carte de lecteur',
  'carte d adherent',
  'carte de membre',
  'carte d abonne',
  'carte de bibliotheque',
];
/**
 * Cards a shop or carrier issues beside payment cards: a bare "card number" is theirs only in the
 * paragraph that names them ("**Loyalty card.** Your card number and your booking history").
 */
const LOYALTY_CARDS = ['loyalty card', 'rewards card', 'carte de fidelite', 'carte fidelite'];

function namesLoyaltyCard(text: string): boolean {
  const normalized = normalizeForMatch(text);
  return LOYALTY_CARDS.some((card) => findWholeWords(normalized, card).length > 0);
}

const BARE_CARD_NUMBERS = new Set(['card number', 'card numbers', 'numero de carte']);
const MEMBERSHIP_CARD_NUMBER = knownEntry('membership card number');

/**
 * In a policy that issues a membership card ("A library card number is then issued"), a bare
 * "card number" ("you log in with your card number and PIN") is that card's, not a payment
 * card's; payment cards are then named as such ("card details", « carte bancaire »).
 */
function namesMembershipCard(text: string): boolean {
  const normalized = normalizeForMatch(text);
  return MEMBERSHIP_CARDS.some((card) => findWholeWords(normalized, card).length > 0);
}

/** Merges matches into declared/negated categories and generic disclosures, in taxonomy order. */
class ExtractionCollector {
  /** The policy issues a membership card (see `namesMembershipCard`). */
  constructor(readonly membershipCard: boolean) {}

  private readonly declared = new Map<string, DeclaredCategory>();
  private readonly negated = new Map<string, PolicyEvidence[]>();
  /** Denials of a part of a category (see `LexiconEntry.partial`). */
  private readonly partlyNegated = new Map<string, PolicyEvidence[]>();
  private readonly generic: PolicyEvidence[] = [];
  /**
   * Groups whose members a label details, with the label's line: named only before it (a
   * summary table, "detailed in section 3"), they are not declared as groups.
   */
  readonly detailed = new Map<string, number>();

  add(entry: LexiconEntry, polarity: 'collect' | 'negate', evidence: PolicyEvidence): void {
    if (entry.kind === 'generic') {
      if (polarity === 'collect') pushEvidence(this.generic, evidence, MAX_GENERIC_EVIDENCE);
      return;
    }
    for (const category of entry.categories) {
      if (polarity === 'negate') {
        const map = entry.partial === true ? this.partlyNegated : this.negated;
        const list = map.get(category) ?? [];
        pushEvidence(list, evidence, MAX_EVIDENCE);
        map.set(category, list);
        continue;
      }
      const level = entry.level ?? 'specific';
      const existing = this.declared.get(category);
      if (!existing) {
        this.declared.set(category, { category, level, evidence: [evidence] });
        continue;
      }
      if (level === 'specific') existing.level = 'specific';
      pushEvidence(existing.evidence, evidence, MAX_EVIDENCE);
    }
  }

  result(language: PolicyExtraction['language']): PolicyExtraction {
    const order = new Map(listCategories().map((category, index) => [category.id, index]));
    const byTaxonomy = (a: string, b: string): number =>
      (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER) ||
      a.localeCompare(b);
    for (const [category, evidence] of this.partlyNegated)
      if (!this.declared.has(category) && !this.negated.has(category))
        this.negated.set(category, evidence);
    // A denial about some people or one channel (« nous ne demandons ni votre identité » to
    // visitors, while volunteers give their names) does not take back what the policy collects
    // elsewhere: a declared category is not also negated.
    for (const category of this.declared.keys()) this.negated.delete(category);
    // "If you agree to share your location, we record your GPS location", « partager votre
    // position … votre position GPS »: a bare location named only beside a finer one is that one.
    const location = this.declared.get('user.location');
    if (location && location.evidence.length < MAX_EVIDENCE) {
      const finer = [...this.declared.values()].filter((d) =>
        d.category.startsWith('user.location.'),
      );
      if (
        location.evidence.every((evidence) =>
          finer.some((d) =>
            d.evidence.some((e) => e.line === evidence.line && e.text === evidence.text),
          ),
        )
      )
        this.declared.delete('user.location');
    }
    for (const [group, line] of this.detailed) {
      const declared = this.declared.get(group);
      if (
        declared?.level === 'parent' &&
        declared.evidence.every((evidence) => evidence.line < line) &&
        [...this.declared.keys()].some((category) => isMemberOf(category, group))
      )
        this.declared.delete(group);
    }
    return {
      language,
      declared: [...this.declared.values()].sort((a, b) => byTaxonomy(a.category, b.category)),
      negated: [...this.negated.entries()]
        .map(([category, evidence]) => ({ category, evidence }))
        .sort((a, b) => byTaxonomy(a.category, b.category)),
      generic: this.generic,
    };
  }
}

function pushEvidence(list: PolicyEvidence[], evidence: PolicyEvidence, cap: number): void {
  if (list.length >= cap) return;
  if (list.some((known) => known.line === evidence.line && known.text === evidence.text)) return;
  list.push(evidence);
}
