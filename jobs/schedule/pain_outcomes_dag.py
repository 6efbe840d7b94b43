"""pain-outcomes, nightly, with Apache Airflow (2.7+ or 3).

One DAG run per logical date: the date reaches the job as --run-date {{ ds }} and names the
run's folder, BASE/runs/run_date={{ ds }}/; the job never assumes "today". Clearing a DAG run (or
`airflow dags backfill`) re-runs exactly that date and replaces its folder atomically; BASE/latest
keeps naming the newest date.

The task runs jobs/submit of a checkout on the worker, in client mode (the driver runs on the
worker), so the task sees the job's own exit status (README "Exit status") and acts on it:

- 0: done;
- 2 (usage or configuration error) and 65 (the inputs break the data contract): the task fails
  at once, without a retry (AirflowFailException): the same command fails the same way;
- 1 (a failure a later attempt may not meet) and 143 (the run was stopped by TERM): the task
  fails and Airflow retries it (retries below);
- anything else: fails without a retry, as jobs/schedule/retrying does for cron.

Cluster mode (jobs/conf/yarn.conf, kubernetes.conf) hides the job's status from spark-submit,
which then says only whether the driver failed: every failure would look like exit 1 and be
retried. `check_manifest` reads the run's manifest.json, whose status is authoritative in any mode.
"""

from __future__ import annotations

import subprocess
from datetime import timedelta

import pendulum

try:  # Airflow 3
    from airflow.sdk import DAG
    from airflow.providers.standard.operators.bash import BashOperator
    from airflow.providers.standard.operators.python import PythonOperator
except ImportError:  # Airflow 2
    from airflow import DAG
    from airflow.operators.bash import BashOperator
    from airflow.operators.python import PythonOperator
from airflow.exceptions import AirflowException, AirflowFailException

# Where things are; adjust to your installation.
CHECKOUT = "/opt/pain-outcomes"
PROPERTIES_FILE = f"{CHECKOUT}/jobs/conf/standalone.conf"  # client mode: the exit status is the job's
CONFIG_FILE = f"{CHECKOUT}/jobs/pain-outcomes.properties"
INPUT = "hdfs:///data/pain-program/extracts/{ds}"
BASE = "hdfs:///data/pain-program/outcomes"
SPARK_CONF = {
    # Any Spark or pipeline setting, e.g.:
    # "spark.executor.memory": "8g",
    # "spark.painoutcomes.suppression.threshold": "20",
}

# README "Exit status": what each status of the job means for a retry.
FINAL_EXIT = {2: "a usage or configuration error", 65: "the inputs break the data contract"}
RETRIED_EXIT = {1: "the run failed", 143: "the run was stopped by TERM"}


def run_pain_outcomes(ds: str, ts_nodash: str, ti, **_) -> None:
    """Runs one date through jobs/submit and turns its exit status into retry or no retry."""
    conf = [arg for key, value in SPARK_CONF.items() for arg in ("--conf", f"{key}={value}")]
    command = [
        f"{CHECKOUT}/jobs/submit", "--properties-file", PROPERTIES_FILE, *conf, "--",
        "run",
        "--input", INPUT.format(ds=ds),
        "--output-base", BASE,
        "--run-date", ds,
        "--config", CONFIG_FILE,
        # Run ids may hold letters, digits, '_', '.' and '-' only; check_manifest knows the prefix.
        "--run-id", f"airflow-{ts_nodash}-try{ti.try_number}",
    ]
    with subprocess.Popen(command, cwd=CHECKOUT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) as job:
        for line in job.stdout:  # into the task's log
            print(line, end="")
    status = job.returncode
    if status == 0:
        return
    if status in RETRIED_EXIT:
        raise AirflowException(f"pain-outcomes exited with {status} ({RETRIED_EXIT[status]}); Airflow retries it")
    why = FINAL_EXIT.get(status, "not a status a retry can fix")
    raise AirflowFailException(f"pain-outcomes exited with {status} ({why}); not retried: fix the cause, then clear the task")


with DAG(
    dag_id="pain_outcomes",
    description="Outcomes pipeline of the integrative chronic-pain program",
    schedule="30 2 * * *",
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=30)},
    tags=["pain-outcomes"],
) as dag:
    run = PythonOperator(task_id="run", python_callable=run_pain_outcomes)

    # The authoritative outcome: the date's manifest.json says succeeded and was written by this
    # DAG run (its run id), not left by an earlier run of the same date.
    check_manifest = BashOperator(
        task_id="check_manifest",
        bash_command=(
            f"m=$(hdfs dfs -cat {BASE}/runs/run_date={{{{ ds }}}}/manifest.json) && "
            "grep -q '\"run_id\" : \"airflow-{{ ts_nodash }}-try' <<< \"$m\" && "
            "grep -q '\"status\" : \"succeeded\"' <<< \"$m\""
        ),
    )

    run >> check_manifest
