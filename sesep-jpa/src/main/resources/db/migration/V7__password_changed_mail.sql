-- The mail that tells a person their password was changed while signed in (Accounts.changePassword),
-- so that a change they did not make does not go unnoticed.
INSERT INTO mail_template (id, code, subject, body_html, body_text, updated_at, updated_by, version)
SELECT MAX(id) + 1, 'ACCOUNT_PASSWORD_CHANGED',
    'SESEP - INPEP: su contraseña fue cambiada',
    '<!DOCTYPE html>
<html lang="es">
<head><meta charset="UTF-8"><title>SESEP - INPEP</title></head>
<body style="margin:0;padding:0;background-color:#f4f6f8;">
<div style="max-width:600px;margin:0 auto;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2933;background-color:#ffffff;">
<p style="margin:0 0 4px 0;font-size:13px;color:#52606d;">Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<p style="margin:0 0 20px 0;font-size:18px;font-weight:bold;color:#0b3d6e;">Sistema Electrónico de Servicios Previsionales (SESEP)</p>
<p style="margin:0 0 12px 0;">Estimado(a) {{citizenName}}:</p>
<p style="margin:0 0 12px 0;">El {{date}} se cambió la contraseña de su cuenta en el Sistema Electrónico de Servicios Previsionales (SESEP) del INPEP, desde una sesión iniciada con su contraseña anterior.</p>
<p style="margin:0 0 12px 0;">Si usted no hizo este cambio, solicite de inmediato una contraseña nueva en <a href="{{link}}" style="color:#0b3d6e;">{{link}}</a> y comuníquese con el Centro de Atención al Usuario. El personal del INPEP nunca le pedirá su contraseña.</p>
<p style="margin:0 0 12px 0;">Atentamente,<br>Centro de Atención al Usuario<br>Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<hr style="border:none;border-top:1px solid #d9e2ec;margin:24px 0 12px 0;">
<p style="margin:0;font-size:12px;color:#52606d;">Este es un mensaje automático del SESEP; por favor no responda a este correo. Si necesita ayuda, comuníquese con el Centro de Atención al Usuario del INPEP al teléfono 2255-1200.</p>
<p style="margin:8px 0 0 0;font-size:12px;color:#52606d;">INPEP, entre 15 y 17 Calle Poniente, Centro de Gobierno, San Salvador, El Salvador.</p>
</div>
</body>
</html>',
    'Estimado(a) {{citizenName}}:

El {{date}} se cambió la contraseña de su cuenta en el Sistema Electrónico de Servicios Previsionales (SESEP) del INPEP, desde una sesión iniciada con su contraseña anterior.

Si usted no hizo este cambio, solicite de inmediato una contraseña nueva en {{link}} y comuníquese con el Centro de Atención al Usuario. El personal del INPEP nunca le pedirá su contraseña.

Atentamente,
Centro de Atención al Usuario
Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)

Este es un mensaje automático del SESEP; por favor no responda a este correo. Si necesita ayuda, comuníquese con el Centro de Atención al Usuario del INPEP al teléfono 2255-1200.',
    CURRENT_TIMESTAMP, 'sistema', 0
FROM mail_template;
