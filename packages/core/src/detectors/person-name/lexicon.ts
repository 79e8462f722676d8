/**
 * Hand-written word lists of the person-name detector, all folded (lower case, no accents).
 * Kept small on purpose: the generated dictionary says what may be a name, these lists say
 * what surrounds a name and which capitalised words are never one.
 */

/**
 * Capitalised words that name lists contain but that stand for something else in documents:
 * cities, months, weekdays, address and business words, fonts, products and companies.
 */
// prettier-ignore
export const NOT_A_NAME = new Set([
  // cities and places
  'paris', 'lille', 'lyon', 'london', 'nice', 'marseille', 'toulouse', 'nantes', 'bordeaux',
  'rennes', 'strasbourg', 'montpellier', 'grenoble', 'tours', 'orleans', 'reims', 'brest',
  'berlin', 'madrid', 'rome', 'boston', 'chicago', 'denver',
  'york', 'jersey', 'france',
  'england', 'europe', 'america', 'canada', 'quebec', 'bretagne', 'normandie', 'provence',
  // months and weekdays, EN and FR
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'lundi', 'mardi', 'mercredi',
  'jeudi', 'vendredi', 'samedi', 'dimanche',
  // address, document and business words
  'avenue', 'rue', 'street', 'road', 'boulevard', 'place', 'chemin', 'impasse', 'allee',
  'policy', 'privacy', 'service', 'services', 'client', 'clients', 'customer', 'customers',
  'user', 'users', 'team', 'equipe', 'support', 'madame', 'monsieur', 'mademoiselle', 'sir',
  'madam', 'date', 'total', 'page', 'section', 'article', 'chapter', 'chapitre', 'annexe',
  'table', 'figure', 'version', 'status', 'statut', 'note', 'notes', 'description', 'summary',
  'resume', 'contact', 'contacts', 'name', 'nom', 'prenom', 'email', 'mail', 'phone',
  'address', 'adresse', 'ticket', 'issue', 'report', 'rapport', 'manager', 'director',
  'directeur', 'directrice', 'president', 'admin', 'administrator', 'guest', 'invite',
  'company', 'societe', 'group', 'groupe', 'bank', 'banque', 'hospital', 'hopital',
  'university', 'universite', 'school', 'ecole', 'college', 'institute', 'institut',
  'center', 'centre', 'department', 'departement', 'office', 'bureau', 'inc', 'ltd', 'llc',
  'sarl', 'sas', 'corp', 'corporation', 'foundation', 'fondation', 'association', 'north',
  'south', 'east', 'west', 'nord', 'sud', 'est', 'ouest', 'saint', 'sainte', 'new', 'old',
  'merci', 'thanks', 'thank', 'regards', 'best', 'dear', 'hello', 'bonjour', 'cordialement',
  'sincerely', 'christmas', 'noel', 'easter', 'paques', 'world', 'everyone', 'everybody',
  'all', 'tous', 'toutes', 'there',
  // how letters address groups and strangers (`Dear Friend`, `Chers Collègues`)
  'friend', 'friends', 'colleague', 'colleagues', 'reader', 'readers', 'member', 'members',
  'partner', 'partners', 'ami', 'amis', 'amie', 'amies', 'collegue', 'collegues', 'lecteur',
  'lectrice', 'lecteurs', 'adherent', 'adherents',
  // function words, capitalised at the start of a sentence
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'we', 'you', 'they', 'he',
  'she', 'i', 'my', 'our', 'your', 'their', 'his', 'her', 'there', 'here', 'what', 'when',
  'where', 'who', 'why', 'how', 'if', 'but', 'and', 'or', 'so', 'as', 'at', 'in', 'on', 'for',
  'to', 'of', 'with', 'by', 'from', 'please', 'yes', 'no', 'not', 'le', 'la', 'les', 'un',
  'une', 'des', 'ce', 'cette', 'ces', 'il', 'elle', 'ils', 'elles', 'nous', 'vous', 'je', 'tu',
  'on', 'mon', 'ma', 'mes', 'son', 'sa', 'ses', 'notre', 'votre', 'leur', 'leurs', 'oui',
  'non', 'pour', 'avec', 'dans', 'sur', 'par', 'mais', 'ou', 'et', 'donc', 'car', 'si',
  'quand', 'comment', 'pourquoi', 'qui', 'que', 'quoi', 'voici', 'voila',
  // placeholder values of name columns (PLACEHOLDER_VALUES)
  'inconnu', 'inconnue', 'unknown', 'anonyme', 'anonymous', 'none', 'null', 'nil', 'undefined',
  'test', 'nc', 'na', 'nd', 'xxx', 'tbd', 'todo',
  // fonts
  'arial', 'helvetica', 'georgia', 'verdana', 'roboto', 'calibri', 'times', 'garamond',
  'tahoma', 'courier', 'geneva', 'segoe', 'lato', 'montserrat', 'inter', 'consolas',
  // products and companies
  'google', 'apple', 'microsoft', 'orange', 'amazon', 'facebook', 'meta', 'twitter', 'linkedin',
  'windows', 'android', 'iphone', 'excel', 'word', 'outlook', 'teams', 'slack', 'github',
  'gitlab', 'docker', 'oracle', 'salesforce', 'adobe', 'chrome', 'firefox', 'safari', 'edge',
  'visa', 'mastercard', 'paypal', 'stripe', 'renault', 'peugeot', 'citroen', 'airbus',
  'total', 'carrefour', 'auchan', 'leclerc', 'free', 'bouygues', 'sfr', 'mercedes', 'tesla',
  'jaguar', 'lambda', 'python', 'java', 'ruby', 'rust', 'swift', 'kotlin',
]);

/**
 * Values that stand for "no name" in a name column: never a name, even where the column's other
 * values are names that `NOT_A_NAME` would otherwise reject (`Ruby`, `Victoria`, `Brown`).
 */
// prettier-ignore
export const PLACEHOLDER_VALUES = new Set([
  'inconnu', 'inconnue', 'unknown', 'anonyme', 'anonymous', 'none', 'null', 'nil', 'undefined',
  'test', 'nc', 'na', 'nd', 'xxx', 'tbd', 'todo', 'n/a', 'name', 'nom', 'prenom',
]);

/**
 * Words before a name that announce it (titles, greetings, labels). A trailing `:` means the
 * word counts only as a label with its colon (`From: Jean`, not "from Paris").
 */
// prettier-ignore
export const CUES_BEFORE = [
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'pr', 'prof', 'me', 'm', 'mme', 'mmes', 'mlle', 'mm',
  'monsieur', 'madame', 'mademoiselle', 'sir', 'dear', 'cher', 'chere', 'bonjour', 'bonsoir',
  'hello', 'hi', 'hey', 'salut', 'signed by', 'signed:', 'signe:', 'signature:', 'signe par',
  'de la part de', 'written by',
  'ecrit par', 'redige par', 'assigned to', 'assigne a', 'reported by', 'requested by',
  'thanks', 'merci', 'thank you', 'contact:', 'author:', 'auteur:', 'from:', 'de:', 'to:', 'a:',
  'cc:', 'attn:', 'nom:', 'name:', 'prenom:', 'client:', 'customer:', 'patient:',
  'employee:', 'salarie:', 'titulaire:', 'holder:', 'interlocuteur:', 'demandeur:',
  'responsable:', 'contact', 'author', 'auteur', 'par', 'by',
];

/** Words that a name is followed by in prose ("Jean Dupont a écrit :"). */
// prettier-ignore
export const CUES_AFTER = [
  'wrote', 'a ecrit', 'said', 'says', 'a dit', 'replied', 'a repondu', 'explained',
  'explique',
];

/** Closing lines after which the next line is a signature. */
// prettier-ignore
export const SIGNATURE_CLOSINGS = new Set([
  'cordialement', 'bien cordialement', 'tres cordialement', 'regards', 'best regards',
  'kind regards', 'warm regards', 'best', 'best wishes', 'sincerely', 'yours sincerely',
  'sincerely yours', 'yours truly', 'yours faithfully', 'bien a vous', 'a bientot', 'merci',
  'merci beaucoup', 'thanks', 'thank you', 'many thanks', 'cheers', 'salutations',
  'sinceres salutations', 'respectueusement', 'amicalement', 'bonne journee', 'bisous', '--',
]);

/** Words after which a person's name names a place: `Avenue Victor Hugo`, `lycée Jean Moulin`. */
// prettier-ignore
export const PLACE_WORDS = new Set([
  'avenue', 'rue', 'boulevard', 'bd', 'place', 'quai', 'allee', 'impasse', 'chemin', 'square',
  'cours', 'route', 'street', 'road', 'lane', 'drive', 'lycee', 'college', 'ecole', 'stade',
  'hopital', 'universite', 'station', 'pont', 'gare', 'parc', 'fort', 'port', 'saint', 'sainte',
  'st', 'ste', 'mount', 'lake', 'cape', 'station', 'square', 'park', 'bridge', 'hall', 'house',
  'tower', 'cross', 'centre', 'center', 'airport', 'aeroport', 'museum', 'musee', 'institute',
  'foundation', 'fondation', 'prize', 'prix', 'award', 'theatre', 'theater', 'stadium',
]);

/** Titles written as abbreviations: their dot does not end the name run (`Mr. Smith`). */
// prettier-ignore
export const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'pr', 'prof', 'mme', 'mlle', 'mmes', 'me', 'st', 'jr', 'sr',
]);

/** Leading words of a capitalised run that are a cue, not a part of the name. */
// prettier-ignore
export const LEADING_CUE_WORDS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'pr', 'prof', 'me', 'm', 'mme', 'mmes', 'mlle',
  'monsieur', 'madame', 'mademoiselle', 'sir', 'dear', 'cher', 'chere', 'bonjour', 'bonsoir',
  'hello', 'hi', 'hey', 'salut', 'merci', 'thanks', 'contact', 'auteur', 'author',
]);

/** Lower-case particles inside a name (`Jean de La Fontaine`, `van der Berg`, `bin Salman`). */
// prettier-ignore
export const PARTICLES = new Set([
  'de', 'du', 'des', 'la', 'le', 'van', 'der', 'den', 'von', 'da', 'di', 'del', 'della', 'dos',
  'das', 'bin', 'ben', 'ibn', 'al', 'el', 'ter', 'zu', 'y',
]);

/** Field names whose values are person names (or first names, or surnames) on their own. */
// prettier-ignore
export const STRONG_NAME_FIELDS = [
  'prenom', 'prenoms', 'firstname', 'first name', 'given name', 'givenname', 'forename',
  'lastname', 'last name', 'surname', 'family name', 'familyname', 'nom', 'nom de famille',
  'nom famille', 'nom naissance', 'nom usage', 'fullname', 'full name', 'nom complet',
  'middle name', 'salarie', 'employee', 'titulaire', 'patient', 'beneficiaire',
];

/** Field names that often hold a person's name, but also product or company names. */
// prettier-ignore
export const WEAK_NAME_FIELDS = [
  'name', 'contact', 'author', 'auteur', 'client', 'customer', 'holder', 'owner',
  'interlocuteur', 'signataire', 'signatory', 'manager', 'responsable', 'redacteur',
];

/** Field tokens that turn `nom`/`name` into something else (`nom_produit`, `user_name`). */
// prettier-ignore
export const NON_PERSON_FIELD_TOKENS = new Set([
  'produit', 'product', 'societe', 'company', 'entreprise', 'fichier', 'file', 'ville', 'city',
  'rue', 'street', 'pays', 'country', 'domaine', 'domain', 'host', 'hote', 'table', 'colonne',
  'column', 'champ', 'field', 'app', 'application', 'projet', 'project', 'bucket', 'service',
  'categorie', 'category', 'article', 'item', 'marque', 'brand', 'modele', 'model', 'variable',
  'key', 'cle', 'user', 'utilisateur', 'display', 'screen', 'login', 'account', 'compte',
  'org', 'organisation', 'organization', 'team', 'equipe', 'group', 'groupe', 'role', 'tag',
  'label', 'libelle', 'type', 'class', 'font', 'police', 'event', 'evenement', 'bank', 'banque',
  'store', 'magasin', 'shop', 'boutique', 'site', 'server', 'serveur', 'database', 'schema',
]);

/** Names that documentation uses as stand-ins whatever the context. */
// prettier-ignore
export const PLACEHOLDER_NAMES = new Set([
  'john doe', 'jane doe', 'johnny doe', 'richard roe', 'jane roe', 'john q public',
  'joe bloggs', 'max mustermann', 'erika mustermann', 'john appleseed', 'foo bar',
]);

/** Common real names that are placeholders only in a template context. */
// prettier-ignore
export const TEMPLATE_NAMES = new Set([
  'john smith', 'jane smith', 'jean dupont', 'marie dupont', 'pierre dupont', 'jean martin',
  'marie martin', 'jean durand', 'paul martin', 'alice smith', 'bob smith', 'alice martin',
]);

/** Words that mark a template or example context around a placeholder name. */
// prettier-ignore
export const TEMPLATE_WORDS = [
  'example', 'examples', 'exemple', 'exemples', 'e.g.', 'par exemple', 'template', 'modele',
  'placeholder', 'sample', 'dummy', 'fictif', 'fictive', 'fictitious', 'lorem', 'test',
  'testdata', 'mock', 'fixture', 'fake', 'demo',
];
