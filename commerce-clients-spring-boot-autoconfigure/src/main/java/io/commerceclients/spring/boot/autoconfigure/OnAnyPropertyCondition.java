package io.commerceclients.spring.boot.autoconfigure;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The condition behind {@link ConditionalOnAnyProperty}; it reads properties as binding does, in every relaxed form. */
final class OnAnyPropertyCondition extends SpringBootCondition {

  @Override
  public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
    Map<String, Object> attributes = metadata.getAnnotationAttributes(ConditionalOnAnyProperty.class.getName());
    String prefix = (String) attributes.get("prefix");
    Binder binder = Binder.get(context.getEnvironment());
    for (String name : (String[]) attributes.get("name")) {
      String value = binder.bind(prefix + "." + name, String.class).orElse(null);
      if (value != null && !value.isBlank()) {
        return ConditionOutcome.match(prefix + "." + name + " is set");
      }
    }
    return ConditionOutcome.noMatch("none of " + prefix + ".{" + String.join(", ", (String[]) attributes.get("name"))
        + "} is set");
  }
}
