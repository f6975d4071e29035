// Installs what the test suite and the benchmarks need from Debian's packages when it is missing:
// PostgreSQL (server binaries), Chromium and CJK fonts (browser tests). Nothing is downloaded from elsewhere.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

let aptUpdated = false;

function apt(packages) {
  const asRoot = process.getuid?.() === 0;
  const run = (args) => {
    const cmd = asRoot ? 'apt-get' : 'sudo';
    const full = asRoot ? args : ['-n', 'apt-get', ...args];
    const result = spawnSync(cmd, full, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} 失败`);
  };
  if (!aptUpdated) {
    run(['update', '-qq']);
    aptUpdated = true;
  }
  run(['install', '-y', '-qq', '--no-install-recommends', ...packages]);
}

/** The directory of PostgreSQL's server binaries (initdb, pg_ctl, postgres), installing postgresql if needed. */
export function postgresBinDir() {
  const find = () => {
    const base = '/usr/lib/postgresql';
    if (!existsSync(base)) return null;
    const versions = readdirSync(base)
      .filter((v) => /^\d+$/.test(v) && Number(v) >= 15 && existsSync(`${base}/${v}/bin/initdb`))
      .sort((a, b) => Number(b) - Number(a));
    return versions.length ? `${base}/${versions[0]}/bin` : null;
  };
  let dir = find();
  if (!dir) {
    console.log('未找到 PostgreSQL，正在通过 apt-get 安装 postgresql…');
    apt(['postgresql']);
    dir = find();
  }
  if (!dir) throw new Error('安装 postgresql 后仍找不到 initdb');
  return dir;
}

export const CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium and a CJK font, so that screenshots show Chinese and not boxes. */
export function ensureChromium() {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push('chromium');
  if (!hasCjkFont()) missing.push('fonts-noto-cjk');
  if (missing.length) {
    console.log(`正在通过 apt-get 安装 ${missing.join('、')}…`);
    apt(missing);
  }
  return CHROMIUM;
}

function hasCjkFont() {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
  }
}
