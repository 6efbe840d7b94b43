package org.painoutcomes.io;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.IOUtils;
import org.painoutcomes.OutputErrors;

/**
 * Decides, before a run or a generation writes anything, whether its target may be replaced: a
 * run never deletes or overwrites what it did not write (docs/RELIABILITY.md, decision 12).
 *
 * <p>OUTPUT may be replaced when it does not exist, is an empty folder, or holds an earlier output
 * of the same command (its manifest.json names this tool, the command and status succeeded). A
 * folder holding anything else is refused unless {@code --force}. Always refused, {@code --force}
 * or not: OUTPUT that is a regular file, and OUTPUT equal to INPUT, inside it or holding it (the
 * publish would delete the extracts). Every refusal is a usage error (exit 2) naming the absolute
 * path, what is there and what to do.
 */
public final class OutputGuard implements AutoCloseable {
  // What every manifest.json names: the tool, and the command that wrote it.
  public static final String TOOL = "pain-outcomes";
  public static final String COMMAND_RUN = "run";
  public static final String COMMAND_GENERATE = "generate";
  // BASE of a scheduled job: runs/, latest, and latest's lock, temporary and checksum files.
  private static final Pattern BASE_ENTRY = Pattern.compile("runs|latest|\\.{1,2}latest\\..*");

  private final Configuration conf;
  private final boolean force;
  private final List<FileSystem> opened = new ArrayList<>();

  public OutputGuard(Configuration conf, boolean force) {
    this.conf = conf;
    this.force = force;
  }

  /** {@code run --output}: refuses an OUTPUT the run may not replace (exit 2). */
  public void checkRunOutput(String output, String input) {
    Path out = new Path(output);
    FileSystem fs = fileSystem(out, output);
    String shown = absolute(fs, out);
    inputRelation(fs, out, input).ifPresent(relation -> {
      throw OutputErrors.outputHoldsInput(shown, relation, absoluteInput(input));
    });
    try {
      Optional<FileStatus> st = status(fs, out);
      if (st.isEmpty()) {
        return;
      }
      if (!st.get().isDirectory()) {
        throw OutputErrors.outputIsAFile(shown, st.get().getLen());
      }
      String foreign = OutputContent.foreign(fs, out, COMMAND_RUN);
      if (foreign != null && !force) {
        throw OutputErrors.outputNotOurs(shown, foreign);
      }
    } catch (IOException e) {
      throw OutputErrors.outputUnwritable(shown, e);
    }
  }

  /**
   * {@code run --output-base}: BASE may hold only {@code runs/}, {@code latest} and their lock and
   * temporary files (else refused unless {@code --force}); a regular file is always refused.
   */
  public void checkOutputBase(String base) {
    Path dir = new Path(base);
    FileSystem fs = fileSystem(dir, base);
    String shown = absolute(fs, dir);
    try {
      Optional<FileStatus> st = status(fs, dir);
      if (st.isEmpty()) {
        return;
      }
      if (!st.get().isDirectory()) {
        throw OutputErrors.outputIsAFile(shown, st.get().getLen());
      }
      List<String> others = new ArrayList<>();
      for (FileStatus entry : fs.listStatus(dir)) {
        String name = entry.getPath().getName();
        boolean expectedType =
            name.equals(RunDateLayout.RUNS_FOLDER) ? entry.isDirectory()
                : !name.equals(RunDateLayout.LATEST_FILE) || entry.isFile();
        if (!BASE_ENTRY.matcher(name).matches() || !expectedType) {
          others.add(name);
        }
      }
      if (!others.isEmpty() && !force) {
        throw OutputErrors.outputBaseNotOurs(shown, OutputErrors.folderHolding(others));
      }
    } catch (IOException e) {
      throw OutputErrors.outputUnwritable(shown, e);
    }
  }

  /**
   * {@code generate --output}: true when the folder holds an earlier generated extract (the caller
   * removes its files first); false when it does not exist, is empty, or is foreign and {@code
   * --force} was given; else refused (exit 2).
   */
  public boolean checkGenerateOutput(java.nio.file.Path dir) {
    Path out = new Path(dir.toAbsolutePath().normalize().toString());
    FileSystem fs = fileSystem(out, dir.toString());
    String shown = absolute(fs, out);
    try {
      Optional<FileStatus> st = status(fs, out);
      if (st.isEmpty()) {
        return false;
      }
      if (!st.get().isDirectory()) {
        throw OutputErrors.outputIsAFile(shown, st.get().getLen());
      }
      String foreign = OutputContent.foreign(fs, out, COMMAND_GENERATE);
      if (foreign != null && !force) {
        throw OutputErrors.generateOutputNotOurs(shown, foreign);
      }
      return foreign == null && fs.exists(new Path(out, Manifest.FILE_NAME));
    } catch (IOException e) {
      throw OutputErrors.outputUnwritable(shown, e);
    }
  }

  /** How OUTPUT stands to INPUT when they overlap: "is", "is inside" or "holds"; else empty. */
  private Optional<String> inputRelation(FileSystem outFs, Path out, String input) {
    Optional<URI> in = canonical(input);
    if (in.isEmpty()) {
      return Optional.empty(); // INPUT cannot be reached: ingestion says so, with its own message
    }
    URI o = canonical(outFs, out);
    URI i = in.get();
    if (!sameFileSystem(o, i)) {
      return Optional.empty();
    }
    String op = withSlash(o.getPath());
    String ip = withSlash(i.getPath());
    if (op.equals(ip)) {
      return Optional.of("is");
    }
    if (op.startsWith(ip)) {
      return Optional.of("is inside");
    }
    return ip.startsWith(op) ? Optional.of("holds") : Optional.empty();
  }

  private Optional<URI> canonical(String location) {
    try {
      Path p = new Path(location);
      return Optional.of(canonical(open(p), p));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The qualified location; on a local disk with symbolic links resolved as far as it exists. */
  private static URI canonical(FileSystem fs, Path p) {
    URI uri = fs.makeQualified(p).toUri();
    if (!"file".equals(uri.getScheme())) {
      return uri;
    }
    java.nio.file.Path local = Paths.get(uri).normalize();
    java.nio.file.Path existing = local;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    try {
      java.nio.file.Path real = existing == null ? local : existing.toRealPath().resolve(existing.relativize(local));
      return real.toUri();
    } catch (IOException e) {
      return uri;
    }
  }

  private static boolean sameFileSystem(URI a, URI b) {
    return String.valueOf(a.getScheme()).equalsIgnoreCase(String.valueOf(b.getScheme()))
        && String.valueOf(a.getAuthority()).equalsIgnoreCase(String.valueOf(b.getAuthority()));
  }

  private static String withSlash(String path) {
    return path.endsWith("/") ? path : path + "/";
  }

  private FileSystem fileSystem(Path p, String location) {
    try {
      return open(p);
    } catch (IOException e) {
      throw OutputErrors.outputUnwritable(location, e);
    }
  }

  /** A file system of its own, not Hadoop's cached one: the session started later makes its own. */
  private FileSystem open(Path p) throws IOException {
    FileSystem fs = FileSystem.newInstance(p.toUri(), conf);
    opened.add(fs);
    return fs;
  }

  /** Closes the file systems the checks opened (nothing was written through them). */
  @Override
  public void close() {
    for (FileSystem fs : opened) {
      IOUtils.closeStream(fs);
    }
    opened.clear();
  }

  /** The location for messages: an absolute path on a local disk, else the qualified URI. */
  private static String absolute(FileSystem fs, Path p) {
    URI uri = fs.makeQualified(p).toUri();
    return "file".equals(uri.getScheme()) ? uri.getPath() : uri.toString();
  }

  private String absoluteInput(String input) {
    try {
      Path p = new Path(input);
      return absolute(open(p), p);
    } catch (IOException | IllegalArgumentException e) {
      return input;
    }
  }

  private static Optional<FileStatus> status(FileSystem fs, Path p) throws IOException {
    try {
      return Optional.of(fs.getFileStatus(p));
    } catch (FileNotFoundException e) {
      return Optional.empty();
    }
  }
}
