-- Whether a procedure is connected to the population database (index 5.7) is read when the index is
-- computed, from the administrator's setting (population module): it is no longer copied here.
alter table index_procedure_fact drop column population_db_connected;
