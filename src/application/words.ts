// The words a résumé is read by, in the seven languages the page readers know (en, de, fr, es, pt,
// nl, it): section headings, field labels, "since"/"present", and the words that tell a job title,
// an employer, a school and a degree apart. Matched after folding (lower case, no diacritics).
import { escapeRegExp as esc } from '../regexp.ts';

export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘`´]/g, "'").replace(/\s+/g, ' ').trim();
}

export const HEADINGS: Readonly<Record<'experience' | 'education' | 'contact' | 'other', readonly string[]>> = {
  experience: [
    'experience', 'work experience', 'professional experience', 'employment', 'employment history', 'work history', 'career',
    'career history', 'relevant experience', 'berufserfahrung', 'berufliche erfahrung', 'beruflicher werdegang', 'werdegang',
    'erfahrung', 'praxiserfahrung', 'berufspraxis', 'experience professionnelle', 'experiences professionnelles', 'experiences',
    'parcours professionnel', 'experiencia', 'experiencia laboral', 'experiencia profesional', 'trayectoria profesional',
    'experiencia profissional', 'historico profissional', 'werkervaring', 'ervaring', 'beroepservaring', 'loopbaan',
    'esperienza', 'esperienze', 'esperienza professionale', 'esperienze professionali', 'esperienza lavorativa', 'esperienze lavorative',
  ],
  education: [
    'education', 'academic background', 'qualifications', 'studies', 'education and training', 'ausbildung', 'bildung',
    'bildungsweg', 'studium', 'akademische ausbildung', 'schulbildung', 'formation', 'formations', 'etudes', 'parcours academique',
    'education et formation', 'educacion', 'formacion', 'formacion academica', 'estudios', 'educacao', 'formacao',
    'formacao academica', 'opleiding', 'opleidingen', 'onderwijs', 'istruzione', 'formazione', 'istruzione e formazione',
    'titoli di studio', 'percorso formativo',
  ],
  contact: [
    'contact', 'contact details', 'contact information', 'personal details', 'personal information', 'kontakt', 'kontaktdaten',
    'personliche daten', 'angaben zur person', 'coordonnees', 'informations personnelles', 'contacto', 'datos de contacto',
    'datos personales', 'contato', 'dados pessoais', 'contactgegevens', 'persoonlijke gegevens', 'contatti', 'dati personali',
  ],
  other: [
    'skills', 'technical skills', 'languages', 'certifications', 'certificates', 'projects', 'summary', 'profile', 'about',
    'about me', 'interests', 'hobbies', 'references', 'awards', 'publications', 'volunteering', 'objective', 'kenntnisse',
    'fahigkeiten', 'sprachen', 'sprachkenntnisse', 'zertifikate', 'zertifizierungen', 'projekte', 'profil', 'kurzprofil',
    'uber mich', 'interessen', 'hobbys', 'ehrenamt', 'competences', 'langues', 'projets', "centres d'interet", 'loisirs',
    'a propos', 'habilidades', 'competencias', 'idiomas', 'certificaciones', 'proyectos', 'perfil', 'intereses', 'sobre mi',
    'linguas', 'certificacoes', 'projetos', 'interesses', 'sobre mim', 'vaardigheden', 'talen', 'certificaten', 'projecten',
    'interesses', 'over mij', 'competenze', 'lingue', 'certificazioni', 'progetti', 'profilo', 'interessi', 'chi sono',
  ],
};

const HEADING_KIND = new Map<string, keyof typeof HEADINGS>();
for (const [kind, words] of Object.entries(HEADINGS) as [keyof typeof HEADINGS, readonly string[]][]) {
  for (const w of words) if (!HEADING_KIND.has(w)) HEADING_KIND.set(w, kind);
}

/** The section a heading line opens ("BERUFSERFAHRUNG", "Expériences professionnelles :"), or null. */
export function headingKind(line: string): keyof typeof HEADINGS | null {
  const key = fold(line).replace(/^[#*\-=_\s]+|[\s:：#*\-=_]+$/g, '');
  if (key.length === 0 || key.length > 40) return null;
  return HEADING_KIND.get(key) ?? null;
}

/** Labels before a value on a line ("Phone: …", "Telefon …", "Adresse : …"), by what they label. */
export const LABELS = {
  name: ['name', 'full name', 'candidate', 'candidate name', 'nom', 'nom complet', 'nombre', 'nombre completo', 'nome', 'nome completo', 'naam', 'vor- und nachname'],
  phone: [
    'phone', 'telephone', 'tel', 'mobile', 'mobile phone', 'cell', 'mob', 'telefon', 'handy', 'mobil', 'mobiltelefon', 'tel.',
    'portable', 'telefono', 'movil', 'celular', 'telemovel', 'telefone', 'telefoon', 'mobiel', 'cellulare', 'cell.',
  ],
  email: ['email', 'e-mail', 'mail', 'courriel', 'correo', 'correo electronico', 'e-mailadres', 'posta elettronica'],
  location: [
    'location', 'address', 'city', 'based in', 'adresse', 'anschrift', 'wohnort', 'ort', 'lieu', 'domicile', 'ville', 'ubicacion',
    'direccion', 'residencia', 'ciudad', 'localizacao', 'endereco', 'morada', 'cidade', 'locatie', 'adres', 'woonplaats',
    'indirizzo', 'residenza', 'citta',
  ],
  linkedin: ['linkedin', 'linkedin profile'],
} as const;

export type LabelKind = keyof typeof LABELS;

const LABEL_RE = new RegExp(
  `^(${Object.values(LABELS)
    .flat()
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|')})\\s*[:：]\\s*(.+)$`,
);

/** "Telefon: +49 …" → { kind: 'phone', value: '+49 …' } (the label must end in a colon). */
export function labelled(line: string): { kind: LabelKind; label: string; value: string } | null {
  const folded = fold(line);
  const m = LABEL_RE.exec(folded);
  if (!m) return null;
  const label = m[1]!;
  const kind = (Object.keys(LABELS) as LabelKind[]).find((k) => (LABELS[k] as readonly string[]).includes(label));
  if (!kind) return null;
  // The value as written (not folded): everything after the first colon.
  const colon = line.search(/[:：]/);
  return { kind, label: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() };
}

/** Words that make a phrase a job title: whole words, with a feminine ending allowed ("Consultora", "Beraterin"). */
const TITLE_WORDS = [
  'engineer', 'developer', 'manager', 'analyst', 'consultant', 'designer', 'architect', 'scientist', 'director', 'officer',
  'specialist', 'administrator', 'intern', 'assistant', 'coordinator', 'programmer', 'technician', 'researcher', 'founder',
  'accountant', 'teacher', 'recruiter', 'advisor', 'adviser', 'associate', 'executive', 'president', 'lead', 'head of',
  'owner', 'buyer', 'purchaser', 'operator', 'editor', 'writer', 'tester', 'student', 'trainee',
  'ingenieur', 'berater', 'leiter', 'werkstudent', 'praktikant', 'referent', 'einkaufer', 'verkaufer', 'kaufmann', 'kauffrau',
  'mitarbeiter', 'assistenz', 'chef de', 'responsable', 'directeur', 'directrice', 'stagiaire', 'charge de', 'chargee de',
  'analyste', 'ingeniero', 'ingeniera', 'desarrollador', 'jefe', 'jefa', 'gerente', 'directora', 'analista', 'consultor',
  'programador', 'becario', 'desenvolvedor', 'diretor', 'coordenador', 'ontwikkelaar', 'adviseur', 'beheerder', 'stagiair',
  'medewerker', 'ingegnere', 'responsabile', 'direttore', 'tirocinante', 'stagista', 'senior', 'junior', 'staff', 'principal',
  'cto', 'ceo', 'cfo', 'coo', 'vp',
  // Founders and owners: "Co-Founder", "Gründerin", "Mitgründer", "Fondatrice", "Cofondateur", "Inhaber", "Gérante".
  'cofounder', 'grunder', 'fondateur', 'fondatrice', 'cofondateur', 'cofondatrice', 'inhaber', 'gesellschafter', 'vorstand', 'prokurist', 'gerant', 'dirigeant', 'pdg', 'fundador', 'fondatore',
];
/** Beginnings of title words whose endings vary ("développeur/développeuse", "engenheiro/engenheira"). */
const TITLE_PREFIXES = ['developpeu', 'engenheir', 'estagiari', 'sviluppat', 'sachbearbeit', 'geschaftsfuhr', 'projektmanag', 'ingenieur'];
/** German compounds end in the title word ("Softwareentwickler", "Projektleiterin", "Einkaufsleiter"). */
const TITLE_COMPOUND_ENDS = ['entwickler', 'berater', 'leiter', 'ingenieur', 'einkaufer', 'manager', 'analyst', 'referent', 'kaufmann', 'kauffrau', 'grunder'];
const TITLE_RE = new RegExp(
  `(?:^|[^a-z])(?:${TITLE_WORDS.map(esc).join('|')})(?:a|e|in|innen)?(?![a-z])` +
    `|(?:^|[^a-z])(?:${TITLE_PREFIXES.join('|')})[a-z]*` +
    `|[a-z](?:${TITLE_COMPOUND_ENDS.join('|')})(?:in|innen)?(?![a-z])`,
);

export function looksLikeTitle(part: string): boolean {
  return TITLE_RE.test(fold(part));
}

const LEGAL_FORM =
  /(^|[\s,])(gmbh|ag|se|kg|kgaa|ohg|ug|e\.?\s?v|sa|sas|sarl|s\.a\.?|s\.l\.?|sl|srl|s\.r\.l\.?|spa|s\.p\.a\.?|bv|b\.v\.?|nv|n\.v\.?|ltd\.?|limited|inc\.?|llc|plc|corp\.?|co\.|ab|oy|as|aps|ltda\.?|lda\.?|group|gruppe|groupe|grupo|gruppo|holding|technologies|labs|systems|systeme|solutions|consulting|gmbh & co\.? kg)$/;

export function looksLikeEmployer(part: string): boolean {
  return LEGAL_FORM.test(fold(part).replace(/[()]/g, ''));
}

const LEGAL_FORM_ONLY =
  /^(gmbh|ag|se|kg|kgaa|ohg|ug|e\.?\s?v\.?|sa|sas|sarl|s\.a\.?|s\.l\.?|sl|srl|s\.r\.l\.?|spa|s\.p\.a\.?|bv|b\.v\.?|nv|n\.v\.?|ltd\.?|limited|inc\.?|llc|plc|corp\.?|co\.|ab|oy|as|aps|ltda\.?|lda\.?|gmbh & co\.? kg)$/;

/** A legal form on its own, the end of a name written with a comma before it ("Acme, Inc."). */
export function isLegalForm(part: string): boolean {
  return LEGAL_FORM_ONLY.test(fold(part));
}

/**
 * Departments and fields written after a title with a comma ("VP, Engineering", "Head of Product,
 * Payments", "Leiterin, Vertrieb", "Directrice, Ressources humaines"): part of the title, never the
 * employer. Whole parts only, folded.
 */
const DEPARTMENTS = new Set([
  'engineering', 'product', 'products', 'sales', 'marketing', 'operations', 'finance', 'technology', 'data', 'data science',
  'analytics', 'design', 'research', 'research and development', 'r&d', 'people', 'hr', 'human resources', 'talent', 'it',
  'infrastructure', 'platform', 'security', 'growth', 'strategy', 'business development', 'customer success', 'support',
  'legal', 'compliance', 'risk', 'procurement', 'purchasing', 'payments', 'partnerships', 'communications', 'emea', 'europe',
  'dach', 'apac', 'americas', 'north america',
  'entwicklung', 'vertrieb', 'einkauf', 'technik', 'finanzen', 'personal', 'controlling', 'produktion', 'forschung',
  'forschung und entwicklung', 'logistik', 'recht', 'qualitatsmanagement',
  'ingenierie', 'produit', 'ventes', 'technique', 'donnees', 'ressources humaines', 'achats', 'juridique', 'recherche',
  'ingenieria', 'producto', 'ventas', 'operaciones', 'finanzas', 'compras', 'recursos humanos', 'tecnologia',
  'engenharia', 'produto', 'vendas', 'operacoes', 'financas', 'vendite', 'prodotto', 'acquisti', 'verkoop', 'inkoop',
]);

export function isDepartment(part: string): boolean {
  return DEPARTMENTS.has(fold(part));
}

const SCHOOL_RE =
  /\b(university|universitat|universite|universidad|universidade|universiteit|universita|univ\.?|hochschule|fachhochschule|polytechnic|politecnico|polytechnique|college|institute|institut|instituto|istituto|school|academy|akademie|academie|academia|accademia|hogeschool|ecole|escuela|escola|scuola|lycee|gymnasium|gymnasiet|eth|epfl|tu|kth|insa|ucl|mit)\b/;

export function looksLikeSchool(part: string): boolean {
  return SCHOOL_RE.test(fold(part));
}

/**
 * The degree at the start of a phrase ("Master of Science", "M.Sc.", "Licence", "Laurea magistrale").
 * What follows it (after " in ", " en ", ", ", " - " or a space) is the field of study.
 */
const DEGREE_PREFIX = new RegExp(
  '^(' +
    [
      "(?:bachelor|master)(?:'?s)?(?: [12](?= ))?(?: of (?:science|arts|engineering|business administration|laws|fine arts|education|technology))?(?: \\(?(?:b|m)\\.?\\s?(?:sc|a|eng|s)\\.?\\)?)?(?: (?:degree|honours|hons\\.?))?",
      'b\\.?\\s?sc\\.?|m\\.?\\s?sc\\.?|b\\.?\\s?a\\.?|m\\.?\\s?a\\.?|b\\.?\\s?eng\\.?|m\\.?\\s?eng\\.?|b\\.?\\s?s\\.?|m\\.?\\s?s\\.?|mba|llb|llm|ph\\.?\\s?d\\.?|dphil',
      'doctor of philosophy|doctorate|doktor|promotion|dr\\.(?:\\s?rer\\.\\s?nat\\.)?',
      'diplom(?:-[a-z]+)?|magister|staatsexamen|abitur',
      "licence(?: professionnelle)?|master(?:e)? (?:professionnel|recherche)|doctorat|diplome d'ingenieur|dut|bts|baccalaureat",
      'grado|licenciatura|master(?:ado)?|doctorado|mestrado|bacharelado|licenciado|doutorado',
      'laurea(?: magistrale| triennale| specialistica)?|dottorato(?: di ricerca)?',
      'doctoraal|propedeuse',
    ].join('|') +
    ')(?=$|[\\s,\\-–(:])',
);

export function splitDegree(text: string): { degree: string; field: string | null } | null {
  const folded = fold(text);
  const m = DEGREE_PREFIX.exec(folded);
  if (!m) return null;
  // Folding keeps the length for the Latin text résumés use, so the match cuts the original text.
  const cut = m[1]!.length;
  const degree = text.slice(0, cut).trim();
  const rest = text
    .slice(cut)
    .replace(/^\s*(?:\((?:[A-Za-z.]{1,6})\)|-\s*[A-Z][A-Za-z.]{0,5}(?=\s*(?:,|$|\s+in\s)))?/, '')
    .replace(/^\s*(?:in|en|em|of|di|in de|,|-|–|:)\s+/i, '')
    .replace(/^[\s,\-–:]+/, '')
    .trim();
  return { degree, field: rest.length > 0 ? rest : null };
}

export function looksLikeDegree(part: string): boolean {
  return DEGREE_PREFIX.test(fold(part));
}
