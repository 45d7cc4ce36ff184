-- catalog: what the portal publishes of a procedure, and where papers sent by post go.

-- A unit's postal address (địa chỉ nhận hồ sơ qua bưu chính): where an applicant sends the papers of a
-- dossier submitted online with "send by post". Null until an administrator enters it.
alter table organization_unit add column postal_address text;

-- Online submission offered by an administrator although no online level is published (who, when).
alter table catalog_procedure_version add column online_enabled_by varchar(120);
alter table catalog_procedure_version add column online_enabled_at timestamptz;
alter table catalog_procedure_version add constraint catalog_version_online_enabled_both
    check ((online_enabled_by is null) = (online_enabled_at is null));

-- The files of a version's forms (mẫu đơn, tờ khai), stored in the document module's file store.
-- component_index names the dossier component whose form it is, null for a form of the whole version.
create table catalog_form_file (
    id             bigint generated always as identity primary key,
    version_id     bigint       not null references catalog_procedure_version (id),
    component_index integer     check (component_index >= 0),
    sha256         char(64)     not null references document_file (sha256),
    original_name  text         not null,
    media_type     varchar(255) not null,
    size           bigint       not null check (size >= 0),
    uploaded_by    varchar(120) not null,
    uploaded_at    timestamptz  not null
);
create index catalog_form_file_version on catalog_form_file (version_id);

-- Components published before the flag existed: conditional where their wording says so, as the demo
-- seed reads it ("(nếu có)", "(trường hợp …)", "(khi …)", …); every other one stays required.
update catalog_procedure_version v
   set content = jsonb_set(v.content, '{components}', (
       select coalesce(jsonb_agg(c || jsonb_build_object('conditional',
                  (c ->> 'name') ~* '\((trường hợp|nếu|khi|đối với|theo yêu cầu|trừ|không cần)|theo trường hợp')
                  order by n), '[]'::jsonb)
         from jsonb_array_elements(v.content -> 'components') with ordinality as t (c, n)))
 where jsonb_typeof(v.content -> 'components') = 'array';

-- Notes about the listing rather than the procedure ("Danh mục quốc gia ghi …", "Mô tả ghi …", a unit the
-- source left out) were published as time-limit and fee notes; they move to the source, which only
-- administrators see, as the demo seed now does.
update catalog_procedure_version v
   set content = (v.content #- '{timeLimit,note}')
       || jsonb_build_object('source', concat_ws(E'\n', v.content ->> 'source',
              'Thời hạn: ' || (v.content -> 'timeLimit' ->> 'note')))
 where v.content -> 'timeLimit' ->> 'note'
       ~* '(danh mục|mô tả|trang nguồn|trang tthc|trang chi tiết|dichvucong|tạm tính theo ngày làm việc)';

update catalog_procedure_version v
   set content = jsonb_set(v.content, '{fees}', (
           select jsonb_agg(case when f ->> 'note' ~* '(danh mục|mô tả|trang nguồn|trang tthc|trang chi tiết|dichvucong)'
                                 then f - 'note' else f end order by n)
             from jsonb_array_elements(v.content -> 'fees') with ordinality as t (f, n)))
       || jsonb_build_object('source', concat_ws(E'\n', v.content ->> 'source', (
           select string_agg((f ->> 'name') || ': ' || (f ->> 'note'), E'\n' order by n)
             from jsonb_array_elements(v.content -> 'fees') with ordinality as t (f, n)
            where f ->> 'note' ~* '(danh mục|mô tả|trang nguồn|trang tthc|trang chi tiết|dichvucong)')))
 where jsonb_typeof(v.content -> 'fees') = 'array'
   and exists (select 1 from jsonb_array_elements(v.content -> 'fees') as f
                where f ->> 'note' ~* '(danh mục|mô tả|trang nguồn|trang tthc|trang chi tiết|dichvucong)');
