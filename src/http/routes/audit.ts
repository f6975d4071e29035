import type { App, Deps } from '../app-types';

// Routes of this area are being written; the module is registered so that areas can be built side by side.
export function auditRoutes(_app: App, _deps: Deps) {}
