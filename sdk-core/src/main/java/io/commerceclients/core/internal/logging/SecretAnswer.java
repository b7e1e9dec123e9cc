package io.commerceclients.core.internal.logging;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Retrofit method whose successful answer is itself a credential, such as an OAuth token
 * answer: its body is never logged, and when it cannot be decoded the message and causes name the
 * JSON path but never quote the answer (where a broken answer may hold the token anywhere).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SecretAnswer {}
