package org.painoutcomes.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.SparkTestSession;
import org.painoutcomes.cli.Main;
import org.painoutcomes.io.Manifest;
import org.painoutcomes.reliability.KilledRun;
import org.painoutcomes.io.PointerPublisher;
import org.painoutcomes.io.RunLock;

/**
 * Issue 18 (2): the pipeline on an object store through Hadoop's s3a client, against a real
 * S3-compatible server on 127.0.0.1 (S3Proxy, in this JVM). There a folder rename is a copy, so a
 * run publishes by writing its own run folder and then replacing the pointer {@code
 * OUTPUT/current} in one PUT (docs/STORAGE.md).
 */
class S3StorageTest {
  @TempDir static Path dir;
  static S3ProxyServer server;
  static FileSystem s3;
  static SparkSession spark;
  static Path reference;

  @BeforeAll
  static void startS3() throws Exception {
    spark = SparkTestSession.get();
    server = S3ProxyServer.start();
    server.applyTo(spark.sparkContext().hadoopConfiguration());
    s3 = new org.apache.hadoop.fs.Path(S3ProxyServer.uri("/")).getFileSystem(spark.sparkContext().hadoopConfiguration());

    Path input = dir.resolve("generated");
    assertThat(Main.execute("generate", "--participants", "80", "--seed", "18", "--output", input.toString())).isZero();
    s3.copyFromLocalFile(new org.apache.hadoop.fs.Path(input.toUri()), s3Path("/in"));
    reference = dir.resolve("local-out");
    assertThat(run("--input", input.toString(), "--output", reference.toString(), "--run-id", "local")).isZero();
  }

  @AfterAll
  static void stopS3() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  static int run(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "run";
    System.arraycopy(args, 0, all, 1, args.length);
    return Main.execute(all);
  }

  static org.apache.hadoop.fs.Path s3Path(String path) {
    return new org.apache.hadoop.fs.Path(S3ProxyServer.uri(path));
  }

  static String current(String output) throws Exception {
    return PointerPublisher.published(s3, s3Path(output)).orElseThrow();
  }

  /** One scheduled run serves both layouts' checks: a run of the date publishes by pointer, and BASE/latest follows it. */
  @Test
  void aScheduledRunOnS3PublishesThroughThePointerTheTablesOfTheSameRunOnLocalDiskAndLatestNamesItsFolder() throws Exception {
    assertThat(run("--input", S3ProxyServer.uri("/in"), "--output-base", S3ProxyServer.uri("/base"), "--run-date", "2025-03-31",
        "--run-id", "s3-1")).isZero();

    String dated = "/base/runs/run_date=2025-03-31";
    String folder = current(dated);
    assertThat(folder).as("the pointer names this run's own folder").startsWith("run-s3-1-");
    org.apache.hadoop.fs.Path published = s3Path(dated + "/" + folder);
    StoredOutput.assertSameAs(spark, FileSystem.getLocal(new Configuration()), new org.apache.hadoop.fs.Path(reference.toUri()), s3, published);
    JsonNode publish = StoredOutput.manifest(s3, published).path("publish");
    assertThat(publish.path("mode").asText()).as("the manifest records the pointer publish").isEqualTo("pointer");
    assertThat(publish.path("pointer").asText()).isEqualTo("current");
    assertThat(publish.path("folder").asText()).isEqualTo(folder);
    assertThat(names("/base/runs")).as("beside the run date's OUTPUT: no lock left").containsExactly("run_date=2025-03-31");
    assertThat(names(dated)).containsExactlyInAnyOrder("current", folder);

    String latest = StoredOutput.read(s3, s3Path("/base/latest")).trim();
    assertThat(latest).as("BASE/latest names the run folder itself").isEqualTo("runs/run_date=2025-03-31/" + folder);
    assertThat(StoredOutput.manifest(s3, s3Path("/base/" + latest)).path("run_id").asText()).isEqualTo("s3-1");
  }

  /**
   * A long variant (tag "slow", {@code jobs/test --all}): three runs, one of them in a child JVM
   * that starts its own Spark.
   */
  @Tag("slow")
  @Test
  void aDriverKilledBeforeThePointerMovesLeavesThePreviousRunPublishedAndTheNextRunCleansUp(@TempDir Path work) throws Exception {
    String out = S3ProxyServer.uri("/kill/out");
    assertThat(run("--input", S3ProxyServer.uri("/in"), "--output", out, "--run-id", "first")).isZero();
    String first = current("/kill/out");
    Map<String, String> before = StoredOutput.snapshot(s3, s3Path("/kill/out/" + first));
    // Someone else's files inside OUTPUT: never ours to delete, even named like a run folder.
    write("/kill/out/run-by-hand/notes.txt", "kept");

    KilledRun.killAt(work, "local[1]", S3ProxyServer.uri("/in"), out, "killed", Manifest.FILE_NAME, server.asSparkSystemProperties());
    assertThat(current("/kill/out")).as("the pointer still names the previous complete run").isEqualTo(first);
    assertThat(StoredOutput.snapshot(s3, s3Path("/kill/out/" + first))).as("which is byte for byte as it was").isEqualTo(before);
    String killed = Arrays.stream(names("/kill/out")).filter(n -> n.startsWith("run-killed-")).findFirst().orElseThrow();
    assertThat(s3.exists(s3Path("/kill/out/" + killed + "/" + Manifest.FILE_NAME)))
        .as("the killed run had written everything, manifest too: the kill came just before the pointer moved").isTrue();

    assertThat(run("--input", S3ProxyServer.uri("/in"), "--output", out, "--run-id", "third")).isZero();
    String third = current("/kill/out");
    assertThat(third).startsWith("run-third-");
    // S3 keeps no folders, but s3a may leave a marker object for an emptied one: what counts is
    // that no object of the killed run is left.
    org.apache.hadoop.fs.Path killedFolder = s3Path("/kill/out/" + killed);
    assertThat(s3.exists(killedFolder) && s3.listFiles(killedFolder, true).hasNext()).as("the killed run's objects removed").isFalse();
    assertThat(Arrays.stream(names("/kill/out")).filter(n -> !n.equals(killed)))
        .as("the previous run kept for readers that resolved the pointer before; others' files kept")
        .containsExactlyInAnyOrder("current", third, first, "run-by-hand");
    assertThat(StoredOutput.read(s3, s3Path("/kill/out/run-by-hand/notes.txt"))).isEqualTo("kept");
  }

  @Test
  void theLockHoldsOffASecondRunAndIsRenewedByRewritingIt() throws Exception {
    org.apache.hadoop.fs.Path target = s3Path("/locked/out");
    try (RunLock held = RunLock.acquire(s3, target, "holder", Duration.ofSeconds(4))) {
      assertThat(run("--input", S3ProxyServer.uri("/in"), "--output", S3ProxyServer.uri("/locked/out"), "--run-id", "second"))
          .as("a second run of a locked OUTPUT is exit 1").isEqualTo(1);
      assertThat(s3.exists(target)).as("and writes nothing").isFalse();
      // An object's modification time cannot be set: the holder renews its lock by writing it
      // again (every second here). Past the stale limit it must still be held.
      Thread.sleep(6_000);
      FileStatus lock = s3.getFileStatus(held.file());
      assertThat(System.currentTimeMillis() - lock.getModificationTime()).as("lock renewed within the stale limit").isLessThan(4_000);
      Optional<RunLock> other = RunLock.tryAcquire(s3, target, "third", Duration.ofSeconds(4));
      assertThat(other).as("a renewed lock is not stale").isEmpty();
    }
    assertThat(s3.exists(RunLock.lockFile(target))).as("released").isFalse();
  }

  @Test
  void theStoreItselfRefusesASecondLockWhereTheConnectorCreatesConditionally() throws Exception {
    org.apache.hadoop.fs.Path file = s3Path("/conditional/.out.lock");
    String conditional = org.apache.hadoop.fs.Options.CreateFileOptionKeys.FS_OPTION_CREATE_CONDITIONAL_OVERWRITE;
    assertThat(s3.hasPathCapability(file, conditional)).as("S3A offers the conditional create the lock uses").isTrue();
    Optional<RunLock> first = RunLock.tryAcquire(s3, s3Path("/conditional/out"), "first", Duration.ofMinutes(30));
    assertThat(first).isPresent();
    // What a second run racing the first would send: a create checked by the store, not before.
    org.apache.hadoop.fs.FSDataOutputStreamBuilder<?, ?> builder = s3.createFile(file).overwrite(true);
    builder.must(conditional, true);
    org.apache.hadoop.fs.FSDataOutputStream racer = builder.build();
    racer.write("racer".getBytes(StandardCharsets.UTF_8));
    assertThat(org.assertj.core.api.Assertions.catchThrowable(racer::close)).as("the store refused the second lock").isNotNull();
    assertThat(StoredOutput.read(s3, file)).as("the first run's lock stands").contains("run_id=first");
    first.get().close();
  }

  private static String[] names(String folder) throws Exception {
    return Arrays.stream(s3.listStatus(s3Path(folder))).map(s -> s.getPath().getName()).toArray(String[]::new);
  }

  private static void write(String path, String text) throws Exception {
    try (OutputStream out = s3.create(s3Path(path), true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
