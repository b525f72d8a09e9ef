/**
 * `npm run stats:nginx-map` rewrites the generated robot and browser maps in
 * deploy/nginx/etalase.conf from npm isbot's current list (run it after updating isbot);
 * `npm run stats:nginx-map -- --check` only says whether the file is current (exit 1 if not).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { list } from 'isbot';
import { SHIPPED_CONFIG } from './lib/nginx.ts';
import { nginxAgentMaps, replaceGenerated } from '../src/lib/stats/agent.ts';

const { version } = createRequire(import.meta.url)('isbot/package.json') as { version: string };
const current = readFileSync(SHIPPED_CONFIG, 'utf8');
const next = replaceGenerated(current, nginxAgentMaps(list, version), 'deploy/nginx/etalase.conf');
if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error(
      'deploy/nginx/etalase.conf: the robot map is not the one isbot gives; run npm run stats:nginx-map',
    );
    process.exit(1);
  }
  console.log('deploy/nginx/etalase.conf: robot map current (isbot ' + version + ')');
} else if (next === current) {
  console.log('deploy/nginx/etalase.conf: already current (isbot ' + version + ')');
} else {
  writeFileSync(SHIPPED_CONFIG, next);
  console.log('deploy/nginx/etalase.conf: robot map rewritten from isbot ' + version);
}
