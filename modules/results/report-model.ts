// The assessment report as text: cover, summary, and each section's paragraphs and tables, every
// figure formatted by modules/results/format.ts. The .docx renderer (report-docx.ts) and the A4
// print page (components/results/report-*.tsx) both lay out this one model, so the paper, Word and
// the screen carry the same figures.
import { createTranslator } from 'next-intl';
import type { Locale } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';
import { formatLocalDateTime } from '@/lib/local-time';
import { formatDecimal, formatInterval, formatPercent, formatScore, NO_FIGURE } from '@/modules/results/format';
import type { AssessmentResultsView } from '@/modules/results/queries';
import type { RateResult, RegionRates, ResultsSnapshot } from '@/modules/results/snapshot';
import type { RateThreshold } from '@/modules/results/config';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export type ReportTable = {
  caption?: string;
  columns: string[];
  rows: string[][];
  /** Columns holding figures (right-aligned). */
  numeric: number[];
};

export type ReportSection = { key: string; title: string; paragraphs: string[]; tables: ReportTable[] };

export type ReportModel = {
  title: string;
  /** Without extension; the route adds `.docx`. */
  fileName: string;
  status: 'DRAFT' | 'SUBMITTED' | 'FINAL';
  /** The PRELIMINARY / FINAL line under the title. */
  statusLine: string;
  cover: [label: string, value: string][];
  sections: ReportSection[];
};

export type ComputedResults = AssessmentResultsView & { result: NonNullable<AssessmentResultsView['result']> };

export function reportTranslator(locale: Locale): Translate {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: 'resultsReport' }) as unknown as Translate;
}

export function thresholdText(t: Translate, threshold: RateThreshold): string {
  return t(`threshold.${threshold.comparison}`, { value: formatPercent(threshold.value) });
}

function rateSentence(t: Translate, rate: RateResult): string {
  const name = t(`rate.${rate.key}`);
  if (!rate.estimate) return t('summary.noRate', { rate: name });
  const { estimate, lower, upper } = rate.estimate;
  return t('summary.rate', { rate: name, estimate: formatPercent(estimate), interval: formatInterval(lower, upper), verdict: t(`verdict.${rate.verdict}`) });
}

function summarySection(t: Translate, s: ResultsSnapshot): ReportSection {
  const { scores, findings, villages } = s;
  const city = s.rates.find((r) => r.level === 'CITY') ?? s.rates[0];
  const total = Object.values(findings.bySeverity).reduce((a, b) => a + b, 0);
  return {
    key: 'summary',
    title: t('sections.summary'),
    paragraphs: [
      t('summary.totals', {
        verified: formatScore(scores.totalVerified),
        gradeVerified: t(`grade.${scores.gradeVerified}`),
        reported: formatScore(scores.totalReported),
        gradeReported: t(`grade.${scores.gradeReported}`),
      }),
      city && city.checkedHouseholds > 0
        ? t('summary.rates', { region: city.regionName, rates: city.rates.map((r) => rateSentence(t, r)).join(t('listSeparator')) })
        : t('summary.noRates'),
      t('summary.findings', {
        total,
        critical: findings.bySeverity.CRITICAL,
        serious: findings.bySeverity.SERIOUS,
        verified: findings.rectification.verified,
        overdue: findings.rectification.overdue,
      }),
      t('summary.villages', { checked: villages.checked, meeting: villages.meeting }),
    ],
    tables: [],
  };
}

function scoresSection(t: Translate, s: ResultsSnapshot): ReportSection {
  const { scores } = s;
  const indicators: ReportTable = {
    columns: ['code', 'indicator', 'weight', 'reportedValue', 'reportedScore', 'verifiedValue', 'verifiedScore', 'deduction', 'manualReason'].map((c) => t(`columns.${c}`)),
    rows: scores.indicators.map((i) => [
      i.code,
      i.name,
      formatScore(i.weight),
      formatDecimal(i.reportedValue),
      formatScore(i.reportedScore),
      formatDecimal(i.verifiedValue),
      formatScore(i.verifiedScore),
      i.deduction > 0 ? formatScore(-i.deduction) : formatScore(0),
      i.manualReason ?? '',
    ]),
    numeric: [2, 3, 4, 5, 6, 7],
  };
  const sections: ReportTable = {
    caption: t('tables.sectionTotals'),
    columns: ['section', 'weight', 'reportedScore', 'verifiedScore'].map((c) => t(`columns.${c}`)),
    rows: [
      ...scores.sections.map((x) => [t(`category.${x.section}`), formatScore(x.weight), formatScore(x.reported), formatScore(x.verified)]),
      [t('columns.total'), formatScore(100), formatScore(scores.totalReported), formatScore(scores.totalVerified)],
      [t('columns.grade'), '', t(`grade.${scores.gradeReported}`), t(`grade.${scores.gradeVerified}`)],
    ],
    numeric: [1, 2, 3],
  };
  return { key: 'scores', title: t('sections.scores'), paragraphs: [], tables: [indicators, sections] };
}

function rateRow(t: Translate, region: RegionRates, rate: RateResult): string[] {
  const e = rate.estimate;
  return [
    region.regionName,
    t(`rate.${rate.key}`),
    e ? String(e.n) : NO_FIGURE,
    e ? formatDecimal(e.effectiveN, 1) : NO_FIGURE,
    e ? formatDecimal(e.designEffect, 2) : NO_FIGURE,
    e ? formatPercent(e.estimate) : NO_FIGURE,
    e ? formatInterval(e.lower, e.upper) : NO_FIGURE,
    thresholdText(t, rate.threshold),
    t(`verdict.${rate.verdict}`),
  ];
}

function ratesSection(t: Translate, s: ResultsSnapshot): ReportSection {
  return {
    key: 'rates',
    title: t('sections.rates'),
    paragraphs: s.rates.length === 0 ? [t('summary.noRates')] : [],
    tables: [
      {
        columns: ['region', 'rate', 'n', 'effectiveN', 'designEffect', 'estimate', 'interval', 'threshold', 'verdict'].map((c) => t(`columns.${c}`)),
        rows: s.rates.flatMap((region) => region.rates.map((rate) => rateRow(t, region, rate))),
        numeric: [2, 3, 4, 5, 6],
      },
      {
        caption: t('tables.reportedFigures'),
        columns: ['region', 'checkedHouseholds', 'reportedIncidence'].map((c) => t(`columns.${c}`)),
        rows: s.rates.map((r) => [r.regionName, String(r.checkedHouseholds), r.reportedPovertyIncidence === null ? NO_FIGURE : `${r.reportedPovertyIncidence} %`]),
        numeric: [1, 2],
      },
    ],
  };
}

function reconciliationSection(t: Translate, s: ResultsSnapshot): ReportSection {
  const flag = (flagged: boolean) => (flagged ? t('flagged') : '');
  return {
    key: 'reconciliation',
    title: t('sections.reconciliation'),
    paragraphs: [],
    tables: [
      {
        columns: ['code', 'indicator', 'unit', 'verification', 'reported', 'verified', 'interval', 'difference', 'tolerance', 'flag'].map((c) => t(`columns.${c}`)),
        rows: s.reconciliation.map((r) => [
          r.code,
          r.name,
          r.unit,
          t(`verification.${r.verification}`),
          r.reported ?? NO_FIGURE,
          r.unitMismatch ? t('unitMismatch') : formatDecimal(r.verified?.value),
          r.verified && r.verified.lower !== null && r.verified.upper !== null ? `[${formatDecimal(r.verified.lower)}, ${formatDecimal(r.verified.upper)}]` : NO_FIGURE,
          formatDecimal(r.difference),
          formatDecimal(r.tolerance),
          flag(r.flagged),
        ]),
        numeric: [4, 5, 6, 7, 8],
      },
      {
        caption: t('tables.paired'),
        columns: ['helpedRegion', 'field', 'unit', 'helperReported', 'helpedReported', 'difference', 'flag'].map((c) => t(`columns.${c}`)),
        rows: s.pairedCrossCheck.map((r) => [
          r.helpedRegionName,
          t(`pairedField.${r.field}`),
          t(`pairedUnit.${r.unit}`),
          r.helperReported ?? NO_FIGURE,
          r.helpedReported ?? NO_FIGURE,
          r.difference ?? NO_FIGURE,
          flag(r.flagged),
        ]),
        numeric: [3, 4, 5],
      },
    ],
  };
}

function findingsSections(t: Translate, s: ResultsSnapshot): ReportSection[] {
  const { bySeverity, byStatus, rectification } = s.findings;
  const counts = (prefix: string, record: Record<string, number>) => Object.entries(record).map(([k, n]) => [t(`${prefix}.${k}`), String(n)]);
  const progress = rectification.total > 0 ? formatPercent(rectification.verified / rectification.total) : NO_FIGURE;
  return [
    {
      key: 'findings',
      title: t('sections.findings'),
      paragraphs: [],
      tables: [
        { caption: t('tables.bySeverity'), columns: [t('columns.severity'), t('columns.count')], rows: counts('severity', bySeverity), numeric: [1] },
        { caption: t('tables.byStatus'), columns: [t('columns.status'), t('columns.count')], rows: counts('findingStatus', byStatus), numeric: [1] },
      ],
    },
    {
      key: 'rectification',
      title: t('sections.rectification'),
      paragraphs: [],
      tables: [
        {
          columns: [t('columns.item'), t('columns.value')],
          rows: [
            [t('rectification.total'), String(rectification.total)],
            [t('rectification.verified'), String(rectification.verified)],
            [t('rectification.overdue'), String(rectification.overdue)],
            [t('rectification.progress'), progress],
          ],
          numeric: [1],
        },
      ],
    },
  ];
}

function villagesSection(t: Translate, s: ResultsSnapshot): ReportSection {
  const v = s.villages;
  const paragraphs = [t('summary.villages', { checked: v.checked, meeting: v.meeting })];
  if (v.reportedVillagesLiftedOut !== null) paragraphs.push(t('villages.reportedLiftedOut', { value: v.reportedVillagesLiftedOut }));
  return {
    key: 'villages',
    title: t('sections.villages'),
    paragraphs: v.villages.length === 0 ? [...paragraphs, t('villages.none')] : paragraphs,
    tables:
      v.villages.length === 0
        ? []
        : [
            {
              columns: ['county', 'village', 'meets', 'failedItems'].map((c) => t(`columns.${c}`)),
              rows: v.villages.map((x) => [x.countyName, x.villageName, x.meetsExitConditions ? t('yes') : t('no'), x.failedItemCodes.join(t('listSeparator')) || NO_FIGURE]),
              numeric: [],
            },
          ],
  };
}

function appendixSection(t: Translate, s: ResultsSnapshot, locale: Locale): ReportSection {
  const { thresholds, exitIncomeThreshold } = s.config;
  return {
    key: 'appendix',
    title: t('sections.appendix'),
    paragraphs: [
      t('appendix.methodVersions', s.methodVersions),
      t('appendix.thresholds', {
        wrongfulExit: thresholdText(t, thresholds.wrongfulExit),
        missedEnrolment: thresholdText(t, thresholds.missedEnrolment),
        recognition: thresholdText(t, thresholds.recognition),
        income: formatDecimal(exitIncomeThreshold, 0),
      }),
      s.auditHead ? t('appendix.auditHead', s.auditHead) : t('appendix.noAuditHead'),
      ...(s.samples.length === 0 ? [t('appendix.noSamples')] : []),
    ],
    tables:
      s.samples.length === 0
        ? []
        : [
            {
              caption: t('tables.samples'),
              columns: ['county', 'method', 'seed', 'rosterHash', 'createdAt', 'rules'].map((c) => t(`columns.${c}`)),
              rows: s.samples.map((x) => [x.countyName, x.method, x.seed, x.rosterHash, dateText(new Date(x.createdAt), locale), JSON.stringify(x.rules ?? null)]),
              numeric: [],
            },
          ],
  };
}

function dateText(date: Date | null, locale: Locale): string {
  return date && !Number.isNaN(date.getTime()) ? formatLocalDateTime(date, locale, { dateStyle: 'long', timeStyle: 'short' }) : NO_FIGURE;
}

export function buildReportModel(view: ComputedResults, locale: Locale): ReportModel {
  const t = reportTranslator(locale);
  const { assessment: a, result } = view;
  const s = result.snapshot;
  const names = { region: a.targetRegionName, year: a.campaignYear };
  const cover: [string, string][] = [
    [t('cover.campaign'), a.campaignName],
    [t('cover.group'), t('cover.groupValue', { number: a.groupNumber, name: a.groupName })],
    [t('cover.targetRegion'), a.targetRegionName],
    [t('cover.leader'), a.leaderName ?? NO_FIGURE],
    [t('cover.status'), t(`status.${result.status}`)],
    [t('cover.computedAt'), dateText(result.computedAt, locale)],
  ];
  if (result.submittedAt) cover.push([t('cover.submittedAt'), dateText(result.submittedAt, locale)]);
  if (result.appealDeadline) cover.push([t('cover.appealDeadline'), dateText(result.appealDeadline, locale)]);
  if (result.finalisedAt) cover.push([t('cover.finalisedAt'), dateText(result.finalisedAt, locale)]);
  return {
    title: t('title', names),
    fileName: t('fileName', names),
    status: result.status,
    statusLine: t(`status.${result.status}`),
    cover,
    sections: [
      summarySection(t, s),
      scoresSection(t, s),
      ratesSection(t, s),
      reconciliationSection(t, s),
      ...findingsSections(t, s),
      villagesSection(t, s),
      appendixSection(t, s, locale),
    ],
  };
}
