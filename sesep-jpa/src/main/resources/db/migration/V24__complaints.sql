-- Issue 17, "Complaints are a process, not a form".

-- A complaint service (queja o reclamo): its requests are routed to the area responsible for what
-- the citizen complains about, and end with a finding (procedente / no procedente) instead of an
-- answer document or a denial. Its target is the service's own sla_business_days, as for any
-- service. The administrator marks which services are complaint services.
ALTER TABLE catalog_service ADD COLUMN complaint BOOLEAN DEFAULT FALSE NOT NULL;

-- Per complaint: the area answerable for it (its tickets wait in that area's queue), what the
-- citizen named (an area, a service or one of their own SEIs, in words), the finding (UPHELD =
-- procedente, NOT_UPHELD = no procedente) and the answer the citizen received. When it was
-- resolved is service_request.attended_at, as for every request.
ALTER TABLE service_request ADD COLUMN complaint_area_id BIGINT REFERENCES management_area (id);
ALTER TABLE service_request ADD COLUMN complaint_subject VARCHAR(300);
ALTER TABLE service_request ADD COLUMN complaint_finding VARCHAR(20);
ALTER TABLE service_request ADD COLUMN complaint_answer VARCHAR(8000);
-- The complaints KPI: complaints filed in a period, per responsible area.
CREATE INDEX service_request_complaint_idx ON service_request (complaint_area_id, filed_at);

-- The citizen's mail when a complaint is resolved. Placeholders: complaintFinding, complaintAnswer,
-- complaintSubject, areaName, ticketNumber, link.
INSERT INTO mail_template (id, code, subject, body_html, body_text, updated_at, updated_by, version)
SELECT MAX(id) + 1, 'COMPLAINT_RESOLVED',
    'SESEP - INPEP: resolución de su queja o reclamo {{seiNumber}}',
    '<!DOCTYPE html>
<html lang="es">
<head><meta charset="UTF-8"><title>SESEP - INPEP</title></head>
<body style="margin:0;padding:0;background-color:#f4f6f8;">
<div style="max-width:600px;margin:0 auto;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2933;background-color:#ffffff;">
<p style="margin:0 0 4px 0;font-size:13px;color:#52606d;">Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)</p>
<p style="margin:0 0 20px 0;font-size:18px;font-weight:bold;color:#0b3d6e;">Sistema Electrónico de Servicios Previsionales (SESEP)</p>
<p style="margin:0 0 12px 0;">Estimado(a) {{citizenName}}:</p>
<p style="margin:0 0 12px 0;">Le informamos que el área responsable ha resuelto su queja o reclamo:</p>
<table style="border-collapse:collapse;margin:0 0 16px 0;">
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Número de solicitud (SEI):</td><td style="padding:4px 0;font-weight:bold;">{{seiNumber}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Sobre:</td><td style="padding:4px 0;font-weight:bold;">{{complaintSubject}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Área responsable:</td><td style="padding:4px 0;font-weight:bold;">{{areaName}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Ticket de atención:</td><td style="padding:4px 0;font-weight:bold;">{{ticketNumber}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Resolución:</td><td style="padding:4px 0;font-weight:bold;">{{complaintFinding}}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#52606d;">Fecha:</td><td style="padding:4px 0;font-weight:bold;">{{date}}</td></tr>
</table>
<p style="margin:0 0 12px 0;">Respuesta del INPEP:</p>
<div style="white-space:pre-line;margin:0 0 16px 0;padding:12px 16px;border-left:4px solid #0b3d6e;background-color:#f0f4f8;">{{complaintAnswer}}</div>
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

Le informamos que el área responsable ha resuelto su queja o reclamo:

Número de solicitud (SEI): {{seiNumber}}
Sobre: {{complaintSubject}}
Área responsable: {{areaName}}
Ticket de atención: {{ticketNumber}}
Resolución: {{complaintFinding}}
Fecha: {{date}}

Respuesta del INPEP:
{{complaintAnswer}}

También puede leerla en «Mis solicitudes»:

{{link}}

Atentamente,
Centro de Atención al Usuario
Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)


Este es un mensaje automático del SESEP; por favor no responda a este correo. Si necesita ayuda, comuníquese con el Centro de Atención al Usuario del INPEP al teléfono 2255-1200.
Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)
Entre 15 y 17 Calle Poniente, Centro de Gobierno, San Salvador, El Salvador.',
    TIMESTAMP '2026-12-10 08:00:00', 'sistema', 0
FROM mail_template;
