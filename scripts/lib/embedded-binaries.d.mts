export function linkServerLibraries(packageRoot?: string | null): void;
