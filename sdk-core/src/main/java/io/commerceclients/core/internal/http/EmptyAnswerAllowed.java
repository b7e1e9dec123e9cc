package io.commerceclients.core.internal.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Retrofit method whose successful answer may have no body (a {@code 204}, or an empty
 * {@code 200}), such as a delete that sometimes echoes what it deleted: the transport then returns
 * null instead of reporting a {@link io.commerceclients.core.error.ProtocolException}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EmptyAnswerAllowed {}
