-- Each Jefatura supervises its own area (issue 17; the manual's Note 2). A SUPERVISOR account sees
-- the board, the request records, the releases and the service levels of the areas listed here,
-- or of all areas when all_areas is set (never the default). An account without a row supervises
-- nothing: an upgrade takes no one's sight away silently, the administrator assigns the areas.
CREATE TABLE supervisor (
    account_id  BIGINT   NOT NULL PRIMARY KEY REFERENCES user_account (id),
    all_areas   BOOLEAN  NOT NULL DEFAULT FALSE,
    version     BIGINT   NOT NULL DEFAULT 0
);

CREATE TABLE supervisor_area (
    account_id  BIGINT  NOT NULL REFERENCES supervisor (account_id),
    area_id     BIGINT  NOT NULL REFERENCES management_area (id),
    PRIMARY KEY (account_id, area_id)
);

-- The daily digest of tickets at risk, one per supervisor and day: the unique key is what makes
-- it once a day even when two nodes or a retried timer try to send it.
CREATE TABLE risk_digest (
    id          BIGINT     NOT NULL PRIMARY KEY,
    account_id  BIGINT     NOT NULL REFERENCES user_account (id),
    digest_day  DATE       NOT NULL,
    tickets     INTEGER    NOT NULL,
    sent_at     TIMESTAMP  NOT NULL,
    CONSTRAINT risk_digest_once_a_day UNIQUE (account_id, digest_day)
);
CREATE SEQUENCE risk_digest_seq START WITH 100049 INCREMENT BY 50;

-- The lease that lets one node of the cluster at a time send the digests (supervision.boundary.RiskDigests).
INSERT INTO cluster_lease (lease_name, holder, expires_at)
VALUES ('risk-digest', NULL, TIMESTAMP '2000-01-01 00:00:00');

-- The digest mail: {{citizenName}} is the supervisor's name (the account the mail is about),
-- {{items}} one line per ticket, grouped by area and service, oldest filing first.
INSERT INTO mail_template (id, code, subject, body_html, body_text, updated_at, updated_by, version)
SELECT MAX(id) + 1, 'RISK_DIGEST',
    'SESEP - INPEP: {{count}} tickets en riesgo de vencer su plazo ({{day}})',
    '<!DOCTYPE html>
<html lang="es">
<head><meta charset="UTF-8"><title>SESEP - INPEP</title></head>
<body style="margin:0;padding:0;background-color:#f4f6f8;">
<div style="max-width:760px;margin:0 auto;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2933;background-color:#ffffff;">
<p style="margin:0 0 4px 0;font-size:13px;color:#52606d;">Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<p style="margin:0 0 20px 0;font-size:18px;font-weight:bold;color:#0b3d6e;">Sistema Electrónico de Servicios Previsionales (SESEP)</p>
<p style="margin:0 0 12px 0;">Estimado(a) {{citizenName}}:</p>
<p style="margin:0 0 12px 0;">Al {{day}}, en las áreas que usted supervisa ({{areas}}) hay <strong>{{count}}</strong> tickets en cola o en atención cuyo plazo del servicio ya venció o vence dentro de {{withinDays}} días hábiles. Del más antiguo al más reciente:</p>
<div style="margin:0 0 16px 0;padding:12px;background-color:#f4f6f8;font-family:Consolas,Menlo,monospace;font-size:13px;white-space:pre-line;">{{items}}</div>
<p style="margin:0 0 16px 0;"><a href="{{link}}" style="display:inline-block;padding:10px 18px;background-color:#0b3d6e;color:#ffffff;text-decoration:none;border-radius:4px;">Ver el tablero de supervisión</a></p>
<p style="margin:0 0 12px 0;font-size:13px;color:#52606d;">Si el botón no funciona, copie esta dirección en su navegador: {{link}}</p>
<p style="margin:0 0 12px 0;">Atentamente,<br>SESEP<br>Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<hr style="border:none;border-top:1px solid #d9e2ec;margin:24px 0 12px 0;">
<p style="margin:0;font-size:12px;color:#52606d;">Este es un mensaje automático del SESEP, enviado una vez por día hábil; por favor no responda a este correo.</p>
</div>
</body>
</html>',
    'Estimado(a) {{citizenName}}:

Al {{day}}, en las áreas que usted supervisa ({{areas}}) hay {{count}} tickets en cola o en atención cuyo plazo del servicio ya venció o vence dentro de {{withinDays}} días hábiles. Del más antiguo al más reciente:

{{items}}

Tablero de supervisión: {{link}}

Atentamente,
SESEP
Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)

Este es un mensaje automático del SESEP, enviado una vez por día hábil; por favor no responda a este correo.',
    CURRENT_TIMESTAMP, 'sistema', 0
FROM mail_template;
