// LinkedIn's own interface words in the seven languages the readers know (en, de, fr, es, pt, nl,
// it): the headings of the sections Telltale reads, "Show all" and the other labels around them,
// counts, dates and durations, employment and workplace types (kept short: it ships in the content
// script). They are the one kind of text the page-structure file (structure.ts) may keep
// verbatim, because they say how a layout is built and nothing about the member. Single words,
// lower case (a heading of several words is listed word by word). A word of a member's name is
// never kept, even when it is on this list.
const WORDS = `
experience experiences education about activity skills licenses licences certifications featured contact info
people also viewed profile show all more see view connect follow following followers follower connections
connection mutual endorsements present months month years year yrs yr mos mo full part time self employed
freelance contract internship apprenticeship seasonal remote hybrid site issued expires credential verifications
verified premium open to work posts posted reposted comments reactions liked and the of at in on with by
berufserfahrung erfahrung ausbildung aktivitäten kenntnisse lizenzen zertifikate und kontaktinfo kontakte alle
anzeigen mehr heute monate mon jahre vollzeit teilzeit selbstständig freiberuflich praktikum ausgestellt profil
expérience formation infos propos activité compétences coordonnées afficher tout toutes les abonnés relations
aujourd hui mois ans plein partiel indépendant stage délivré hybride télétravail
experiencia educación formación acerca actividad aptitudes licencias certificaciones información contacto mostrar
todos todas las seguidores contactos actualidad meses años año mes jornada completa media autónomo prácticas
experiência formação acadêmica sobre atividade competências licenças certificados informações contato exibir
conexões momento anos ano mês tempo integral meio período autônomo estágio
ervaring opleiding over activiteit vaardigheden licenties certificaten contactgegevens weergeven volgers connecties
heden maanden jaar mnd fulltime parttime
esperienza formazione informazioni attività competenze licenze certificazioni contatto mostra tutte tutti
collegamenti oggi presente mesi anni anno mese pieno
`;

/**
 * The words of LinkedIn's routes (/in/:slug/details/experience/, /recent-activity/all/) and of
 * HTML and ARIA values (role="listitem", aria-hidden="true", rel="canonical"): the structure's own
 * vocabulary, kept in URL patterns and hook values.
 */
const MARKUP = `
in company school details recent this views overlay feed update mynetwork search redir redirect shares true false
button link img image presentation dialog heading list listitem region navigation main none polite status group
article banner complementary contentinfo separator page off blank noopener noreferrer canonical application json
text html description locale linkedin licdn www http https mailto urn fsd position profileposition ugcpost
miniprofile profileeducation profilecertification profileskill profileactiondelegate data javascript blob
`;

export const INTERFACE_WORDS: ReadonlySet<string> = new Set(`${WORDS} ${MARKUP}`.split(/\s+/).filter(Boolean));
