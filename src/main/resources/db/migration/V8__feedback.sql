-- feedback: the applicant's satisfaction with a returned dossier (one rating per dossier).
create table feedback_rating (
    dossier_code    varchar(64)  primary key,
    procedure_code  varchar(64)  not null,
    competent_unit  varchar(35)  not null,
    satisfaction    varchar(20)  not null check (satisfaction in ('VERY_SATISFIED', 'SATISFIED', 'DISSATISFIED')),
    comment         text,
    rated_at        timestamptz  not null
);
create index feedback_rating_unit on feedback_rating (competent_unit, rated_at);
