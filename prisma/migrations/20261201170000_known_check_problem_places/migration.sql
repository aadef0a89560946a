-- Problems of known-check imports name their place in a field (`where`: line, block or review)
-- instead of inside the message ("Line 3 is not JSON." -> {item: 3, where: "line", message: "Not JSON."}).
-- Rewrites the problems stored before: an import with a "Line N ..." problem was NDJSON, so all its
-- problems count lines, otherwise they count ClaimReviews (as the settings page read them).
UPDATE "KnownCheckImport" AS i
SET errors = (
  SELECT coalesce(jsonb_agg(
    CASE
      WHEN e->>'message' ~ '^Line [0-9]+ is not JSON\.$' THEN jsonb_build_object('item', e->'item', 'where', 'line', 'message', 'Not JSON.')
      WHEN e->>'message' ~ '^Line [0-9]+ is not a JSON object\.$' THEN jsonb_build_object('item', e->'item', 'where', 'line', 'message', 'Not a JSON object.')
      WHEN e->>'message' ~ '^Line [0-9]+ holds no ClaimReview\.$' THEN jsonb_build_object('item', e->'item', 'where', 'line', 'message', 'Holds no ClaimReview.')
      WHEN e->>'message' ~ '^JSON-LD block [0-9]+ of the page is not valid JSON\.$' THEN jsonb_build_object('item', e->'item', 'where', 'block', 'message', 'Not valid JSON.')
      ELSE jsonb_build_object('item', e->'item', 'where', CASE WHEN i.errors::text ~ '"Line [0-9]+ ' THEN 'line' ELSE 'review' END, 'message', e->'message')
    END ORDER BY position), '[]'::jsonb)
  FROM jsonb_array_elements(i.errors) WITH ORDINALITY AS problem(e, position)
)
WHERE jsonb_typeof(i.errors) = 'array' AND jsonb_array_length(i.errors) > 0;
