package org.painoutcomes.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkFiles;
import org.apache.spark.sql.SparkSession;
import org.painoutcomes.Pipeline;
import org.painoutcomes.RunOptions;
import org.painoutcomes.StageLog;
import org.painoutcomes.config.ConfigLoader;
import org.painoutcomes.config.PipelineConfig;
import org.painoutcomes.config.RunScale;
import org.painoutcomes.config.SparkDefaults;
import org.painoutcomes.ingest.SourceFiles;
import org.painoutcomes.ingest.SourceLocator;
import org.painoutcomes.io.OutputGuard;
import org.painoutcomes.io.OutputLocation;
import org.painoutcomes.io.RunDateLayout;
import org.painoutcomes.io.RunLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import scala.Tuple2;
import org.painoutcomes.OutputErrors;

/**
 * {@code run}: one pipeline run from an input location to OUTPUT, given by {@code --output} or, for
 * a scheduled job, by {@code --output-base} and {@code --run-date} ({@link RunDateLayout}). OUTPUT
 * is locked for the run ({@link RunLock}): a second run of the same OUTPUT stops with exit 1. Before
 * Spark starts, {@link OutputGuard} refuses (exit 2) an OUTPUT this tool did not write.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Ingest, validate and analyse the extracts at INPUT and publish the tables and report to OUTPUT.")
public final class RunCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, paramLabel = "URI",
      description = "Input location (local path, file://, hdfs://, s3a://) holding enrollment, attendance and outcomes.")
  String input;

  @Option(names = "--output", paramLabel = "URI", description = "Output location (OUTPUT), replaced atomically. Or --output-base with --run-date.")
  String output;

  @Option(names = "--output-base", paramLabel = "URI",
      description = "Base location of a scheduled job: publishes BASE/runs/run_date=DATE/ as OUTPUT, then BASE/latest.")
  String outputBase;

  @Option(names = "--run-date", paramLabel = "YYYY-MM-DD",
      description = "The run's date, given by the scheduler (e.g. Airflow's {{ ds }}); with --output-base.")
  String runDate;

  @Option(names = "--force",
      description = "Replace OUTPUT (or use BASE) even when it holds files pain-outcomes did not write: they are deleted."
          + " Never allowed for an OUTPUT that is a regular file, is INPUT, or is inside or holds INPUT.")
  boolean force;

  @Option(names = "--stale-lock-minutes", paramLabel = "N", defaultValue = "30",
      description = "A lock on OUTPUT not renewed for N minutes is taken to be left by a dead run and broken (default: ${DEFAULT-VALUE}).")
  long staleLockMinutes;

  @Option(names = "--config", paramLabel = "FILE", description = "Job configuration file (properties).")
  Path config;

  @Option(names = "--run-id", paramLabel = "ID", description = "Run id recorded in the manifest (default: UTC time and a random suffix).")
  String runId;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Override one configuration key; wins over --conf spark.painoutcomes.KEY and the config file.")
  Map<String, String> overrides = new LinkedHashMap<>();

  @Override
  public Integer call() {
    // Usage errors first, before Spark starts.
    RunDateLayout dated = datedLayout();
    String out = OutputLocation.check(dated == null ? output : dated.output());
    Duration staleLockAfter = staleLockAfter();
    String id = runId != null ? validRunId(runId) : defaultRunId();
    PipelineConfig cfg = isShippedConfig() ? null : ConfigLoader.load(config, sparkConf(), overrides);
    // Before any Spark work: never replace what this tool did not write (OutputGuard).
    try (OutputGuard guard = new OutputGuard(hadoopConfiguration(), force)) {
      if (dated != null) {
        guard.checkOutputBase(outputBase);
      }
      guard.checkRunOutput(out, input);
    }
    // A session that already exists (an embedding application, the tests) is left running.
    boolean ownSession = SparkSession.getDefaultSession().isEmpty();
    boolean small = ownSession && smallInput(input); // an existing session keeps what it started with
    SparkSession spark = SparkDefaults.onto(SparkSession.builder().appName("pain-outcomes"), new SparkConf(), small).getOrCreate();
    try {
      if (cfg == null) {
        cfg = ConfigLoader.load(shippedConfig(), sparkConf(), overrides);
      }
      StageLog log = new StageLog(System.out);
      FileSystem fs = fileSystem(spark, out);
      RunLock lock = RunLock.acquire(fs, new org.apache.hadoop.fs.Path(out), id, staleLockAfter);
      String published; // OUTPUT, or on an object store its new run folder (docs/STORAGE.md)
      try {
        published = new Pipeline(spark, cfg, log).run(new RunOptions(input, out, id)).publishedFolder();
        if (dated != null) {
          // Written last: BASE/latest never names a run that is not completely published.
          log.info("latest: " + dated.latestFile() + " -> " + dated.updateLatest(fs, id, staleLockAfter));
        }
      } finally {
        lock.close();
      }
      log.info("output: " + out + "  manifest: " + published + "/manifest.json  report: " + published + "/report/index.html");
      return 0;
    } finally {
      if (ownSession) {
        spark.stop();
      }
    }
  }

  /** The run-date layout for --output-base and --run-date; null for --output; else a usage error. */
  private RunDateLayout datedLayout() {
    if (output != null && outputBase == null && runDate == null) {
      return null;
    }
    if (output != null || outputBase == null || runDate == null) {
      throw OutputErrors.outputChoice();
    }
    OutputLocation.parse(outputBase);
    return new RunDateLayout(outputBase, RunDateLayout.parseRunDate(runDate));
  }

  private Duration staleLockAfter() {
    if (staleLockMinutes < 1) {
      throw OutputErrors.badStaleLockMinutes(staleLockMinutes);
    }
    return Duration.ofMinutes(staleLockMinutes);
  }

  /**
   * True when --config is a bare file name that is not here: in cluster mode jobs/submit ships the
   * file with spark-submit --files and passes its base name, which only the driver's session can
   * find (YARN and Kubernetes put it in the working folder, a standalone cluster in SparkFiles).
   */
  private boolean isShippedConfig() {
    return config != null && config.getParent() == null && !Files.exists(config);
  }

  private Path shippedConfig() {
    Path fetched = Path.of(SparkFiles.get(config.toString()));
    return Files.exists(fetched) ? fetched : config;
  }

  private static FileSystem fileSystem(SparkSession spark, String location) {
    try {
      return new org.apache.hadoop.fs.Path(location).getFileSystem(spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw OutputErrors.outputUnwritable(location, e);
    }
  }

  /**
   * Whether the input is small (config.RunScale), told before Spark starts from the sources'
   * bytes, as the run tells it (SparkDefaults: some settings are read only when a session
   * starts). An input that cannot be located here counts as large: the run reports why. Through
   * a file system of its own, closed after: one cached now would serve the run with this
   * configuration rather than the session's.
   */
  static boolean smallInput(String input) {
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(input);
    try (FileSystem fs = FileSystem.newInstance(root.toUri(), hadoopConfiguration())) {
      return RunScale.isSmall(SourceFiles.bytes(SourceLocator.locate(fs, input)));
    } catch (IOException | RuntimeException unreadable) {
      return false;
    }
  }

  /**
   * The Hadoop configuration the run's file systems are reached with: the session's when one
   * exists, else one holding the spark.hadoop.* settings given to this JVM (as Spark's own is
   * made), so the guard can look at OUTPUT before Spark starts.
   */
  private static Configuration hadoopConfiguration() {
    scala.Option<SparkSession> session = SparkSession.getDefaultSession();
    if (session.isDefined()) {
      return session.get().sparkContext().hadoopConfiguration();
    }
    Configuration conf = new Configuration();
    sparkConf().forEach((key, value) -> {
      if (key.startsWith("spark.hadoop.")) {
        conf.set(key.substring("spark.hadoop.".length()), value);
      }
    });
    return conf;
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
      throw OutputErrors.badRunId(id);
    }
    return id;
  }

  private static String defaultRunId() {
    String time = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
    return time + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
