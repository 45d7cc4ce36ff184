-- Whether a procedure's payment is integrated with the national platform (index 4.3) is read when the
-- index is computed, from the unit's collection account (payment module): it is no longer copied here.
alter table index_procedure_fact drop column payment_integrated;
