// Fails when src/lib/api/schema.d.ts differs from what openapi-typescript generates from ../openapi.yaml.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const contract = '../openapi.yaml';
const committed = 'src/lib/api/schema.d.ts';
if (!existsSync(contract)) {
    console.error(`check:api: ${contract} not found`);
    process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'karta-api-'));
const fresh = join(dir, 'schema.d.ts');
try {
    execFileSync('npx', ['--no-install', 'openapi-typescript', contract, '-o', fresh], { stdio: 'inherit' });
    if (readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8')) {
        console.error(`check:api: ${committed} is out of date with ${contract}; run \`npm run gen:api\` and commit it`);
        process.exit(1);
    }
    console.log(`check:api: ${committed} matches ${contract}`);
} finally {
    rmSync(dir, { recursive: true, force: true });
}
