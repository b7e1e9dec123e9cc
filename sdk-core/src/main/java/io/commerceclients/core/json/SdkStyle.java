package io.commerceclients.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.annotate.InjectAnnotation;
import org.immutables.value.Value;

/**
 * The one Immutables style of the SDK: apply it to a model package's {@code package-info.java}.
 *
 * <p>Models are interfaces named for what they are ({@code Customer}); the generated class is
 * {@code ImmutableCustomer}; users build them with {@code Customer.builder()} (a static method on the
 * interface returning {@code ImmutableCustomer.builder()}), and fields marked
 * {@code @Value.Redacted} print as {@code ****} in {@code toString()}. A builder refuses to build
 * without the required (non-{@code Optional}, non-collection) attributes, naming them. JSON names are
 * the accessor names exactly ({@code isComplete()} is {@code "isComplete"}) unless
 * {@code @JsonProperty} says otherwise. Every generated class carries
 * {@code @JsonInclude(NON_ABSENT)}, so any Jackson mapper (a Spring controller's too) leaves absent
 * fields out, as the SDK's own mapper does.
 *
 * <p>Model packages are {@code @NullMarked}: the generated classes carry JSpecify's {@code @Nullable}
 * where a value may be absent. A response's free-form map, whose values may be JSON null, is declared
 * {@code @AllowNulls Map<String, @Nullable Object>}; {@code nullableAnnotation} names an annotation no model
 * uses, so that Immutables, which matches that name as text anywhere in an accessor's type, does not
 * take the {@code @Nullable} inside the map's type for a nullable map (JSpecify's {@code @Nullable}
 * on an accessor itself is still recognised by its full name).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    init = "*",
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    redactedMask = "****",
    optionalAcceptNullable = true,
    depluralize = true,
    nullableAnnotation = "NullableAttribute",
    privateNoargConstructor = false)
@InjectAnnotation(
    type = JsonInclude.class,
    code = "(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)",
    target = InjectAnnotation.Where.IMMUTABLE_TYPE)
public @interface SdkStyle {}
