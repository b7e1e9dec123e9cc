package io.commerceclients.spring.boot.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * Matches when at least one of the named properties has a non-blank value (Spring Boot's own
 * {@code @ConditionalOnProperty} needs all of them): a client is configured as soon as one of its
 * credentials is set, and a missing other one is then reported, not silently ignored.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Documented
@Conditional(OnAnyPropertyCondition.class)
@interface ConditionalOnAnyProperty {

  /** The prefix of every name, without the trailing dot. */
  String prefix();

  /** The property names in their canonical kebab-case form. */
  String[] name();
}
