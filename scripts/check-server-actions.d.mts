export function findUnwrappedExports(fileName: string, text: string): string[];
