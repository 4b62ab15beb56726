package io.cxkit.survey.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import io.cxkit.survey.internal.Ids;
import io.cxkit.survey.internal.io.JsonPaths;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Writes enums with stable ids as their {@code id()} string and reads them back strictly. */
final class IdEnums {
  private IdEnums() {}

  /**
   * Registers a serializer and a deserializer for {@code type}.
   *
   * @param what what a value is, for messages, such as {@code survey kind}
   */
  static <E extends Enum<E>> void register(SimpleModule module, Class<E> type, String what,
      Function<E, String> id) {
    module.addSerializer(type, new Serializer<>(type, id));
    module.addDeserializer(type, new Deserializer<>(type, what, id));
  }

  static final class Serializer<E extends Enum<E>> extends StdScalarSerializer<E> {
    private static final long serialVersionUID = 1L;
    private final transient Function<E, String> id;

    Serializer(Class<E> type, Function<E, String> id) {
      super(type);
      this.id = id;
    }

    @Override
    public void serialize(E value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(id.apply(value));
    }
  }

  /**
   * Gives every enum that follows cxkit's convention for stable ids (a public {@code String id()}
   * and a public static {@code ofId(String)}, as a question type's own enums do) the strict
   * {@link Deserializer}: a string holding one of the ids, nothing else.
   */
  static final class ConventionDeserializers extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
        BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
      if (deserializer instanceof Deserializer) {
        return deserializer;
      }
      return strict(type.getRawClass(), deserializer);
    }

    private static <E extends Enum<E>> JsonDeserializer<?> strict(Class<?> raw,
        JsonDeserializer<?> otherwise) {
      Map<?, String> found = ids(raw);
      if (found == null) {
        return otherwise;
      }
      @SuppressWarnings("unchecked")
      Class<E> type = (Class<E>) raw;
      @SuppressWarnings("unchecked")
      Map<E, String> ids = (Map<E, String>) found;
      String what = type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
      return new Deserializer<>(type, what, ids::get);
    }

    /** @return each constant's id, if {@code raw} is an enum of the convention; otherwise null */
    static <E extends Enum<E>> @Nullable Map<E, String> ids(Class<?> raw) {
      if (!raw.isEnum()) {
        return null;
      }
      @SuppressWarnings("unchecked")
      Class<E> type = (Class<E>) raw;
      try {
        Method id = type.getMethod("id");
        Method ofId = type.getMethod("ofId", String.class);
        if (id.getReturnType() != String.class || !Modifier.isStatic(ofId.getModifiers())) {
          return null;
        }
        Map<E, String> ids = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
          ids.put(constant, (String) id.invoke(constant));
        }
        return ids;
      } catch (ReflectiveOperationException | RuntimeException e) {
        // Not the convention, or not accessible to cxkit: Jackson's own enum handling applies.
        return null;
      }
    }
  }

  /** Writes every enum that follows the convention as its id, so that it reads back. */
  static final class ConventionSerializers extends BeanSerializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonSerializer<?> modifyEnumSerializer(SerializationConfig config, JavaType valueType,
        BeanDescription beanDesc, JsonSerializer<?> serializer) {
      if (serializer instanceof Serializer) {
        return serializer;
      }
      Map<?, String> ids = ConventionDeserializers.ids(valueType.getRawClass());
      return ids != null ? idSerializer(valueType.getRawClass(), ids) : serializer;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static JsonSerializer<?> idSerializer(Class<?> raw, Map<?, String> ids) {
      return new Serializer(raw, ids::get);
    }
  }

  static final class Deserializer<E extends Enum<E>> extends StdScalarDeserializer<E> {
    private static final long serialVersionUID = 1L;
    private final Class<E> type;
    private final String what;
    private final transient Function<E, String> id;

    Deserializer(Class<E> type, String what, Function<E, String> id) {
      super(type);
      this.type = type;
      this.what = what;
      this.id = id;
    }

    @Override
    public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return ctxt.reportInputMismatch(this, "expected a %s id as a string, found %s", what,
            JsonPaths.describe(p.currentToken()));
      }
      String text = p.getText();
      StringBuilder valid = new StringBuilder();
      for (E constant : type.getEnumConstants()) {
        String candidate = id.apply(constant);
        if (candidate.equals(text)) {
          return constant;
        }
        valid.append(valid.length() == 0 ? "" : ", ").append('"').append(candidate).append('"');
      }
      return ctxt.reportInputMismatch(this, "%s is not a %s id; must be one of %s", Ids.quote(text), what,
          valid);
    }
  }
}
