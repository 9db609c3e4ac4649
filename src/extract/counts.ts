// "500+ connections" and "1,264 followers" lines, in the interface languages LinkedIn offers:
// "500+ Kontakte", "Plus de 500 relations", "Más de 500 contactos", "Mais de 500 conexões",
// "Meer dan 500 connecties", "Oltre 500 collegamenti"; "12.345 Follower", "1 234 abonnés".
import { parseCount } from './text.ts';

const CONNECTION_WORDS = /connection|kontakt|relation|contacto|conex|connectie|collegament|contatt/i;
const FOLLOWER_WORDS = /follower|abonné|seguidor|volger|seguaci/i;
/** "More than N" written out, which LinkedIn shows as "N+" in English. */
const MORE_THAN = /(?:more than|über|mehr als|plus de|más de|mais de|meer dan|oltre|più di)\s+(\d[\d.,\s\u00a0\u202f]*)/i;

export function isFollowerText(text: string): boolean {
  return FOLLOWER_WORDS.test(text);
}

/** A count line's meaning: connections (text as shown, "500+") or followers (a number); else null. */
export function readCountLine(text: string): { connections: string } | { followers: number } | null {
  const t = text.trim();
  if (t === '' || t.length > 60 || !/\d/.test(t)) return null;
  if (CONNECTION_WORDS.test(t)) {
    const more = MORE_THAN.exec(t);
    if (more) {
      const n = parseCount(more[1]);
      return n === null ? null : { connections: `${n}+` };
    }
    const m = /^([\d.,\s\u00a0\u202f]*\d)(\+?)/.exec(t);
    if (!m) return null;
    return { connections: `${(m[1] ?? '').replace(/[\s\u00a0\u202f]/g, '')}${m[2] ?? ''}` };
  }
  if (FOLLOWER_WORDS.test(t)) {
    const n = parseCount(t);
    return n === null ? null : { followers: n };
  }
  return null;
}
