// Whole numbers as PostgreSQL's `integer` columns hold them (versions, positions, counts), so an
// out-of-range number gets a validation message instead of reaching the database. Shared by the
// schemas of every module; forms send text, so the value is coerced.
import { z } from 'zod';

/** The largest value of a PostgreSQL `integer` (int4). */
export const INT32_MAX = 2_147_483_647;

/** An `integer` column's value, within [min, max] (max defaults to the column's own limit). */
export const zInt32 = (min = 0, max = INT32_MAX) => z.coerce.number().int().min(min).max(max);

/** The `version` of a row that the user started editing from. */
export const zVersion = () => zInt32(1);
