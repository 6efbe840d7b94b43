package org.painoutcomes.io;

import java.util.LinkedHashMap;
import java.util.Map;

/** The versions a manifest records: application, git commit when known, Spark, Java. */
public final class Versions {

  public static Map<String, String> of(String sparkVersion) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("application", application());
    String commit = System.getProperty("painoutcomes.git.commit", System.getenv("PAIN_OUTCOMES_GIT_COMMIT"));
    v.put("git_commit", commit == null || commit.isBlank() ? null : commit);
    v.put("spark", sparkVersion);
    v.put("java", System.getProperty("java.version"));
    return v;
  }

  /** The application's version from the jar manifest, or "dev" when run from classes. */
  public static String application() {
    String app = Versions.class.getPackage().getImplementationVersion();
    return app == null ? "dev" : app;
  }

  private Versions() {}
}
