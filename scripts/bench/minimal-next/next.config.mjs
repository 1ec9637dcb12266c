import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Resolves packages from the product's node_modules (three folders up).
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const config = { poweredByHeader: false, serverExternalPackages: ['pg'], turbopack: { root } };

export default config;
