-- SESEP schema, version 4: uploads waiting for their request.
-- A citizen attaches each document while filling in the filing form (or the form that fixes an
-- observed request), before the request exists. The file is checked and stored at once, here in
-- the database rather than in the web session or on a node's disk, so that every cluster node can
-- finish the filing and no large file travels with the session. On submission the rows become
-- request_document rows and are deleted; rows nobody submitted are purged after a day.

CREATE TABLE staged_upload (
    id                     BIGINT         NOT NULL PRIMARY KEY,
    owner                  VARCHAR(60)    NOT NULL,          -- username of the citizen who uploaded it
    form_token             VARCHAR(64)    NOT NULL,          -- the form it belongs to (submission token)
    service_id             BIGINT         NOT NULL REFERENCES catalog_service (id),
    requirement_id         BIGINT         REFERENCES document_requirement (id),  -- null: an extra document
    file_name              VARCHAR(255)   NOT NULL,
    content_type           VARCHAR(100)   NOT NULL,          -- detected from the content
    size_bytes             BIGINT         NOT NULL,
    sha256                 VARCHAR(64)    NOT NULL,
    content                ${binary}      NOT NULL,
    uploaded_at            TIMESTAMP      NOT NULL
);
CREATE SEQUENCE staged_upload_seq START WITH 100049 INCREMENT BY 50;
CREATE INDEX staged_upload_form_idx ON staged_upload (owner, form_token);
CREATE INDEX staged_upload_age_idx ON staged_upload (uploaded_at);
