package org.painoutcomes.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the generator lands. */
@Command(name = "generate", description = "Write synthetic extracts.")
public final class GenerateCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 2;
  }
}
