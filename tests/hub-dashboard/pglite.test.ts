// The dashboard's suite on the embedded engine (PGlite, in memory).
import { openDatabase } from '../../hub/db.ts';
import { dashboardSuite } from './suite.ts';

dashboardSuite('PGlite', () => openDatabase({}));
