// The levels above the region shown, province first, each a link back up (?region=).
import Link from 'next/link';
import type { DashboardRegion } from '@/modules/dashboard/frame';

export function RegionTrail({ trail, regionName, label }: { trail: DashboardRegion[]; regionName: (r: DashboardRegion) => string; label: string }) {
  return (
    <nav aria-label={label} className="mb-4">
      <ol className="flex flex-wrap items-center gap-1 text-sm">
        {trail.map((r, i) => (
          <li key={r.id} className="flex items-center gap-1">
            {i > 0 ? <span aria-hidden="true" className="text-slate-400">›</span> : null}
            {i === trail.length - 1 ? (
              <span aria-current="page" className="font-medium text-slate-900">{regionName(r)}</span>
            ) : (
              <Link href={`?region=${r.id}`} className="text-blue-700 hover:underline">{regionName(r)}</Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
