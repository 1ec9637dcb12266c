// How many photos one check carries: the server's schema (schema.ts) and the phone's photo picker both
// read it, the picker without loading the validation library.
export const MAX_CHECK_PHOTOS = 6;
