package io.cxkit.survey.json;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeIdResolver;
import com.fasterxml.jackson.databind.jsontype.impl.StdTypeResolverBuilder;
import io.cxkit.survey.Question;
import io.cxkit.survey.internal.io.JsonPaths;
import java.io.IOException;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * Questions and answers are JSON objects with a {@code "type"} member, and nothing else: Jackson's
 * property-based type ids otherwise also read the wrapper-array form {@code ["nps", {…}]}, which
 * SurveyJson never writes and the schema refuses, and report a scalar in cryptic terms.
 */
final class ObjectTypeIds extends StdTypeResolverBuilder {

  /** Jackson instantiates the builder named by {@code @JsonTypeResolver}. */
  ObjectTypeIds() {}

  @Override
  public @Nullable TypeDeserializer buildTypeDeserializer(DeserializationConfig config,
      JavaType baseType, Collection<NamedType> subtypes) {
    TypeDeserializer typed = super.buildTypeDeserializer(config, baseType, subtypes);
    if (typed == null) {
      return null;
    }
    String what = Question.class.isAssignableFrom(baseType.getRawClass()) ? "a question" : "an answer";
    return new ObjectsOnly(typed, baseType, what);
  }

  /** Refuses anything but an object, then reads the object as Jackson does. */
  private static final class ObjectsOnly extends TypeDeserializer {
    private final TypeDeserializer delegate;
    private final JavaType baseType;
    private final String what;

    ObjectsOnly(TypeDeserializer delegate, JavaType baseType, String what) {
      this.delegate = delegate;
      this.baseType = baseType;
      this.what = what;
    }

    private void requireObject(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken token = p.currentToken();
      if (token != JsonToken.START_OBJECT && token != JsonToken.FIELD_NAME
          && token != JsonToken.END_OBJECT) {
        ctxt.reportInputMismatch(baseType, "expected %s as a JSON object with a \"type\" member,"
            + " found %s", what, JsonPaths.describe(token));
      }
    }

    @Override
    public TypeDeserializer forProperty(BeanProperty prop) {
      TypeDeserializer other = delegate.forProperty(prop);
      return other == delegate ? this : new ObjectsOnly(other, baseType, what);
    }

    @Override
    public JsonTypeInfo.As getTypeInclusion() {
      return delegate.getTypeInclusion();
    }

    @Override
    public @Nullable String getPropertyName() {
      return delegate.getPropertyName();
    }

    @Override
    public TypeIdResolver getTypeIdResolver() {
      return delegate.getTypeIdResolver();
    }

    @Override
    public @Nullable Class<?> getDefaultImpl() {
      return delegate.getDefaultImpl();
    }

    @Override
    public boolean hasDefaultImpl() {
      return delegate.hasDefaultImpl();
    }

    @Override
    public Object deserializeTypedFromObject(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      requireObject(p, ctxt);
      return delegate.deserializeTypedFromObject(p, ctxt);
    }

    @Override
    public Object deserializeTypedFromArray(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      requireObject(p, ctxt);
      return delegate.deserializeTypedFromArray(p, ctxt);
    }

    @Override
    public Object deserializeTypedFromScalar(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      requireObject(p, ctxt);
      return delegate.deserializeTypedFromScalar(p, ctxt);
    }

    @Override
    public Object deserializeTypedFromAny(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      requireObject(p, ctxt);
      return delegate.deserializeTypedFromAny(p, ctxt);
    }
  }
}
