package io.commerceclients.benchmarks;

import java.util.Locale;

/** One figure of a benchmark for the SDK and for the hand-written baseline, and their ratio. */
final class Measurement {
  final String benchmark;
  final String metric;
  final double sdk;
  final double baseline;
  final boolean higherIsBetter;

  Measurement(String benchmark, String metric, double sdk, double baseline, boolean higherIsBetter) {
    this.benchmark = benchmark;
    this.metric = metric;
    this.sdk = sdk;
    this.baseline = baseline;
    this.higherIsBetter = higherIsBetter;
  }

  /** SDK relative to the baseline: above 1 means the SDK is better. */
  double ratio() {
    if (sdk == 0 || baseline == 0) {
      return Double.NaN;
    }
    return higherIsBetter ? sdk / baseline : baseline / sdk;
  }

  String row() {
    double ratio = ratio();
    return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |", benchmark, metric, format(sdk), format(baseline),
        Double.isNaN(ratio) ? "—" : String.format(Locale.ROOT, "%.2f", ratio));
  }

  private static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1000) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    if (Math.abs(v) >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
