#!/usr/bin/env node
// The DuckDB reference point of jobs/bench: comparable work to the pipeline's on the same extract,
// in DuckDB (npm @duckdb/node-api), so that the pipeline's time can be given as a multiple of it.
//
// Usage: node jobs/bench-duckdb.js DUCKDB_INSTALL_DIR INPUT_DIR OUTPUT_DIR
// Prints "duckdb <step> <seconds>" lines and "duckdb rows <table> <n>" for the tables written.
//
// What it does, on the default configuration of jobs/pain-outcomes.properties:
//   read      the three CSV files (RFC 4180: quote and escape '"'); rows DuckDB cannot parse are
//             skipped (ignore_errors), where the pipeline reports them as MALFORMED with a line
//   type-check identifiers, dates, enumerations, booleans, numbers and their ranges as the
//             contract states them; rows that fail are dropped (the pipeline keeps each with its
//             reason, column and raw text)
//   keys      exact duplicates keep one row, keys whose rows differ keep none (as DUPLICATE and
//             CONFLICT), without the pipeline's "earliest file and line" order
//   join      attendance and outcomes to the accepted enrollments (unknown participants dropped;
//             sessions before enrollment dropped)
//   score     assessments (PEG mean of 3, ODI 100*sum/(5*answered) with >= 9, single items)
//   timeline  index date, baseline (latest in [-30, 0]) and follow-ups (closest to target, earlier
//             on a tie) for WEEK_6, WEEK_12, MONTH_6; exposure and primary modality
//   aggregate change records, then n, means, SD, quartiles and responder counts by grouping
//             (overall, primary modality, modality exposure, attendance band), condition (and
//             ALL), measure and timepoint
//   model     the sums of the adjusted-effects models (SPEC 7.5) for every condition (and ALL),
//             measure and timepoint: X'X and X'y over the design (intercept, baseline_value, an
//             indicator per level of primary_condition (ALL models only), age_band, sex and site,
//             each modality's sessions; y = improvement), as group-by aggregates: the products of
//             the numeric columns per model, the numeric sums and record counts per model and
//             level (which also pick each variable's reference level), and the record counts per
//             model and pair of levels of two variables. Every level is summed, the reference
//             included; the keep rule, the solve and the clustered covariance (a pass over the
//             records with the residuals) are not done
//   write     change_records and outcome_change as Parquet (snappy)
// It does not write rejects, the quality summary, the flow table, suppression, the adjusted
// effects table or the report.
'use strict';
const path = require('path');
const fs = require('fs');
const { createRequire } = require('module');

const [installDir, input, output] = process.argv.slice(2);
if (!output) {
  console.error('usage: node jobs/bench-duckdb.js DUCKDB_INSTALL_DIR INPUT_DIR OUTPUT_DIR');
  process.exit(2);
}
const { DuckDBInstance } = createRequire(path.join(path.resolve(installDir), 'package.json'))('@duckdb/node-api');

const q = (s) => "'" + s.replace(/'/g, "''") + "'";
const list = (xs) => xs.map(q).join(', ');
const HEADERS = {
  enrollment: ['participant_id', 'site', 'cohort_id', 'enrollment_date', 'exit_date', 'exit_reason', 'age_band', 'sex',
    'primary_condition', 'opioid_use_at_baseline'],
  attendance: ['participant_id', 'session_id', 'session_date', 'modality', 'visit_type', 'attended', 'minutes'],
  outcomes: ['participant_id', 'assessment_date', 'instrument', 'item', 'value'],
};
// A source's file, or its folder of monthly gzip files (sample-data/attendance/2024-03.csv.gz).
const source = (name) =>
  fs.existsSync(path.join(input, name)) ? path.join(input, name, '*.csv.gz') : path.join(input, name + '.csv');
// The columns are given (the generator writes them in the contract's order), so nothing is sniffed.
const csv = (name) =>
  `read_csv(${q(source(name))}, auto_detect = false, header = true, delim = ',', quote = '"',` +
  ` escape = '"', strict_mode = false, ignore_errors = true,` +
  ` columns = {${HEADERS[name].map((c) => `${q(c)}: 'VARCHAR'`).join(', ')}})`;

const THERAPEUTIC = ['acupuncture', 'massage', 'mindfulness', 'guided_meditation', 'yoga', 'tai_chi', 'qigong',
  'music_therapy', 'stress_reduction', 'stretching'];
const EDUCATION = ['nutrition_education', 'sleep_education', 'activity_education'];
const MODALITIES = THERAPEUTIC.concat(EDUCATION);
const CONDITIONS = ['fibromyalgia', 'osteoarthritis', 'low_back_pain', 'neck_pain', 'neuropathic_pain', 'migraine', 'other'];
// The numeric columns of an adjusted-effects model's [X y] (SPEC 7.5), and their products.
const NUMERIC = ['baseline_value', 'improvement'].concat(MODALITIES.map((m) => m + '_sessions'));
const PRODUCTS = NUMERIC.flatMap((a, i) => NUMERIC.slice(i).map((b) => `sum(${a} * ${b})`));
const ID = (c, n = 64) => `regexp_full_match(${c}, '[A-Za-z0-9_-]{1,${n}}')`;
const NUM = (c) => `regexp_full_match(${c}, '[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)')`;
const DATE = (c) => `(regexp_full_match(${c}, '[0-9]{4}-[0-9]{2}-[0-9]{2}') and try_cast(${c} as date) is not null)`;
const BOOL = (c) => `lower(${c}) in ('true','false','yes','no','y','n','1','0')`;
const OPT = (c, test) => `(${c} is null or ${test})`;
const t = (c) => `nullif(trim(${c}), '')`;

const steps = [
  ['enrollment', `
create temp table enrollment as
with typed as (
  select ${t('participant_id')} as participant_id, ${t('site')} as site, ${t('cohort_id')} as cohort_id,
         ${t('enrollment_date')} as enrollment_date, ${t('exit_date')} as exit_date, ${t('exit_reason')} as exit_reason,
         ${t('age_band')} as age_band, ${t('sex')} as sex, ${t('primary_condition')} as primary_condition,
         ${t('opioid_use_at_baseline')} as opioid
  from ${csv('enrollment')}),
checked as (
  select distinct participant_id, site, cohort_id, cast(enrollment_date as date) as enrollment_date,
         cast(exit_date as date) as exit_date, exit_reason, age_band, sex, primary_condition,
         lower(opioid) in ('true','yes','y','1') as opioid
  from typed
  where ${ID('participant_id')} and ${ID('site', 32)} and ${OPT('cohort_id', ID('cohort_id'))}
    and ${DATE('enrollment_date')} and ${OPT('exit_date', DATE('exit_date'))}
    and ${OPT('exit_reason', "exit_reason in ('completed','withdrew','lost_to_follow_up','moved','deceased','other')")}
    and age_band in ('18-29','30-44','45-54','55-64','65-74','75+') and sex in ('F','M','X','U')
    and primary_condition in (${list(CONDITIONS)}) and ${OPT('opioid', BOOL('opioid'))}
    and (exit_date is null or try_cast(exit_date as date) >= try_cast(enrollment_date as date)))
select * from checked qualify count(*) over (partition by participant_id) = 1`],
  ['attendance', `
create temp table attendance as
with typed as (
  select ${t('participant_id')} as participant_id, ${t('session_id')} as session_id, ${t('session_date')} as session_date,
         ${t('modality')} as modality, ${t('visit_type')} as visit_type, ${t('attended')} as attended, ${t('minutes')} as minutes
  from ${csv('attendance')}),
checked as (
  select distinct a.participant_id, a.session_id, cast(a.session_date as date) as session_date, a.modality, a.visit_type,
         lower(a.attended) in ('true','yes','y','1') as attended, cast(cast(a.minutes as decimal(18,6)) as bigint) as minutes
  from typed a join enrollment e on e.participant_id = a.participant_id
  where ${ID('a.session_id')} and ${DATE('a.session_date')} and a.modality in (${list(MODALITIES)})
    and ${OPT('a.visit_type', "a.visit_type in ('group','individual','shared_medical_appointment')")}
    and a.attended is not null and ${BOOL('a.attended')}
    and ${OPT('a.minutes', `${NUM('a.minutes')} and cast(a.minutes as decimal(18,6)) between 0 and 480
        and cast(a.minutes as decimal(18,6)) = floor(cast(a.minutes as decimal(18,6)))`)}
    and try_cast(a.session_date as date) >= e.enrollment_date)
select * from checked qualify count(*) over (partition by participant_id, session_id, modality) = 1`],
  ['outcomes', `
create temp table instrument_items as
select * from (values
  ('PEG','PEG_1',0,10,true), ('PEG','PEG_2',0,10,true), ('PEG','PEG_3',0,10,true), ('NRS','NRS_PAIN',0,10,true),
  ('PROMIS_PI','TSCORE',20,90,false), ('PROMIS_PF','TSCORE',10,80,false),
  ${Array.from({ length: 10 }, (_, i) => `('ODI','ODI_${String(i + 1).padStart(2, '0')}',0,5,true)`).join(', ')}
) v(instrument, item, lo, hi, whole);
create temp table outcomes as
with typed as (
  select ${t('participant_id')} as participant_id, ${t('assessment_date')} as assessment_date,
         ${t('instrument')} as instrument, ${t('item')} as item, ${t('value')} as value
  from ${csv('outcomes')}),
checked as (
  select distinct o.participant_id, cast(o.assessment_date as date) as assessment_date, o.instrument, o.item,
         cast(o.value as decimal(18,6)) as exact, cast(o.value as double) as value
  from typed o
  join enrollment e on e.participant_id = o.participant_id
  join instrument_items i on i.instrument = o.instrument and i.item = o.item
  where ${DATE('o.assessment_date')} and ${NUM('o.value')}
    and cast(o.value as decimal(18,6)) between i.lo and i.hi
    and (not i.whole or cast(o.value as decimal(18,6)) = floor(cast(o.value as decimal(18,6)))))
select participant_id, assessment_date, instrument, item, value from checked
qualify count(*) over (partition by participant_id, assessment_date, instrument, item) = 1`],
  ['analysis', `
create temp table scored as
select participant_id, instrument as measure, assessment_date,
  case when instrument = 'PEG' and count(*) = 3 then sum(value) / 3
       when instrument = 'ODI' and count(*) >= 9 then 100.0 * sum(value) / (5 * count(*))
       when instrument in ('NRS','PROMIS_PI','PROMIS_PF') then sum(value) end as score
from outcomes group by participant_id, instrument, assessment_date;
create temp table exposure as
with s as (select distinct participant_id, session_id, modality from attendance where attended),
c as (
  select participant_id, count(distinct session_id) as sessions_attended,
    ${MODALITIES.map((m) => `count(*) filter (where modality = ${q(m)}) as ${m}_sessions`).join(',\n    ')}
  from s group by participant_id),
m as (select *, greatest(${THERAPEUTIC.map((m) => m + '_sessions').join(', ')}) as most from c)
select *,
  case when sessions_attended between 1 and 3 then '1-3' when sessions_attended between 4 and 6 then '4-6'
       when sessions_attended between 7 and 9 then '7-9' when sessions_attended >= 10 then '10+' end as attendance_band,
  case when most = 0 then 'education_only'
       when (${THERAPEUTIC.map((m) => `(${m}_sessions = most)::int`).join(' + ')}) > 1 then 'multimodal'
       ${THERAPEUTIC.map((m) => `when ${m}_sessions = most then ${q(m)}`).join(' ')} end as primary_modality
from m;
create temp table dated as
select s.participant_id, s.measure, s.score, s.assessment_date - i.index_date as study_day
from scored s join (select participant_id, min(session_date) as index_date from attendance where attended group by 1) i
  using (participant_id)
where s.score is not null;
create temp table baselines as
select participant_id, measure, arg_max(score, study_day) as baseline_value
from dated where study_day between -30 and 0 group by all;
create temp table followups as
with w(timepoint, lo, hi, target) as (values ('WEEK_6',29,63,42), ('WEEK_12',64,126,84), ('MONTH_6',127,273,182))
select d.participant_id, d.measure, w.timepoint,
  arg_min(d.score, abs(d.study_day - w.target) * 100000 + d.study_day) as followup_value,
  arg_min(d.study_day, abs(d.study_day - w.target) * 100000 + d.study_day) as followup_study_day
from dated d join w on d.study_day between w.lo and w.hi group by all;
create temp table change_records as
select e.participant_id, e.site, e.cohort_id, e.primary_condition, e.age_band, e.sex, f.measure, f.timepoint, b.baseline_value,
  f.followup_value, f.followup_study_day, f.followup_value - b.baseline_value as change,
  case when b.baseline_value <> 0 then 100.0 * (f.followup_value - b.baseline_value) / b.baseline_value end as pct_change,
  case when f.measure = 'PROMIS_PF' then 1 else -1 end * (f.followup_value - b.baseline_value) as improvement,
  case when f.measure in ('PEG','NRS') then
         case when b.baseline_value <> 0 then -(f.followup_value - b.baseline_value) >= 0.3 * b.baseline_value - 1e-9 end
       when f.measure in ('PROMIS_PI','PROMIS_PF') then
         case when f.measure = 'PROMIS_PF' then 1 else -1 end * (f.followup_value - b.baseline_value) >= 5 - 1e-9
       else -(f.followup_value - b.baseline_value) >= 10 - 1e-9 end as responder,
  x.* exclude (participant_id, most)
from followups f join baselines b using (participant_id, measure) join enrollment e using (participant_id)
  join exposure x using (participant_id);
create temp table outcome_change as
with members as (
  select g.grouping, g.grp, c.condition, r.measure, r.timepoint, r.baseline_value, r.followup_value, r.change, r.responder
  from change_records r,
    unnest([{'grouping': 'overall', 'grp': 'ALL'}, {'grouping': 'primary_modality', 'grp': r.primary_modality},
            {'grouping': 'attendance_band', 'grp': r.attendance_band},
            ${MODALITIES.map((m) => `case when r.${m}_sessions >= 3 then {'grouping': 'modality_exposure', 'grp': ${q(m)}} end`).join(',\n            ')}
           ]) as u(g),
    unnest([r.primary_condition, 'ALL']) as c(condition)
  where g is not null and g.grp is not null)
select grouping, grp as "group", condition, measure, timepoint, count(*) as n, avg(baseline_value) as baseline_mean,
  avg(followup_value) as followup_mean, avg(change) as change_mean, stddev_samp(change) as change_sd,
  quantile_cont(change, 0.5) as change_median, quantile_cont(change, 0.25) as change_p25,
  quantile_cont(change, 0.75) as change_p75, count(responder) as responder_n, count(*) filter (where responder) as responders
from members group by all`],
  ['model', `
create temp table model_records as
select c.condition, r.measure, r.timepoint, r.baseline_value, r.improvement,
  ${MODALITIES.map((m) => `r.${m}_sessions`).join(', ')},
  [{'var': 'age_band', 'level': r.age_band}, {'var': 'sex', 'level': r.sex}, {'var': 'site', 'level': r.site}]
    || case when c.condition = 'ALL' then [{'var': 'primary_condition', 'level': r.primary_condition}] else [] end as levels
from change_records r, unnest([r.primary_condition, 'ALL']) as c(condition);
create temp table model_xtx as
select condition, measure, timepoint, count(*) as n, ${NUMERIC.map((c) => `sum(${c})`).join(', ')},
  ${PRODUCTS.join(',\n  ')}
from model_records group by all;
create temp table model_levels as
select condition, measure, timepoint, l.var, l.level, count(*) as n,
  ${NUMERIC.map((c) => `sum(${c})`).join(', ')}
from model_records, unnest(levels) as u(l) group by all;
create temp table model_level_pairs as
select condition, measure, timepoint, a.var as var_a, a.level as level_a, b.var as var_b, b.level as level_b, count(*) as n
from model_records, unnest(levels) as u(a), unnest(levels) as v(b) where a.var < b.var group by all`],
  ['write', `
copy change_records to ${q(path.join(output, 'change_records.parquet'))} (format parquet, compression snappy);
copy outcome_change to ${q(path.join(output, 'outcome_change.parquet'))} (format parquet, compression snappy)`],
];

(async () => {
  const started = process.hrtime.bigint();
  const instance = await DuckDBInstance.create(':memory:', { threads: String(require('os').cpus().length) });
  const con = await instance.connect();
  for (const [name, sql] of steps) {
    const t0 = process.hrtime.bigint();
    await con.run(sql);
    console.log(`duckdb ${name} ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(1)}`);
  }
  for (const table of ['enrollment', 'attendance', 'outcomes', 'change_records', 'outcome_change', 'model_xtx',
    'model_levels', 'model_level_pairs']) {
    const r = await con.runAndReadAll(`select count(*) from ${table}`);
    console.log(`duckdb rows ${table} ${r.getRows()[0][0]}`);
  }
  console.log(`duckdb total ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)}`);
})().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
