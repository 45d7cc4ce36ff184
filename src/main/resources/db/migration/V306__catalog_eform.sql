-- Biểu mẫu điện tử: a version's declaration as an e-form schema (catalog.EForm), kept with the version and
-- read and replaced whole, so one JSON column; null when the version has none.
alter table catalog_procedure_version add column eform jsonb;
