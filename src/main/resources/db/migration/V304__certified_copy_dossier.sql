-- datastore: a certified copy belongs to the dossier of 2.000815 it was made in, whose fee it required
-- (charged once for the paper and the electronic copy). Copies made before this column have none.
alter table certified_copy add column dossier_code varchar(60);
create index certified_copy_dossier on certified_copy (dossier_code) where dossier_code is not null;
