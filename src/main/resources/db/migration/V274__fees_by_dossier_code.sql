-- Fees belong to the payment module (issue 16): it records them as a participant in the dossier's
-- transitions and knows a dossier by its code. What a dossier owes in all is the sum of its rows, so the
-- dossier row no longer keeps a copy.
alter table dossier_fee add column dossier_code varchar(64);
update dossier_fee f set dossier_code = d.code from dossier d where d.id = f.dossier_id;
alter table dossier_fee alter column dossier_code set not null;
alter table dossier_fee drop constraint dossier_fee_pkey;
alter table dossier_fee drop column dossier_id;
alter table dossier_fee add primary key (dossier_code, position);
alter table dossier drop column fees_due_vnd;
