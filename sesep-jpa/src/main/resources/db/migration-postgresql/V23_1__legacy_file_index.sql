-- The rewrite's timer looks for unmarked rows every minute: on PostgreSQL a partial index keeps
-- that look free once every old row is done (it holds no entry at all then).
CREATE INDEX request_document_legacy_idx ON request_document (id) WHERE rewritten_at IS NULL;
CREATE INDEX request_response_legacy_idx ON request_response (id) WHERE rewritten_at IS NULL;
