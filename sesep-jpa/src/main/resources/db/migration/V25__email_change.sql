-- SESEP schema, version 25: a citizen changes their own e-mail address ("Mis datos",
-- accounts.boundary.ContactDetails). The new address waits in its link's row (account_token, purpose
-- CHANGE_EMAIL) until the link mailed to it comes back; only then does the account take it.
ALTER TABLE account_token ADD COLUMN new_email VARCHAR(200);

-- The link to the new address, and the two notices to the old one: when the change is asked for,
-- and when it is made. Placeholders: citizenName, link, expiresIn; email (the new address), date.
INSERT INTO mail_template (id, code, subject, body_html, body_text, updated_at, updated_by, version)
SELECT MAX(id) + 1, 'ACCOUNT_EMAIL_CHANGE_VERIFY',
    'SESEP - INPEP: confirme su nuevo correo electrónico',
    '<!DOCTYPE html>
<html lang="es">
<head><meta charset="UTF-8"><title>SESEP - INPEP</title></head>
<body style="margin:0;padding:0;background-color:#f4f6f8;">
<div style="max-width:600px;margin:0 auto;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2933;background-color:#ffffff;">
<p style="margin:0 0 4px 0;font-size:13px;color:#52606d;">Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<p style="margin:0 0 20px 0;font-size:18px;font-weight:bold;color:#0b3d6e;">Sistema Electrónico de Servicios Previsionales (SESEP)</p>
<p style="margin:0 0 12px 0;">Estimado(a) {{citizenName}}:</p>
<p style="margin:0 0 12px 0;">Usted pidió que el Sistema Electrónico de Servicios Previsionales (SESEP) del INPEP le escriba en adelante a esta dirección. Para confirmarla, abra el siguiente enlace con la sesión de su cuenta iniciada:</p>
<p style="margin:0 0 16px 0;"><a href="{{link}}" style="display:inline-block;padding:10px 18px;background-color:#0b3d6e;color:#ffffff;text-decoration:none;border-radius:4px;">Confirmar mi nuevo correo</a></p>
<p style="margin:0 0 12px 0;font-size:13px;color:#52606d;">Si el botón no funciona, copie esta dirección en su navegador: {{link}}</p>
<p style="margin:0 0 12px 0;">Este enlace vence en {{expiresIn}} y puede utilizarse una sola vez. Hasta que lo abra, los avisos seguirán llegando a su correo anterior.</p>
<p style="margin:0 0 12px 0;">Si usted no pidió este cambio, ignore este mensaje: sin la confirmación nada cambia.</p>
<p style="margin:0 0 12px 0;">Atentamente,<br>Centro de Atención al Usuario<br>Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<hr style="border:none;border-top:1px solid #d9e2ec;margin:24px 0 12px 0;">
<p style="margin:0;font-size:12px;color:#52606d;">Este es un mensaje automático del SESEP; por favor no responda a este correo. Si necesita ayuda, comuníquese con el Centro de Atención al Usuario del INPEP al teléfono 2255-1200.</p>
<p style="margin:8px 0 0 0;font-size:12px;color:#52606d;">INPEP, entre 15 y 17 Calle Poniente, Centro de Gobierno, San Salvador, El Salvador.</p>
</div>
</body>
</html>',
    'Estimado(a) {{citizenName}}:

Usted pidió que el Sistema Electrónico de Servicios Previsionales (SESEP) del INPEP le escriba en adelante a esta dirección. Para confirmarla, abra el siguiente enlace con la sesión de su cuenta iniciada:

{{link}}

Este enlace vence en {{expiresIn}} y puede utilizarse una sola vez. Hasta que lo abra, los avisos seguirán llegando a su correo anterior.

Si usted no pidió este cambio, ignore este mensaje: sin la confirmación nada cambia.

Atentamente,
Centro de Atención al Usuario
Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)

Este es un mensaje automático del SESEP; por favor no responda a este correo. Si necesita ayuda, comuníquese con el Centro de Atención al Usuario del INPEP al teléfono 2255-1200.',
    CURRENT_TIMESTAMP, 'sistema', 0
FROM mail_template;
INSERT INTO mail_template (id, code, subject, body_html, body_text, updated_at, updated_by, version)
SELECT MAX(id) + 1, 'ACCOUNT_EMAIL_CHANGE_REQUESTED',
    'SESEP - INPEP: se pidió cambiar su correo electrónico',
    '<!DOCTYPE html>
<html lang="es">
<head><meta charset="UTF-8"><title>SESEP - INPEP</title></head>
<body style="margin:0;padding:0;background-color:#f4f6f8;">
<div style="max-width:600px;margin:0 auto;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2933;background-color:#ffffff;">
<p style="margin:0 0 4px 0;font-size:13px;color:#52606d;">Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<p style="margin:0 0 20px 0;font-size:18px;font-weight:bold;color:#0b3d6e;">Sistema Electrónico de Servicios Previsionales (SESEP)</p>
<p style="margin:0 0 12px 0;">Estimado(a) {{citizenName}}:</p>
<p style="margin:0 0 12px 0;">El {{date}} se pidió, desde una sesión iniciada con su contraseña, que el Sistema Electrónico de Servicios Previsionales (SESEP) del INPEP le escriba en adelante a <strong>{{email}}</strong>. El cambio se hará solo cuando se confirme con el enlace enviado a esa dirección; mientras tanto, los avisos siguen llegando aquí.</p>
<p style="margin:0 0 12px 0;">Si usted no pidió este cambio, cambie de inmediato su contraseña (puede pedir una nueva en <a href="{{link}}" style="color:#0b3d6e;">{{link}}</a>) y comuníquese con el Centro de Atención al Usuario. El personal del INPEP nunca le pedirá su contraseña.</p>
<p style="margin:0 0 12px 0;">Atentamente,<br>Centro de Atención al Usuario<br>Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<hr style="border:none;border-top:1px solid #d9e2ec;margin:24px 0 12px 0;">
<p style="margin:0;font-size:12px;color:#52606d;">Este es un mensaje automático del SESEP; por favor no responda a este correo. Si necesita ayuda, comuníquese con el Centro de Atención al Usuario del INPEP al teléfono 2255-1200.</p>
<p style="margin:8px 0 0 0;font-size:12px;color:#52606d;">INPEP, entre 15 y 17 Calle Poniente, Centro de Gobierno, San Salvador, El Salvador.</p>
</div>
</body>
</html>',
    'Estimado(a) {{citizenName}}:

El {{date}} se pidió, desde una sesión iniciada con su contraseña, que el Sistema Electrónico de Servicios Previsionales (SESEP) del INPEP le escriba en adelante a {{email}}. El cambio se hará solo cuando se confirme con el enlace enviado a esa dirección; mientras tanto, los avisos siguen llegando aquí.

Si usted no pidió este cambio, cambie de inmediato su contraseña (puede pedir una nueva en {{link}}) y comuníquese con el Centro de Atención al Usuario. El personal del INPEP nunca le pedirá su contraseña.

Atentamente,
Centro de Atención al Usuario
Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)

Este es un mensaje automático del SESEP; por favor no responda a este correo. Si necesita ayuda, comuníquese con el Centro de Atención al Usuario del INPEP al teléfono 2255-1200.',
    CURRENT_TIMESTAMP, 'sistema', 0
FROM mail_template;
INSERT INTO mail_template (id, code, subject, body_html, body_text, updated_at, updated_by, version)
SELECT MAX(id) + 1, 'ACCOUNT_EMAIL_CHANGED',
    'SESEP - INPEP: su correo electrónico fue cambiado',
    '<!DOCTYPE html>
<html lang="es">
<head><meta charset="UTF-8"><title>SESEP - INPEP</title></head>
<body style="margin:0;padding:0;background-color:#f4f6f8;">
<div style="max-width:600px;margin:0 auto;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2933;background-color:#ffffff;">
<p style="margin:0 0 4px 0;font-size:13px;color:#52606d;">Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<p style="margin:0 0 20px 0;font-size:18px;font-weight:bold;color:#0b3d6e;">Sistema Electrónico de Servicios Previsionales (SESEP)</p>
<p style="margin:0 0 12px 0;">Estimado(a) {{citizenName}}:</p>
<p style="margin:0 0 12px 0;">El {{date}} se confirmó el cambio del correo electrónico de su cuenta en el Sistema Electrónico de Servicios Previsionales (SESEP) del INPEP. Desde ahora, los avisos, comprobantes y respuestas de sus solicitudes se envían a <strong>{{email}}</strong>; este es el último mensaje que recibe en esta dirección.</p>
<p style="margin:0 0 12px 0;">Si usted no hizo este cambio, pida una contraseña nueva en <a href="{{link}}" style="color:#0b3d6e;">{{link}}</a> y comuníquese de inmediato con el Centro de Atención al Usuario al teléfono 2255-1200.</p>
<p style="margin:0 0 12px 0;">Atentamente,<br>Centro de Atención al Usuario<br>Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<hr style="border:none;border-top:1px solid #d9e2ec;margin:24px 0 12px 0;">
<p style="margin:0;font-size:12px;color:#52606d;">Este es un mensaje automático del SESEP; por favor no responda a este correo. Si necesita ayuda, comuníquese con el Centro de Atención al Usuario del INPEP al teléfono 2255-1200.</p>
<p style="margin:8px 0 0 0;font-size:12px;color:#52606d;">INPEP, entre 15 y 17 Calle Poniente, Centro de Gobierno, San Salvador, El Salvador.</p>
</div>
</body>
</html>',
    'Estimado(a) {{citizenName}}:

El {{date}} se confirmó el cambio del correo electrónico de su cuenta en el Sistema Electrónico de Servicios Previsionales (SESEP) del INPEP. Desde ahora, los avisos, comprobantes y respuestas de sus solicitudes se envían a {{email}}; este es el último mensaje que recibe en esta dirección.

Si usted no hizo este cambio, pida una contraseña nueva en {{link}} y comuníquese de inmediato con el Centro de Atención al Usuario al teléfono 2255-1200.

Atentamente,
Centro de Atención al Usuario
Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)

Este es un mensaje automático del SESEP; por favor no responda a este correo. Si necesita ayuda, comuníquese con el Centro de Atención al Usuario del INPEP al teléfono 2255-1200.',
    CURRENT_TIMESTAMP, 'sistema', 0
FROM mail_template;
