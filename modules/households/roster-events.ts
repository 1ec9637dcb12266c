// The newline-delimited JSON events the roster upload streams back to the browser.
import type { AppErrorCode } from '@/lib/app-error';
import type { RosterIssue } from '@/modules/households/roster-row';

export type RosterStreamEvent =
  | { type: 'reading' }
  | { type: 'progress'; phase: 'validating' | 'saving'; done: number; total: number }
  | { type: 'invalid'; issueCount: number; issues: RosterIssue[] }
  | { type: 'done'; ok: true; rosterImportId: string; rowCount: number; contentHash: string }
  | { type: 'error'; ok: false; code: AppErrorCode; message: string };
