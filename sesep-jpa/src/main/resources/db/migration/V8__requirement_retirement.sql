-- Document requirements the administrator removes in "Catálogo de servicios" are retired, not
-- deleted: documents already filed (request_document) or being filed (staged_upload) point at
-- them, and agents and citizens still read on those documents which requirement they answer.
ALTER TABLE document_requirement ADD COLUMN retired BOOLEAN NOT NULL DEFAULT FALSE;
