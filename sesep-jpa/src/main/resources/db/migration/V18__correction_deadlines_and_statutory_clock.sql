-- Issue 17, "A request that waits on the citizen ends" and the statutory clock.

-- Per service: the business days an observed request has to be fixed before it closes as
-- desistida (10, as the Ley de Procedimientos Administrativos gives for a correction), the business
-- days the law gives the institute to resolve (20, the term seed 002 cites from Art. 86 LPA) and
-- whether that clock stops while the request waits for the citizen. The administrator edits them.
ALTER TABLE catalog_service ADD COLUMN correction_business_days INTEGER DEFAULT 10 NOT NULL;
ALTER TABLE catalog_service ADD COLUMN statutory_business_days INTEGER DEFAULT 20 NOT NULL;
ALTER TABLE catalog_service ADD COLUMN statutory_paused_when_observed BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE catalog_service ADD CONSTRAINT catalog_service_correction_days_ck CHECK (correction_business_days > 0);
ALTER TABLE catalog_service ADD CONSTRAINT catalog_service_statutory_days_ck CHECK (statutory_business_days > 0);

-- Per observed request: the last day a correction is taken (fixed when it is observed), the day
-- the reminder goes out and when it went. service_request.resolution may now be WITHDRAWN
-- (desistida): withdrawn by the citizen, or the correction's time ran out.
ALTER TABLE service_request ADD COLUMN correction_due_on DATE;
ALTER TABLE service_request ADD COLUMN correction_remind_on DATE;
ALTER TABLE service_request ADD COLUMN correction_reminded_at TIMESTAMP;
-- The sweep's two queries: observed requests by deadline.
CREATE INDEX service_request_correction_idx ON service_request (status, correction_due_on);

-- Requests observed before this version had no deadline: they get two weeks from today (about ten
-- business days), with the reminder four days before, so that none closes without warning.
UPDATE service_request SET correction_due_on = CURRENT_DATE + INTERVAL '14' DAY,
                           correction_remind_on = CURRENT_DATE + INTERVAL '10' DAY
 WHERE status = 'OBSERVED';

-- The reminders and the closing of lapsed requests run on one node at a time.
INSERT INTO cluster_lease (lease_name, holder, expires_at)
VALUES ('correction-deadlines', NULL, TIMESTAMP '2000-01-01 00:00:00');

-- The observation mail states the deadline. New placeholders: correctionDueDate (dd/MM/yyyy) and
-- correctionDays (REQUEST_OBSERVED, REQUEST_CORRECTION_REMINDER, REQUEST_LAPSED).
UPDATE mail_template SET
    body_html = REPLACE(REPLACE(body_html,
        '{{date}}</td></tr>
</table>',
        '{{date}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Plazo para subsanar:</td><td style="padding:4px 0;font-weight:bold;">hasta el {{correctionDueDate}}</td></tr>
</table>'),
        '<p style="margin:0 0 12px 0;">Para subsanarlas,',
        '<p style="margin:0 0 12px 0;">Tiene {{correctionDays}} días hábiles, hasta el {{correctionDueDate}} inclusive, para subsanarlas. Si para entonces no lo ha hecho, su solicitud se cerrará como desistida y, si lo desea, podrá presentar una nueva.</p>
<p style="margin:0 0 12px 0;">Para subsanarlas,'),
    body_text = REPLACE(REPLACE(body_text,
        'Fecha: {{date}}
',
        'Fecha: {{date}}
Plazo para subsanar: hasta el {{correctionDueDate}}
'),
        'Para subsanarlas,',
        'Tiene {{correctionDays}} días hábiles, hasta el {{correctionDueDate}} inclusive, para subsanarlas. Si para entonces no lo ha hecho, su solicitud se cerrará como desistida y, si lo desea, podrá presentar una nueva.

Para subsanarlas,')
 WHERE code = 'REQUEST_OBSERVED';

INSERT INTO mail_template (id, code, subject, body_html, body_text, updated_at, updated_by, version)
SELECT MAX(id) + 1, 'REQUEST_CORRECTION_REMINDER',
    'SESEP - INPEP: vence el plazo para subsanar su solicitud {{seiNumber}}',
    '<!DOCTYPE html>
<html lang="es">
<head><meta charset="UTF-8"><title>SESEP - INPEP</title></head>
<body style="margin:0;padding:0;background-color:#f4f6f8;">
<div style="max-width:600px;margin:0 auto;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2933;background-color:#ffffff;">
<p style="margin:0 0 4px 0;font-size:13px;color:#52606d;">Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<p style="margin:0 0 20px 0;font-size:18px;font-weight:bold;color:#0b3d6e;">Sistema Electrónico de Servicios Previsionales (SESEP)</p>
<p style="margin:0 0 12px 0;">Estimado(a) {{citizenName}}:</p>
<p style="margin:0 0 12px 0;">Le recordamos que su solicitud electrónica tiene observaciones pendientes de subsanar y que el plazo para hacerlo está por vencer:</p>
<table style="border-collapse:collapse;margin:0 0 16px 0;">
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Número de solicitud (SEI):</td><td style="padding:4px 0;font-weight:bold;">{{seiNumber}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Servicio:</td><td style="padding:4px 0;font-weight:bold;">{{serviceName}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Plazo para subsanar:</td><td style="padding:4px 0;font-weight:bold;">hasta el {{correctionDueDate}}</td></tr>
</table>
<p style="margin:0 0 12px 0;">Ingrese a «Mis solicitudes», abra la solicitud, adjunte los documentos corregidos o agregue un comentario y envíela nuevamente antes de que venza el plazo:</p>
<p style="margin:0 0 16px 0;"><a href="{{link}}" style="display:inline-block;padding:10px 18px;background-color:#0b3d6e;color:#ffffff;text-decoration:none;border-radius:4px;">Subsanar mi solicitud</a></p>
<p style="margin:0 0 12px 0;font-size:13px;color:#52606d;">Si el botón no funciona, copie esta dirección en su navegador: {{link}}</p>
<p style="margin:0 0 12px 0;">Si no la subsana a más tardar el {{correctionDueDate}}, su solicitud se cerrará como desistida. Si ya no desea continuar con el trámite, puede desistir de ella desde la misma página.</p>
<p style="margin:0 0 12px 0;">Atentamente,<br>Centro de Atención al Usuario<br>Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<hr style="border:none;border-top:1px solid #d9e2ec;margin:24px 0 12px 0;">
<p style="margin:0;font-size:12px;color:#52606d;">Este es un mensaje automático del SESEP; por favor no responda a este correo. Si necesita ayuda, comuníquese con el Centro de Atención al Usuario del INPEP al teléfono 2255-1200.</p>
<p style="margin:8px 0 0 0;font-size:12px;color:#52606d;">INPEP, entre 15 y 17 Calle Poniente, Centro de Gobierno, San Salvador, El Salvador.</p>
</div>
</body>
</html>',
    'Estimado(a) {{citizenName}}:

Le recordamos que su solicitud electrónica tiene observaciones pendientes de subsanar y que el plazo para hacerlo está por vencer:

Número de solicitud (SEI): {{seiNumber}}
Servicio: {{serviceName}}
Plazo para subsanar: hasta el {{correctionDueDate}}

Ingrese a «Mis solicitudes», abra la solicitud, adjunte los documentos corregidos o agregue un comentario y envíela nuevamente antes de que venza el plazo:

{{link}}

Si no la subsana a más tardar el {{correctionDueDate}}, su solicitud se cerrará como desistida. Si ya no desea continuar con el trámite, puede desistir de ella desde la misma página.

Atentamente,
Centro de Atención al Usuario
Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)


Este es un mensaje automático del SESEP; por favor no responda a este correo. Si necesita ayuda, comuníquese con el Centro de Atención al Usuario del INPEP al teléfono 2255-1200.
Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)
Entre 15 y 17 Calle Poniente, Centro de Gobierno, San Salvador, El Salvador.',
    TIMESTAMP '2026-12-07 08:00:00', 'sistema', 0
FROM mail_template;

INSERT INTO mail_template (id, code, subject, body_html, body_text, updated_at, updated_by, version)
SELECT MAX(id) + 1, 'REQUEST_LAPSED',
    'SESEP - INPEP: su solicitud {{seiNumber}} se cerró como desistida',
    '<!DOCTYPE html>
<html lang="es">
<head><meta charset="UTF-8"><title>SESEP - INPEP</title></head>
<body style="margin:0;padding:0;background-color:#f4f6f8;">
<div style="max-width:600px;margin:0 auto;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2933;background-color:#ffffff;">
<p style="margin:0 0 4px 0;font-size:13px;color:#52606d;">Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<p style="margin:0 0 20px 0;font-size:18px;font-weight:bold;color:#0b3d6e;">Sistema Electrónico de Servicios Previsionales (SESEP)</p>
<p style="margin:0 0 12px 0;">Estimado(a) {{citizenName}}:</p>
<p style="margin:0 0 12px 0;">El plazo para subsanar las observaciones de su solicitud electrónica venció sin que se recibiera la corrección, por lo que la solicitud se cerró como desistida:</p>
<table style="border-collapse:collapse;margin:0 0 16px 0;">
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Número de solicitud (SEI):</td><td style="padding:4px 0;font-weight:bold;">{{seiNumber}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Servicio:</td><td style="padding:4px 0;font-weight:bold;">{{serviceName}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Plazo para subsanar:</td><td style="padding:4px 0;font-weight:bold;">hasta el {{correctionDueDate}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Fecha de cierre:</td><td style="padding:4px 0;font-weight:bold;">{{date}}</td></tr>
</table>
<p style="margin:0 0 12px 0;">Si aún necesita este servicio, puede presentar una nueva solicitud desde el catálogo de servicios. Puede consultar el historial de esta solicitud en «Mis solicitudes»:</p>
<p style="margin:0 0 16px 0;"><a href="{{link}}" style="display:inline-block;padding:10px 18px;background-color:#0b3d6e;color:#ffffff;text-decoration:none;border-radius:4px;">Ver mi solicitud</a></p>
<p style="margin:0 0 12px 0;font-size:13px;color:#52606d;">Si el botón no funciona, copie esta dirección en su navegador: {{link}}</p>
<p style="margin:0 0 12px 0;">Atentamente,<br>Centro de Atención al Usuario<br>Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<hr style="border:none;border-top:1px solid #d9e2ec;margin:24px 0 12px 0;">
<p style="margin:0;font-size:12px;color:#52606d;">Este es un mensaje automático del SESEP; por favor no responda a este correo. Si necesita ayuda, comuníquese con el Centro de Atención al Usuario del INPEP al teléfono 2255-1200.</p>
<p style="margin:8px 0 0 0;font-size:12px;color:#52606d;">INPEP, entre 15 y 17 Calle Poniente, Centro de Gobierno, San Salvador, El Salvador.</p>
</div>
</body>
</html>',
    'Estimado(a) {{citizenName}}:

El plazo para subsanar las observaciones de su solicitud electrónica venció sin que se recibiera la corrección, por lo que la solicitud se cerró como desistida:

Número de solicitud (SEI): {{seiNumber}}
Servicio: {{serviceName}}
Plazo para subsanar: hasta el {{correctionDueDate}}
Fecha de cierre: {{date}}

Si aún necesita este servicio, puede presentar una nueva solicitud desde el catálogo de servicios. Puede consultar el historial de esta solicitud en «Mis solicitudes»:

{{link}}

Atentamente,
Centro de Atención al Usuario
Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)


Este es un mensaje automático del SESEP; por favor no responda a este correo. Si necesita ayuda, comuníquese con el Centro de Atención al Usuario del INPEP al teléfono 2255-1200.
Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)
Entre 15 y 17 Calle Poniente, Centro de Gobierno, San Salvador, El Salvador.',
    TIMESTAMP '2026-12-07 08:00:00', 'sistema', 0
FROM mail_template;

INSERT INTO mail_template (id, code, subject, body_html, body_text, updated_at, updated_by, version)
SELECT MAX(id) + 1, 'REQUEST_WITHDRAWN',
    'SESEP - INPEP: usted desistió de su solicitud {{seiNumber}}',
    '<!DOCTYPE html>
<html lang="es">
<head><meta charset="UTF-8"><title>SESEP - INPEP</title></head>
<body style="margin:0;padding:0;background-color:#f4f6f8;">
<div style="max-width:600px;margin:0 auto;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2933;background-color:#ffffff;">
<p style="margin:0 0 4px 0;font-size:13px;color:#52606d;">Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<p style="margin:0 0 20px 0;font-size:18px;font-weight:bold;color:#0b3d6e;">Sistema Electrónico de Servicios Previsionales (SESEP)</p>
<p style="margin:0 0 12px 0;">Estimado(a) {{citizenName}}:</p>
<p style="margin:0 0 12px 0;">Hemos registrado que usted desistió de su solicitud electrónica, que queda cerrada como desistida:</p>
<table style="border-collapse:collapse;margin:0 0 16px 0;">
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Número de solicitud (SEI):</td><td style="padding:4px 0;font-weight:bold;">{{seiNumber}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Servicio:</td><td style="padding:4px 0;font-weight:bold;">{{serviceName}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Fecha:</td><td style="padding:4px 0;font-weight:bold;">{{date}}</td></tr>
</table>
<p style="margin:0 0 12px 0;">Si aún necesita este servicio, puede presentar una nueva solicitud desde el catálogo de servicios. Puede consultar el historial de esta solicitud en «Mis solicitudes»:</p>
<p style="margin:0 0 16px 0;"><a href="{{link}}" style="display:inline-block;padding:10px 18px;background-color:#0b3d6e;color:#ffffff;text-decoration:none;border-radius:4px;">Ver mi solicitud</a></p>
<p style="margin:0 0 12px 0;font-size:13px;color:#52606d;">Si el botón no funciona, copie esta dirección en su navegador: {{link}}</p>
<p style="margin:0 0 12px 0;">Si usted no realizó esta acción, comuníquese de inmediato con el Centro de Atención al Usuario.</p>
<p style="margin:0 0 12px 0;">Atentamente,<br>Centro de Atención al Usuario<br>Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<hr style="border:none;border-top:1px solid #d9e2ec;margin:24px 0 12px 0;">
<p style="margin:0;font-size:12px;color:#52606d;">Este es un mensaje automático del SESEP; por favor no responda a este correo. Si necesita ayuda, comuníquese con el Centro de Atención al Usuario del INPEP al teléfono 2255-1200.</p>
<p style="margin:8px 0 0 0;font-size:12px;color:#52606d;">INPEP, entre 15 y 17 Calle Poniente, Centro de Gobierno, San Salvador, El Salvador.</p>
</div>
</body>
</html>',
    'Estimado(a) {{citizenName}}:

Hemos registrado que usted desistió de su solicitud electrónica, que queda cerrada como desistida:

Número de solicitud (SEI): {{seiNumber}}
Servicio: {{serviceName}}
Fecha: {{date}}

Si aún necesita este servicio, puede presentar una nueva solicitud desde el catálogo de servicios. Puede consultar el historial de esta solicitud en «Mis solicitudes»:

{{link}}

Si usted no realizó esta acción, comuníquese de inmediato con el Centro de Atención al Usuario.

Atentamente,
Centro de Atención al Usuario
Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)


Este es un mensaje automático del SESEP; por favor no responda a este correo. Si necesita ayuda, comuníquese con el Centro de Atención al Usuario del INPEP al teléfono 2255-1200.
Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)
Entre 15 y 17 Calle Poniente, Centro de Gobierno, San Salvador, El Salvador.',
    TIMESTAMP '2026-12-07 08:00:00', 'sistema', 0
FROM mail_template;
