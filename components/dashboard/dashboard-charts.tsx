'use client';
// The dashboard's charts (recharts, loaded by the dashboard page only): the finding status pipeline
// per region (stacked bars), findings by severity, the weekly trend with the rectification
// burn-down, and the reporting rate per region. Every chart carries its data as a table.
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '@/components/dashboard/chart-frame';

export type ChartsData = {
  statuses: { key: string; label: string }[];
  /** One row per region below: its name and a count per status key. */
  pipeline: ({ region: string } & Record<string, number | string>)[];
  severity: { label: string; count: number }[];
  weeks: { week: string; opened: number; closed: number; remaining: number }[];
  reportingRate: { region: string; rate: number | null }[];
  labels: Record<'pipeline' | 'severity' | 'burnDown' | 'reportingRate' | 'showTable' | 'hideTable' | 'week' | 'opened' | 'closed' | 'remaining' | 'count' | 'rate' | 'region' | 'noRate', string>;
};

// Colours told apart by lightness as well as hue; the legend and the table name every series.
const STATUS_COLOURS = ['#cbd5e1', '#94a3b8', '#60a5fa', '#f59e0b', '#2563eb', '#7c3aed', '#16a34a', '#475569'];
const SEVERITY_COLOURS = ['#b91c1c', '#f97316', '#facc15'];
const AXIS = { fontSize: 11 };

export function DashboardCharts({ data }: { data: ChartsData }) {
  const l = data.labels;
  const toggle = { show: l.showTable, hide: l.hideTable };
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <ChartFrame
        title={l.pipeline}
        labels={toggle}
        table={{ caption: l.pipeline, columns: [l.region, ...data.statuses.map((s) => s.label)], rows: data.pipeline.map((r) => [r.region, ...data.statuses.map((s) => Number(r[s.key] ?? 0))]) }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data.pipeline} margin={{ left: -16, right: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="region" tick={AXIS} interval={0} angle={-30} textAnchor="end" height={50} />
            <YAxis allowDecimals={false} tick={AXIS} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 11 }} />
            {data.statuses.map((s, i) => <Bar key={s.key} dataKey={s.key} name={s.label} stackId="status" fill={STATUS_COLOURS[i % STATUS_COLOURS.length]} />)}
          </BarChart>
        </ResponsiveContainer>
      </ChartFrame>
      <ChartFrame title={l.severity} labels={toggle} table={{ caption: l.severity, columns: [l.severity, l.count], rows: data.severity.map((s) => [s.label, s.count]) }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data.severity} margin={{ left: -16, right: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={AXIS} />
            <YAxis allowDecimals={false} tick={AXIS} />
            <Tooltip />
            <Bar dataKey="count" name={l.count} fill={SEVERITY_COLOURS[1]} />
          </BarChart>
        </ResponsiveContainer>
      </ChartFrame>
      <ChartFrame
        title={l.burnDown}
        labels={toggle}
        table={{ caption: l.burnDown, columns: [l.week, l.opened, l.closed, l.remaining], rows: data.weeks.map((w) => [w.week, w.opened, w.closed, w.remaining]) }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data.weeks} margin={{ left: -16, right: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="week" tick={AXIS} minTickGap={24} />
            <YAxis allowDecimals={false} tick={AXIS} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 11 }} />
            <Line dataKey="remaining" name={l.remaining} stroke="#b91c1c" strokeWidth={2} dot={false} />
            <Line dataKey="opened" name={l.opened} stroke="#2563eb" strokeDasharray="4 2" dot={false} />
            <Line dataKey="closed" name={l.closed} stroke="#16a34a" strokeDasharray="1 2" dot={false} />
          </LineChart>
        </ResponsiveContainer>
      </ChartFrame>
      <ChartFrame
        title={l.reportingRate}
        labels={toggle}
        table={{ caption: l.reportingRate, columns: [l.region, l.rate], rows: data.reportingRate.map((r) => [r.region, r.rate === null ? l.noRate : r.rate]) }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data.reportingRate} margin={{ left: -16, right: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="region" tick={AXIS} interval={0} angle={-30} textAnchor="end" height={50} />
            <YAxis domain={[0, 100]} tick={AXIS} unit="%" />
            <Tooltip />
            <Bar dataKey="rate" name={l.rate} fill="#2563eb" />
          </BarChart>
        </ResponsiveContainer>
      </ChartFrame>
    </div>
  );
}
