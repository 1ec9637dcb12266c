// Types for next.config.js (plain JavaScript, as Next loads it), so that tests can read the config.
import type { NextConfig } from 'next';

declare const config: NextConfig;
export default config;
