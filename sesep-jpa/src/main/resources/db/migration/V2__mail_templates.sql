-- SESEP e-mail templates (reference data, all environments). Spanish, usted form.
-- Placeholders {{name}}: citizenName, seiNumber, ticketNumber, serviceName, observations, denialReasons,
-- link, expiresInHours, date. Values substituted into body_html must be HTML-escaped by the renderer;
-- subject and body_text take them as plain text. Administrators edit these rows from the UI.

INSERT INTO mail_template (id, code, subject, body_html, body_text, updated_at, updated_by, version) VALUES (
    1, 'ACCOUNT_VERIFY_EMAIL',
    'SESEP - INPEP: verifique su correo electrónico',
    '<!DOCTYPE html>
<html lang="es">
<head><meta charset="UTF-8"><title>SESEP - INPEP</title></head>
<body style="margin:0;padding:0;background-color:#f4f6f8;">
<div style="max-width:600px;margin:0 auto;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2933;background-color:#ffffff;">
<p style="margin:0 0 4px 0;font-size:13px;color:#52606d;">Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<p style="margin:0 0 20px 0;font-size:18px;font-weight:bold;color:#0b3d6e;">Sistema Electrónico de Servicios Previsionales (SESEP)</p>
<p style="margin:0 0 12px 0;">Estimado(a) {{citizenName}}:</p>
<p style="margin:0 0 12px 0;">Gracias por registrarse en el Sistema Electrónico de Servicios Previsionales (SESEP) del INPEP. Para activar su cuenta, confirme su dirección de correo electrónico con el siguiente botón:</p>
<p style="margin:0 0 16px 0;"><a href="{{link}}" style="display:inline-block;padding:10px 18px;background-color:#0b3d6e;color:#ffffff;text-decoration:none;border-radius:4px;">Verificar mi correo electrónico</a></p>
<p style="margin:0 0 12px 0;font-size:13px;color:#52606d;">Si el botón no funciona, copie esta dirección en su navegador: {{link}}</p>
<p style="margin:0 0 12px 0;">Este enlace vence en {{expiresInHours}} horas y puede utilizarse una sola vez.</p>
<p style="margin:0 0 12px 0;">Si usted no se registró en el SESEP, ignore este mensaje: sin la verificación la cuenta no se activa.</p>
<p style="margin:0 0 12px 0;">Atentamente,<br>Centro de Atención al Usuario<br>Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<hr style="border:none;border-top:1px solid #d9e2ec;margin:24px 0 12px 0;">
<p style="margin:0;font-size:12px;color:#52606d;">Este es un mensaje automático del SESEP; por favor no responda a este correo. Si necesita ayuda, comuníquese con el Centro de Atención al Usuario del INPEP al teléfono 2255-1200.</p>
<p style="margin:8px 0 0 0;font-size:12px;color:#52606d;">INPEP, entre 15 y 17 Calle Poniente, Centro de Gobierno, San Salvador, El Salvador.</p>
</div>
</body>
</html>',
    'Estimado(a) {{citizenName}}:

Gracias por registrarse en el Sistema Electrónico de Servicios Previsionales (SESEP) del INPEP. Para activar su cuenta, confirme su dirección de correo electrónico abriendo el siguiente enlace:

{{link}}

Este enlace vence en {{expiresInHours}} horas y puede utilizarse una sola vez.

Si usted no se registró en el SESEP, ignore este mensaje: sin la verificación la cuenta no se activa.

Atentamente,
Centro de Atención al Usuario
Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)


Este es un mensaje automático del SESEP; por favor no responda a este correo. Si necesita ayuda, comuníquese con el Centro de Atención al Usuario del INPEP al teléfono 2255-1200.
Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)
Entre 15 y 17 Calle Poniente, Centro de Gobierno, San Salvador, El Salvador.',
    TIMESTAMP '2026-01-05 08:00:00', 'sistema', 0);

INSERT INTO mail_template (id, code, subject, body_html, body_text, updated_at, updated_by, version) VALUES (
    2, 'ACCOUNT_RESET_PASSWORD',
    'SESEP - INPEP: restablecimiento de contraseña',
    '<!DOCTYPE html>
<html lang="es">
<head><meta charset="UTF-8"><title>SESEP - INPEP</title></head>
<body style="margin:0;padding:0;background-color:#f4f6f8;">
<div style="max-width:600px;margin:0 auto;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2933;background-color:#ffffff;">
<p style="margin:0 0 4px 0;font-size:13px;color:#52606d;">Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<p style="margin:0 0 20px 0;font-size:18px;font-weight:bold;color:#0b3d6e;">Sistema Electrónico de Servicios Previsionales (SESEP)</p>
<p style="margin:0 0 12px 0;">Estimado(a) {{citizenName}}:</p>
<p style="margin:0 0 12px 0;">El {{date}} se solicitó restablecer la contraseña de su cuenta en el Sistema Electrónico de Servicios Previsionales (SESEP) del INPEP. Para elegir una contraseña nueva, utilice el siguiente botón:</p>
<p style="margin:0 0 16px 0;"><a href="{{link}}" style="display:inline-block;padding:10px 18px;background-color:#0b3d6e;color:#ffffff;text-decoration:none;border-radius:4px;">Restablecer mi contraseña</a></p>
<p style="margin:0 0 12px 0;font-size:13px;color:#52606d;">Si el botón no funciona, copie esta dirección en su navegador: {{link}}</p>
<p style="margin:0 0 12px 0;">Este enlace vence en {{expiresInHours}} horas y puede utilizarse una sola vez.</p>
<p style="margin:0 0 12px 0;">Si usted no hizo esta solicitud, ignore este mensaje: su contraseña actual seguirá siendo válida. El personal del INPEP nunca le pedirá su contraseña.</p>
<p style="margin:0 0 12px 0;">Atentamente,<br>Centro de Atención al Usuario<br>Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<hr style="border:none;border-top:1px solid #d9e2ec;margin:24px 0 12px 0;">
<p style="margin:0;font-size:12px;color:#52606d;">Este es un mensaje automático del SESEP; por favor no responda a este correo. Si necesita ayuda, comuníquese con el Centro de Atención al Usuario del INPEP al teléfono 2255-1200.</p>
<p style="margin:8px 0 0 0;font-size:12px;color:#52606d;">INPEP, entre 15 y 17 Calle Poniente, Centro de Gobierno, San Salvador, El Salvador.</p>
</div>
</body>
</html>',
    'Estimado(a) {{citizenName}}:

El {{date}} se solicitó restablecer la contraseña de su cuenta en el Sistema Electrónico de Servicios Previsionales (SESEP) del INPEP. Para elegir una contraseña nueva, abra el siguiente enlace:

{{link}}

Este enlace vence en {{expiresInHours}} horas y puede utilizarse una sola vez.

Si usted no hizo esta solicitud, ignore este mensaje: su contraseña actual seguirá siendo válida. El personal del INPEP nunca le pedirá su contraseña.

Atentamente,
Centro de Atención al Usuario
Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)


Este es un mensaje automático del SESEP; por favor no responda a este correo. Si necesita ayuda, comuníquese con el Centro de Atención al Usuario del INPEP al teléfono 2255-1200.
Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)
Entre 15 y 17 Calle Poniente, Centro de Gobierno, San Salvador, El Salvador.',
    TIMESTAMP '2026-01-05 08:00:00', 'sistema', 0);

INSERT INTO mail_template (id, code, subject, body_html, body_text, updated_at, updated_by, version) VALUES (
    3, 'REQUEST_FILED',
    'SESEP - INPEP: solicitud {{seiNumber}} presentada, ticket {{ticketNumber}}',
    '<!DOCTYPE html>
<html lang="es">
<head><meta charset="UTF-8"><title>SESEP - INPEP</title></head>
<body style="margin:0;padding:0;background-color:#f4f6f8;">
<div style="max-width:600px;margin:0 auto;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2933;background-color:#ffffff;">
<p style="margin:0 0 4px 0;font-size:13px;color:#52606d;">Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<p style="margin:0 0 20px 0;font-size:18px;font-weight:bold;color:#0b3d6e;">Sistema Electrónico de Servicios Previsionales (SESEP)</p>
<p style="margin:0 0 12px 0;">Estimado(a) {{citizenName}}:</p>
<p style="margin:0 0 12px 0;">Hemos recibido su solicitud electrónica en el Sistema Electrónico de Servicios Previsionales (SESEP) del INPEP:</p>
<table style="border-collapse:collapse;margin:0 0 16px 0;">
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Número de solicitud (SEI):</td><td style="padding:4px 0;font-weight:bold;">{{seiNumber}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Servicio:</td><td style="padding:4px 0;font-weight:bold;">{{serviceName}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Ticket de atención:</td><td style="padding:4px 0;font-weight:bold;">{{ticketNumber}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Fecha y hora de presentación:</td><td style="padding:4px 0;font-weight:bold;">{{date}}</td></tr>
</table>
<p style="margin:0 0 12px 0;">Adjuntamos a este correo el Comprobante de Presentación de Solicitud Electrónica y su ticket de atención. Consérvelos: le servirán para dar seguimiento a su trámite.</p>
<p style="margin:0 0 12px 0;">Su solicitud será atendida en orden de llegada por el personal del área correspondiente. Le informaremos por este medio cuando sea atendida o si necesita alguna corrección. Puede consultar su estado en cualquier momento en la opción «Mis solicitudes»:</p>
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

Hemos recibido su solicitud electrónica en el Sistema Electrónico de Servicios Previsionales (SESEP) del INPEP:

Número de solicitud (SEI): {{seiNumber}}
Servicio: {{serviceName}}
Ticket de atención: {{ticketNumber}}
Fecha y hora de presentación: {{date}}

Adjuntamos a este correo el Comprobante de Presentación de Solicitud Electrónica y su ticket de atención. Consérvelos: le servirán para dar seguimiento a su trámite.

Su solicitud será atendida en orden de llegada por el personal del área correspondiente. Le informaremos por este medio cuando sea atendida o si necesita alguna corrección. Puede consultar su estado en cualquier momento en la opción «Mis solicitudes»:

{{link}}

Atentamente,
Centro de Atención al Usuario
Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)


Este es un mensaje automático del SESEP; por favor no responda a este correo. Si necesita ayuda, comuníquese con el Centro de Atención al Usuario del INPEP al teléfono 2255-1200.
Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)
Entre 15 y 17 Calle Poniente, Centro de Gobierno, San Salvador, El Salvador.',
    TIMESTAMP '2026-01-05 08:00:00', 'sistema', 0);

INSERT INTO mail_template (id, code, subject, body_html, body_text, updated_at, updated_by, version) VALUES (
    4, 'REQUEST_OBSERVED',
    'SESEP - INPEP: su solicitud {{seiNumber}} tiene observaciones',
    '<!DOCTYPE html>
<html lang="es">
<head><meta charset="UTF-8"><title>SESEP - INPEP</title></head>
<body style="margin:0;padding:0;background-color:#f4f6f8;">
<div style="max-width:600px;margin:0 auto;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2933;background-color:#ffffff;">
<p style="margin:0 0 4px 0;font-size:13px;color:#52606d;">Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<p style="margin:0 0 20px 0;font-size:18px;font-weight:bold;color:#0b3d6e;">Sistema Electrónico de Servicios Previsionales (SESEP)</p>
<p style="margin:0 0 12px 0;">Estimado(a) {{citizenName}}:</p>
<p style="margin:0 0 12px 0;">Al revisar su solicitud electrónica, el personal del INPEP encontró observaciones que le pedimos subsanar para poder continuar con el trámite:</p>
<table style="border-collapse:collapse;margin:0 0 16px 0;">
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Número de solicitud (SEI):</td><td style="padding:4px 0;font-weight:bold;">{{seiNumber}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Servicio:</td><td style="padding:4px 0;font-weight:bold;">{{serviceName}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Ticket de atención:</td><td style="padding:4px 0;font-weight:bold;">{{ticketNumber}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Fecha:</td><td style="padding:4px 0;font-weight:bold;">{{date}}</td></tr>
</table>
<p style="margin:0 0 12px 0;">Observaciones:</p>
<div style="white-space:pre-line;margin:0 0 16px 0;padding:12px 16px;border-left:4px solid #0b3d6e;background-color:#f0f4f8;">{{observations}}</div>
<p style="margin:0 0 12px 0;">Para subsanarlas, ingrese a «Mis solicitudes», abra la solicitud, adjunte los documentos corregidos o agregue un comentario y envíela nuevamente. Al subsanarla, su solicitud vuelve a la cola de atención con un nuevo ticket; no necesita presentar una solicitud nueva.</p>
<p style="margin:0 0 16px 0;"><a href="{{link}}" style="display:inline-block;padding:10px 18px;background-color:#0b3d6e;color:#ffffff;text-decoration:none;border-radius:4px;">Subsanar mi solicitud</a></p>
<p style="margin:0 0 12px 0;font-size:13px;color:#52606d;">Si el botón no funciona, copie esta dirección en su navegador: {{link}}</p>
<p style="margin:0 0 12px 0;">Atentamente,<br>Centro de Atención al Usuario<br>Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<hr style="border:none;border-top:1px solid #d9e2ec;margin:24px 0 12px 0;">
<p style="margin:0;font-size:12px;color:#52606d;">Este es un mensaje automático del SESEP; por favor no responda a este correo. Si necesita ayuda, comuníquese con el Centro de Atención al Usuario del INPEP al teléfono 2255-1200.</p>
<p style="margin:8px 0 0 0;font-size:12px;color:#52606d;">INPEP, entre 15 y 17 Calle Poniente, Centro de Gobierno, San Salvador, El Salvador.</p>
</div>
</body>
</html>',
    'Estimado(a) {{citizenName}}:

Al revisar su solicitud electrónica, el personal del INPEP encontró observaciones que le pedimos subsanar para poder continuar con el trámite:

Número de solicitud (SEI): {{seiNumber}}
Servicio: {{serviceName}}
Ticket de atención: {{ticketNumber}}
Fecha: {{date}}

Observaciones:
{{observations}}

Para subsanarlas, ingrese a «Mis solicitudes», abra la solicitud, adjunte los documentos corregidos o agregue un comentario y envíela nuevamente. Al subsanarla, su solicitud vuelve a la cola de atención con un nuevo ticket; no necesita presentar una solicitud nueva.

{{link}}

Atentamente,
Centro de Atención al Usuario
Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)


Este es un mensaje automático del SESEP; por favor no responda a este correo. Si necesita ayuda, comuníquese con el Centro de Atención al Usuario del INPEP al teléfono 2255-1200.
Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)
Entre 15 y 17 Calle Poniente, Centro de Gobierno, San Salvador, El Salvador.',
    TIMESTAMP '2026-01-05 08:00:00', 'sistema', 0);

INSERT INTO mail_template (id, code, subject, body_html, body_text, updated_at, updated_by, version) VALUES (
    5, 'REQUEST_ANSWERED',
    'SESEP - INPEP: su solicitud {{seiNumber}} ha sido atendida',
    '<!DOCTYPE html>
<html lang="es">
<head><meta charset="UTF-8"><title>SESEP - INPEP</title></head>
<body style="margin:0;padding:0;background-color:#f4f6f8;">
<div style="max-width:600px;margin:0 auto;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2933;background-color:#ffffff;">
<p style="margin:0 0 4px 0;font-size:13px;color:#52606d;">Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<p style="margin:0 0 20px 0;font-size:18px;font-weight:bold;color:#0b3d6e;">Sistema Electrónico de Servicios Previsionales (SESEP)</p>
<p style="margin:0 0 12px 0;">Estimado(a) {{citizenName}}:</p>
<p style="margin:0 0 12px 0;">Nos complace informarle que su solicitud electrónica ha sido atendida:</p>
<table style="border-collapse:collapse;margin:0 0 16px 0;">
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Número de solicitud (SEI):</td><td style="padding:4px 0;font-weight:bold;">{{seiNumber}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Servicio:</td><td style="padding:4px 0;font-weight:bold;">{{serviceName}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Ticket de atención:</td><td style="padding:4px 0;font-weight:bold;">{{ticketNumber}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Fecha de respuesta:</td><td style="padding:4px 0;font-weight:bold;">{{date}}</td></tr>
</table>
<p style="margin:0 0 12px 0;">Adjuntamos a este correo el documento de respuesta en formato PDF, identificado en cada página con el número de su solicitud. También puede descargarlo desde «Mis solicitudes»:</p>
<p style="margin:0 0 16px 0;"><a href="{{link}}" style="display:inline-block;padding:10px 18px;background-color:#0b3d6e;color:#ffffff;text-decoration:none;border-radius:4px;">Ver la respuesta</a></p>
<p style="margin:0 0 12px 0;font-size:13px;color:#52606d;">Si el botón no funciona, copie esta dirección en su navegador: {{link}}</p>
<p style="margin:0 0 12px 0;">Si tiene alguna consulta sobre la respuesta, puede presentar una nueva solicitud desde el SESEP o comunicarse con el Centro de Atención al Usuario.</p>
<p style="margin:0 0 12px 0;">Atentamente,<br>Centro de Atención al Usuario<br>Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<hr style="border:none;border-top:1px solid #d9e2ec;margin:24px 0 12px 0;">
<p style="margin:0;font-size:12px;color:#52606d;">Este es un mensaje automático del SESEP; por favor no responda a este correo. Si necesita ayuda, comuníquese con el Centro de Atención al Usuario del INPEP al teléfono 2255-1200.</p>
<p style="margin:8px 0 0 0;font-size:12px;color:#52606d;">INPEP, entre 15 y 17 Calle Poniente, Centro de Gobierno, San Salvador, El Salvador.</p>
</div>
</body>
</html>',
    'Estimado(a) {{citizenName}}:

Nos complace informarle que su solicitud electrónica ha sido atendida:

Número de solicitud (SEI): {{seiNumber}}
Servicio: {{serviceName}}
Ticket de atención: {{ticketNumber}}
Fecha de respuesta: {{date}}

Adjuntamos a este correo el documento de respuesta en formato PDF, identificado en cada página con el número de su solicitud. También puede descargarlo desde «Mis solicitudes»:

{{link}}

Si tiene alguna consulta sobre la respuesta, puede presentar una nueva solicitud desde el SESEP o comunicarse con el Centro de Atención al Usuario.

Atentamente,
Centro de Atención al Usuario
Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)


Este es un mensaje automático del SESEP; por favor no responda a este correo. Si necesita ayuda, comuníquese con el Centro de Atención al Usuario del INPEP al teléfono 2255-1200.
Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)
Entre 15 y 17 Calle Poniente, Centro de Gobierno, San Salvador, El Salvador.',
    TIMESTAMP '2026-01-05 08:00:00', 'sistema', 0);

INSERT INTO mail_template (id, code, subject, body_html, body_text, updated_at, updated_by, version) VALUES (
    6, 'REQUEST_DENIED',
    'SESEP - INPEP: resolución de su solicitud {{seiNumber}}',
    '<!DOCTYPE html>
<html lang="es">
<head><meta charset="UTF-8"><title>SESEP - INPEP</title></head>
<body style="margin:0;padding:0;background-color:#f4f6f8;">
<div style="max-width:600px;margin:0 auto;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2933;background-color:#ffffff;">
<p style="margin:0 0 4px 0;font-size:13px;color:#52606d;">Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<p style="margin:0 0 20px 0;font-size:18px;font-weight:bold;color:#0b3d6e;">Sistema Electrónico de Servicios Previsionales (SESEP)</p>
<p style="margin:0 0 12px 0;">Estimado(a) {{citizenName}}:</p>
<p style="margin:0 0 12px 0;">Le informamos que, después de revisar su solicitud electrónica, no ha sido posible concederla:</p>
<table style="border-collapse:collapse;margin:0 0 16px 0;">
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Número de solicitud (SEI):</td><td style="padding:4px 0;font-weight:bold;">{{seiNumber}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Servicio:</td><td style="padding:4px 0;font-weight:bold;">{{serviceName}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Ticket de atención:</td><td style="padding:4px 0;font-weight:bold;">{{ticketNumber}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Fecha:</td><td style="padding:4px 0;font-weight:bold;">{{date}}</td></tr>
</table>
<p style="margin:0 0 12px 0;">Motivos de la denegatoria:</p>
<div style="white-space:pre-line;margin:0 0 16px 0;padding:12px 16px;border-left:4px solid #0b3d6e;background-color:#f0f4f8;">{{denialReasons}}</div>
<p style="margin:0 0 12px 0;">Cuando cumpla los requisitos indicados, puede presentar una nueva solicitud desde el SESEP. Si no está de acuerdo con esta resolución o necesita orientación, puede comunicarse con el Centro de Atención al Usuario o presentar una queja o reclamo desde el mismo sistema.</p>
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

Le informamos que, después de revisar su solicitud electrónica, no ha sido posible concederla:

Número de solicitud (SEI): {{seiNumber}}
Servicio: {{serviceName}}
Ticket de atención: {{ticketNumber}}
Fecha: {{date}}

Motivos de la denegatoria:
{{denialReasons}}

Cuando cumpla los requisitos indicados, puede presentar una nueva solicitud desde el SESEP. Si no está de acuerdo con esta resolución o necesita orientación, puede comunicarse con el Centro de Atención al Usuario o presentar una queja o reclamo desde el mismo sistema.

{{link}}

Atentamente,
Centro de Atención al Usuario
Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)


Este es un mensaje automático del SESEP; por favor no responda a este correo. Si necesita ayuda, comuníquese con el Centro de Atención al Usuario del INPEP al teléfono 2255-1200.
Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)
Entre 15 y 17 Calle Poniente, Centro de Gobierno, San Salvador, El Salvador.',
    TIMESTAMP '2026-01-05 08:00:00', 'sistema', 0);

INSERT INTO mail_template (id, code, subject, body_html, body_text, updated_at, updated_by, version) VALUES (
    7, 'REQUEST_CLOSED',
    'SESEP - INPEP: solicitud {{seiNumber}} finalizada, ¿cómo le atendimos?',
    '<!DOCTYPE html>
<html lang="es">
<head><meta charset="UTF-8"><title>SESEP - INPEP</title></head>
<body style="margin:0;padding:0;background-color:#f4f6f8;">
<div style="max-width:600px;margin:0 auto;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2933;background-color:#ffffff;">
<p style="margin:0 0 4px 0;font-size:13px;color:#52606d;">Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<p style="margin:0 0 20px 0;font-size:18px;font-weight:bold;color:#0b3d6e;">Sistema Electrónico de Servicios Previsionales (SESEP)</p>
<p style="margin:0 0 12px 0;">Estimado(a) {{citizenName}}:</p>
<p style="margin:0 0 12px 0;">Su solicitud electrónica ha sido finalizada:</p>
<table style="border-collapse:collapse;margin:0 0 16px 0;">
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Número de solicitud (SEI):</td><td style="padding:4px 0;font-weight:bold;">{{seiNumber}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Servicio:</td><td style="padding:4px 0;font-weight:bold;">{{serviceName}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Fecha de cierre:</td><td style="padding:4px 0;font-weight:bold;">{{date}}</td></tr>
</table>
<p style="margin:0 0 12px 0;">En el INPEP queremos mejorar continuamente nuestros servicios. Le invitamos a calificar la atención recibida:</p>
<p style="margin:0 0 16px 0;"><a href="{{link}}" style="display:inline-block;padding:10px 18px;background-color:#0b3d6e;color:#ffffff;text-decoration:none;border-radius:4px;">Calificar el servicio</a></p>
<p style="margin:0 0 12px 0;font-size:13px;color:#52606d;">Si el botón no funciona, copie esta dirección en su navegador: {{link}}</p>
<p style="margin:0 0 12px 0;">Su opinión nos ayuda a servirle mejor. Gracias por utilizar el SESEP.</p>
<p style="margin:0 0 12px 0;">Atentamente,<br>Centro de Atención al Usuario<br>Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<hr style="border:none;border-top:1px solid #d9e2ec;margin:24px 0 12px 0;">
<p style="margin:0;font-size:12px;color:#52606d;">Este es un mensaje automático del SESEP; por favor no responda a este correo. Si necesita ayuda, comuníquese con el Centro de Atención al Usuario del INPEP al teléfono 2255-1200.</p>
<p style="margin:8px 0 0 0;font-size:12px;color:#52606d;">INPEP, entre 15 y 17 Calle Poniente, Centro de Gobierno, San Salvador, El Salvador.</p>
</div>
</body>
</html>',
    'Estimado(a) {{citizenName}}:

Su solicitud electrónica ha sido finalizada:

Número de solicitud (SEI): {{seiNumber}}
Servicio: {{serviceName}}
Fecha de cierre: {{date}}

En el INPEP queremos mejorar continuamente nuestros servicios. Le invitamos a calificar la atención recibida:

{{link}}

Su opinión nos ayuda a servirle mejor. Gracias por utilizar el SESEP.

Atentamente,
Centro de Atención al Usuario
Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)


Este es un mensaje automático del SESEP; por favor no responda a este correo. Si necesita ayuda, comuníquese con el Centro de Atención al Usuario del INPEP al teléfono 2255-1200.
Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)
Entre 15 y 17 Calle Poniente, Centro de Gobierno, San Salvador, El Salvador.',
    TIMESTAMP '2026-01-05 08:00:00', 'sistema', 0);

INSERT INTO mail_template (id, code, subject, body_html, body_text, updated_at, updated_by, version) VALUES (
    8, 'REQUEST_RESUBMITTED',
    'SESEP - INPEP: recibimos la subsanación de su solicitud {{seiNumber}}',
    '<!DOCTYPE html>
<html lang="es">
<head><meta charset="UTF-8"><title>SESEP - INPEP</title></head>
<body style="margin:0;padding:0;background-color:#f4f6f8;">
<div style="max-width:600px;margin:0 auto;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2933;background-color:#ffffff;">
<p style="margin:0 0 4px 0;font-size:13px;color:#52606d;">Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<p style="margin:0 0 20px 0;font-size:18px;font-weight:bold;color:#0b3d6e;">Sistema Electrónico de Servicios Previsionales (SESEP)</p>
<p style="margin:0 0 12px 0;">Estimado(a) {{citizenName}}:</p>
<p style="margin:0 0 12px 0;">Hemos recibido la subsanación de su solicitud electrónica. Su solicitud regresa a la cola de atención con un nuevo ticket:</p>
<table style="border-collapse:collapse;margin:0 0 16px 0;">
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Número de solicitud (SEI):</td><td style="padding:4px 0;font-weight:bold;">{{seiNumber}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Servicio:</td><td style="padding:4px 0;font-weight:bold;">{{serviceName}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Nuevo ticket de atención:</td><td style="padding:4px 0;font-weight:bold;">{{ticketNumber}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Fecha y hora:</td><td style="padding:4px 0;font-weight:bold;">{{date}}</td></tr>
</table>
<p style="margin:0 0 12px 0;">Le informaremos por este medio cuando sea atendida. Puede consultar su estado en «Mis solicitudes»:</p>
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

Hemos recibido la subsanación de su solicitud electrónica. Su solicitud regresa a la cola de atención con un nuevo ticket:

Número de solicitud (SEI): {{seiNumber}}
Servicio: {{serviceName}}
Nuevo ticket de atención: {{ticketNumber}}
Fecha y hora: {{date}}

Le informaremos por este medio cuando sea atendida. Puede consultar su estado en «Mis solicitudes»:

{{link}}

Atentamente,
Centro de Atención al Usuario
Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)


Este es un mensaje automático del SESEP; por favor no responda a este correo. Si necesita ayuda, comuníquese con el Centro de Atención al Usuario del INPEP al teléfono 2255-1200.
Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)
Entre 15 y 17 Calle Poniente, Centro de Gobierno, San Salvador, El Salvador.',
    TIMESTAMP '2026-01-05 08:00:00', 'sistema', 0);
