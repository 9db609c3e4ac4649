// Lines of a profile's top card that sit beside the name and are not its headline, whatever the
// layout: the member's pronouns and the viewer's degree of connection.

/**
 * Pronouns LinkedIn lets a member show beside the name ("He/Him", "Sie/Ihr", "Elle/Elle"): a line
 * of two or three of these words joined by "/". Recognised so they are never taken for the
 * headline; not stored, since no signal may use gender.
 */
const PRONOUN_WORDS = new Set([
  'he', 'him', 'his', 'she', 'her', 'hers', 'they', 'them', 'theirs', 'xe', 'xem', 'ze', 'zir', 'hir',
  'er', 'ihm', 'ihn', 'sie', 'ihr', 'il', 'lui', 'elle', 'iel', 'él', 'ella', 'ele', 'dele', 'ela', 'dela',
  'hij', 'hem', 'zij', 'haar', 'hen', 'hun', 'lei', 'loro',
]);

export function isPronounsLine(text: string): boolean {
  const t = text.trim().replace(/^\((.*)\)$/, '$1');
  const parts = t.split('/').map((w) => w.trim().toLowerCase());
  return parts.length >= 2 && parts.length <= 3 && t.length <= 24 && parts.every((w) => PRONOUN_WORDS.has(w));
}

/** The green "Open to work" frame, as the photo's alt or title names it ("Ada Lovelace, #OPEN_TO_WORK"). */
export const OPEN_TO_WORK_FRAME = /#OPEN_?TO_?WORK/i;

/** The "Open to work" card's heading, in the interface languages LinkedIn offers (the whole heading). */
export const OPEN_TO_WORK_HEADING = /^(?:open to work|offen für (?:neue )?(?:jobs|stellen|jobangebote)|ouvert aux opportunités|en busca de empleo|disponible para trabajar|aberto a (?:novas )?oportunidades|open voor werk|disponibile a lavorare)$/i;

/** "1st", "· 2nd", "3rd+" and the degree words around them. */
export function isDegreeLine(t: string): boolean {
  return /^[·•\s]*(?:1st|2nd|3rd\+?|\d+(?:st|nd|rd|th|er|e|º|°))(?:\s+degree connection)?$/i.test(t);
}

/** The top card's contact-info link, by its whole text, in the languages the readers know (and Polish). */
export const CONTACT_WORDS = /^(?:contact info(?:rmation)?|kontaktinfo(?:rmationen)?|coordonnées|información de contacto|datos de contacto|informações de contato|dados de contato|contactgegevens|contactinfo|informazioni di contatto|info di contatto|dane kontaktowe|informacje kontaktowe)$/i;
