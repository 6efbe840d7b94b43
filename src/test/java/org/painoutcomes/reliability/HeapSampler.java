package org.painoutcomes.reliability;

/** Samples the heap in use every 20 ms while it runs, to report a run's peak (a test-only view of memory). */
final class HeapSampler implements AutoCloseable {
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peak;

  HeapSampler() {
    System.gc();
    thread = new Thread(() -> {
      Runtime rt = Runtime.getRuntime();
      while (running) {
        peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  /** The largest heap in use seen, in MiB. */
  long peakMiB() {
    return peak >> 20;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
