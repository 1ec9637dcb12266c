// The finding parts of a prepared visit (decision 022: what the finding form needs offline, and the visit's
// findings to edit offline), and the draft of the field finding form. Types only where the server's shapes
// are not importable from the device side.
import type { FindingValues, Position } from '@/lib/offline/outbox-core';
import type { PlacementOptions } from '@/modules/findings/form-queries';

export type FindingFormBundle = {
  assessmentId: string;
  rootRegionId: string;
  regions: PlacementOptions['regions'];
  indicators: PlacementOptions['indicators'];
  canRecord: boolean;
};

export type BundleFinding = FindingValues & { id: string; version: number; status: string; checkId: string | null; updatedAt: Date | string };

export type FieldFindingBundle = { findingForm: FindingFormBundle; findings: BundleFinding[] };

/** The field finding form as it is typed (kept per user, outbox-draft keys), and what an entry puts back. */
export type FieldFindingDraft = {
  id: string;
  values: FindingValues;
  photoIds: string[];
  position: Position | null;
  /** When the form was first opened (device ms). */
  startedAt: number;
  /** The check it was recorded from, if any (kept when the draft comes back from the outbox). */
  checkId?: string | null;
  refusal: string | null;
};

export const valuesOfBundleFinding = (f: BundleFinding): FindingValues => ({
  regionId: f.regionId,
  indicatorId: f.indicatorId,
  category: f.category,
  severity: f.severity,
  title: f.title,
  description: f.description,
});
