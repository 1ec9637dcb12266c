-- File names stored before uploads cleaned them: control characters and bidirectional controls
-- (which let "报告<U+202E>fdp.exe" display as "报告exe.pdf") are dropped; a name left empty gets a safe one.
-- The same characters as modules/attachments/file-name.ts; no-op on an empty database.
UPDATE "Attachment"
SET "fileName" = COALESCE(NULLIF(btrim(regexp_replace("fileName", E'[\\x01-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C\\u200B-\\u200D\\u2028\\u2029\\uFEFF]', '', 'g')), ''), 'attachment')
WHERE "fileName" ~ E'[\\x01-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C\\u200B-\\u200D\\u2028\\u2029\\uFEFF]'
