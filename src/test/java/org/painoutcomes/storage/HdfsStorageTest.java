package org.painoutcomes.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.time.Duration;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.SparkTestSession;
import org.painoutcomes.cli.Main;
import org.painoutcomes.io.Manifest;
import org.painoutcomes.reliability.KilledRun;
import org.painoutcomes.io.RunLock;

/**
 * Issue 18 (1): the pipeline on a real HDFS, a NameNode and a DataNode of Hadoop's {@code
 * MiniDFSCluster} in this JVM on 127.0.0.1 (Hadoop 3.5.0, the client Spark 4.2 brings). A generated
 * input is copied in; runs read and publish {@code hdfs://} locations. HDFS renames a folder in
 * one NameNode operation, so OUTPUT is published by renaming (docs/STORAGE.md).
 */
class HdfsStorageTest {
  @TempDir static Path dir;
  static MiniDFSCluster cluster;
  static FileSystem hdfs;
  static String root;
  static SparkSession spark;
  static Path localInput;
  static Path reference;

  /**
   * A client's close polls the NameNode until the DataNode has reported the file's last block,
   * first after 400 ms, doubling; here the report comes within milliseconds, so most closes slept
   * the full 400 ms, on every file a run writes. Polled from 20 ms with ten retries instead: as
   * patient in all (about 20 s) as the default five from 400 ms.
   */
  static final Map<String, String> CLIENT =
      Map.of("dfs.client.block.write.locateFollowingBlock.initial.delay.ms", "20", "dfs.client.block.write.locateFollowingBlock.retries", "10");

  @BeforeAll
  static void startHdfs() throws Exception {
    spark = SparkTestSession.get();
    Configuration conf = new Configuration();
    conf.set("dfs.namenode.rpc-bind-host", "127.0.0.1");
    conf.set("dfs.namenode.http-address", "127.0.0.1:0");
    conf.set("dfs.datanode.address", "127.0.0.1:0");
    conf.set("dfs.datanode.http.address", "127.0.0.1:0");
    conf.set("dfs.datanode.ipc.address", "127.0.0.1:0");
    conf.setInt("dfs.replication", 1);
    CLIENT.forEach(conf::set);
    CLIENT.forEach(spark.sparkContext().hadoopConfiguration()::set);
    cluster = new MiniDFSCluster.Builder(conf, dir.resolve("hdfs").toFile()).numDataNodes(1).build();
    cluster.waitActive();
    hdfs = cluster.getFileSystem();
    root = "hdfs://127.0.0.1:" + cluster.getNameNodePort();

    localInput = dir.resolve("generated");
    assertThat(Main.execute("generate", "--participants", "80", "--seed", "18", "--output", localInput.toString())).isZero();
    hdfs.copyFromLocalFile(new org.apache.hadoop.fs.Path(localInput.toUri()), new org.apache.hadoop.fs.Path(root + "/in"));
    reference = dir.resolve("local-out");
    assertThat(run(localInput.toString(), reference.toString(), "local")).isZero();
    // The run on HDFS that the first test checks, and whose OUTPUT the kill test starts from.
    assertThat(run(root + "/in", root + "/same/out", "hdfs-1")).isZero();
  }

  @AfterAll
  static void stopHdfs() throws java.io.IOException {
    if (hdfs != null) {
      hdfs.close(); // as shutdown() closed the client it handed out
    }
    if (cluster != null) {
      // Not cluster.shutdown(): it also clears every hook of Hadoop's ShutdownHookManager, Spark's
      // among them, so this JVM's shared Spark session was never stopped and its scratch folders
      // (spark-*, blockmgr-*) stayed after the JVM exited. The @TempDir holds the cluster's files.
      cluster.shutdownDataNodes();
      cluster.shutdownNameNodes();
    }
  }

  static int run(String input, String output, String runId) {
    return Main.execute("run", "--input", input, "--output", output, "--run-id", runId);
  }

  static org.apache.hadoop.fs.Path hdfsPath(String path) {
    return new org.apache.hadoop.fs.Path(root + path);
  }

  @Test
  void aRunOnHdfsPublishesTheTablesOfTheSameRunOnLocalDisk() throws Exception {
    assertThat(java.util.Arrays.stream(hdfs.listStatus(hdfsPath("/in"))).map(f -> f.getPath().getName()))
        .as("the generated input (its three sources and generate's manifest), copied into HDFS")
        .containsExactlyInAnyOrder("enrollment.csv", "attendance.csv", "outcomes.csv", "manifest.json");

    FileSystem local = FileSystem.getLocal(new Configuration());
    StoredOutput.assertSameAs(spark, local, new org.apache.hadoop.fs.Path(reference.toUri()), hdfs, hdfsPath("/same/out"));
    assertThat(StoredOutput.manifest(hdfs, hdfsPath("/same/out")).path("publish").toString())
        .as("the manifest records the rename publish").isEqualTo("{\"mode\":\"rename\"}");
    assertThat(hdfs.listStatus(hdfsPath("/same"))).as("nothing beside OUTPUT: no staging folder, no lock").hasSize(1);
  }

  @Test
  void aDriverKilledBeforePublishLeavesThePreviousOutputAndTheNextRunCleansUp(@TempDir Path work) throws Exception {
    String out = root + "/kill/out";
    // The previous OUTPUT: a copy of the first run's, byte for byte.
    assertThat(FileUtil.copy(hdfs, hdfsPath("/same/out"), hdfs, hdfsPath("/kill/out"), false, hdfs.getConf())).isTrue();
    Map<String, String> before = StoredOutput.snapshot(hdfs, hdfsPath("/kill/out"));
    assertThat(before).containsKey(Manifest.FILE_NAME);

    KilledRun.killAt(work, "local[1]", root + "/in", out, "killed", Manifest.FILE_NAME,
        CLIENT.entrySet().stream().map(e -> "-Dspark.hadoop." + e.getKey() + "=" + e.getValue()).toList());
    assertThat(StoredOutput.snapshot(hdfs, hdfsPath("/kill/out"))).as("previous OUTPUT after the kill, byte for byte").isEqualTo(before);
    assertThat(hdfs.exists(hdfsPath("/kill/.out.tmp-killed/" + Manifest.FILE_NAME)))
        .as("the kill came with every table and the manifest written, just before publishing").isTrue();

    assertThat(run(root + "/in", out, "third")).isZero();
    assertThat(hdfs.listStatus(hdfsPath("/kill"))).as("the next run removed the killed run's staging folder").hasSize(1);
    assertThat(StoredOutput.manifest(hdfs, hdfsPath("/kill/out")).path("run_id").asText()).isEqualTo("third");
  }

  @Test
  void theLockIsExclusiveOnHdfs() throws Exception {
    String out = root + "/locked/out";
    org.apache.hadoop.fs.Path target = hdfsPath("/locked/out");
    try (RunLock held = RunLock.acquire(hdfs, target, "holder", Duration.ofMinutes(30))) {
      assertThat(held.file().toString()).endsWith("/locked/.out.lock");
      assertThat(run(root + "/in", out, "second")).as("a second run of a locked OUTPUT is exit 1").isEqualTo(1);
      assertThat(hdfs.exists(target)).as("and writes nothing").isFalse();
    }
    assertThat(run(root + "/in", out, "after")).as("released, the next run goes ahead").isZero();
  }
}
