import type { DataCategory } from './types.js';

/**
 * The `user.*` categories of fideslang 3.2 (ethyca/fideslang data_files/data_categories.csv)
 * that piiscout meets. DPV terms are checked against w3c/dpv pd/pd.csv (DPV 2.0): DPV has no
 * national-id or device-id term, so those use the nearest broader one (`pd:OfficialID`,
 * `pd:DeviceBased`). OPP-115 values are the "personal information type" attribute values.
 */

interface Extra {
  dpv?: string;
  /** Second parents, beside the prefix parent. */
  also?: string[];
  special?: boolean;
  criminal?: boolean;
}

function category(
  id: string,
  en: string,
  fr: string,
  opp115: string,
  extra: Extra = {},
): DataCategory {
  const dot = id.lastIndexOf('.');
  const prefixParent = dot > 0 ? [id.slice(0, dot)] : [];
  return {
    id,
    label: { en, fr },
    parents: [...prefixParent, ...(extra.also ?? [])],
    ...(extra.dpv ? { dpv: extra.dpv } : {}),
    opp115,
    specialCategory: extra.special ?? false,
    criminal: extra.criminal ?? false,
  };
}

const GENERIC = 'Generic personal information';

export const CATEGORIES: readonly DataCategory[] = [
  category('user', 'User data', 'Données de la personne', GENERIC),

  category('user.name', 'Name', 'Nom', 'Contact', { dpv: 'pd:Name' }),
  category('user.name.first', 'First name', 'Prénom', 'Contact', { dpv: 'pd:Name' }),
  category('user.name.last', 'Last name', 'Nom de famille', 'Contact', { dpv: 'pd:Name' }),

  category('user.contact', 'Contact data', 'Coordonnées', 'Contact', { dpv: 'pd:Contact' }),
  category('user.contact.email', 'Email address', 'Adresse e-mail', 'Contact', {
    dpv: 'pd:EmailAddress',
  }),
  category('user.contact.phone_number', 'Phone number', 'Numéro de téléphone', 'Contact', {
    dpv: 'pd:TelephoneNumber',
  }),
  category('user.contact.fax_number', 'Fax number', 'Numéro de fax', 'Contact', {
    dpv: 'pd:TelephoneNumber',
  }),
  // DPV files a physical address under both Contact and Location.
  category('user.contact.address', 'Postal address', 'Adresse postale', 'Contact', {
    dpv: 'pd:PhysicalAddress',
    also: ['user.location'],
  }),
  category('user.contact.address.street', 'Street address', 'Rue et numéro', 'Contact', {
    dpv: 'pd:PhysicalAddress',
  }),
  category('user.contact.address.city', 'City', 'Ville', 'Location', { dpv: 'pd:Location' }),
  category('user.contact.address.postal_code', 'Postal code', 'Code postal', 'Location', {
    dpv: 'pd:Location',
  }),
  category('user.contact.address.state', 'State or region', 'Région', 'Location', {
    dpv: 'pd:Location',
  }),
  category('user.contact.address.country', 'Country', 'Pays', 'Location', { dpv: 'pd:Country' }),
  category(
    'user.contact.address.mailing_address',
    'Mailing address',
    'Adresse de correspondance',
    'Contact',
    {
      dpv: 'pd:PhysicalAddress',
    },
  ),
  category(
    'user.contact.social_url',
    'Social media URL',
    'Lien de réseau social',
    'Social media data',
    {
      dpv: 'pd:SocialMedia',
    },
  ),

  category('user.device', 'Device data', "Données de l'appareil", 'Computer information', {
    dpv: 'pd:DeviceBased',
  }),
  category('user.device.ip_address', 'IP address', 'Adresse IP', 'IP address and device IDs', {
    dpv: 'pd:IPAddress',
  }),
  category(
    'user.device.device_id',
    'Device identifier',
    "Identifiant d'appareil",
    'IP address and device IDs',
    {
      dpv: 'pd:DeviceBased',
    },
  ),
  category(
    'user.device.cookie_id',
    'Cookie identifier',
    'Identifiant de cookie',
    'Cookies and tracking elements',
    {
      dpv: 'pd:Identifier',
    },
  ),
  category(
    'user.device.cookie',
    'Cookie data',
    'Données de cookie',
    'Cookies and tracking elements',
    {
      dpv: 'pd:Tracking',
    },
  ),
  category(
    'user.device.telemetry',
    'Device telemetry',
    "Télémétrie de l'appareil",
    'Computer information',
    {
      dpv: 'pd:DeviceBased',
    },
  ),

  category('user.unique_id', 'Unique identifier', 'Identifiant unique', 'Personal identifier', {
    dpv: 'pd:UID',
  }),
  category('user.account', 'Account information', 'Données de compte', 'User profile', {
    dpv: 'pd:Identifying',
  }),
  category('user.account.username', 'Username', "Nom d'utilisateur", 'User profile', {
    dpv: 'pd:Username',
  }),
  category('user.authorization', 'Authorization data', "Données d'autorisation", 'User profile', {
    dpv: 'pd:Authenticating',
  }),
  category(
    'user.authorization.credentials',
    'Credentials',
    'Identifiants de connexion',
    'User profile',
    {
      dpv: 'pd:Password',
    },
  ),

  category('user.financial', 'Financial data', 'Données financières', 'Financial', {
    dpv: 'pd:Financial',
  }),
  category('user.financial.bank_account', 'Bank account', 'Compte bancaire', 'Financial', {
    dpv: 'pd:BankAccount',
  }),
  category('user.financial.credit_card', 'Payment card', 'Carte bancaire', 'Financial', {
    dpv: 'pd:PaymentCardNumber',
  }),

  category(
    'user.government_id',
    'Government identifier',
    'Identifiant officiel',
    'Personal identifier',
    {
      dpv: 'pd:OfficialID',
    },
  ),
  category(
    'user.government_id.national_identification_number',
    'National identification number',
    "Numéro d'identification national",
    'Personal identifier',
    { dpv: 'pd:OfficialID' },
  ),
  category(
    'user.government_id.passport_number',
    'Passport number',
    'Numéro de passeport',
    'Personal identifier',
    {
      dpv: 'pd:Passport',
    },
  ),
  category(
    'user.government_id.drivers_license_number',
    "Driver's license number",
    'Numéro de permis de conduire',
    'Personal identifier',
    { dpv: 'pd:OfficialID' },
  ),
  category(
    'user.government_id.immigration',
    'Immigration document',
    'Titre de séjour',
    'Personal identifier',
    {
      dpv: 'pd:OfficialID',
    },
  ),
  category(
    'user.government_id.birth_certificate',
    'Birth certificate',
    'Acte de naissance',
    'Personal identifier',
    {
      dpv: 'pd:OfficialID',
    },
  ),
  category(
    'user.government_id.vehicle_registration',
    'Vehicle registration',
    'Immatriculation du véhicule',
    'Personal identifier',
    { dpv: 'pd:VehicalLicenseRegistration' },
  ),

  category('user.demographic', 'Demographic data', 'Données démographiques', 'Demographic', {
    dpv: 'pd:Demographic',
  }),
  category('user.demographic.date_of_birth', 'Date of birth', 'Date de naissance', 'Demographic', {
    dpv: 'pd:BirthDate',
  }),
  category('user.demographic.age_range', 'Age range', "Tranche d'âge", 'Demographic', {
    dpv: 'pd:AgeRange',
  }),
  category('user.demographic.gender', 'Gender', 'Sexe', 'Demographic', { dpv: 'pd:Gender' }),
  category('user.demographic.language', 'Language', 'Langue', 'Demographic', {
    dpv: 'pd:Language',
  }),
  category(
    'user.demographic.marital_status',
    'Marital status',
    'Situation familiale',
    'Demographic',
    {
      dpv: 'pd:MaritalStatus',
    },
  ),
  category(
    'user.demographic.citizenship_or_immigration_status',
    'Nationality or immigration status',
    'Nationalité ou statut migratoire',
    'Demographic',
    { dpv: 'pd:Nationality' },
  ),
  category(
    'user.demographic.race_ethnicity',
    'Racial or ethnic origin',
    'Origine raciale ou ethnique',
    'Demographic',
    {
      dpv: 'pd:EthnicOrigin',
      special: true,
    },
  ),
  category(
    'user.demographic.political_opinion',
    'Political opinion',
    'Opinion politique',
    'Demographic',
    {
      dpv: 'pd:PoliticalOpinion',
      special: true,
    },
  ),
  category(
    'user.demographic.religious_belief',
    'Religious belief',
    'Conviction religieuse',
    'Demographic',
    {
      dpv: 'pd:ReligiousBelief',
      special: true,
    },
  ),
  category(
    'user.demographic.philosophical_belief',
    'Philosophical belief',
    'Conviction philosophique',
    'Demographic',
    {
      dpv: 'pd:PhilosophicalBelief',
      special: true,
    },
  ),
  category(
    'user.demographic.union_membership',
    'Trade union membership',
    'Appartenance syndicale',
    'Demographic',
    {
      dpv: 'pd:TradeUnionMembership',
      special: true,
    },
  ),
  category(
    'user.demographic.sexual_orientation',
    'Sexual orientation',
    'Orientation sexuelle',
    'Demographic',
    {
      dpv: 'pd:Sexual',
      special: true,
    },
  ),

  category(
    'user.professional_information',
    'Professional information',
    'Vie professionnelle',
    'Other',
    {
      dpv: 'pd:Professional',
    },
  ),
  category('user.professional_information.job_title', 'Job title', 'Fonction', 'Other', {
    dpv: 'pd:Job',
  }),
  category('user.professional_information.workplace', 'Workplace', 'Employeur', 'Other', {
    dpv: 'pd:CurrentEmployment',
  }),

  category('user.location', 'Location', 'Localisation', 'Location', { dpv: 'pd:Location' }),
  category('user.location.precise', 'Precise location', 'Localisation précise', 'Location', {
    dpv: 'pd:GPSCoordinate',
  }),
  category(
    'user.location.coarse',
    'Approximate location',
    'Localisation approximative',
    'Location',
    {
      dpv: 'pd:Location',
    },
  ),

  category('user.health', 'Health data', 'Données de santé', 'Health', {
    dpv: 'pd:Health',
    special: true,
  }),
  category('user.health.medical_diagnosis', 'Medical diagnosis', 'Diagnostic médical', 'Health', {
    dpv: 'pd:HealthRecord',
    special: true,
  }),
  category(
    'user.health.insurance_beneficiary_id',
    'Health insurance number',
    "Numéro d'assuré santé",
    'Health',
    {
      dpv: 'pd:HealthRecord',
      special: true,
    },
  ),
  category('user.health.genetic', 'Genetic data', 'Données génétiques', 'Health', {
    dpv: 'pd:Genetic',
    special: true,
  }),

  category('user.biometrics', 'Biometric data', 'Données biométriques', 'Health', {
    dpv: 'pd:Biometric',
    special: true,
  }),
  category('user.biometrics.fingerprint', 'Fingerprint', 'Empreinte digitale', 'Health', {
    dpv: 'pd:Fingerprint',
    special: true,
  }),

  category('user.criminal_history', 'Criminal history', 'Antécédents judiciaires', 'Other', {
    dpv: 'pd:Criminal',
    criminal: true,
  }),

  category('user.children', "Children's data", 'Données de mineurs', 'Demographic', {
    dpv: 'pd:Age',
  }),

  category('user.behavior', 'Observed behavior', 'Comportement observé', 'User online activities', {
    dpv: 'pd:Behavioral',
  }),
  category(
    'user.behavior.browsing_history',
    'Browsing history',
    'Historique de navigation',
    'User online activities',
    {
      dpv: 'pd:BrowserHistory',
    },
  ),
  category(
    'user.behavior.purchase_history',
    'Purchase history',
    "Historique d'achats",
    'User online activities',
    {
      dpv: 'pd:Purchase',
    },
  ),
  category(
    'user.behavior.search_history',
    'Search history',
    'Historique de recherche',
    'User online activities',
    {
      dpv: 'pd:BrowsingBehavior',
    },
  ),

  category('user.content', 'User content', 'Contenus de la personne', 'User profile', {
    dpv: 'pd:Communication',
  }),
  category('user.content.self_image', 'Photograph', 'Photographie', 'User profile', {
    dpv: 'pd:Picture',
  }),
  category('user.content.private', 'Private content', 'Contenus privés', 'User profile', {
    dpv: 'pd:Communication',
  }),
];

/**
 * Keys fideslang 3.2 deprecated, with their replacements: older declaration files and tools
 * still use them, so they resolve instead of being rejected.
 */
export const DEPRECATED_IDS: Readonly<Record<string, string>> = {
  'user.biometric': 'user.biometrics',
  'user.biometric.fingerprint': 'user.biometrics.fingerprint',
  'user.health_and_medical': 'user.health',
  'user.health_and_medical.genetic': 'user.health.genetic',
  'user.health_and_medical.insurance_beneficiary_id': 'user.health.insurance_beneficiary_id',
  'user.childrens': 'user.children',
  'user.job_title': 'user.professional_information.job_title',
  'user.workplace': 'user.professional_information.workplace',
  'user.contact.organization': 'user.contact',
  'user.contact.url': 'user.contact.social_url',
  'user.location.imprecise': 'user.location.coarse',
  'user.unique_id.pseudonymous': 'user.unique_id',
};
