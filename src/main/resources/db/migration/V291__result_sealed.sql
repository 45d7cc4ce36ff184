-- The unit whose seal a result carries (signed results, issue 10); null for results recorded before
-- results were sealed. An electronic return needs a sealed one.
alter table dossier_result add column sealed_by varchar(80);
