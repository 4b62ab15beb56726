package io.cxkit.survey.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.util.function.Function;

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
      return ctxt.reportInputMismatch(this, "\"%s\" is not a %s id; must be one of %s", text, what,
          valid);
    }
  }
}
