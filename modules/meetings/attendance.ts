// How an attendee's presence is recorded. Apart from the schema (zod) so client components can list
// the choices without loading the validation library.
export const ATTENDANCE = ['PRESENT', 'ABSENT', 'UNKNOWN'] as const;
export type Attendance = (typeof ATTENDANCE)[number];
