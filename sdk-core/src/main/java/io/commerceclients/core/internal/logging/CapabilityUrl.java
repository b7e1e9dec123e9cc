package io.commerceclients.core.internal.logging;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Retrofit method whose URL alone grants access, such as a download from a public link that
 * carries no credential but a token in its path: messages and logs show such a URL as its scheme,
 * host and path with the last segment masked ({@code https://cdn.example/public-files/****}), and
 * never its query.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CapabilityUrl {}
