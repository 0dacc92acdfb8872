// Writes data/schema.json from the one definition in src/data/schema.ts.
// Usage: npm run schema   (a test fails when the committed file drifts)
import { build } from 'esbuild';
import { writeFile } from 'node:fs/promises';

const out = await build({
  entryPoints: ['src/data/json-schema.ts'],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
});
const code = out.outputFiles[0].text;
const { profileJsonSchema } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
await writeFile('data/schema.json', `${JSON.stringify(profileJsonSchema(), null, 2)}\n`);
console.log('wrote data/schema.json');
