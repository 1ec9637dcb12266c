export function linkServerLibraries(packageRoot?: string | null): void;
export function serverBinary(packageRoot?: string | null): string;
