/**
 * JMH microbenchmarks, each comparing the SDK with what a careful user writes by hand: the small GET
 * round trip, the decoding of a page of customers, the redactor, and the date-time reader. Run them
 * with {@code ./mvnw -q -pl benchmarks -am -DskipTests package exec:exec@jmh}.
 */
package io.commerceclients.benchmarks.jmh;
