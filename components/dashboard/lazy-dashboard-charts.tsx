'use client';
// The dashboard's charts as a chunk of their own: recharts (~115 KB gzip) is fetched while the page's
// figures and tables are already usable, instead of before the page runs. The server still renders them.
import dynamic from 'next/dynamic';

export const LazyDashboardCharts = dynamic(() => import('@/components/dashboard/dashboard-charts').then((m) => m.DashboardCharts));
