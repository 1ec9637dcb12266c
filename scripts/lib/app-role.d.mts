export const APP_ROLE: string;
export function ensureAppRole(ownerUrl: string, options?: { dataDir?: string }): Promise<string>;
