// Bundles the viewer's scripts into the module's classes folder, so Maven packages them into the server's jar.
// Run by Maven (exec plugin) with the machine's node; only the lock file's packages are used.
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { makeMap, DEFAULT_SOURCE, OUTPUT } from './map/simplify.mjs';

const out = process.env.NDAF_VIEWER_OUT || 'target/classes/static';

await mkdir(`${out}/graphiql`, { recursive: true });
await build({
  entryPoints: { graphiql: 'src/graphiql/main.jsx' },
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  outdir: `${out}/graphiql`,
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.js': 'jsx' },
  logLevel: 'warning',
  legalComments: 'linked',
});
await copyFile('src/graphiql/index.html', `${out}/graphiql/index.html`);

// The map's provinces (src/app/provinces.json), simplified from the shared boundaries when they are at hand; the
// committed file is used as it is otherwise (the result is the same for the same boundaries).
if (existsSync(DEFAULT_SOURCE)) {
  const text = `${JSON.stringify(await makeMap(DEFAULT_SOURCE))}\n`;
  const old = existsSync(OUTPUT) ? await readFile(OUTPUT, 'utf8') : '';
  if (text !== old) await writeFile(OUTPUT, text);
}

// The viewer (src/app): plain modules and a stylesheet, served at /app/; index.html is the page for every route.
await mkdir(`${out}/app`, { recursive: true });
await build({
  entryPoints: { app: 'src/app/main.js' },
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  outdir: `${out}/app`,
  logLevel: 'warning',
  legalComments: 'linked',
});
await copyFile('src/app/app.css', `${out}/app/app.css`);
