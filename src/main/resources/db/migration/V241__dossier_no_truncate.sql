-- dossier: the tracking sheet and the results refuse TRUNCATE too, not only row updates and deletes
-- (a TRUNCATE fires no row trigger).
create trigger dossier_tracking_no_truncate before truncate on dossier_tracking
    for each statement execute function dossier_tracking_is_append_only();
create trigger dossier_result_no_truncate before truncate on dossier_result
    for each statement execute function dossier_result_is_never_deleted();
