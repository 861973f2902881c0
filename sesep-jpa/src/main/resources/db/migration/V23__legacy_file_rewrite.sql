-- SESEP schema, version 23: files stored before SESEP rewrote every file it keeps.
-- Since the previous release each upload and each answer is stored as a rewrite without active
-- content (documents.control.FileSanitizer). Rows stored earlier still hold the bytes as
-- uploaded; documents.boundary.LegacyFiles rewrites them in the background, one row at a time,
-- and marks each one here. New rows are marked by the column's default, so nothing that stores a
-- file has to know about this.
ALTER TABLE request_document ADD COLUMN rewritten_at TIMESTAMP;
ALTER TABLE request_document ALTER COLUMN rewritten_at SET DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE request_response ADD COLUMN rewritten_at TIMESTAMP;
ALTER TABLE request_response ALTER COLUMN rewritten_at SET DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE staged_upload ADD COLUMN rewritten_at TIMESTAMP;
ALTER TABLE staged_upload ALTER COLUMN rewritten_at SET DEFAULT CURRENT_TIMESTAMP;

-- A stored file that the rewrite refuses today (not a PDF, JPEG or PNG by its content, damaged,
-- encrypted) is no longer served: its row then holds a one-page notice saying so, and the original
-- bytes are kept here, for the institute's security officer, never for a page.
CREATE TABLE withheld_file (
    id            BIGINT         NOT NULL PRIMARY KEY,
    stored_in     VARCHAR(40)    NOT NULL,     -- request_document, request_response, staged_upload
    row_id        BIGINT         NOT NULL,
    request_id    BIGINT,
    file_name     VARCHAR(255)   NOT NULL,
    sha256        VARCHAR(64)    NOT NULL,
    content       ${binary}      NOT NULL,
    reason        VARCHAR(100)   NOT NULL,     -- the refusal's message key
    withheld_at   TIMESTAMP      NOT NULL
);
CREATE SEQUENCE withheld_file_seq START WITH 100049 INCREMENT BY 50;

-- One node at a time rewrites (documents.boundary.LegacyFiles).
INSERT INTO cluster_lease (lease_name, holder, expires_at)
VALUES ('legacy-files', NULL, TIMESTAMP '2000-01-01 00:00:00');
