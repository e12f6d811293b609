// `npm run package`: store-ready zips of the two builds, plus the sources archive Mozilla's
// review asks for (the repository at HEAD, which rebuilds with the README's commands).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'packages');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
mkdirSync(out, { recursive: true });

for (const target of ['chrome', 'firefox']) {
  const dir = resolve(root, 'dist', target);
  if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`dist/${target} is missing: run npm run build first`);
  execFileSync('npx', ['web-ext', 'build', '--source-dir', dir, '--artifacts-dir', out, '--filename', `remote-pitch-${version}-${target}.zip`, '--overwrite-dest', '--no-input'], { cwd: root, stdio: 'ignore' });
}

const sources = resolve(out, `remote-pitch-${version}-sources.zip`);
execFileSync('git', ['archive', '--format=zip', '--prefix=remote-pitch/', '-o', sources, 'HEAD'], { cwd: root });

for (const name of [`remote-pitch-${version}-chrome.zip`, `remote-pitch-${version}-firefox.zip`, `remote-pitch-${version}-sources.zip`]) {
  console.log(`packages/${name}  ${statSync(resolve(out, name)).size.toLocaleString('en-US')} bytes`);
}
