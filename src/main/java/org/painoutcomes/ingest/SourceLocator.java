package org.painoutcomes.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.painoutcomes.PipelineErrors;
import org.painoutcomes.contract.OutputVocabulary;
import org.painoutcomes.contract.Source;

/**
 * Finds the files of each source under the input location (SPEC 2): a single file
 * {@code <source>.csv} or {@code <source>.csv.gz}, or a folder {@code <source>/} whose
 * {@code *.csv} and {@code *.csv.gz} files directly inside it are read in code-point order of
 * their names; names starting with {@code .} or {@code _} are skipped. A source missing or present
 * more than once is a contract error.
 */
public final class SourceLocator {
  private final Configuration hadoopConf;

  public SourceLocator(Configuration hadoopConf) {
    this.hadoopConf = hadoopConf;
  }

  public List<SourceFiles> locate(String inputLocation) {
    try {
      return locate(new Path(inputLocation).getFileSystem(hadoopConf), inputLocation);
    } catch (IOException e) {
      throw PipelineErrors.inputUnreadable(inputLocation, e);
    }
  }

  /** As {@link #locate(String)}, through a file system the caller opened (and closes). */
  public static List<SourceFiles> locate(FileSystem fs, String inputLocation) {
    Path root = new Path(inputLocation);
    try {
      if (!fs.getFileStatus(root).isDirectory()) {
        throw PipelineErrors.inputUnreadable(inputLocation, new IOException("not a directory"));
      }
      List<SourceFiles> result = new ArrayList<>();
      for (Source source : Source.values()) {
        result.add(locate(fs, root, source));
      }
      return result;
    } catch (IOException e) {
      throw PipelineErrors.inputUnreadable(inputLocation, e);
    }
  }

  private static SourceFiles locate(FileSystem fs, Path root, Source source) throws IOException {
    String id = source.id();
    List<String> found = new ArrayList<>();
    List<FileStatus> candidates = new ArrayList<>();
    for (String name : List.of(id + ".csv", id + ".csv.gz", id)) {
      Path p = new Path(root, name);
      if (fs.exists(p)) {
        FileStatus st = fs.getFileStatus(p);
        boolean folder = name.equals(id);
        if (folder == st.isDirectory()) {
          found.add(folder ? id + "/" : name);
          candidates.add(st);
        }
      }
    }
    if (found.isEmpty()) {
      throw PipelineErrors.sourceMissing(id, root.toString());
    }
    if (found.size() > 1) {
      throw PipelineErrors.sourceGivenTwice(id, found);
    }
    FileStatus st = candidates.get(0);
    if (!st.isDirectory()) {
      return new SourceFiles(
          source,
          List.of(new InputFile(st.getPath().toString(), st.getPath().getName(), 0, st.getLen(), st.getModificationTime())));
    }
    List<FileStatus> inside = new ArrayList<>();
    for (FileStatus f : fs.listStatus(st.getPath())) {
      String name = f.getPath().getName();
      boolean hidden = name.startsWith(".") || name.startsWith("_");
      if (f.isFile() && !hidden && (name.endsWith(".csv") || name.endsWith(".csv.gz"))) {
        inside.add(f);
      }
    }
    if (inside.isEmpty()) {
      throw PipelineErrors.emptySourceFolder(id);
    }
    // SPEC 2: code-point order of names; String.compareTo compares UTF-16 units, which differs
    // from code-point order only for supplementary characters, so compare code points explicitly.
    inside.sort(Comparator.comparing(f -> f.getPath().getName(), OutputVocabulary.CODE_POINT_ORDER));
    List<InputFile> files = new ArrayList<>();
    for (int i = 0; i < inside.size(); i++) {
      FileStatus f = inside.get(i);
      files.add(
          new InputFile(
              f.getPath().toString(), id + "/" + f.getPath().getName(), i, f.getLen(), f.getModificationTime()));
    }
    return new SourceFiles(source, files);
  }
}
