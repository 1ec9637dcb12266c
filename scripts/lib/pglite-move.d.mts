export function pgliteFolder(dataDir: string): string | null;
export function servePglite(folder: string): Promise<{ url: string; stop: () => Promise<void> }>;
export function movePgliteData(options: { folder: string; targetUrl: string }): Promise<{ tables: number; rows: number; movedTo: string }>;
