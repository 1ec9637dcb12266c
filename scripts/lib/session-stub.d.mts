export function stubSessionModule(): void;
