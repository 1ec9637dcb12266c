import { useTranslations } from 'next-intl';
import type { NamedPairing } from '@/modules/draws/rules';

/** Group → region, in the order drawn. */
export function PairingList({ pairings }: { pairings: NamedPairing[] }) {
  const t = useTranslations('draws');
  return (
    <ul className="mt-1 space-y-0.5">
      {pairings.map((p) => (
        <li key={`${p.groupId}-${p.regionId}`} className="break-words">
          {p.groupNumber === null
            ? t('pairingUnnamed', { group: p.groupName, region: p.regionName })
            : t('pairing', { number: p.groupNumber, group: p.groupName, region: p.regionName })}
        </li>
      ))}
    </ul>
  );
}
