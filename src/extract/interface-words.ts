// LinkedIn's own interface words in the seven languages the readers know (en, de, fr, es, pt, nl,
// it): section headings, button and link labels, counts, dates and durations, employment and
// workplace types. They are the one kind of text the page-structure file (structure.ts) may keep
// verbatim, because they say how a layout is built and nothing about the member. Single words,
// lower case (a heading of several words is listed word by word). A word of a member's name is
// never kept, even when it is on this list.
const WORDS = `
experience experiences education about activity skills skill licenses licences certifications certification featured
interests languages projects recommendations volunteering volunteer honors awards publications courses organizations
causes patents contact info information highlights analytics resources services people also viewed know suggested
for you your profile public url language show all more less see view message connect follow following followers
follower connections connection mutual endorsement endorsements endorse present months month years year yrs yr mos mo
full part time self employed freelance contract internship apprenticeship seasonal remote hybrid site issued expires
expiration credential verifications verification verified premium open to work hiring posts post posted reposted
reposts repost comments comment commented reactions reaction liked likes like shared edited visible anyone followers
send save report block dismiss close next previous home jobs messaging notifications search sign join now today
and the of at in on with by or see see
berufserfahrung erfahrung ausbildung bildungsweg aktivitäten aktivität kenntnisse fähigkeiten lizenzen zertifikate
und kontaktinfo kontaktinformationen kontakte kontakt follower alle anzeigen mehr weniger vernetzen nachricht folgen
heute jetzt bis aktuell monate monat mon jahre jahr vollzeit teilzeit selbstständig freiberuflich praktikum befristet
ausgestellt gültig nachweis sprachen projekte empfehlungen ehrenamt auszeichnungen publikationen kurse organisationen
interessen fokus beiträge kommentare reaktionen vor ort profil
expérience expériences formation formations infos propos activité compétences certifications coordonnées afficher tout
toutes tous les abonnés abonné relations relation aujourd hui présent mois ans plein partiel indépendant stage
alternance langues projets recommandations bénévolat distinctions cours centres intérêt sélection suivre plus moins
délivré expire hybride télétravail sur place
experiencia educación formación acerca actividad aptitudes competencias licencias certificaciones información contacto
mostrar todos todas las los seguidores contactos actualidad meses años año mes jornada completa media autónomo
prácticas idiomas proyectos recomendaciones voluntariado reconocimientos premios publicaciones cursos organizaciones
intereses destacado conectar mensaje seguir más expedición vencimiento híbrido remoto presencial
experiência formação acadêmica educação sobre atividade atividades competências licenças certificados informações
contato exibir seguidores conexões momento até anos ano mês tempo integral meio período autônomo estágio projetos
recomendações destaques mensagem mais emitido expira
ervaring werkervaring opleiding opleidingen over activiteit activiteiten vaardigheden licenties certificaten
contactgegevens contactinfo weergeven volgers connecties heden maanden maand jaar jaren mnd fulltime parttime
zelfstandige talen projecten aanbevelingen vrijwilligerswerk uitgelicht bericht volgen meer uitgegeven verloopt
afstand locatie
esperienza lavorativa formazione istruzione informazioni attività competenze licenze certificazioni contatto mostra
tutte tutti collegamenti oggi presente mesi anni anno mese pieno lavoratore autonomo tirocinio lingue progetti
referenze volontariato primo piano collegati messaggio segui altro data rilascio scadenza ibrido sede
`;

/**
 * The words of LinkedIn's routes (/in/:slug/details/experience/, /recent-activity/all/) and of
 * HTML and ARIA values (role="listitem", aria-hidden="true", rel="canonical"): the structure's own
 * vocabulary, kept in URL patterns and hook values.
 */
const MARKUP = `
in company school showcase groups details recent this views overlay feed update mynetwork invite search results content view
pulse learning messaging notifications authwall login signup uas checkpoint legal help edit forms redir redirect
newsletters events video embed settings psettings preferences shares
true false button link img image presentation dialog heading list listitem region navigation main none polite
assertive status alert menu menuitem tab tablist tabpanel group article banner complementary contentinfo figure
separator checkbox switch option listbox combobox textbox searchbox toolbar tooltip progressbar page step date
off blank noopener noreferrer nofollow canonical stylesheet preload icon alternate application json text html
description viewport robots locale submit hidden email password tel
linkedin licdn www http https mailto urn fsd fsu position profileposition ugcpost miniprofile profileeducation
profilecertification profileskill profileactiondelegate
`;

export const INTERFACE_WORDS: ReadonlySet<string> = new Set(`${WORDS} ${MARKUP}`.split(/\s+/).filter(Boolean));
