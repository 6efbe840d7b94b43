package org.painoutcomes.report;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SampleRenderScratch {
  @Test
  void render() throws Exception {
    ReportWriter.write(SampleReportData.build(), Path.of("target/sample-report"));
  }
}
