package io.cxkit.survey.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.cxkit.survey.internal.Ids;
import io.cxkit.survey.internal.io.JsonPaths;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads a JSON object member by member into a model record whose members are fixed: unknown
 * members go to Jackson's unknown-property handling, a failure inside a member gets the member's
 * name on its path, and the record's own validation is reported as a failure to build the value.
 *
 * <p>The instance the module registers is a template: Jackson asks it for a contextual copy per
 * mapper, and the copy keeps the deserializers of its members once found. Looking them up on every
 * read cost more than the reading itself (the resolver of a polymorphic type such as {@code
 * List<Question>} is built anew on each look-up).
 */
abstract class DocumentDeserializer<T> extends StdDeserializer<T> implements ContextualDeserializer {
  private static final long serialVersionUID = 1L;

  /** The only format version this release reads and writes. */
  static final int FORMAT_VERSION = 1;

  private final String what;
  private final List<String> members;
  // Null in the template; in a contextual copy, the member deserializers by value type.
  private final transient @Nullable ConcurrentHashMap<Object, JsonDeserializer<Object>> found;

  DocumentDeserializer(Class<T> type, String what, List<String> members) {
    super(type);
    this.what = what;
    this.members = List.copyOf(members);
    this.found = null;
  }

  /** A contextual copy of {@code template}, which keeps its member deserializers once found. */
  DocumentDeserializer(DocumentDeserializer<T> template) {
    super(template);
    this.what = template.what;
    this.members = template.members;
    this.found = new ConcurrentHashMap<>();
  }

  /** @return a contextual copy of this template, made with {@link #DocumentDeserializer(DocumentDeserializer)} */
  abstract DocumentDeserializer<T> contextualCopy();

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, @Nullable BeanProperty property) {
    return found == null ? contextualCopy() : this;
  }

  @Override
  public Collection<Object> getKnownPropertyNames() {
    return List.copyOf(members);
  }

  /** @return the first member name, or null for an empty object */
  final @Nullable String firstMember(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.isExpectedStartObjectToken()) {
      return p.nextFieldName();
    }
    if (p.hasToken(JsonToken.FIELD_NAME) || p.hasToken(JsonToken.END_OBJECT)) {
      return p.currentName();
    }
    return ctxt.reportInputMismatch(this, "expected %s as a JSON object, found %s", what,
        JsonPaths.describe(p.currentToken()));
  }

  /**
   * @return whether {@code name} is a member of the record; an unknown member is handed to
   *     Jackson's unknown-property handling, which fails or skips it
   */
  final boolean known(JsonParser p, DeserializationContext ctxt, String name) throws IOException {
    if (members.contains(name)) {
      return true;
    }
    ctxt.handleUnknownProperty(p, this, handledType(), name);
    return false;
  }

  /** Reads the current member's value; JSON null reads as null. */
  final <V> @Nullable V value(JsonParser p, DeserializationContext ctxt, JavaType type)
      throws IOException {
    return read(p, ctxt, type, type);
  }

  /** Reads the current member's value; JSON null reads as null. */
  final <V> @Nullable V value(JsonParser p, DeserializationContext ctxt, Class<V> type)
      throws IOException {
    return read(p, ctxt, type, null);
  }

  @SuppressWarnings("unchecked") // the deserializer found for a type reads values of that type
  private <V> @Nullable V read(JsonParser p, DeserializationContext ctxt, Object key,
      @Nullable JavaType type) throws IOException {
    if (p.hasToken(JsonToken.VALUE_NULL)) {
      return null;
    }
    JavaType valueType = type != null ? type : ctxt.constructType((Class<?>) key);
    if (found == null) {
      return ctxt.readValue(p, valueType);
    }
    JsonDeserializer<Object> deserializer = found.get(key);
    if (deserializer == null) {
      deserializer = ctxt.findRootValueDeserializer(valueType);
      found.putIfAbsent(key, deserializer);
    }
    return (V) deserializer.deserialize(p, ctxt);
  }

  /** Reads and checks the current member as the format version. */
  final void formatVersion(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
      ctxt.reportInputMismatch(this,
          "formatVersion must be the integer %d, the format version this release reads; found %s",
          FORMAT_VERSION, JsonPaths.describe(p.currentToken()));
    }
    String given = p.getText();
    if (!given.equals(Integer.toString(FORMAT_VERSION))) {
      ctxt.reportInputMismatch(this,
          "formatVersion %s is not supported; this release reads formatVersion %d", given,
          FORMAT_VERSION);
    }
  }

  /** Checks that the current member, {@code kind}, names the document's kind. */
  final void kind(JsonParser p, DeserializationContext ctxt, String kind) throws IOException {
    if (!p.hasToken(JsonToken.VALUE_STRING) || !p.getText().equals(kind)) {
      ctxt.reportInputMismatch(this, "kind must be \"%s\" in %s; found %s", kind, what,
          p.hasToken(JsonToken.VALUE_STRING) ? Ids.quote(p.getText())
              : JsonPaths.describe(p.currentToken()));
    }
  }

  /** @return the value of a member that must be present and not null */
  final <V> V require(@Nullable V value, String member, DeserializationContext ctxt)
      throws IOException {
    if (value == null) {
      String problem = member.equals("formatVersion")
          ? "member \"formatVersion\" is missing; %s must carry \"formatVersion\": " + FORMAT_VERSION
          : "member \"" + member + "\" is missing or null; %s must have it";
      return ctxt.reportInputMismatch(this, problem, what);
    }
    return value;
  }

  /** @return the value of a member that defaults when absent or null */
  static <V> V orElse(@Nullable V value, Supplier<V> absent) {
    return value != null ? value : absent.get();
  }

  /** @return {@code e} with the member's name on its path (or {@code e} itself if an I/O failure) */
  final IOException inMember(Exception e, String member) throws IOException {
    if (e instanceof IOException && !(e instanceof JacksonException)) {
      throw (IOException) e;
    }
    return JsonMappingException.wrapWithPath(e, handledType(), member);
  }

  /**
   * @return {@code e} with the index of an array element on its path (or {@code e} itself if an
   *     I/O failure)
   */
  static IOException atIndex(Exception e, int index) throws IOException {
    if (e instanceof IOException && !(e instanceof JacksonException)) {
      throw (IOException) e;
    }
    return JsonMappingException.wrapWithPath(e, List.class, index);
  }

  /** @return the record's own validation failure, as a failure to build the value */
  final IOException invalid(JsonParser p, DeserializationContext ctxt, RuntimeException e) {
    return ValueInstantiationException.from(p, "Cannot build " + what + ": " + e.getMessage(),
        ctxt.constructType(handledType()), e);
  }
}
