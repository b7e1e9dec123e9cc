package io.commerceclients.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The sample, run as the README's command runs it: on the fakes, through the starter's beans. */
@ExtendWith(OutputCaptureExtension.class)
class SampleApplicationTest {

  @Test
  void callsTheThreeApisOnTheFakesAndReportsHealth(CapturedOutput output) {
    SampleApplication.main(new String[0]);

    assertThat(output.getOut())
        .contains("using the embedded FakeKiliba at http://127.0.0.1:", "FakeKarla at ", "FakeKibo at ")
        .contains("   10 customers on the page, 42 in all")
        .contains("   shop gokarla, 0 orders on the first page")
        .contains("   0 import jobs")
        .contains("-> health karla: UP", "-> health kibo: UP", "-> health kiliba: UP")
        .contains("-> metric commerce.client.operations operation=kiliba.listCustomers outcome=SUCCESS: ")
        .contains("operation=karla.getShop outcome=SUCCESS");
  }
}
