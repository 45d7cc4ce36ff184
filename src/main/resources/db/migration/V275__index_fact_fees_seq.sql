-- The index keeps a dossier's fees from the payment module's FeesDue events, apart from the facts a
-- transition writes; this is the tracking line of the transition the fees were written from, so an older
-- event delivered late changes nothing.
alter table index_dossier_fact add column fees_seq integer not null default 0;
