-- Result documents belong to the result module (issue 16): it records them as a participant in the
-- dossier's MARK_DONE transition and knows a dossier by its code, not by the dossier module's row id.
-- The rows stay append-only; the backfill runs with the guard off, inside this migration's transaction.
alter table dossier_result add column dossier_code varchar(64);
alter table dossier_result disable trigger dossier_result_append_only;
update dossier_result r set dossier_code = d.code from dossier d where d.id = r.dossier_id;
alter table dossier_result enable trigger dossier_result_append_only;
alter table dossier_result alter column dossier_code set not null;
alter table dossier_result drop constraint dossier_result_pkey;
alter table dossier_result drop column dossier_id;
alter table dossier_result add primary key (dossier_code, seq);
