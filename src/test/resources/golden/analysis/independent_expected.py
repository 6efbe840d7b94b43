#!/usr/bin/env python3
"""Independent computation of the golden analysis expectations (SPEC 3 to 7.1, 7.3).

Written from SPEC.md alone, without looking at or running the Java code, using only the Python
standard library: `statistics` (exact mean and sample SD over Fractions; `quantiles` with
method='inclusive', which is R type 7), `math`, `csv`, `datetime`.

Student's t: no library in the standard library, so the CDF is the exact finite series of
Abramowitz & Stegun 26.7.3 (integer degrees of freedom), and t(0.975, df) is found by bisection
on it to the last bit. check_t_table() compares it with a printed table (t(0.975) for df 1..10:
12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228) and with the stated
t(0.975, 4) = 2.7764451051977987.

Run from this folder: python3 independent_expected.py  (writes expected_*.csv beside it).
"""
import csv
import datetime as dt
import math
import statistics
from fractions import Fraction

INSTRUMENTS = ['PEG', 'NRS', 'PROMIS_PI', 'PROMIS_PF', 'ODI']
HIGHER_IS_BETTER = {'PROMIS_PF'}
RULES = {'PEG': ('pct', 30.0), 'NRS': ('pct', 30.0), 'PROMIS_PI': ('pts', 5.0),
         'PROMIS_PF': ('pts', 5.0), 'ODI': ('pts', 10.0)}
BASELINE = (-30, 0)
WINDOWS = [('WEEK_6', 29, 63, 42), ('WEEK_12', 64, 126, 84), ('MONTH_6', 127, 273, 182)]
THERAPEUTIC = ['acupuncture', 'massage', 'mindfulness', 'guided_meditation', 'yoga', 'tai_chi',
               'qigong', 'music_therapy', 'stress_reduction', 'stretching']
EDUCATION = ['nutrition_education', 'sleep_education', 'activity_education']
MODALITIES = THERAPEUTIC + EDUCATION
EXPOSURE_MIN = 3
BANDS = [('1-3', 1, 3), ('4-6', 4, 6), ('7-9', 7, 9), ('10+', 10, None)]
Z = 1.959963984540054


# ---- Student's t, A&S 26.7.3 -------------------------------------------------------------
def t_inside(t, df):
    """P(|T| < t) for integer df (A&S 26.7.3)."""
    th = math.atan(abs(t) / math.sqrt(df))
    s, c = math.sin(th), math.cos(th)
    if df % 2 == 1:
        if df == 1:
            return 2 * th / math.pi
        term, total = c, c
        for k in range(3, df, 2):  # coefficients 2/3, 2*4/(3*5), ...
            term *= (k - 1) / k * c * c
            total += term
        return 2 / math.pi * (th + s * total)
    term, total = 1.0, 1.0
    for k in range(2, df, 2):  # coefficients 1/2, 1*3/(2*4), ...
        term *= (k - 1) / k * c * c
        total += term
    return s * total


def t_two_sided_p(t, df):
    return 1.0 - t_inside(t, df)


def t_975(df):
    lo, hi = 0.0, 1000.0
    while True:
        mid = (lo + hi) / 2
        if mid == lo or mid == hi:
            return mid
        if t_inside(mid, df) < 0.95:
            lo = mid
        else:
            hi = mid


def check_t_table():
    table = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228]
    for df, v in enumerate(table, start=1):
        assert abs(t_975(df) - v) < 0.0005, (df, t_975(df), v)
    assert abs(t_975(4) - 2.7764451051977987) < 1e-12


# ---- inputs -----------------------------------------------------------------------------
def read(name):
    with open(name, newline='') as f:
        return list(csv.DictReader(f))


def date(s):
    return dt.date.fromisoformat(s)


def main():
    check_t_table()
    enrollment = {r['participant_id']: r for r in read('enrollment.csv')}
    attendance = read('attendance.csv')
    outcomes = read('outcomes.csv')

    # SPEC 3: assessments and scores
    items = {}
    for r in outcomes:
        key = (r['participant_id'], r['instrument'], date(r['assessment_date']))
        items.setdefault(key, []).append(Fraction(r['value']))
    scores, unscored = {}, {i: 0 for i in INSTRUMENTS}
    for (pid, ins, d), vals in items.items():
        n = len(vals)
        if ins == 'PEG':
            s = sum(vals) / 3 if n == 3 else None
        elif ins == 'ODI':
            s = 100 * sum(vals) / (5 * n) if n >= 9 else None
        else:
            s = vals[0]
        if s is None:
            unscored[ins] += 1
        else:
            scores[(pid, ins, d)] = float(s)

    # SPEC 4: index date, study days, baseline, follow-ups
    index = {}
    for r in attendance:
        if r['attended'] == 'true':
            d = date(r['session_date'])
            index[r['participant_id']] = min(d, index.get(r['participant_id'], d))
    by_measure = {}
    for (pid, ins, d), s in scores.items():
        if pid in index:
            by_measure.setdefault((pid, ins), []).append(((d - index[pid]).days, s))
    baseline, followup = {}, {}
    for (pid, ins), lst in by_measure.items():
        inb = [x for x in lst if BASELINE[0] <= x[0] <= BASELINE[1]]
        if inb:
            baseline[(pid, ins)] = max(inb)[1]
        for tp, lo, hi, target in WINDOWS:
            inw = [x for x in lst if lo <= x[0] <= hi]
            if inw:
                best = min(inw, key=lambda x: (abs(x[0] - target), x[0]))
                followup[(pid, ins, tp)] = best

    # SPEC 5: exposure
    sessions, per_mod = {}, {}
    for r in attendance:
        if r['attended'] == 'true':
            sessions.setdefault(r['participant_id'], set()).add(r['session_id'])
            per_mod.setdefault((r['participant_id'], r['modality']), set()).add(r['session_id'])
    exposure = {}
    for pid, ss in sessions.items():
        counts = {m: len(per_mod.get((pid, m), ())) for m in MODALITIES}
        top = max(counts[m] for m in THERAPEUTIC)
        tops = [m for m in THERAPEUTIC if counts[m] == top]
        primary = 'education_only' if top == 0 else ('multimodal' if len(tops) > 1 else tops[0])
        band = next(b for b, lo, hi in BANDS if len(ss) >= lo and (hi is None or len(ss) <= hi))
        exposure[pid] = (len(ss), band, primary, counts)

    # SPEC 6: change records
    records = []
    for (pid, ins, tp), (fday, fval) in followup.items():
        if (pid, ins) not in baseline:
            continue
        b = baseline[(pid, ins)]
        e = enrollment[pid]
        change = fval - b
        pct = None if b == 0 else 100 * change / b
        imp = change if ins in HIGHER_IS_BETTER else -change
        kind, thr = RULES[ins]
        if kind == 'pts':
            resp = imp >= thr - 1e-9
        else:
            resp = None if b == 0 else imp >= thr * b / 100 - 1e-9
        n_s, band, primary, counts = exposure[pid]
        records.append(dict(
            participant_id=pid, site=e['site'], cohort_id=e['cohort_id'] or None,
            primary_condition=e['primary_condition'],
            age_band=e['age_band'], sex=e['sex'], measure=ins, timepoint=tp, baseline_value=b,
            followup_value=fval, followup_study_day=fday, change=change, pct_change=pct,
            improvement=imp, responder=resp, sessions_attended=n_s, attendance_band=band,
            primary_modality=primary, **{m + '_sessions': counts[m] for m in MODALITIES}))
    cr_cols = ['participant_id', 'site', 'cohort_id', 'primary_condition', 'age_band', 'sex', 'measure',
               'timepoint', 'baseline_value', 'followup_value', 'followup_study_day', 'change',
               'pct_change', 'improvement', 'responder', 'sessions_attended', 'attendance_band',
               'primary_modality'] + [m + '_sessions' for m in MODALITIES]
    write('expected_change_records.csv', cr_cols,
          sorted(records, key=lambda r: (r['participant_id'], r['measure'], r['timepoint'])))

    # SPEC 7.1: outcome_change
    cells = {}
    for r in records:
        groups = [('overall', 'ALL'), ('primary_modality', r['primary_modality']),
                  ('attendance_band', r['attendance_band'])]
        groups += [('modality_exposure', m) for m in MODALITIES
                   if r[m + '_sessions'] >= EXPOSURE_MIN]
        for g in groups:
            for cond in (r['primary_condition'], 'ALL'):
                cells.setdefault(g + (cond, r['measure'], r['timepoint']), []).append(r)
    rows = []
    for key, rs in cells.items():
        n = len(rs)
        ch = [r['change'] for r in rs]
        mean = statistics.mean(ch)
        sd = None if n < 2 else (0.0 if len(set(ch)) == 1 else statistics.stdev(ch))
        if n < 2:
            lo = hi = None
        else:
            half = t_975(n - 1) * sd / math.sqrt(n)
            lo, hi = mean - half, mean + half
        q = [ch[0]] * 3 if n == 1 else statistics.quantiles(ch, n=4, method='inclusive')
        srm = mean / sd if sd else None
        p = t_two_sided_p(mean / (sd / math.sqrt(n)), n - 1) if (n >= 2 and sd) else None
        rn = sum(1 for r in rs if r['responder'] is not None)
        ry = sum(1 for r in rs if r['responder'] is True)
        rate = ry / rn if rn else None
        if rn:
            denom = 1 + Z * Z / rn
            centre = (rate + Z * Z / (2 * rn)) / denom
            w = Z / denom * math.sqrt(rate * (1 - rate) / rn + Z * Z / (4 * rn * rn))
            wl, wh = max(0.0, centre - w), min(1.0, centre + w)
        else:
            wl = wh = None
        rows.append(dict(zip(['grouping', 'group', 'condition', 'measure', 'timepoint'], key),
                         direction='higher_is_better' if key[3] in HIGHER_IS_BETTER else 'lower_is_better',
                         n=n, baseline_mean=statistics.mean(r['baseline_value'] for r in rs),
                         followup_mean=statistics.mean(r['followup_value'] for r in rs),
                         change_mean=mean, change_sd=sd, change_ci_low=lo, change_ci_high=hi,
                         change_median=q[1], change_p25=q[0], change_p75=q[2], srm=srm, p_value=p,
                         responder_n=rn, responders=ry, responder_rate=rate,
                         responder_ci_low=wl, responder_ci_high=wh,
                         # SPEC 7.1: turned so that positive is better
                         improvement_mean=mean if key[3] in HIGHER_IS_BETTER else -mean,
                         improvement_ci_low=lo if key[3] in HIGHER_IS_BETTER else (None if hi is None else -hi),
                         improvement_ci_high=hi if key[3] in HIGHER_IS_BETTER else (None if lo is None else -lo)))
    oc_cols = ['grouping', 'group', 'condition', 'measure', 'timepoint', 'direction', 'n',
               'baseline_mean', 'followup_mean', 'change_mean', 'change_sd', 'change_ci_low',
               'change_ci_high', 'change_median', 'change_p25', 'change_p75', 'srm', 'p_value',
               'responder_n', 'responders', 'responder_rate', 'responder_ci_low', 'responder_ci_high',
               'improvement_mean', 'improvement_ci_low', 'improvement_ci_high']
    write('expected_outcome_change.csv', oc_cols, sorted(rows, key=lambda r: tuple(r[c] for c in oc_cols[:5])))

    # SPEC 7.3: participant_flow counts
    def lines(pid):
        yield ('enrolled', None, None)
        if pid in index:
            yield ('attended_any', None, None)
        for ins in INSTRUMENTS:
            if (pid, ins) in baseline:
                yield ('baseline', ins, None)
        for r in records:
            if r['participant_id'] == pid:
                yield ('followup', r['measure'], r['timepoint'])
    stages = [('enrolled', None, None), ('attended_any', None, None)]
    stages += [('baseline', i, None) for i in INSTRUMENTS]
    stages += [('followup', i, w[0]) for i in INSTRUMENTS for w in WINDOWS]
    counts = {}
    for pid, e in enrollment.items():
        for site in (e['site'], 'ALL'):
            for cond in (e['primary_condition'], 'ALL'):
                counts.setdefault((site, cond), {s: 0 for s in stages})
                for s in set(lines(pid)):
                    counts[(site, cond)][s] += 1
    flow = [dict(site=k[0], condition=k[1], stage=s[0], measure=s[1], timepoint=s[2], participants=v)
            for k, by in counts.items() for s, v in by.items()]
    write('expected_participant_flow.csv', ['site', 'condition', 'stage', 'measure', 'timepoint', 'participants'],
          sorted(flow, key=lambda r: (r['site'], r['condition'], r['stage'], r['measure'] or '', r['timepoint'] or '')))
    write('expected_unscored.csv', ['instrument', 'unscored'],
          [dict(instrument=i, unscored=unscored[i]) for i in INSTRUMENTS])


def fmt(v):
    if v is None:
        return ''
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, str):
        return v
    if isinstance(v, Fraction):
        v = float(v)
    return repr(v)


def write(name, cols, rows):
    with open(name, 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(cols)
        for r in rows:
            w.writerow([fmt(r[c]) for c in cols])


if __name__ == '__main__':
    main()
