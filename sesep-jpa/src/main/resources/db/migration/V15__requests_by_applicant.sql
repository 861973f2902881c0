-- "Consulta de solicitudes": a supervisor lists an applicant's requests by NUP (the holder's
-- affiliation) or DUI (the holder's, or the beneficiary's who filed), newest first.
CREATE INDEX service_request_affiliate_idx ON service_request (affiliate_id, filed_at);
CREATE INDEX service_request_beneficiary_idx ON service_request (beneficiary_id);
