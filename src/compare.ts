// Compares a profile snapshot with the candidate's application: the `application` signals, run and
// scored like any others by assess(), with the application in the context. Worker and Node only (the
// phone signals pull in the phone metadata). The profile's own signals are not re-run here.
import type { Application } from './application/model.ts';
import type { Assessment, AssessContext, ProfileSnapshot } from './model.ts';
import { assess } from './assess.ts';
import { applicationSignals } from './signals/index.ts';

export function compareWithApplication(snapshot: ProfileSnapshot, application: Application, ctx: AssessContext): Assessment {
  return assess(snapshot, { ...ctx, application }, applicationSignals);
}
