-- SESEP schema, version 1. Portable between PostgreSQL 15 and H2 2.2 (MODE=PostgreSQL).
-- ${binary} is a Flyway placeholder: BYTEA on PostgreSQL, BINARY LARGE OBJECT on H2.
-- Identifiers come from per-table sequences with allocation size 50 (EclipseLink reads each value as
-- the last of a block of 50, so START WITH 100049 hands out 100000 first); they start high so that
-- hand-written reference and demo rows (ids below 100000) never collide with generated ones.

-- ---------------------------------------------------------------- catalogue
CREATE TABLE management_area (
    id             BIGINT       NOT NULL PRIMARY KEY,
    code           VARCHAR(20)  NOT NULL UNIQUE,
    name           VARCHAR(120) NOT NULL,
    ticket_prefix  VARCHAR(5)   NOT NULL UNIQUE,
    active         BOOLEAN      NOT NULL DEFAULT TRUE
);
CREATE SEQUENCE management_area_seq START WITH 100049 INCREMENT BY 50;

CREATE TABLE service_category (
    id          BIGINT       NOT NULL PRIMARY KEY,
    code        VARCHAR(20)  NOT NULL UNIQUE,
    name        VARCHAR(120) NOT NULL,
    sort_order  INTEGER      NOT NULL DEFAULT 0
);
CREATE SEQUENCE service_category_seq START WITH 100049 INCREMENT BY 50;

CREATE TABLE catalog_service (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    code                    VARCHAR(20)   NOT NULL UNIQUE,
    name                    VARCHAR(160)  NOT NULL,
    description             VARCHAR(2000),
    category_id             BIGINT        NOT NULL REFERENCES service_category (id),
    area_id                 BIGINT        NOT NULL REFERENCES management_area (id),
    for_contributor         BOOLEAN       NOT NULL,
    for_pensioner           BOOLEAN       NOT NULL,
    for_beneficiary         BOOLEAN       NOT NULL,
    sla_business_days       INTEGER       NOT NULL CHECK (sla_business_days > 0),
    allows_multiple_open    BOOLEAN       NOT NULL DEFAULT FALSE,
    form_file_name          VARCHAR(200),
    form_content_type       VARCHAR(100),
    form_content            ${binary},
    active                  BOOLEAN       NOT NULL DEFAULT TRUE,
    version                 BIGINT        NOT NULL DEFAULT 0
);
CREATE SEQUENCE catalog_service_seq START WITH 100049 INCREMENT BY 50;
CREATE INDEX catalog_service_category_idx ON catalog_service (category_id);

-- Data the citizen types when filing (besides the documents); rendered as a form per service.
CREATE TABLE service_field (
    id           BIGINT        NOT NULL PRIMARY KEY,
    service_id   BIGINT        NOT NULL REFERENCES catalog_service (id),
    code         VARCHAR(40)   NOT NULL,
    label        VARCHAR(200)  NOT NULL,
    field_type   VARCHAR(20)   NOT NULL,   -- TEXT, TEXTAREA, NUMBER, DATE, SELECT
    options      VARCHAR(1000),            -- SELECT choices separated by '|'
    required     BOOLEAN       NOT NULL DEFAULT FALSE,
    sort_order   INTEGER       NOT NULL DEFAULT 0,
    UNIQUE (service_id, code)
);
CREATE SEQUENCE service_field_seq START WITH 100049 INCREMENT BY 50;

CREATE TABLE document_requirement (
    id              BIGINT        NOT NULL PRIMARY KEY,
    service_id      BIGINT        NOT NULL REFERENCES catalog_service (id),
    name            VARCHAR(200)  NOT NULL,
    description     VARCHAR(1000),
    mandatory       BOOLEAN       NOT NULL,
    allowed_types   VARCHAR(200)  NOT NULL,   -- comma-separated MIME types, checked by content
    max_size_bytes  BIGINT        NOT NULL CHECK (max_size_bytes > 0),
    sort_order      INTEGER       NOT NULL DEFAULT 0
);
CREATE SEQUENCE document_requirement_seq START WITH 100049 INCREMENT BY 50;
CREATE INDEX document_requirement_service_idx ON document_requirement (service_id);

CREATE TABLE holiday (
    id            BIGINT       NOT NULL PRIMARY KEY,
    holiday_date  DATE         NOT NULL UNIQUE,
    name          VARCHAR(120) NOT NULL
);
CREATE SEQUENCE holiday_seq START WITH 100049 INCREMENT BY 50;

-- ---------------------------------------------------------------- accounts
CREATE TABLE user_account (
    id               BIGINT        NOT NULL PRIMARY KEY,
    username         VARCHAR(60)   NOT NULL UNIQUE,
    password_hash    VARCHAR(200)  NOT NULL,       -- bcrypt, modular crypt format
    email            VARCHAR(200)  NOT NULL,
    full_name        VARCHAR(200)  NOT NULL,
    enabled          BOOLEAN       NOT NULL DEFAULT TRUE,
    email_verified   BOOLEAN       NOT NULL DEFAULT FALSE,
    failed_logins    INTEGER       NOT NULL DEFAULT 0,
    locked_until     TIMESTAMP,
    created_at       TIMESTAMP     NOT NULL,
    last_login_at    TIMESTAMP,
    version          BIGINT        NOT NULL DEFAULT 0
);
CREATE SEQUENCE user_account_seq START WITH 100049 INCREMENT BY 50;
CREATE INDEX user_account_email_idx ON user_account (email);

-- Read by the Elytron JDBC realm (wildfly-config/security.cli): one row per role.
CREATE TABLE user_account_role (
    account_id  BIGINT      NOT NULL REFERENCES user_account (id),
    role        VARCHAR(20) NOT NULL,    -- CIUDADANO, AGENTE, SUPERVISOR, ADMIN
    PRIMARY KEY (account_id, role)
);

-- One-use links sent by e-mail: e-mail verification and password reset.
CREATE TABLE account_token (
    id          BIGINT       NOT NULL PRIMARY KEY,
    account_id  BIGINT       NOT NULL REFERENCES user_account (id),
    purpose     VARCHAR(20)  NOT NULL,     -- VERIFY_EMAIL, RESET_PASSWORD
    token_hash  VARCHAR(64)  NOT NULL UNIQUE,  -- SHA-256 of the token; the token itself is only in the mail
    expires_at  TIMESTAMP    NOT NULL,
    used_at     TIMESTAMP
);
CREATE SEQUENCE account_token_seq START WITH 100049 INCREMENT BY 50;

-- ---------------------------------------------------------------- affiliate registry
-- Stands for the institute's "Base de Datos de Afiliación y Registro INPEP"; SESEP only reads it.
CREATE TABLE affiliate (
    id           BIGINT        NOT NULL PRIMARY KEY,
    nup          VARCHAR(12)   NOT NULL UNIQUE,
    matricula    VARCHAR(12)   NOT NULL UNIQUE,
    expediente   VARCHAR(12)   NOT NULL,
    dui          VARCHAR(10)   NOT NULL UNIQUE,     -- 8 digits, dash, check digit
    first_names  VARCHAR(100)  NOT NULL,
    last_names   VARCHAR(100)  NOT NULL,
    birth_date   DATE          NOT NULL,
    gender       VARCHAR(1)    NOT NULL,            -- F, M
    quality      VARCHAR(20)   NOT NULL,            -- CONTRIBUTOR, PENSIONER
    phone        VARCHAR(20),
    email        VARCHAR(200),
    address      VARCHAR(300),
    employer     VARCHAR(200)
);

CREATE TABLE beneficiary (
    id            BIGINT        NOT NULL PRIMARY KEY,
    affiliate_id  BIGINT        NOT NULL REFERENCES affiliate (id),
    dui           VARCHAR(10),                      -- minors have none
    first_names   VARCHAR(100)  NOT NULL,
    last_names    VARCHAR(100)  NOT NULL,
    birth_date    DATE          NOT NULL,
    relationship  VARCHAR(20)   NOT NULL,           -- SPOUSE, PARTNER, CHILD, MOTHER, FATHER
    phone         VARCHAR(20),
    email         VARCHAR(200)
);
CREATE INDEX beneficiary_affiliate_idx ON beneficiary (affiliate_id);
CREATE INDEX beneficiary_dui_idx ON beneficiary (dui);

-- ---------------------------------------------------------------- citizens and agents
CREATE TABLE citizen (
    id              BIGINT        NOT NULL PRIMARY KEY,
    account_id      BIGINT        NOT NULL UNIQUE REFERENCES user_account (id),
    applicant_kind  VARCHAR(20)   NOT NULL,         -- CONTRIBUTOR, PENSIONER, BENEFICIARY
    affiliate_id    BIGINT        NOT NULL REFERENCES affiliate (id),  -- the holder
    beneficiary_id  BIGINT        REFERENCES beneficiary (id),        -- when the citizen is a beneficiary
    phone           VARCHAR(20),
    created_at      TIMESTAMP     NOT NULL
);
CREATE SEQUENCE citizen_seq START WITH 100049 INCREMENT BY 50;

CREATE TABLE agent_type (
    id           BIGINT        NOT NULL PRIMARY KEY,
    code         VARCHAR(20)   NOT NULL UNIQUE,
    name         VARCHAR(120)  NOT NULL,
    description  VARCHAR(500),
    area_id      BIGINT        NOT NULL REFERENCES management_area (id)
);
CREATE SEQUENCE agent_type_seq START WITH 100049 INCREMENT BY 50;

-- The competence of an agent type: the services its agents may attend.
CREATE TABLE agent_type_service (
    agent_type_id  BIGINT NOT NULL REFERENCES agent_type (id),
    service_id     BIGINT NOT NULL REFERENCES catalog_service (id),
    PRIMARY KEY (agent_type_id, service_id)
);

CREATE TABLE agent (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    account_id         BIGINT        NOT NULL UNIQUE REFERENCES user_account (id),
    gestor_code        VARCHAR(20)   NOT NULL UNIQUE,
    full_name          VARCHAR(200)  NOT NULL,
    area_id            BIGINT        NOT NULL REFERENCES management_area (id),
    agent_type_id      BIGINT        NOT NULL REFERENCES agent_type (id),
    status             VARCHAR(20)   NOT NULL,      -- UNAVAILABLE, AVAILABLE, BUSY
    status_changed_at  TIMESTAMP     NOT NULL,
    available_since    TIMESTAMP,                   -- longest-waiting available agent gets the next ticket
    last_seen_at       TIMESTAMP,                   -- heartbeat of the agent's session
    active             BOOLEAN       NOT NULL DEFAULT TRUE,
    version            BIGINT        NOT NULL DEFAULT 0
);
CREATE SEQUENCE agent_seq START WITH 100049 INCREMENT BY 50;
CREATE INDEX agent_status_idx ON agent (status, available_since);

-- ---------------------------------------------------------------- requests and tickets
-- Gap-free counters (SEI numbers per year, ticket numbers per area prefix), taken under a row lock.
CREATE TABLE numbering (
    counter_key  VARCHAR(40) NOT NULL PRIMARY KEY,   -- e.g. SEI-2026, TICKET-CWG
    last_value   BIGINT      NOT NULL
);

CREATE TABLE service_request (
    id                       BIGINT         NOT NULL PRIMARY KEY,
    sei_number               VARCHAR(20)    NOT NULL UNIQUE,   -- SEI-2026000001
    citizen_id               BIGINT         NOT NULL REFERENCES citizen (id),
    applicant_kind           VARCHAR(20)    NOT NULL,
    affiliate_id             BIGINT         NOT NULL REFERENCES affiliate (id),
    beneficiary_id           BIGINT         REFERENCES beneficiary (id),
    service_id               BIGINT         NOT NULL REFERENCES catalog_service (id),
    form_data                VARCHAR(20000),                   -- JSON object: field code -> value
    status                   VARCHAR(20)    NOT NULL,          -- FILED, IN_ATTENTION, OBSERVED, ATTENDED, CLOSED
    resolution               VARCHAR(20),                      -- ANSWERED, DENIED
    observations             VARCHAR(8000),                    -- latest observations, while OBSERVED
    denial_reasons           VARCHAR(8000),
    citizen_comment          VARCHAR(4000),                    -- comment left when fixing an observed request
    submission_token         VARCHAR(64)    NOT NULL UNIQUE,   -- one SEI per filing form, whatever the clicks
    declaration_accepted_at  TIMESTAMP      NOT NULL,
    filed_at                 TIMESTAMP      NOT NULL,
    attended_at              TIMESTAMP,
    closed_at                TIMESTAMP,
    version                  BIGINT         NOT NULL DEFAULT 0
);
CREATE SEQUENCE service_request_seq START WITH 100049 INCREMENT BY 50;
CREATE INDEX service_request_citizen_idx ON service_request (citizen_id, filed_at);
CREATE INDEX service_request_open_idx ON service_request (citizen_id, service_id, status);
CREATE INDEX service_request_status_idx ON service_request (status, filed_at);

-- The timeline the citizen sees and the supervisor audits.
CREATE TABLE request_status_change (
    id           BIGINT        NOT NULL PRIMARY KEY,
    request_id   BIGINT        NOT NULL REFERENCES service_request (id),
    from_status  VARCHAR(20),
    to_status    VARCHAR(20)   NOT NULL,
    changed_at   TIMESTAMP     NOT NULL,
    actor        VARCHAR(60)   NOT NULL,
    note         VARCHAR(8000)
);
CREATE SEQUENCE request_status_change_seq START WITH 100049 INCREMENT BY 50;
CREATE INDEX request_status_change_request_idx ON request_status_change (request_id, changed_at);

CREATE TABLE ticket (
    id             BIGINT        NOT NULL PRIMARY KEY,
    ticket_number  VARCHAR(20)   NOT NULL UNIQUE,   -- CWG-1
    request_id     BIGINT        NOT NULL REFERENCES service_request (id),
    service_id     BIGINT        NOT NULL REFERENCES catalog_service (id),  -- copied from the request: the queue filters on it
    area_id        BIGINT        NOT NULL REFERENCES management_area (id),
    status         VARCHAR(20)   NOT NULL,          -- QUEUED, ASSIGNED, CLOSED
    priority       INTEGER       NOT NULL DEFAULT 0, -- raised on abandon (activity 35)
    queued_at      TIMESTAMP     NOT NULL,
    agent_id       BIGINT        REFERENCES agent (id),
    assigned_at    TIMESTAMP,
    finished_at    TIMESTAMP,                       -- "Terminar"
    closed_at      TIMESTAMP,                       -- "Cerrar Ticket"
    outcome        VARCHAR(20),                     -- ANSWERED, OBSERVED, DENIED
    outcome_at     TIMESTAMP,
    version        BIGINT        NOT NULL DEFAULT 0
);
CREATE SEQUENCE ticket_seq START WITH 100049 INCREMENT BY 50;
-- The assignment queue's hot query: waiting tickets of a service by priority, then age.
CREATE INDEX ticket_queue_idx ON ticket (status, service_id, priority DESC, queued_at);
CREATE INDEX ticket_request_idx ON ticket (request_id);
CREATE INDEX ticket_agent_idx ON ticket (agent_id, status);

-- Why each assignment happened (competence matched, priority, wait).
CREATE TABLE ticket_assignment (
    id             BIGINT        NOT NULL PRIMARY KEY,
    ticket_id      BIGINT        NOT NULL REFERENCES ticket (id),
    agent_id       BIGINT        NOT NULL REFERENCES agent (id),
    agent_type_id  BIGINT        NOT NULL REFERENCES agent_type (id),
    assigned_at    TIMESTAMP     NOT NULL,
    priority       INTEGER       NOT NULL,
    waited_millis  BIGINT        NOT NULL,
    released_at    TIMESTAMP,
    release_reason VARCHAR(20)                      -- CLOSED, ABANDONED, SESSION_EXPIRED
);
CREATE SEQUENCE ticket_assignment_seq START WITH 100049 INCREMENT BY 50;
CREATE INDEX ticket_assignment_ticket_idx ON ticket_assignment (ticket_id);

-- The agent's notes: the electronic "libreta de control de atenciones", visible to later agents on the SEI.
CREATE TABLE ticket_note (
    id          BIGINT         NOT NULL PRIMARY KEY,
    ticket_id   BIGINT         NOT NULL REFERENCES ticket (id),
    request_id  BIGINT         NOT NULL REFERENCES service_request (id),
    agent_id    BIGINT         NOT NULL REFERENCES agent (id),
    created_at  TIMESTAMP      NOT NULL,
    text        VARCHAR(4000)  NOT NULL
);
CREATE SEQUENCE ticket_note_seq START WITH 100049 INCREMENT BY 50;
CREATE INDEX ticket_note_request_idx ON ticket_note (request_id, created_at);

-- ---------------------------------------------------------------- documents and responses
CREATE TABLE request_document (
    id               BIGINT         NOT NULL PRIMARY KEY,
    request_id       BIGINT         NOT NULL REFERENCES service_request (id),
    requirement_id   BIGINT         REFERENCES document_requirement (id),
    file_name        VARCHAR(255)   NOT NULL,
    content_type     VARCHAR(100)   NOT NULL,     -- detected from the content, not the name
    size_bytes       BIGINT         NOT NULL,
    sha256           VARCHAR(64)    NOT NULL,
    content          ${binary}      NOT NULL,
    uploaded_at      TIMESTAMP      NOT NULL,
    replaced         BOOLEAN        NOT NULL DEFAULT FALSE,   -- superseded when an observed request is fixed
    validation       VARCHAR(20)    NOT NULL,     -- PENDING, VALID, INVALID
    validation_note  VARCHAR(2000),
    validated_by     BIGINT         REFERENCES agent (id),
    validated_at     TIMESTAMP
);
CREATE SEQUENCE request_document_seq START WITH 100049 INCREMENT BY 50;
CREATE INDEX request_document_request_idx ON request_document (request_id);

-- The citizen's digital file: documents an agent validated.
CREATE TABLE digital_file_entry (
    id            BIGINT     NOT NULL PRIMARY KEY,
    affiliate_id  BIGINT     NOT NULL REFERENCES affiliate (id),
    document_id   BIGINT     NOT NULL UNIQUE REFERENCES request_document (id),
    added_at      TIMESTAMP  NOT NULL
);
CREATE SEQUENCE digital_file_entry_seq START WITH 100049 INCREMENT BY 50;
CREATE INDEX digital_file_entry_affiliate_idx ON digital_file_entry (affiliate_id);

-- The answer the agent sent: the uploaded PDF with the SEI stamped on every page.
CREATE TABLE request_response (
    id           BIGINT        NOT NULL PRIMARY KEY,
    request_id   BIGINT        NOT NULL REFERENCES service_request (id),
    ticket_id    BIGINT        NOT NULL REFERENCES ticket (id),
    agent_id     BIGINT        NOT NULL REFERENCES agent (id),
    file_name    VARCHAR(255)  NOT NULL,          -- "SEI2026000001 CWG-1.pdf"
    size_bytes   BIGINT        NOT NULL,
    sha256       VARCHAR(64)   NOT NULL,
    content      ${binary}     NOT NULL,
    created_at   TIMESTAMP     NOT NULL
);
CREATE SEQUENCE request_response_seq START WITH 100049 INCREMENT BY 50;
CREATE INDEX request_response_request_idx ON request_response (request_id);

-- Comprobante de Presentación (Annex 1) and attention ticket (Annex 2), kept as issued.
CREATE TABLE filing_receipt (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    request_id         BIGINT        NOT NULL REFERENCES service_request (id),
    ticket_id          BIGINT        NOT NULL REFERENCES ticket (id),
    kind               VARCHAR(20)   NOT NULL,     -- RECEIPT, TICKET
    verification_code  VARCHAR(40)   NOT NULL UNIQUE,
    sha256             VARCHAR(64)   NOT NULL,
    content            ${binary}     NOT NULL,
    issued_at          TIMESTAMP     NOT NULL
);
CREATE SEQUENCE filing_receipt_seq START WITH 100049 INCREMENT BY 50;
CREATE INDEX filing_receipt_request_idx ON filing_receipt (request_id);

-- ---------------------------------------------------------------- notifications, audit, satisfaction
CREATE TABLE mail_template (
    id          BIGINT          NOT NULL PRIMARY KEY,
    code        VARCHAR(40)     NOT NULL UNIQUE,   -- REQUEST_FILED, REQUEST_OBSERVED, ...
    subject     VARCHAR(300)    NOT NULL,
    body_html   VARCHAR(20000)  NOT NULL,
    body_text   VARCHAR(20000)  NOT NULL,
    updated_at  TIMESTAMP       NOT NULL,
    updated_by  VARCHAR(60)     NOT NULL,
    version     BIGINT          NOT NULL DEFAULT 0
);
CREATE SEQUENCE mail_template_seq START WITH 100049 INCREMENT BY 50;

-- The outbox: one row per e-mail, its delivery state and attempts.
CREATE TABLE notification (
    id            BIGINT         NOT NULL PRIMARY KEY,
    template_code VARCHAR(40)    NOT NULL,
    recipient     VARCHAR(200)   NOT NULL,
    request_id    BIGINT         REFERENCES service_request (id),
    account_id    BIGINT         REFERENCES user_account (id),
    parameters    VARCHAR(8000),                   -- JSON: values the template needs besides the request
    status        VARCHAR(20)    NOT NULL,         -- QUEUED, SENT, FAILED
    attempts      INTEGER        NOT NULL DEFAULT 0,
    last_error    VARCHAR(2000),
    message_id    VARCHAR(200)   NOT NULL UNIQUE,  -- stable Message-ID header
    queued_at     TIMESTAMP      NOT NULL,
    sent_at       TIMESTAMP,
    version       BIGINT         NOT NULL DEFAULT 0
);
CREATE SEQUENCE notification_seq START WITH 100049 INCREMENT BY 50;
CREATE INDEX notification_status_idx ON notification (status, queued_at);
CREATE INDEX notification_request_idx ON notification (request_id);

-- Append-only: who did what to which request, ticket or document, when and from where.
CREATE TABLE audit_event (
    id              BIGINT         NOT NULL PRIMARY KEY,
    occurred_at     TIMESTAMP      NOT NULL,
    actor           VARCHAR(60)    NOT NULL,
    action          VARCHAR(60)    NOT NULL,
    request_id      BIGINT,
    ticket_id       BIGINT,
    document_id     BIGINT,
    remote_address  VARCHAR(64),
    details         VARCHAR(4000)
);
CREATE SEQUENCE audit_event_seq START WITH 100049 INCREMENT BY 50;
CREATE INDEX audit_event_request_idx ON audit_event (request_id, occurred_at);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at);

CREATE TABLE satisfaction_survey (
    id           BIGINT         NOT NULL PRIMARY KEY,
    request_id   BIGINT         NOT NULL UNIQUE REFERENCES service_request (id),
    invited_at   TIMESTAMP      NOT NULL,
    rating       INTEGER        CHECK (rating BETWEEN 1 AND 5),
    comment      VARCHAR(2000),
    answered_at  TIMESTAMP
);
CREATE SEQUENCE satisfaction_survey_seq START WITH 100049 INCREMENT BY 50;

-- Cluster-wide leases, so that a timer runs on one node at a time.
CREATE TABLE cluster_lease (
    lease_name   VARCHAR(60)   NOT NULL PRIMARY KEY,
    holder       VARCHAR(120),
    expires_at   TIMESTAMP     NOT NULL
);
