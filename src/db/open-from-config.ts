import path from 'node:path';
import type { AppConfig } from '../config';
import { lockDataDir } from './data-dir-lock';
import { openDatabase, type DatabaseHandle } from './database';

/** Opens the database the settings name: PostgreSQL when DATABASE_URL is set, else PGlite under DATA_DIR (locked to this process). */
export async function openConfiguredDatabase(config: AppConfig): Promise<DatabaseHandle> {
  if (config.databaseUrl) return openDatabase({ kind: 'postgres', url: config.databaseUrl });
  const release = lockDataDir(config.dataDir);
  try {
    const handle = await openDatabase({ kind: 'pglite', dataDir: path.join(config.dataDir, 'pglite') });
    return {
      ...handle,
      close: async () => {
        await handle.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
