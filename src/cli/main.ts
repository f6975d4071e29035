import { parseArgs } from 'node:util';
import { runCreateCommittee, runCreateUser } from './admin-commands';
import { runMigrate, runSeed } from './db-commands';
import { runStart } from './start';

const USAGE = `用法: xieshang <命令> [选项]

  dev                           开发模式：接口服务 + 网页端热更新（http://localhost:5173）
  start                         启动平台（默认 http://localhost:8080；未设置 DATABASE_URL 时使用 ./data 下的嵌入式数据库并创建演示数据）
  migrate                       执行数据库迁移
  seed [--demo]                 创建演示委员会和演示账号
  create-committee --code C --name N --level city|county [--short-name S] [--parent CODE]
  create-user --username U --password P --role ROLE[,ROLE] --committee CODE [--display-name 姓名]
              [--member ID] [--unit ID] [--special-committee ID]  关联委员 / 承办单位 / 所属专委会
  import-plan FILE [--year YYYY] 解析年度协商计划通知，输出 JSON
  bench                         运行性能基准（见 docs/performance.md）
`;

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  switch (command) {
    case 'start':
      return runStart({ logger: true });
    case 'dev': {
      // The API on PORT, and Vite's dev server on 5173 with hot reload, proxying /api to it.
      const { spawn } = await import('node:child_process');
      const vite = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--config', 'web/vite.config.ts'], { stdio: 'inherit' });
      process.once('exit', () => vite.kill());
      return runStart({ logger: true, skipWebBuild: true });
    }
    case 'migrate':
      return runMigrate();
    case 'seed': {
      const { values } = parseArgs({ args: rest, options: { demo: { type: 'boolean' } } });
      return runSeed({ demo: values.demo ?? false });
    }
    case 'create-committee': {
      const { values } = parseArgs({
        args: rest,
        options: { code: { type: 'string' }, name: { type: 'string' }, level: { type: 'string' }, 'short-name': { type: 'string' }, parent: { type: 'string' } },
      });
      return runCreateCommittee(values);
    }
    case 'create-user': {
      const { values } = parseArgs({
        args: rest,
        options: {
          username: { type: 'string' },
          password: { type: 'string' },
          role: { type: 'string' },
          committee: { type: 'string' },
          'display-name': { type: 'string' },
          member: { type: 'string' },
          unit: { type: 'string' },
          'special-committee': { type: 'string' },
        },
      });
      return runCreateUser(values);
    }
    case 'import-plan': {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { year: { type: 'string' }, sources: { type: 'boolean' } } });
      const { runImportPlan } = await import('./import-plan');
      return runImportPlan(positionals[0], values);
    }
    case 'bench': {
      const { runBench } = await import('../../bench/run');
      return runBench(rest);
    }
    case undefined:
    case 'help':
    case '--help':
      process.stdout.write(USAGE);
      return;
    default:
      process.stderr.write(`未知命令：${command}\n\n${USAGE}`);
      process.exitCode = 2;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
