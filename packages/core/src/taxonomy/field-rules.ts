import { fieldTokens } from '../text/keywords.js';
import type { FieldCategoryMatch } from './types.js';

/**
 * Field-name rules: columns whose values no detector recognises (a job title, an employer, a
 * customer number) but whose name says what they hold. Patterns are folded word sequences
 * matched against the tokens of the field name (`numeroClient`, `NUMERO_CLIENT` and
 * `Numéro client` all give `numero client`), or against the whole name written without
 * separators (`numeroclient`).
 */
export interface FieldRule {
  /** kebab-case rule id, reported as evidence. */
  id: string;
  category: string;
  /** Folded word sequences, space-separated. */
  patterns: readonly string[];
  /** Tokens that, when present, mean the name is about something else (`gps_position`). */
  unless?: readonly string[];
}

export const FIELD_RULES: readonly FieldRule[] = [
  {
    id: 'customer-id',
    category: 'user.unique_id',
    patterns: [
      'numero client',
      'num client',
      'no client',
      'n client',
      'code client',
      'ref client',
      'reference client',
      'identifiant client',
      'id client',
      'client id',
      'customer id',
      'customer number',
      'customer no',
      'customer ref',
      'account id',
      'user id',
      'member id',
      'numero adherent',
      'adherent id',
    ],
  },
  {
    id: 'job-title',
    category: 'user.professional_information.job_title',
    patterns: [
      'fonction',
      'poste',
      'intitule poste',
      'job title',
      'job',
      'position',
      'titre',
      'occupation',
      'profession',
      'metier',
      'emploi',
      'role professionnel',
    ],
    // A `position` or `titre` elsewhere is a rank, a coordinate or a document title.
    unless: [
      'gps',
      'geo',
      'latitude',
      'longitude',
      'lat',
      'lng',
      'lon',
      'sort',
      'order',
      'index',
      'rank',
      'cursor',
      'offset',
      'x',
      'y',
      'z',
      'page',
      'line',
      'col',
      'column',
      'livre',
      'document',
      'film',
      'article',
      'ouvrage',
      'sejour',
      'tel',
      'telephone',
      'phone',
      'id',
      'queue',
      'scheduler',
      'cron',
      'batch',
    ],
  },
  {
    id: 'employer',
    category: 'user.professional_information.workplace',
    patterns: [
      'societe',
      'entreprise',
      'company',
      'company name',
      'employer',
      'employeur',
      'raison sociale',
      'organisation',
      'organization',
      'nom societe',
      'nom entreprise',
      'workplace',
      'etablissement employeur',
    ],
    unless: ['id', 'siren', 'siret', 'code', 'type', 'size', 'taille'],
  },
  {
    id: 'gender',
    category: 'user.demographic.gender',
    // A civility title (M., Mme) states a gender.
    patterns: ['sexe', 'genre', 'gender', 'sex', 'civilite', 'civility', 'salutation'],
    unless: ['film', 'musique', 'music', 'livre', 'book', 'movie'],
  },
  {
    id: 'salary',
    category: 'user.financial',
    patterns: [
      'salaire',
      'salary',
      'remuneration',
      'salaire brut',
      'salaire net',
      'wage',
      'wages',
      'pay rate',
      'paie',
      'payroll',
      'revenu',
      'revenus',
      'income',
    ],
  },
  {
    id: 'nationality',
    category: 'user.demographic.citizenship_or_immigration_status',
    patterns: ['nationalite', 'nationality', 'citizenship', 'citoyennete'],
  },
  {
    id: 'marital-status',
    category: 'user.demographic.marital_status',
    patterns: [
      'situation familiale',
      'situation matrimoniale',
      'marital status',
      'marital',
      'statut marital',
      'etat matrimonial',
    ],
  },
  {
    id: 'religion',
    category: 'user.demographic.religious_belief',
    patterns: ['religion', 'confession', 'religious', 'culte'],
  },
  {
    id: 'health',
    category: 'user.health',
    patterns: [
      'sante',
      'health',
      'pathologie',
      'maladie',
      'handicap',
      'disability',
      'allergie',
      'allergy',
      'allergies',
      'medical',
      'antecedents medicaux',
      'traitement medical',
      'medication',
      'medicaments',
    ],
  },
  {
    id: 'diagnosis',
    category: 'user.health.medical_diagnosis',
    patterns: ['diagnostic', 'diagnosis', 'diagnostics'],
  },
  {
    // Credential columns are kept: a table of password hashes tied to accounts is data about
    // those people, and the first thing an auditor wants to know about.
    id: 'credentials',
    category: 'user.authorization.credentials',
    patterns: [
      'password',
      'passwd',
      'pwd',
      'mot de passe',
      'mdp',
      'password hash',
      'hash mdp',
      'passphrase',
    ],
  },
  {
    id: 'username',
    category: 'user.account.username',
    patterns: [
      'login',
      'username',
      'user name',
      'identifiant',
      'pseudo',
      'nom utilisateur',
      'nickname',
      'screen name',
    ],
  },
  {
    id: 'birth-place',
    category: 'user.demographic',
    patterns: [
      'lieu naissance',
      'lieu de naissance',
      'birth place',
      'birthplace',
      'place of birth',
      'ville naissance',
      'commune naissance',
      'pays naissance',
      'country of birth',
    ],
  },
  {
    id: 'date-of-birth',
    category: 'user.demographic.date_of_birth',
    patterns: [
      'date naissance',
      'date de naissance',
      'date of birth',
      'dob',
      'birthdate',
      'birth date',
      'birthday',
      'ddn',
      'ne le',
      'naissance',
    ],
  },
  {
    id: 'age',
    category: 'user.demographic.age_range',
    patterns: ['age', 'tranche age', 'age range', 'tranche d age'],
  },
  {
    id: 'residence-permit',
    category: 'user.government_id.immigration',
    patterns: ['titre sejour', 'titre de sejour', 'residence permit', 'visa number'],
  },
];

interface CompiledRule {
  rule: FieldRule;
  patterns: { words: string[]; joined: string }[];
  unless: Set<string>;
}

const COMPILED: readonly CompiledRule[] = FIELD_RULES.map((rule) => ({
  rule,
  patterns: rule.patterns.map((pattern) => {
    const words = pattern.split(' ');
    return { words, joined: words.join('') };
  }),
  unless: new Set(rule.unless ?? []),
}));

/**
 * The category a field name reveals, or undefined. The longest matching pattern wins, so
 * `lieu_naissance` is a birth place, not a date of birth.
 */
export function categoryForField(fieldName: string): FieldCategoryMatch | undefined {
  const tokens = fieldTokens(fieldName);
  if (tokens.length === 0) return undefined;
  const whole = tokens.join('');
  let best: { match: FieldCategoryMatch; length: number } | undefined;
  for (const { rule, patterns, unless } of COMPILED) {
    if (tokens.some((token) => unless.has(token))) continue;
    for (const pattern of patterns) {
      const matched = containsSequence(tokens, pattern.words) || whole === pattern.joined;
      if (matched && (!best || pattern.words.length > best.length)) {
        best = { match: { category: rule.category, rule: rule.id }, length: pattern.words.length };
      }
    }
  }
  return best?.match;
}

function containsSequence(tokens: readonly string[], words: readonly string[]): boolean {
  outer: for (let i = 0; i + words.length <= tokens.length; i++) {
    for (let j = 0; j < words.length; j++) {
      if (tokens[i + j] !== words[j]) continue outer;
    }
    return true;
  }
  return false;
}
