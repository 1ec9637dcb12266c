// How large a request body may be, shared by the server (which refuses a larger one in the app's
// own words) and the client (which recognises that answer and shows it).

/** Server actions: the Excel upload (5 MB, modules/reports/excel-layout.ts) with room for the form around it.
 *  next.config.js sets the same value as `serverActions.bodySizeLimit` (checked by body-limits.test.ts). */
export const SERVER_ACTION_BODY_LIMIT_MB = 6;

export const SERVER_ACTION_BODY_LIMIT_BYTES = SERVER_ACTION_BODY_LIMIT_MB * 1024 * 1024;
