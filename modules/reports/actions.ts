'use server';
// Work report server actions: each one is the guarded wrapper around a mutation.
import { action } from '@/lib/server/action';
import { acceptReport, returnReport, setReportDeadline } from '@/modules/reports/decide-mutations';
import { saveReportDraft, submitReport } from '@/modules/reports/mutations';
import { openOwnReport, prepareReport } from '@/modules/reports/open-mutations';
import {
  ZOpenOwnReportInput,
  ZPrepareReportInput,
  ZReportVersionInput,
  ZReturnReportInput,
  ZSaveReportDraftInput,
  ZSetReportDeadlineInput,
} from '@/modules/reports/schema';

// Reports show on many pages (home tasks, assessment hub, report pages): revalidate the whole shell.
const REVALIDATE = ['/'];

export const openOwnReportAction = action({ schema: ZOpenOwnReportInput, permission: 'report.write', run: openOwnReport, revalidate: REVALIDATE });

export const prepareReportAction = action({ schema: ZPrepareReportInput, permission: 'report.decide', run: prepareReport, revalidate: REVALIDATE });

// Autosave: the form keeps its own state, so nothing needs re-rendering after a draft save.
export const saveReportDraftAction = action({ schema: ZSaveReportDraftInput, permission: 'report.write', run: saveReportDraft });

export const submitReportAction = action({ schema: ZReportVersionInput, permission: 'report.write', run: submitReport, revalidate: REVALIDATE });

export const returnReportAction = action({ schema: ZReturnReportInput, permission: 'report.decide', run: returnReport, revalidate: REVALIDATE });

export const acceptReportAction = action({ schema: ZReportVersionInput, permission: 'report.decide', run: acceptReport, revalidate: REVALIDATE });

export const setReportDeadlineAction = action({
  schema: ZSetReportDeadlineInput,
  permission: 'report.decide',
  run: setReportDeadline,
  revalidate: REVALIDATE,
});
