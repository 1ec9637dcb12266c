'use server';
// Household check server actions (checks themselves are sent to POST /api/checks, with their photos).
import { action } from '@/lib/server/action';
import { prepareVisitOffline } from '@/modules/checks/offline';
import { ZPrepareVisitOfflineInput } from '@/modules/checks/schema';

export const prepareVisitOfflineAction = action({ schema: ZPrepareVisitOfflineInput, permission: 'check.write', run: prepareVisitOffline });
