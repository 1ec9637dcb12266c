#!/usr/bin/env node
// `npm run worker`: the import worker process (scripts/import-worker.ts), beside `next start`.
import { tsImport } from 'tsx/esm/api';
import { stubSessionModule } from './lib/session-stub.mjs';

stubSessionModule();
await tsImport('./import-worker.ts', import.meta.url);
