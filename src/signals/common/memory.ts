// History signals read the extension's own memory; without it (the CLI, a first visit) they say so.
import type { AssessContext, Category, NotChecked } from '../../model.ts';
import { notChecked } from './findings.ts';

export function memoryMissing(ctx: AssessContext, signal: { id: string; category: Category }): NotChecked | null {
  if (ctx.memory) return null;
  return notChecked(signal, 'this is the first time this profile is seen (nothing remembered about it)', 'visit the profile again later with the extension installed; Telltale remembers what it saw');
}
