-- Leases for two more timers that one node of a cluster does at a time and any node can do
-- (cluster.boundary.ClusterLeases): closing SEIs whose closing message was lost with a node
-- (requests.boundary.PendingClosings), and deleting abandoned staged uploads
-- (documents.boundary.StagedUploadPurge).
INSERT INTO cluster_lease (lease_name, holder, expires_at)
VALUES ('pending-closings', NULL, TIMESTAMP '2000-01-01 00:00:00');
INSERT INTO cluster_lease (lease_name, holder, expires_at)
VALUES ('staged-upload-purge', NULL, TIMESTAMP '2000-01-01 00:00:00');
