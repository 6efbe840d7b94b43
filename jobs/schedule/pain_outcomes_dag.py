"""pain-outcomes, nightly, with Apache Airflow (2.7+ or 3) and apache-airflow-providers-apache-spark.

One DAG run per logical date: the date reaches the job as --run-date {{ ds }} and names the
run's folder, BASE/runs/run_date={{ ds }}/; the job never assumes "today". Clearing a DAG run (or
`airflow dags backfill`) re-runs exactly that date and replaces its folder atomically; BASE/latest
keeps naming the newest date.

The Spark connection (conn_id, default "spark_default") holds the master: spark://host:7077
(client) or spark://host:6066 (standalone cluster mode, REST), yarn, or k8s://https://host.
Spark settings come from one of jobs/conf/*.conf (PROPERTIES_FILE) and SPARK_CONF below;
pipeline settings from the config file and --conf spark.painoutcomes.KEY=VALUE.

Exit status: in client mode the task fails when the job does (0 success; 1, 2, 65: README "Exit
status"). In cluster mode spark-submit's status does not carry the job's: the operator follows the
driver (standalone REST, YARN, Kubernetes) and `check_manifest` reads the run's manifest.json,
whose status is authoritative.
"""

from __future__ import annotations

import os
from datetime import timedelta

import pendulum

try:  # Airflow 3
    from airflow.sdk import DAG
    from airflow.providers.standard.operators.bash import BashOperator
except ImportError:  # Airflow 2
    from airflow import DAG
    from airflow.operators.bash import BashOperator
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

# Where things are; adjust to your installation.
APP_JAR = "hdfs:///apps/pain-outcomes/pain-outcomes-0.1.0-SNAPSHOT-spark.jar"
CHECKOUT = "/opt/pain-outcomes"
PROPERTIES_FILE = f"{CHECKOUT}/jobs/conf/yarn.conf"
CONFIG_FILE = f"{CHECKOUT}/jobs/pain-outcomes.properties"
INPUT = "hdfs:///data/pain-program/extracts/{{ ds }}"
BASE = "hdfs:///data/pain-program/outcomes"
DEPLOY_MODE = "cluster"
SPARK_CONF = {
    # Any Spark or pipeline setting, e.g.:
    # "spark.executor.memory": "8g",
    # "spark.painoutcomes.suppression.threshold": "20",
}

# spark-submit ships the config file (--files); in cluster mode the driver, elsewhere, knows it
# by its base name only (what jobs/submit does for you on the command line).
CONFIG_ARG = os.path.basename(CONFIG_FILE) if DEPLOY_MODE == "cluster" else CONFIG_FILE

with DAG(
    dag_id="pain_outcomes",
    description="Outcomes pipeline of the integrative chronic-pain program",
    schedule="30 2 * * *",
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    default_args={"retries": 1, "retry_delay": timedelta(minutes=30)},
    tags=["pain-outcomes"],
) as dag:
    run = SparkSubmitOperator(
        task_id="run",
        conn_id="spark_default",
        application=APP_JAR,
        java_class="org.painoutcomes.cli.Main",
        name="pain-outcomes-{{ ds }}",
        deploy_mode=DEPLOY_MODE,
        properties_file=PROPERTIES_FILE,
        conf=SPARK_CONF,
        files=CONFIG_FILE,
        application_args=[
            "run",
            "--input", INPUT,
            "--output-base", BASE,
            "--run-date", "{{ ds }}",
            "--config", CONFIG_ARG,
            # Run ids may hold letters, digits, '_', '.' and '-' only; check_manifest knows the prefix.
            "--run-id", "airflow-{{ ts_nodash }}-try{{ ti.try_number }}",
        ],
    )

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
