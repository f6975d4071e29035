import { z } from 'zod';
import { createCommittee } from '../commands/committees/create-committee';
import { systemContext } from '../commands/context';
import { createUser } from '../commands/users/create-user';
import { readConfig } from '../config';
import type { Db } from '../db/database';
import { migrate } from '../db/migrate';
import { openConfiguredDatabase } from '../db/open-from-config';
import { createUserSchema, roleSchema } from '../domain/users/user-schema';
import { AppError } from '../errors/app-error';

async function withDatabase(work: (db: Db) => Promise<void>) {
  const handle = await openConfiguredDatabase(readConfig());
  try {
    await migrate(handle.db);
    await work(handle.db);
  } catch (error) {
    if (error instanceof z.ZodError) throw new Error(error.issues.map((i) => `${i.path.join('.') || '参数'}：${i.message}`).join('\n'));
    if (error instanceof AppError) throw new Error(`${error.field ? `${error.field}：` : ''}${error.message}`);
    throw error;
  } finally {
    await handle.close();
  }
}

export function runCreateCommittee(values: { code?: string; name?: string; level?: string; 'short-name'?: string; parent?: string }) {
  return withDatabase(async (db) => {
    const { id } = await createCommittee(db, {
      code: values.code ?? '',
      name: values.name ?? '',
      level: (values.level ?? 'city') as 'city',
      shortName: values['short-name'],
      parentCode: values.parent,
    });
    process.stdout.write(`已创建委员会 ${values.code}（${id}）\n`);
  });
}

export function runCreateUser(values: { username?: string; password?: string; role?: string; committee?: string; 'display-name'?: string; member?: string; unit?: string; 'special-committee'?: string }) {
  return withDatabase(async (db) => {
    const committee = await db.selectFrom('committees').select('id').where('code', '=', values.committee ?? '').executeTakeFirst();
    if (!committee) throw new Error(`委员会 ${values.committee ?? '（未指定 --committee）'} 不存在`);
    const roles = z.array(roleSchema).parse((values.role ?? '').split(',').filter(Boolean));
    const input = createUserSchema.parse({
      username: values.username,
      password: values.password,
      displayName: values['display-name'] ?? values.username,
      roles,
      memberId: values.member ?? null,
      handlingUnitId: values.unit ?? null,
      specialCommitteeId: values['special-committee'] ?? null,
    });
    const { id } = await createUser(systemContext(db, committee.id), input, { mustChangePassword: false });
    process.stdout.write(`已创建用户 ${input.username}（${id}）\n`);
  });
}
