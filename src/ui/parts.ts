// A translated sentence with an element inside it (a bold phrase, a link, a key): the message holds
// a placeholder where the element goes, filled with PART, and withPart puts the element there, so a
// translator can move it anywhere in the sentence.
import type { ComponentChildren } from 'preact';

/** A private-use character no message contains: where the element goes. */
export const PART = '\uE000';

export const withPart = (text: string, part: ComponentChildren): ComponentChildren[] => text.split(PART).flatMap((piece, i) => (i === 0 ? [piece] : [part, piece]));
