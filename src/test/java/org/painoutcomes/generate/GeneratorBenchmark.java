package org.painoutcomes.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.painoutcomes.contract.Source;

/**
 * Times one generation and prints what it wrote: {@code participants seed defects dir [gzip]}.
 * Run on the test classpath, e.g. {@code java -Xmx64m -cp target/classes:target/test-classes:...
 * org.painoutcomes.generate.GeneratorBenchmark 1000000 1 0.01 /tmp/out}.
 */
public final class GeneratorBenchmark {

  public static void main(String[] args) throws IOException {
    long participants = Long.parseLong(args[0]);
    long seed = Long.parseLong(args[1]);
    double defects = Double.parseDouble(args[2]);
    Path dir = Path.of(args[3]);
    boolean gzip = args.length > 4 && args[4].equals("gzip");
    long start = System.nanoTime();
    GenerationResult r = ExtractGenerator.generate(new GeneratorOptions(participants, seed, dir, defects, gzip));
    double seconds = (System.nanoTime() - start) / 1e9;
    long bytes;
    try (Stream<Path> files = Files.list(dir)) {
      bytes = files.mapToLong(f -> f.toFile().length()).sum();
    }
    System.out.printf("participants=%d cohorts=%d seconds=%.1f bytes=%d%n", r.participants(), r.cohorts(), seconds, bytes);
    for (Source s : Source.values()) {
      System.out.printf("%s rows=%d rejected=%d%n", s.id(), r.rowsWritten().get(s), r.rejected(s));
    }
  }

  private GeneratorBenchmark() {}
}
