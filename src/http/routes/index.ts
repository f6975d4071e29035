import type { App, Deps } from '../app-types';
import { authRoutes } from './auth';
import { memberRoutes } from './members';
import { systemRoutes } from './system';

export function registerRoutes(app: App, deps: Deps) {
  systemRoutes(app, deps);
  authRoutes(app, deps);
  memberRoutes(app, deps);
}
