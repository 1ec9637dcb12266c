-- "This region and below" is `path LIKE '/440000/441200/%'` (modules/regions/access.ts). The unique
-- index on path serves that prefix only under the C collation; a server whose collation is
-- C.UTF-8 or zh_CN.UTF-8 scanned every region (27,000 at province scale) for each official's list
-- and to-do query. text_pattern_ops compares bytes, so the prefix becomes an index range under
-- any collation. Prisma's schema cannot express a btree operator class; it is named in a comment
-- on the model.
CREATE INDEX "Region_path_prefix_idx" ON "Region" ("path" text_pattern_ops);
