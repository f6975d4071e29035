import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

describe('readConfig', () => {
  it('serves the demo on the embedded database by default, on port 8080', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ port: 8080, databaseUrl: null, demo: true, secureCookies: false });
    expect(config.dataDir.endsWith('data')).toBe(true);
  });

  it('never makes demo data in production unless asked', () => {
    expect(readConfig({ DATABASE_URL: 'postgres://x@localhost/db' })).toMatchObject({ demo: false, secureCookies: true });
    expect(readConfig({ DATABASE_URL: 'postgres://x@localhost/db', XIESHANG_DEMO: '1' }).demo).toBe(true);
  });

  it('takes PORT and DATA_DIR from the environment', () => {
    expect(readConfig({ PORT: '9090', DATA_DIR: '/tmp/xs' })).toMatchObject({ port: 9090, dataDir: '/tmp/xs' });
  });
});
