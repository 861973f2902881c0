-- The mail a person gets when an administrator creates their account (an agent's enrolment): it
-- names their user name and carries the link to choose their own password. Until now they got the
-- password-reset mail ("se solicitó restablecer la contraseña"), which reads like someone else's doing.
INSERT INTO mail_template (id, code, subject, body_html, body_text, updated_at, updated_by, version)
SELECT MAX(id) + 1, 'ACCOUNT_WELCOME',
    'SESEP - INPEP: su cuenta fue creada; elija su contraseña',
    '<!DOCTYPE html>
<html lang="es">
<head><meta charset="UTF-8"><title>SESEP - INPEP</title></head>
<body style="margin:0;padding:0;background-color:#f4f6f8;">
<div style="max-width:600px;margin:0 auto;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2933;background-color:#ffffff;">
<p style="margin:0 0 4px 0;font-size:13px;color:#52606d;">Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<p style="margin:0 0 20px 0;font-size:18px;font-weight:bold;color:#0b3d6e;">Sistema Electrónico de Servicios Previsionales (SESEP)</p>
<p style="margin:0 0 12px 0;">Estimado(a) {{citizenName}}:</p>
<p style="margin:0 0 12px 0;">El {{date}} el administrador del Sistema Electrónico de Servicios Previsionales (SESEP) del INPEP creó su cuenta de Agente SESEP. Su usuario es <strong>{{username}}</strong>.</p>
<p style="margin:0 0 12px 0;">Para comenzar, elija su contraseña con el siguiente botón:</p>
<p style="margin:0 0 16px 0;"><a href="{{link}}" style="display:inline-block;padding:10px 18px;background-color:#0b3d6e;color:#ffffff;text-decoration:none;border-radius:4px;">Elegir mi contraseña</a></p>
<p style="margin:0 0 12px 0;font-size:13px;color:#52606d;">Si el botón no funciona, copie esta dirección en su navegador: {{link}}</p>
<p style="margin:0 0 12px 0;">Este enlace vence en {{expiresIn}} y puede utilizarse una sola vez. Si vence, pida otro en la página de inicio de sesión, con la opción «¿Olvidó su contraseña?».</p>
<p style="margin:0 0 12px 0;">El personal del INPEP nunca le pedirá su contraseña.</p>
<p style="margin:0 0 12px 0;">Atentamente,<br>Administración del SESEP<br>Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<hr style="border:none;border-top:1px solid #d9e2ec;margin:24px 0 12px 0;">
<p style="margin:0;font-size:12px;color:#52606d;">Este es un mensaje automático del SESEP; por favor no responda a este correo.</p>
<p style="margin:8px 0 0 0;font-size:12px;color:#52606d;">INPEP, entre 15 y 17 Calle Poniente, Centro de Gobierno, San Salvador, El Salvador.</p>
</div>
</body>
</html>',
    'Estimado(a) {{citizenName}}:

El {{date}} el administrador del Sistema Electrónico de Servicios Previsionales (SESEP) del INPEP creó su cuenta de Agente SESEP. Su usuario es {{username}}.

Para comenzar, elija su contraseña abriendo el siguiente enlace:

{{link}}

Este enlace vence en {{expiresIn}} y puede utilizarse una sola vez. Si vence, pida otro en la página de inicio de sesión, con la opción «¿Olvidó su contraseña?».

El personal del INPEP nunca le pedirá su contraseña.

Atentamente,
Administración del SESEP
Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)

Este es un mensaje automático del SESEP; por favor no responda a este correo.',
    CURRENT_TIMESTAMP, 'sistema', 0
FROM mail_template;
