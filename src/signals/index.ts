// Every signal, one import line each. The file name is the signal id (see ../../docs/signals.md).
import type { Signal } from './signal.ts';

export const signals: readonly Signal[] = [];
