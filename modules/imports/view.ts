// An import job as the page shows it (JSON, polled by the browser): state and progress, and how it
// ended — rows imported, the rejected rows or cells, or the refusal as a translated message.
import type { ImportJobState } from '@/lib/generated/prisma/enums';
import type { ImportJobRow } from '@/modules/imports/queries';

export type ImportIssue = { line: number; reason: string; params?: Record<string, string | number> };
/** REPORT_EXCEL: a cell refused, where it is and what it held, with its reason translated. */
export type ImportCellIssue = { sheet: string; cell: string; indicatorCode: string | null; period: string | null; value: string; reason: string };
type StoredCell = Omit<ImportCellIssue, 'reason'> & { messageKey: string; params?: Record<string, string | number> };

export type ImportJobView = {
  id: string;
  state: ImportJobState;
  fileName: string;
  phase: 'reading' | 'validating' | 'saving' | null;
  done: number;
  total: number;
  cancelRequested: boolean;
  rowCount: number | null;
  issueCount: number | null;
  /** ROSTER: the bad rows (first ones), reasons as message keys under siteVisits.roster.reasons. */
  issues: ImportIssue[];
  /** REPORT_EXCEL: every refused cell (nothing saved). */
  cells: ImportCellIssue[];
  /** DONE: what the import produced (e.g. rosterImportId and contentHash). */
  result: Record<string, string | number> | null;
  /** FAILED with a refusal: its translated message. */
  message: string | null;
};

type Translate = (key: string, params?: Record<string, string | number>) => string | null;
type Outcome = { issues?: ImportIssue[]; cells?: StoredCell[]; messageKey?: string; params?: Record<string, string | number> } & Record<string, unknown>;

export function toImportJobView(row: ImportJobRow, translate: Translate): ImportJobView {
  const outcome = (row.outcome ?? {}) as Outcome;
  const refusal = row.state === 'FAILED' && outcome.messageKey ? outcome.messageKey : null;
  const key = refusal && !refusal.includes('.') ? `errors.${refusal}` : refusal;
  return {
    id: row.id,
    state: row.state,
    fileName: row.fileName,
    phase: (row.phase as ImportJobView['phase']) ?? null,
    done: row.progressDone,
    total: row.progressTotal,
    cancelRequested: row.cancelRequested,
    rowCount: row.rowCount,
    issueCount: row.issueCount,
    issues: outcome.issues ?? [],
    cells: (outcome.cells ?? []).map(({ messageKey, params, ...cell }) => ({ ...cell, reason: translate(messageKey, params) ?? messageKey })),
    result: row.state === 'DONE' ? (outcome as Record<string, string | number>) : null,
    message: key ? (translate(key, outcome.params) ?? translate('errors.INTERNAL')) : null,
  };
}
