// The roles a person can hold and the status filter of the people list. Apart from the schema (zod) so
// client components can list them without loading the validation library.
export const ROLES = ['ADMIN', 'OFFICIAL', 'GROUP_LEADER', 'ASSESSOR'] as const;

export const USER_STATUSES = ['active', 'inactive', 'all'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];
