import type { StdioOptions } from 'node:child_process';

export const SCHEMA_ENGINE_STAND_IN: string;
export const PRISMA_CLI: string;
export function prismaEnv(overrides?: Record<string, string>, base?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export function runPrisma(
  args: string[],
  options?: { env?: Record<string, string>; cwd?: string; stdio?: StdioOptions; allowFailure?: boolean },
): Promise<number>;
