package org.painoutcomes.storage;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * A real S3-compatible server in this JVM: S3Proxy on 127.0.0.1 (a free port), keeping its
 * objects in memory (jclouds' transient backend), signing checked with a test key. The s3a
 * settings that reach it are per bucket ({@code fs.s3a.bucket.NAME.*}), so nothing else a test
 * does with s3a is pointed at it.
 *
 * <p>Not jclouds' filesystem backend: it stores a directory marker ({@code KEY/}, which s3a
 * writes for every folder it makes) as a folder, and deleting that object while the folder still
 * holds objects, as s3a's tree delete does, retries ten times a second apart before giving up,
 * 10 s a marker; a run's committers delete dozens. The transient backend keeps keys flat, as S3
 * does.
 */
final class S3ProxyServer implements AutoCloseable {
  static final String BUCKET = "pain-outcomes-it";
  private static final String ACCESS_KEY = "test-access";
  private static final String SECRET_KEY = "test-secret";

  private final S3Proxy proxy;
  private final BlobStoreContext context;

  private S3ProxyServer(S3Proxy proxy, BlobStoreContext context) {
    this.proxy = proxy;
    this.context = context;
  }

  static S3ProxyServer start() throws Exception {
    BlobStoreContext context = ContextBuilder.newBuilder("transient").credentials("identity", "credential").build(BlobStoreContext.class);
    context.getBlobStore().createContainerInLocation(null, BUCKET);
    S3Proxy proxy =
        S3Proxy.builder()
            .blobStore(context.getBlobStore())
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
            .endpoint(URI.create("http://127.0.0.1:0"))
            // The AWS SDK's newer checksum headers, which S3Proxy does not know, would be a 501.
            .ignoreUnknownHeaders(true)
            .build();
    proxy.start();
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (!"STARTED".equals(proxy.getState())) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
      }
      Thread.sleep(10);
    }
    return new S3ProxyServer(proxy, context);
  }

  /** The s3a settings for the test bucket, as Hadoop keys. */
  Map<String, String> s3aSettings() {
    String b = "fs.s3a.bucket." + BUCKET + ".";
    Map<String, String> m = new TreeMap<>();
    m.put(b + "endpoint", "http://127.0.0.1:" + proxy.getPort());
    m.put(b + "endpoint.region", "us-east-1");
    m.put(b + "path.style.access", "true");
    m.put(b + "connection.ssl.enabled", "false");
    m.put(b + "aws.credentials.provider", "org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider");
    m.put(b + "access.key", ACCESS_KEY);
    m.put(b + "secret.key", SECRET_KEY);
    m.put(b + "retry.limit", "1");
    m.put(b + "attempts.maximum", "1");
    // S3Proxy answers a bulk delete (DeleteObjects with the SDK's checksum) with 501: one by one.
    m.put(b + "multiobjectdelete.enable", "false");
    return m;
  }

  void applyTo(Configuration conf) {
    s3aSettings().forEach(conf::set);
  }

  /** The same settings for a child JVM's Spark: {@code -Dspark.hadoop.KEY=VALUE}. */
  List<String> asSparkSystemProperties() {
    List<String> l = new ArrayList<>();
    s3aSettings().forEach((k, v) -> l.add("-Dspark.hadoop." + k + "=" + v));
    return l;
  }

  static String uri(String path) {
    return "s3a://" + BUCKET + path;
  }

  @Override
  public void close() {
    try {
      proxy.stop();
    } catch (Exception e) {
      throw new IllegalStateException("S3Proxy did not stop", e);
    } finally {
      context.close();
    }
  }
}
