// The corpus's résumés as text, from the description of each invented person (./corpus.ts): the
// words of each language, each entry style's lines, and the values a reader should find. Shared by
// scripts/make-application-corpus.ts (which writes the committed files) and the comparison tests
// (which write a person's résumé in every style, faithfully or with one planted change).
import type { EntryStyle, Lang, Person } from './corpus.ts';

export interface Words {
  experience: string;
  education: string;
  skills: string;
  summary: string;
  contact: string;
  phone: string;
  email: string;
  location: string;
  present: string;
  at: string;
  fieldJoin: string;
  months: string[] | null;
}

export const WORDS: Record<Lang, Words> = {
  en: { experience: 'Experience', education: 'Education', skills: 'Skills', summary: 'Summary', contact: 'Contact', phone: 'Phone', email: 'Email', location: 'Location', present: 'Present', at: 'at', fieldJoin: ' in ', months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] },
  de: { experience: 'Berufserfahrung', education: 'Ausbildung', skills: 'Kenntnisse', summary: 'Profil', contact: 'Kontakt', phone: 'Telefon', email: 'E-Mail', location: 'Adresse', present: 'heute', at: 'bei', fieldJoin: ' ', months: null },
  fr: { experience: 'Expérience professionnelle', education: 'Formation', skills: 'Compétences', summary: 'Profil', contact: 'Coordonnées', phone: 'Téléphone', email: 'E-mail', location: 'Adresse', present: "aujourd'hui", at: 'chez', fieldJoin: ' en ', months: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'] },
  es: { experience: 'Experiencia laboral', education: 'Formación académica', skills: 'Habilidades', summary: 'Perfil', contact: 'Contacto', phone: 'Teléfono', email: 'Correo', location: 'Dirección', present: 'actualidad', at: 'en', fieldJoin: ' en ', months: null },
  pt: { experience: 'Experiência profissional', education: 'Formação académica', skills: 'Competências', summary: 'Perfil', contact: 'Contacto', phone: 'Telefone', email: 'E-mail', location: 'Morada', present: 'atual', at: 'na', fieldJoin: ' em ', months: ['jan.', 'fev.', 'mar.', 'abr.', 'mai.', 'jun.', 'jul.', 'ago.', 'set.', 'out.', 'nov.', 'dez.'] },
};

export function date(d: string | null, w: Words): string {
  if (d === null) return w.present;
  const [y, m] = d.split('-');
  if (!m) return y!;
  return w.months ? `${w.months[Number(m) - 1]} ${y}` : `${m}/${y}`;
}

export const range = (s: string | null, e: string | null, w: Words): string => (s ? `${date(s, w)} – ${date(e, w)}` : date(e, w));
export const linkedinShown = (url: string): string => url.replace(/^https?:\/\/(www\.)?/, '');

/** One block of a résumé: a heading, or an entry's lines, with what is bold and what is right-aligned. */
export type Block = { kind: 'heading'; text: string } | { kind: 'line'; text: string; bold?: boolean; right?: string } | { kind: 'bullet'; text: string } | { kind: 'para'; text: string };

/** An employer's name as written, with the work mode after it ("Brightwater Analytics (Remote)"). */
export const employerShown = (p: Person['positions'][number]): string => (p.workMode ? `${p.employer} ${p.workMode}` : p.employer);
/** A title as written, with the work mode after it ("Product Manager (Hybrid)"). */
export const titleShown = (p: Person['positions'][number]): string => (p.titleMode ? `${p.title} ${p.titleMode}` : p.title);

export function entryBlocks(p: Person['positions'][number], style: EntryStyle, w: Words, previous: Person['positions'][number] | null = null): Block[] {
  const dates = range(p.start, p.end, w);
  const out: Block[] = [];
  if (style === 'grouped') {
    // The employer's name once for its roles in a row.
    if (previous?.employer !== p.employer) out.push({ kind: 'line', text: employerShown(p), bold: true });
    out.push({ kind: 'line', text: titleShown(p) }, { kind: 'line', text: dates });
    for (const b of p.bullets ?? []) out.push({ kind: 'bullet', text: b });
    return out;
  }
  p = { ...p, employer: employerShown(p), title: titleShown(p) };
  if (style === 'title-dash-employer') out.push({ kind: 'line', text: `${p.title} — ${p.employer}`, bold: true }, { kind: 'line', text: dates });
  else if (style === 'employer-then-title') out.push({ kind: 'line', text: p.employer, bold: true }, { kind: 'line', text: p.title, right: dates });
  else if (style === 'dates-first') out.push({ kind: 'line', text: dates }, { kind: 'line', text: `${p.title}, ${p.employer}`, bold: true });
  else out.push({ kind: 'line', text: `${p.title} ${w.at} ${p.employer} (${dates})`, bold: true });
  for (const b of p.bullets ?? []) out.push({ kind: 'bullet', text: b });
  return out;
}

export function schoolBlocks(e: Person['education'][number], style: EntryStyle, w: Words): Block[] {
  const degree = `${e.degree}${e.field ? `${w.fieldJoin}${e.field}` : ''}`;
  // The school and the degree in the order this person writes them, on one line or on two.
  const oneLine = e.degreeFirst ? `${degree}, ${e.school}` : `${e.school}, ${degree}`;
  const twoLines = (right?: string): Block[] =>
    e.degreeFirst ? [{ kind: 'line', text: degree, bold: true, ...(right ? { right } : {}) }, { kind: 'line', text: e.school }] : [{ kind: 'line', text: e.school, bold: true }, { kind: 'line', text: degree, ...(right ? { right } : {}) }];
  if (style === 'grouped') return [{ kind: 'line', text: oneLine, bold: true }, ...(e.start || e.end ? [{ kind: 'line', text: range(e.start, e.end, w) } as Block] : [])];
  if (!e.start && !e.end) return twoLines();
  const dates = range(e.start, e.end, w);
  if (style === 'dates-first') return [{ kind: 'line', text: dates }, { kind: 'line', text: `${degree}, ${e.school}`, bold: true }];
  if (style === 'employer-then-title') return twoLines(dates);
  return [...twoLines(), { kind: 'line', text: dates }];
}

export function contactBlocks(p: Person, w: Words, labelled: boolean): Block[] {
  const items = [
    [w.location, p.location],
    [w.phone, p.phone],
    [w.email, p.email],
    ...(p.linkedin ? [['LinkedIn', linkedinShown(p.linkedin)]] : []),
  ] as [string, string][];
  return items.map(([label, value]) => ({ kind: 'line', text: labelled ? `${label}: ${value}` : value }));
}

export function mainBlocks(p: Person, style: EntryStyle, w: Words): Block[] {
  return [
    { kind: 'heading', text: w.summary },
    { kind: 'para', text: p.summary },
    { kind: 'heading', text: w.experience },
    ...p.positions.flatMap((pos, i) => entryBlocks(pos, style, w, p.positions[i - 1] ?? null)),
    { kind: 'heading', text: w.education },
    ...p.education.flatMap((e) => schoolBlocks(e, style, w)),
  ];
}

export function skillBlocks(p: Person, w: Words): Block[] {
  return [{ kind: 'heading', text: w.skills }, ...p.skills.map((s) => ({ kind: 'line', text: s }) as Block)];
}

export function blockText(b: Block): string {
  if (b.kind === 'heading') return `\n${b.text.toUpperCase()}`;
  if (b.kind === 'bullet') return `• ${b.text}`;
  if (b.kind === 'line' && b.right) return `${b.text} | ${b.right}`;
  return b.text;
}

export function renderText(p: Person, layout: string, style: EntryStyle): string {
  const w = WORDS[p.lang];
  const head = layout === 'labelled' ? [`Name: ${p.name}`, ...contactBlocks(p, w, true).map(blockText)] : [p.name, contactBlocks(p, w, false).map((b) => (b as { text: string }).text).join(' | ')];
  return [...head, ...mainBlocks(p, style, w).map(blockText), ...skillBlocks(p, w).map(blockText)].join('\n') + '\n';
}

export function expected(p: Person, format: string): unknown {
  const [city, country] = p.location.split(/,\s*/);
  const countryNames: Record<string, string> = { SE: 'Sweden', DE: 'Germany', FR: 'France', ES: 'Spain', PT: 'Portugal', NO: 'Norway' };
  const codes: Record<string, string> = { Sweden: 'SE', Deutschland: 'DE', France: 'FR', España: 'ES', Portugal: 'PT', Norway: 'NO' };
  return {
    name: p.name,
    emails: [p.email],
    phones: [p.phone],
    linkedinUrls: p.linkedin ? [p.linkedin] : [],
    // JSON Resume gives a country code, which the reader writes out in English.
    location: format === 'json' ? `${city}, ${countryNames[codes[country ?? ''] ?? ''] ?? country}` : p.location,
    positions: p.positions.map((x) => ({ employer: x.employer, title: x.title, start: x.start, end: x.end })),
    education: p.education.map((e) => ({ school: e.school, degree: e.degree, field: e.field, start: e.start, end: e.end })),
  };
}

