-- notification: what citizens and officers are told about dossiers, by e-mail and SMS.

-- The outbox: one row per message, written when the dossier event is handled. dedup_key (dossier,
-- tracking line, kind, recipient, channel) makes a re-delivered event a no-op; the sender claims due
-- rows with FOR UPDATE SKIP LOCKED, so two nodes never send the same row.
create table notification_outbox (
    id              bigint generated always as identity primary key,
    dedup_key       varchar(400)  not null unique,
    dossier_code    varchar(60)   not null,
    kind            varchar(30)   not null,
    channel         varchar(10)   not null check (channel in ('EMAIL', 'SMS')),
    recipient       varchar(200)  not null,
    language        varchar(5)    not null,
    subject         varchar(500)  not null,
    body            text          not null,
    status          varchar(10)   not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null,
    last_error      varchar(1000),
    created_at      timestamptz   not null,
    sent_at         timestamptz
);
create index notification_outbox_due on notification_outbox (next_attempt_at, id) where status = 'PENDING';
create index notification_outbox_problems on notification_outbox (id) where status = 'FAILED' or attempts > 0;

-- How the applicant of one dossier wants to be told, chosen on the online submission; a dossier
-- without a row (received at a counter) uses the contacts the officer typed, SMS first.
create table notification_dossier_choice (
    dossier_code varchar(60) primary key,
    by_email     boolean     not null,
    by_sms       boolean     not null,
    language     varchar(5)  not null
);

-- A citizen account's defaults for the next submissions.
create table notification_account_choice (
    account_id bigint  primary key,
    by_email   boolean not null,
    by_sms     boolean not null
);

-- Where officers are told of assignments and steps about to be late (the directory holds no contacts).
create table notification_officer_contact (
    username varchar(64) primary key,
    email    varchar(100),
    phone    varchar(100)
);

-- Templates an administrator edits: subject (e-mail only) and body per kind, channel and language.
create table notification_template (
    kind       varchar(30)  not null,
    channel    varchar(10)  not null check (channel in ('EMAIL', 'SMS')),
    language   varchar(5)   not null check (language in ('vi', 'en')),
    subject    varchar(200) not null default '',
    body       varchar(2000) not null,
    updated_at timestamptz,
    updated_by varchar(64),
    primary key (kind, channel, language)
);

insert into notification_template (kind, channel, language, subject, body) values
('RECEIVED', 'EMAIL', 'vi', 'Hồ sơ {code} đã được tiếp nhận',
 'Kính gửi {applicant},

Hồ sơ {code} ({procedure}) đã được tiếp nhận. Ngày hẹn trả kết quả: {appointment}. Phí, lệ phí: {fee} đồng.

Tra cứu hồ sơ: {link}'),
('RECEIVED', 'EMAIL', 'en', 'Dossier {code} has been received',
 'Dear {applicant},

Your dossier {code} ({procedure}) has been received. Result expected on: {appointment}. Fees: {fee} VND.

Follow it at: {link}'),
('RECEIVED', 'SMS', 'vi', '', 'Ho so {code} da duoc tiep nhan. Hen tra ket qua: {appointment}. Tra cuu: {link}'),
('RECEIVED', 'SMS', 'en', '', 'Dossier {code} received. Result expected: {appointment}. Follow: {link}'),

('SUPPLEMENT_REQUESTED', 'EMAIL', 'vi', 'Hồ sơ {code} cần bổ sung',
 'Kính gửi {applicant},

Hồ sơ {code} ({procedure}) cần bổ sung: {items}. Thời hạn giải quyết tạm dừng cho đến khi bạn bổ sung.

Tra cứu hồ sơ: {link}'),
('SUPPLEMENT_REQUESTED', 'EMAIL', 'en', 'Dossier {code} needs a supplement',
 'Dear {applicant},

Your dossier {code} ({procedure}) needs: {items}. The time limit is paused until you supply them.

Follow it at: {link}'),
('SUPPLEMENT_REQUESTED', 'SMS', 'vi', '', 'Ho so {code} can bo sung: {items}. Tra cuu: {link}'),
('SUPPLEMENT_REQUESTED', 'SMS', 'en', '', 'Dossier {code} needs: {items}. Follow: {link}'),

('PAYMENT_REQUIRED', 'EMAIL', 'vi', 'Hồ sơ {code}: cần nộp phí, lệ phí',
 'Kính gửi {applicant},

Hồ sơ {code} ({procedure}) chờ bạn nộp phí, lệ phí: {fee} đồng. Kết quả được trả sau khi nộp.

Tra cứu hồ sơ: {link}'),
('PAYMENT_REQUIRED', 'EMAIL', 'en', 'Dossier {code}: a fee is due',
 'Dear {applicant},

Your dossier {code} ({procedure}) waits for a payment of {fee} VND. The result is returned once it is paid.

Follow it at: {link}'),
('PAYMENT_REQUIRED', 'SMS', 'vi', '', 'Ho so {code} cho nop phi, le phi: {fee} dong. Tra cuu: {link}'),
('PAYMENT_REQUIRED', 'SMS', 'en', '', 'Dossier {code}: a fee of {fee} VND is due. Follow: {link}'),

('LATE', 'EMAIL', 'vi', 'Xin lỗi: hồ sơ {code} bị trễ hẹn',
 'Kính gửi {applicant},

Chúng tôi xin lỗi vì hồ sơ {code} ({procedure}) không được giải quyết đúng hẹn. Lý do: {reason}

Ngày hẹn mới: {appointment}.

Tra cứu hồ sơ: {link}'),
('LATE', 'EMAIL', 'en', 'Our apologies: dossier {code} is late',
 'Dear {applicant},

We apologise: your dossier {code} ({procedure}) will not be ready on time. Reason: {reason}

New date: {appointment}.

Follow it at: {link}'),
('LATE', 'SMS', 'vi', '', 'Xin loi: ho so {code} tre hen. Ly do: {reason}. Hen moi: {appointment}'),
('LATE', 'SMS', 'en', '', 'Sorry: dossier {code} is late. Reason: {reason}. New date: {appointment}'),

('DONE', 'EMAIL', 'vi', 'Hồ sơ {code} đã có kết quả',
 'Kính gửi {applicant},

Hồ sơ {code} ({procedure}) đã có kết quả. Cách nhận: {returnMethod}.

Tra cứu hồ sơ: {link}'),
('DONE', 'EMAIL', 'en', 'The result of dossier {code} is ready',
 'Dear {applicant},

The result of your dossier {code} ({procedure}) is ready. How you receive it: {returnMethod}.

Follow it at: {link}'),
('DONE', 'SMS', 'vi', '', 'Ho so {code} da co ket qua. Tra cuu: {link}'),
('DONE', 'SMS', 'en', '', 'The result of dossier {code} is ready. Follow: {link}'),

('RETURNED', 'EMAIL', 'vi', 'Hồ sơ {code} đã trả kết quả',
 'Kính gửi {applicant},

Kết quả hồ sơ {code} ({procedure}) đã được trả. Cảm ơn bạn; hãy đánh giá sự hài lòng tại: {link}'),
('RETURNED', 'EMAIL', 'en', 'Dossier {code}: result returned',
 'Dear {applicant},

The result of your dossier {code} ({procedure}) has been returned. Thank you; please rate our service at: {link}'),
('RETURNED', 'SMS', 'vi', '', 'Ho so {code} da tra ket qua. Danh gia: {link}'),
('RETURNED', 'SMS', 'en', '', 'Dossier {code}: result returned. Rate us: {link}'),

('ASSIGNED', 'EMAIL', 'vi', 'Hồ sơ {code} được giao cho bạn',
 'Hồ sơ {code} ({procedure}) được giao cho bạn ở bước "{step}", hạn {deadline}.'),
('ASSIGNED', 'EMAIL', 'en', 'Dossier {code} is assigned to you',
 'Dossier {code} ({procedure}) is assigned to you at step "{step}", due {deadline}.'),
('ASSIGNED', 'SMS', 'vi', '', 'Ho so {code} duoc giao cho ban, buoc "{step}", han {deadline}'),
('ASSIGNED', 'SMS', 'en', '', 'Dossier {code} assigned to you, step "{step}", due {deadline}'),

('STEP_DUE_SOON', 'EMAIL', 'vi', 'Hồ sơ {code} sắp đến hạn',
 'Bước "{step}" của hồ sơ {code} ({procedure}) mà bạn đang giữ đến hạn lúc {deadline}.'),
('STEP_DUE_SOON', 'EMAIL', 'en', 'Dossier {code} is due soon',
 'Step "{step}" of dossier {code} ({procedure}), which you hold, is due at {deadline}.'),
('STEP_DUE_SOON', 'SMS', 'vi', '', 'Ho so {code} sap den han buoc "{step}": {deadline}'),
('STEP_DUE_SOON', 'SMS', 'en', '', 'Dossier {code} step "{step}" due at {deadline}');
