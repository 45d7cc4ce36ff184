-- index: whether a live dossier's status reached the national portal in time (1.4) is judged when the index
-- is read, from the portal's acknowledgements (nationalportal.PortalSync): its facts count it in, and the
-- index takes out the dossiers with a change in the period acknowledged late. Rows written before say
-- false; they count in now, and the daily tallies of the finished ones gain them in 1.4's numerator.
with flipped as (
    update index_dossier_fact set synced_in_time = true
    where origin = 'live' and not synced_in_time
    returning unit, status, withdrawn, entered_at, finished_at)
insert into index_daily_tally as t (day, unit, criterion, numerator, denominator)
select cast(finished_at as date), unit, '1.4', count(*), 0 from flipped
where status is not null and not withdrawn and entered_at is not null and finished_at is not null
group by 1, 2
on conflict (day, unit, criterion) do update set numerator = t.numerator + excluded.numerator;
