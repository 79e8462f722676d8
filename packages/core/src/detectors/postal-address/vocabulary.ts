/** Words that address parsing recognizes. All folded (lower case, no accents). */

/**
 * French street types. Strong ones almost only name streets; weak ones (`place`, `cours`,
 * `route`, `square`, `voie`…) are also common nouns, so without a postcode they need context.
 */
export const FR_STRONG_STREET_TYPES: ReadonlySet<string> = new Set([
  'rue',
  'avenue',
  'av',
  'ave',
  'boulevard',
  'bd',
  'bld',
  'bvd',
  'allee',
  'allees',
  'impasse',
  'imp',
  'chemin',
  'ch',
  'quai',
  'faubourg',
  'fbg',
  'ruelle',
  'lieu-dit',
  'lieudit',
  'rond-point',
  'montee',
  'sente',
  'venelle',
]);

export const FR_WEAK_STREET_TYPES: ReadonlySet<string> = new Set([
  'place',
  'pl',
  'cours',
  'route',
  'rte',
  'square',
  'voie',
  'passage',
  'villa',
  'cite',
  'residence',
  'hameau',
  'sentier',
  'promenade',
  'esplanade',
  'parvis',
  'clos',
  'domaine',
  'lotissement',
  'traverse',
  'mail',
]);

/** English street types, matched only when capitalised (`Street`, `St`, `ROAD`). */
export const EN_STRONG_STREET_TYPES: ReadonlySet<string> = new Set([
  'street',
  'st',
  'road',
  'rd',
  'avenue',
  'ave',
  'av',
  'boulevard',
  'blvd',
  'lane',
  'ln',
  'drive',
  'dr',
  'highway',
  'hwy',
  'parkway',
  'pkwy',
  'crescent',
  'terrace',
  'gardens',
  'close',
  'mews',
  'grove',
]);

export const EN_WEAK_STREET_TYPES: ReadonlySet<string> = new Set([
  'way',
  'place',
  'pl',
  'court',
  'ct',
  'square',
  'sq',
  'walk',
  'row',
  'hill',
  'green',
  'circle',
  'cir',
  'trail',
  'plaza',
  'alley',
]);

/**
 * Short words inside French street and town names: « rue de la Paix », « Saint-Ouen-sur-Seine ».
 * Not « à » nor « et »: « 12 rue des Écoles à Paris » ends its street name before « à ».
 */
export const FR_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  "l'",
  "d'",
  'en',
  'sur',
  'sous',
  'aux',
  'au',
  'lez',
]);

/** Street types written abbreviated, whose following dot belongs to them (`av.`, `St.`). */
export const ABBREVIATED_STREET_TYPES: ReadonlySet<string> = new Set([
  'av',
  'ave',
  'bd',
  'bld',
  'bvd',
  'imp',
  'ch',
  'fbg',
  'pl',
  'rte',
  'st',
  'rd',
  'blvd',
  'ln',
  'dr',
  'hwy',
  'pkwy',
  'ct',
  'sq',
  'cir',
]);

/** Words that make the number after them a section or page number: "Chapter 3 Road to…". */
export const NOT_A_HOUSE_NUMBER_BEFORE: ReadonlySet<string> = new Set([
  'section',
  'chapter',
  'page',
  'step',
  'part',
  'figure',
  'fig',
  'table',
  'version',
  'level',
  'season',
  'episode',
  'volume',
  'vol',
  'no',
  'number',
  'chapitre',
  'etape',
  'article',
  'partie',
  'saison',
  'tome',
  'niveau',
  'annexe',
  'top',
]);

/** Words that make a year-like number (1800–2099) a year: "from 2010 to 2015 Main Street Bank". */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'since',
  'from',
  'to',
  'until',
  'by',
  'of',
  'en',
  'depuis',
  'de',
  'annee',
  'year',
]);

export const EN_DIRECTIONS: ReadonlySet<string> = new Set([
  'n',
  's',
  'e',
  'w',
  'ne',
  'nw',
  'se',
  'sw',
  'north',
  'south',
  'east',
  'west',
]);

export const EN_UNIT_WORDS: ReadonlySet<string> = new Set([
  'apt',
  'apartment',
  'suite',
  'ste',
  'unit',
  'flat',
  'floor',
  'fl',
  'room',
  'rm',
  'bldg',
  'building',
]);

/** Numbers a street name may carry: « rue du 8 Mai 1945 », « avenue du 11 Novembre ». */
export const FR_MONTHS: ReadonlySet<string> = new Set([
  'janvier',
  'fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'decembre',
]);

/** French house-number suffixes. */
export const FR_NUMBER_SUFFIXES: ReadonlySet<string> = new Set([
  'bis',
  'ter',
  'quater',
  'b',
  't',
  'q',
]);

/** French post-office boxes and mail sorting words, as written: `BP 123`, `CS 70001`. */
export const PO_BOX_WORDS: ReadonlySet<string> = new Set(['BP', 'CS', 'TSA']);

/** Towns are closed by « Cedex » and its optional office number. */
export const CEDEX = 'cedex';

export const US_STATES: ReadonlySet<string> = new Set(
  (
    'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH ' +
    'NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP'
  ).split(' '),
);

/**
 * Further English street suffixes (USPS list) that are ordinary nouns: they count only when a
 * unit (`Suite 512`) or a postcode follows, never for a street alone.
 */
export const EN_CONTEXTUAL_STREET_TYPES: ReadonlySet<string> = new Set(
  (
    'alley annex arcade bayou beach bend bluff bottom branch bridge brook burg bypass camp ' +
    'canyon cape causeway center centre cliff club common corner course cove creek crest ' +
    'crossing dale dam divide estate estates expressway extension falls ferry field fields ' +
    'flat flats ford forest forge fork forks fort freeway garden gateway glen harbor haven ' +
    'heights hollow inlet island isle junction key knoll lake landing light lock lodge loop ' +
    'mall manor meadow meadows mill mission motorway mount mountain neck orchard oval ' +
    'overpass pass path pike pine pines plain plains point port prairie ranch rapids rest ' +
    'ridge river run shoal shore shores spring springs spur station stravenue stream summit ' +
    'throughway trace track trafficway tunnel turnpike underpass union valley via viaduct view ' +
    'village ville vista well wells park land rue fall passage ' +
    // British ones.
    'paddock approach lea garth rise chase brae wynd parade copse gate end glade vale fold ' +
    'wharf yard quay croft dene nook side bank broadway drove mead wood heath cross ' +
    'skyway ramp route radial crossroad crossroads'
  ).split(' '),
);
