package io.commerceclients.core.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets a response model's free-form map keep the JSON nulls the API sends: put it on a {@code
 * Map<String, @Nullable Object>} accessor, and the generated builder and JSON reader keep {@code
 * "key": null} entries instead of failing on them. Request models do without it: the SDK's mapper
 * leaves null entries out of every map it writes, so their maps stay {@code Map<String, Object>}.
 * Immutables recognises it by its simple name; it is not retained in class files.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.SOURCE)
public @interface AllowNulls {}
