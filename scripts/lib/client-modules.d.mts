export type ClientModule = { source: string; packages: string[]; importedBy: string | null };
export function readImports(root: string, file: string): { source: string; local: string[]; packages: string[] };
export function findClientModules(root?: string): Map<string, ClientModule>;
export function importChain(modules: Map<string, ClientModule>, file: string): string[];
export function findModulesReachedFrom(root: string, entry: string): Set<string>;
