// `npm run bench`: runs every scripts/bench/*.bench.ts module, prints one table and writes
// bench-results.json. The modules are TypeScript, loaded through Vite's SSR loader so they
// import the project's sources exactly as the build sees them.
import { createServer } from 'vite';
import { readdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);
const files = (await readdir(resolve(root, 'scripts/bench')))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((name) => f.startsWith(name)))
  .sort();

// Our few CommonJS sources (src/core/coach/wink-model.cjs) get a CommonJS scope: Vite's loader
// evaluates every source as an ES module, where `module` and `require` are not defined.
const commonJsSources = {
  name: 'bench:commonjs-sources',
  transform(code, id) {
    if (!id.endsWith('.cjs') || id.includes('/node_modules/')) return null;
    return `import { createRequire } from 'node:module';\nconst require = createRequire(${JSON.stringify(id)});\nconst module = { exports: {} };\n${code}\nexport default module.exports;\n`;
  },
};
const server = await createServer({ root, configFile: false, logLevel: 'error', plugins: [commonJsSources], server: { middlewareMode: true, hmr: false }, appType: 'custom' });
const figures = [];
try {
  for (const file of files) {
    process.stderr.write(`bench: ${file}\n`);
    const mod = await server.ssrLoadModule(`/scripts/bench/${file}`);
    figures.push(...(await mod.default()));
  }
} finally {
  await server.close();
}

const rows = figures.map((f) => [f.area, f.name, format(f.value, f.unit), f.aim ?? '']);
const header = ['area', 'figure', 'value', 'aim'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));

await writeFile(resolve(root, 'bench-results.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), figures }, null, 2)}\n`);
console.log('\nwritten to bench-results.json');

function format(value, unit) {
  if (unit === 'ms') return `${value < 10 ? value.toFixed(3) : value.toFixed(1)} ms`;
  if (unit === 'bytes') return `${value.toLocaleString('en-US')} B`;
  if (unit === 'ratio') return value.toFixed(3);
  return String(value);
}
