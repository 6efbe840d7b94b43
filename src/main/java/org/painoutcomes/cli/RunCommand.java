package org.painoutcomes.cli;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.painoutcomes.Pipeline;
import org.painoutcomes.PipelineErrors;
import org.painoutcomes.RunOptions;
import org.painoutcomes.StageLog;
import org.painoutcomes.config.ConfigLoader;
import org.painoutcomes.config.PipelineConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import scala.Tuple2;

/** {@code run}: one pipeline run from an input location to OUTPUT. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Ingest, validate and analyse the extracts at INPUT and publish the tables and report to OUTPUT.")
public final class RunCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, paramLabel = "URI",
      description = "Input location (local path, file://, hdfs://, s3a://) holding enrollment, attendance and outcomes.")
  String input;

  @Option(names = "--output", required = true, paramLabel = "URI", description = "Output location (OUTPUT), replaced atomically.")
  String output;

  @Option(names = "--config", paramLabel = "FILE", description = "Job configuration file (properties).")
  Path config;

  @Option(names = "--run-id", paramLabel = "ID", description = "Run id recorded in the manifest (default: UTC time and a random suffix).")
  String runId;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Override one configuration key; wins over --conf spark.painoutcomes.KEY and the config file.")
  Map<String, String> overrides = new LinkedHashMap<>();

  @Override
  public Integer call() {
    PipelineConfig cfg = ConfigLoader.load(config, sparkConf(), overrides);
    String id = runId != null ? validRunId(runId) : defaultRunId();
    // A session that already exists (an embedding application, the tests) is left running.
    boolean ownSession = SparkSession.getDefaultSession().isEmpty();
    SparkSession spark = SparkSession.builder().appName("pain-outcomes").getOrCreate();
    try {
      StageLog log = new StageLog(System.out);
      new Pipeline(spark, cfg, log).run(new RunOptions(input, output, id));
      log.info("output: " + output + "  manifest: " + output + "/manifest.json  report: " + output + "/report/index.html");
      return 0;
    } finally {
      if (ownSession) {
        spark.stop();
      }
    }
  }

  /** Spark settings given to this JVM (spark-submit --conf and -Dspark.* system properties). */
  private static Map<String, String> sparkConf() {
    Map<String, String> m = new LinkedHashMap<>();
    for (Tuple2<String, String> t : new SparkConf().getAll()) {
      m.put(t._1(), t._2());
    }
    return m;
  }

  private static String validRunId(String id) {
    if (!id.matches("[A-Za-z0-9_.-]{1,100}")) {
      throw PipelineErrors.usage(
          "The run id '" + id + "' cannot be used: it names folders, so it may hold only letters,"
              + " digits, '_', '.' and '-' (at most 100). Choose another --run-id.", null);
    }
    return id;
  }

  private static String defaultRunId() {
    String time = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
    return time + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
