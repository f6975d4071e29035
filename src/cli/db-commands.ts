import { readConfig } from '../config';
import { migrate } from '../db/migrate';
import { openConfiguredDatabase } from '../db/open-from-config';
import { seedDemo } from '../seed/demo';

export async function runMigrate() {
  const handle = await openConfiguredDatabase(readConfig());
  try {
    const applied = await migrate(handle.db);
    process.stdout.write(applied.length ? `已执行迁移：${applied.join(', ')}\n` : '数据库已是最新\n');
  } finally {
    await handle.close();
  }
}

export async function runSeed(options: { demo: boolean }) {
  if (!options.demo) {
    process.stderr.write('请指定 --demo 以创建演示数据（生产环境请用 create-committee 和 create-user）\n');
    process.exitCode = 2;
    return;
  }
  const handle = await openConfiguredDatabase(readConfig());
  try {
    await migrate(handle.db);
    const created = await seedDemo(handle.db);
    process.stdout.write(created ? '已创建演示委员会和演示账号\n' : '演示数据已存在\n');
  } finally {
    await handle.close();
  }
}
