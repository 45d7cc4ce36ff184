-- catalog: whether the competent leader signs a procedure's result personally (ký số cá nhân) when
-- approving it, before the unit's seal (ProcedureResult.leaderSignsPersonally). Until this setting the
-- leader signed every result on approval: versions published before it keep that.
update catalog_procedure_version v
   set content = jsonb_set(v.content, '{result,leaderSignsPersonally}', 'true'::jsonb)
 where jsonb_typeof(v.content -> 'result') = 'object';

-- A fee the demo listing gives per page ("2.000 đồng/trang", copy certification) is a rate, not an amount
-- owed at reception, as the demo seed now reads it (the copy's fee is required once the pages are counted).
update catalog_procedure_version v
   set content = jsonb_set(v.content, '{fees}', (
           select jsonb_agg(case when f ->> 'note' ~* 'đồng\s*/\s*trang' then f || '{"amountVnd": null}'::jsonb
                                 else f end order by n)
             from jsonb_array_elements(v.content -> 'fees') with ordinality as t (f, n)))
 where jsonb_typeof(v.content -> 'fees') = 'array'
   and exists (select 1 from jsonb_array_elements(v.content -> 'fees') as f
                where f ->> 'note' ~* 'đồng\s*/\s*trang');
