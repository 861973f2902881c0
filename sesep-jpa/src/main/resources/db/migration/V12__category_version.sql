-- Categories are edited in "Catálogo de servicios" (renamed, moved, deleted) instead of in SQL. As
-- for services, an edit made on a page another administrator changed meanwhile is refused rather
-- than silently overwritten, which needs a version like catalog_service's. Existing rows start at 0.
ALTER TABLE service_category ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
