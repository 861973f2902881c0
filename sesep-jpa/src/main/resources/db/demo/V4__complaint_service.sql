-- The demo's "Queja o reclamo" becomes a complaint service (schema V24): the citizen names what it
-- is about on the filing form itself, so the free-text "Área o servicio relacionado" field is
-- retired (requests filed with it keep their value). Its target stays 10 business days. The
-- Pensiones analysts of prestaciones take the complaints routed to their area.
UPDATE catalog_service SET complaint = TRUE,
       description = 'Presente una queja o reclamo sobre la atención recibida, sobre un servicio o un área del INPEP, o sobre una de sus solicitudes. La atiende el área responsable, que le responde por este medio si es procedente o no y qué se hará.'
 WHERE code = 'QUEJA';
UPDATE service_field SET retired = TRUE WHERE service_id = (SELECT id FROM catalog_service WHERE code = 'QUEJA')
   AND code = 'areaRelacionada';
INSERT INTO agent_type_service (agent_type_id, service_id)
SELECT t.id, s.id FROM agent_type t, catalog_service s WHERE t.code = 'PEN-PREST' AND s.code = 'QUEJA';
