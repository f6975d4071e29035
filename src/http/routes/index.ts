import type { App, Deps } from '../app-types';
import { auditRoutes } from './audit';
import { authRoutes } from './auth';
import { memberRoutes } from './members';
import { organisationRoutes } from './organisation';
import { planFileRoutes } from './plan-files';
import { planRoutes } from './plans';
import { rosterRoutes } from './roster';
import { securitySettingsRoutes } from './security-settings';
import { systemRoutes } from './system';
import { unitRoutes } from './units';
import { userRoutes } from './users';

export function registerRoutes(app: App, deps: Deps) {
  systemRoutes(app, deps);
  authRoutes(app, deps);
  // Roster routes (/api/members/roster/…, /api/members/export) before /api/members/:id.
  rosterRoutes(app, deps);
  memberRoutes(app, deps);
  organisationRoutes(app, deps);
  unitRoutes(app, deps);
  userRoutes(app, deps);
  securitySettingsRoutes(app, deps);
  auditRoutes(app, deps);
  // File routes (/api/plans/import/preview) before /api/plans/:id.
  planFileRoutes(app, deps);
  planRoutes(app, deps);
}
