// Region factories. Each is find-or-create on the natural key (code), so seeding twice changes nothing.
import type { RegionLevel } from '@/lib/generated/prisma/enums';
import { uniqueSuffix, type DbClient } from '@/seeds/factories/client';

export type RegionRef = { id: string; code: string; path: string; name: string; level: RegionLevel };

const REGION_SELECT = { id: true, code: true, path: true, name: true, level: true } as const;

export async function createRegion(
  db: DbClient,
  input: {
    code?: string;
    name?: string;
    nameEn?: string;
    level?: RegionLevel;
    parent?: RegionRef | null;
    isDesignatedPoorVillage?: boolean;
    /** A village's position (WGS 84), for the proof of a field visit. */
    position?: { latitude: number; longitude: number };
  } = {},
): Promise<RegionRef> {
  const code = input.code ?? `T${uniqueSuffix()}`;
  const existing = await db.region.findUnique({ where: { code }, select: REGION_SELECT });
  if (existing) return existing;
  return db.region.create({
    data: {
      code,
      name: input.name ?? `测试地区 ${code}`,
      nameEn: input.nameEn,
      level: input.level ?? 'PROVINCE',
      parentId: input.parent?.id ?? null,
      path: `${input.parent?.path ?? '/'}${code}/`,
      isDesignatedPoorVillage: input.isDesignatedPoorVillage ?? false,
      latitude: input.position?.latitude ?? null,
      longitude: input.position?.longitude ?? null,
    },
    select: REGION_SELECT,
  });
}

/** 对口帮扶: `helper` assists `helped`. */
export async function createPairing(db: DbClient, helper: RegionRef, helped: RegionRef, sinceYear?: number) {
  return db.regionPairing.upsert({
    where: { helperRegionId_helpedRegionId: { helperRegionId: helper.id, helpedRegionId: helped.id } },
    create: { helperRegionId: helper.id, helpedRegionId: helped.id, sinceYear },
    update: {},
    select: { id: true },
  });
}
