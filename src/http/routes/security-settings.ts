import { updateSecuritySettings } from '../../commands/security/update-security-settings';
import { loadSecuritySettings } from '../../db/settings';
import { securitySettingsSchema } from '../../domain/security-settings';
import { securitySettingsPolicy } from '../../policies/users';
import { contextOf, type App, type Deps } from '../app-types';
import { actorOf } from '../plugins/access';

const tags = ['安全策略'];
const access = { access: { roles: securitySettingsPolicy.roles } };

/** The committee's security policy (三员分立: the security administrator only). */
export function securitySettingsRoutes(app: App, deps: Deps) {
  app.get('/api/security-settings', { config: access, schema: { tags, summary: '安全策略' } }, async (request) =>
    loadSecuritySettings(deps.db, actorOf(request).committeeId),
  );

  app.put('/api/security-settings', { config: access, schema: { tags, summary: '修改安全策略', body: securitySettingsSchema } }, async (request) =>
    updateSecuritySettings(contextOf(deps, request), request.body),
  );
}
