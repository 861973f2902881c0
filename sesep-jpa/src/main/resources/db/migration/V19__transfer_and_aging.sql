-- Issue 17: transfer of a request to another service, and aging of waiting tickets.

-- Aging. Each ticket keeps the day its request is due (the service's target in business days from
-- the filing; a holiday calendar is needed to count them, so the application computes it) and an
-- urgency that a periodic job (assignment.boundary.AgingTickets, once per cluster) raises as that
-- day nears. Tickets already waiting get their due date from the job's first run.
ALTER TABLE ticket ADD COLUMN due_on DATE;
ALTER TABLE ticket ADD COLUMN urgency INTEGER DEFAULT 0 NOT NULL;

-- The claim orders by priority, then urgency, then age: the index follows, so a claim still reads
-- a few index entries from the head of the queue, whatever its length (see V5).
DROP INDEX ticket_claim_idx;
CREATE INDEX ticket_claim_idx ON ticket (status, priority DESC, urgency DESC, queued_at, id);

INSERT INTO cluster_lease (lease_name, holder, expires_at)
VALUES ('queue-aging', NULL, TIMESTAMP '2000-01-01 00:00:00');

-- The mail that tells the citizen their request now belongs to another service (TicketWorkspace.transfer).
INSERT INTO mail_template (id, code, subject, body_html, body_text, updated_at, updated_by, version)
SELECT MAX(id) + 1, 'REQUEST_TRANSFERRED',
    'SESEP - INPEP: su solicitud {{seiNumber}} fue trasladada a otro servicio',
    '<!DOCTYPE html>
<html lang="es">
<head><meta charset="UTF-8"><title>SESEP - INPEP</title></head>
<body style="margin:0;padding:0;background-color:#f4f6f8;">
<div style="max-width:600px;margin:0 auto;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2933;background-color:#ffffff;">
<p style="margin:0 0 4px 0;font-size:13px;color:#52606d;">Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<p style="margin:0 0 20px 0;font-size:18px;font-weight:bold;color:#0b3d6e;">Sistema Electrónico de Servicios Previsionales (SESEP)</p>
<p style="margin:0 0 12px 0;">Estimado(a) {{citizenName}}:</p>
<p style="margin:0 0 12px 0;">Al revisar su solicitud electrónica, el personal del INPEP determinó que corresponde a otro servicio. La trasladamos para que la atienda el área correspondiente; conserva su número, su fecha de presentación y los documentos que adjuntó, y no necesita presentar una solicitud nueva.</p>
<table style="border-collapse:collapse;margin:0 0 16px 0;">
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Número de solicitud (SEI):</td><td style="padding:4px 0;font-weight:bold;">{{seiNumber}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Servicio solicitado:</td><td style="padding:4px 0;font-weight:bold;">{{previousServiceName}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Servicio que la atenderá:</td><td style="padding:4px 0;font-weight:bold;">{{serviceName}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Área que la atenderá:</td><td style="padding:4px 0;font-weight:bold;">{{areaName}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Nuevo ticket de atención:</td><td style="padding:4px 0;font-weight:bold;">{{ticketNumber}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Fecha y hora:</td><td style="padding:4px 0;font-weight:bold;">{{date}}</td></tr>
</table>
<p style="margin:0 0 12px 0;">Motivo del traslado:</p>
<div style="white-space:pre-line;margin:0 0 16px 0;padding:12px 16px;border-left:4px solid #0b3d6e;background-color:#f0f4f8;">{{reason}}</div>
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

Al revisar su solicitud electrónica, el personal del INPEP determinó que corresponde a otro servicio. La trasladamos para que la atienda el área correspondiente; conserva su número, su fecha de presentación y los documentos que adjuntó, y no necesita presentar una solicitud nueva.

Número de solicitud (SEI): {{seiNumber}}
Servicio solicitado: {{previousServiceName}}
Servicio que la atenderá: {{serviceName}}
Área que la atenderá: {{areaName}}
Nuevo ticket de atención: {{ticketNumber}}
Fecha y hora: {{date}}

Motivo del traslado:
{{reason}}

Le informaremos por este medio cuando sea atendida. Puede consultar su estado en «Mis solicitudes»:

{{link}}

Atentamente,
Centro de Atención al Usuario
Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)

Este es un mensaje automático del SESEP; por favor no responda a este correo. Si necesita ayuda, comuníquese con el Centro de Atención al Usuario del INPEP al teléfono 2255-1200.',
    CURRENT_TIMESTAMP, 'sistema', 0
FROM mail_template;
