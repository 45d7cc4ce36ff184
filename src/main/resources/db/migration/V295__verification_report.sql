-- DSS's reports of a validation (xác thực chữ ký), kept for a while so that the verification page can link
-- to them: the simple and the detailed report, as DSS wrote them (XML). A random id names each; rows older
-- than motcua.verification.reports-kept are removed when the next report is written.
create table verification_report (
    id          uuid        primary key,
    created_at  timestamptz not null,
    simple_xml  text        not null,
    detailed_xml text       not null
);

create index verification_report_created_at on verification_report (created_at);
