-- Issue 16: the index writes a live dossier's facts from DossierStatusChanged alone, which carries the
-- dossier's state after the transition and the tracking sheet line that transition wrote. The row keeps
-- that line, so an event delivered after a later one, or delivered again, is ignored (V11 had dropped the
-- column when every event reread the dossier's current state).
-- 0: no transition applied yet. Rows written before this version hold the dossier's current state
-- (it was reread on every event); events published from now on carry lines from 1, so the next transition
-- of each dossier is applied.
alter table index_dossier_fact add column tracking_seq integer not null default 0;
