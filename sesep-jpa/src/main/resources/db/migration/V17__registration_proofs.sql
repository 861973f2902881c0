-- Registration asks for what a copy of the DUI and the NUP does not give, and an unverified
-- registration no longer holds the DUI (issue 15, "Trust at the edges").

-- Facts only the affiliate's record holds: no card or paper the person carries shows them. A
-- holder proves the year of their first affiliation and their last employer (affiliate.employer:
-- for a pensioner, the one they retired from); a beneficiary proves the year they were inscribed
-- under the holder and the holder's last employer. Empty where the registry does not know them:
-- such a person cannot register online and is served at the counter.
ALTER TABLE affiliate ADD COLUMN first_affiliation_year INTEGER;
ALTER TABLE beneficiary ADD COLUMN inscription_year INTEGER;

-- A registration waiting for its e-mailed link. The account is created only when the link comes
-- back, so a registration nobody confirms never blocks the DUI; several may wait for one DUI, the
-- first confirmed opens the account and spends the others. Only the SHA-256 of the link is kept.
CREATE TABLE pending_registration (
    id              BIGINT        NOT NULL PRIMARY KEY,
    dui             VARCHAR(10)   NOT NULL,
    applicant_kind  VARCHAR(20)   NOT NULL,         -- CONTRIBUTOR, PENSIONER, BENEFICIARY
    affiliate_id    BIGINT        NOT NULL REFERENCES affiliate (id),
    beneficiary_id  BIGINT        REFERENCES beneficiary (id),
    full_name       VARCHAR(200)  NOT NULL,
    email           VARCHAR(200)  NOT NULL,         -- the contact address typed
    link_sent_to    VARCHAR(200)  NOT NULL,         -- the registry's address when it has one
    phone           VARCHAR(20),
    password_hash   VARCHAR(200)  NOT NULL,
    token_hash      VARCHAR(64)   NOT NULL UNIQUE,
    created_at      TIMESTAMP     NOT NULL,
    expires_at      TIMESTAMP     NOT NULL,
    verified_at     TIMESTAMP,
    superseded_at   TIMESTAMP                       -- another registration of the DUI opened the account
);
CREATE SEQUENCE pending_registration_seq START WITH 100049 INCREMENT BY 50;
CREATE INDEX pending_registration_dui_idx ON pending_registration (dui);
CREATE INDEX pending_registration_created_idx ON pending_registration (created_at);

-- Accounts opened before this version and never verified held their DUI for good: they go, so the
-- person can register again (nothing else can point at them: they never logged in).
DELETE FROM account_token WHERE account_id IN (SELECT id FROM user_account WHERE awaiting_verification);
UPDATE notification SET account_id = NULL WHERE account_id IN (SELECT id FROM user_account WHERE awaiting_verification);
DELETE FROM citizen WHERE account_id IN (SELECT id FROM user_account WHERE awaiting_verification);
DELETE FROM user_account_role WHERE account_id IN (SELECT id FROM user_account WHERE awaiting_verification);
DELETE FROM user_account WHERE awaiting_verification;

-- Where the registry holds an e-mail for the person that differs from the one typed, the link goes
-- to the registry's address, with this mail: it tells its owner that an account is being opened
-- with their DUI and which address it would use, so that a stranger's attempt does not go unseen.
INSERT INTO mail_template (id, code, subject, body_html, body_text, updated_at, updated_by, version)
SELECT MAX(id) + 1, 'ACCOUNT_OPENED_WITH_DUI',
    'SESEP - INPEP: se abrió una cuenta con su DUI',
    '<!DOCTYPE html>
<html lang="es">
<head><meta charset="UTF-8"><title>SESEP - INPEP</title></head>
<body style="margin:0;padding:0;background-color:#f4f6f8;">
<div style="max-width:600px;margin:0 auto;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2933;background-color:#ffffff;">
<p style="margin:0 0 4px 0;font-size:13px;color:#52606d;">Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<p style="margin:0 0 20px 0;font-size:18px;font-weight:bold;color:#0b3d6e;">Sistema Electrónico de Servicios Previsionales (SESEP)</p>
<p style="margin:0 0 12px 0;">Estimado(a) {{citizenName}}:</p>
<p style="margin:0 0 12px 0;">Se abrió una cuenta en el Sistema Electrónico de Servicios Previsionales (SESEP) del INPEP con su DUI <strong>{{dui}}</strong>. La cuenta usaría como correo de contacto <strong>{{email}}</strong>. Le escribimos a este correo porque es el que el INPEP tiene registrado para usted.</p>
<p style="margin:0 0 12px 0;">Si fue usted, active la cuenta con el siguiente botón:</p>
<p style="margin:0 0 16px 0;"><a href="{{link}}" style="display:inline-block;padding:10px 18px;background-color:#0b3d6e;color:#ffffff;text-decoration:none;border-radius:4px;">Activar mi cuenta</a></p>
<p style="margin:0 0 12px 0;font-size:13px;color:#52606d;">Si el botón no funciona, copie esta dirección en su navegador: {{link}}</p>
<p style="margin:0 0 12px 0;">Este enlace vence en {{expiresIn}} y puede utilizarse una sola vez.</p>
<p style="margin:0 0 12px 0;"><strong>Si no fue usted, no abra el enlace:</strong> sin él la cuenta no se activa. Alguien conoce sus números de DUI y de afiliación; comuníquese con el Centro de Atención al Usuario del INPEP al teléfono 2255-1200.</p>
<p style="margin:0 0 12px 0;">Atentamente,<br>Centro de Atención al Usuario<br>Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<hr style="border:none;border-top:1px solid #d9e2ec;margin:24px 0 12px 0;">
<p style="margin:0;font-size:12px;color:#52606d;">Este es un mensaje automático del SESEP; por favor no responda a este correo.</p>
<p style="margin:8px 0 0 0;font-size:12px;color:#52606d;">INPEP, entre 15 y 17 Calle Poniente, Centro de Gobierno, San Salvador, El Salvador.</p>
</div>
</body>
</html>',
    'Estimado(a) {{citizenName}}:

Se abrió una cuenta en el Sistema Electrónico de Servicios Previsionales (SESEP) del INPEP con su DUI {{dui}}. La cuenta usaría como correo de contacto {{email}}. Le escribimos a este correo porque es el que el INPEP tiene registrado para usted.

Si fue usted, active la cuenta abriendo el siguiente enlace:

{{link}}

Este enlace vence en {{expiresIn}} y puede utilizarse una sola vez.

Si no fue usted, no abra el enlace: sin él la cuenta no se activa. Alguien conoce sus números de DUI y de afiliación; comuníquese con el Centro de Atención al Usuario del INPEP al teléfono 2255-1200.

Atentamente,
Centro de Atención al Usuario
Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)

Este es un mensaje automático del SESEP; por favor no responda a este correo.',
    CURRENT_TIMESTAMP, 'sistema', 0
FROM mail_template;
