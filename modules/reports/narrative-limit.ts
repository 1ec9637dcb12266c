// The longest narrative section a report takes. Apart from the schema (zod) so the report form can count
// characters without loading the validation library.
export const NARRATIVE_MAX = 20_000;
