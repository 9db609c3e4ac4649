// Invented people for the photo print's end-to-end tests: profiles in the 2026 server-driven layout
// (made from fixtures/sdui-2026/lena-okafor.html, its contact dialog left out so nothing lies over
// the photo), each with a photo of its own upload (its own image id) drawn at a given size, and the
// invented faces as PNG files to serve at those addresses (tests/photo/pictures.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inventFace, recompress, render, seeded, type Face } from '../photo/pictures.ts';
import { pngOf } from '../photo/png.ts';

const template = readFileSync(join(import.meta.dirname, '../../fixtures/sdui-2026/lena-okafor.html'), 'utf8').replace(/<dialog open[\s\S]*?<\/dialog>/, '');

export interface FaceProfile {
  slug: string;
  name: string;
  url: string;
  /** The photo's address as the page writes it (a query as LinkedIn's), and without its query (what is served). */
  photoUrl: string;
  photoPath: string;
  html: string;
}

/** A profile showing `name` at /in/<slug>/, its photo an upload with image id `imageId`, drawn `size` CSS px wide. */
export function faceProfile(slug: string, name: string, imageId: string, size: number): FaceProfile {
  const photoPath = `https://media.licdn.com/dms/image/v2/${imageId}/profile-displayphoto-scale_400_400/B4EZphoto/0/1755000000000`;
  const photoUrl = `${photoPath}?e=1&v=beta&t=p`;
  const html = template
    .replaceAll('lena-okafor-example', slug)
    // A member id of its own (the template's is one member's: three profiles with it would be one member).
    .replaceAll('ACoAAD9xYz0123456789abcdEFGHijklmnop', `ACoAAE${imageId.replace(/[^A-Za-z0-9]/g, '')}`.padEnd(36, 'x'))
    .replaceAll('Lena Okafor', name)
    .replaceAll('Lena', name.split(' ')[0]!)
    .replace(/<img alt="" src="https:\/\/media\.licdn\.com\/dms\/image\/v2\/D4E03AQPhotoXX\/[^"]*">/, `<img alt="" width="${size}" height="${size}" style="border-radius:50%;display:block" src="${photoUrl.replaceAll('&', '&amp;')}">`)
    // The cover photo (a placeholder) kept small, so the top card's photo is in view at once.
    .replace('<img alt="Cover photo"', '<img alt="Cover photo" width="600" height="60"');
  return { slug, name, url: `https://www.linkedin.com/in/${slug}/`, photoUrl, photoPath, html };
}

/** Two invented faces, the same every run. */
const random = seeded(2027);
export const FACE_ONE: Face = inventFace(random);
export const FACE_TWO: Face = inventFace(random);

/** A PNG of `face`, `size` pixels wide, compressed "again" (each upload of one picture is its own file). */
export const facePng = (face: Face, size: number, seed: number): Buffer => pngOf(recompress(render(face, size), 2, seeded(seed)));
