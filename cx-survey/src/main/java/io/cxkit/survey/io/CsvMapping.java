package io.cxkit.survey.io;

import io.cxkit.core.InvalidValueException;
import io.cxkit.survey.Question;
import io.cxkit.survey.internal.Ids;
import io.cxkit.survey.spi.CellParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which column of a CSV file feeds which part of a response, as {@link ResponseCsv.Builder} set it
 * up; immutable. {@link #bind} finds the columns in a file's header.
 */
final class CsvMapping {

  /** The parts of a response outside its answers that a column can give, with their paths. */
  enum Part {
    ID("id"),
    SURVEY_ID("surveyId"),
    SURVEY_VERSION("surveyVersion"),
    SUBMITTED_AT("submittedAt"),
    STATUS("status"),
    LAST_QUESTION_SEEN("lastQuestionSeen"),
    RESPONDENT_ID("respondent.id"),
    CONTACT_CONSENT("respondent.contactConsent"),
    CONTACT_EMAIL("respondent.contact.email"),
    CONTACT_NAME("respondent.contact.name"),
    CONTACT_PHONE("respondent.contact.phone"),
    TOUCHPOINT("context.touchpointId"),
    CHANNEL("context.channel"),
    PAGE_URL("context.pageUrl"),
    DEVICE("context.device"),
    LOCALE("context.locale"),
    VARIANT("context.variant");

    final String path;

    Part(String path) {
      this.path = path;
    }
  }

  /**
   * A column a part is read from.
   *
   * @param name the column's name in the header
   * @param whenPresent whether the part is left out when the header has no such column (the export
   *     preset), rather than the file refused
   */
  record Column(String name, boolean whenPresent) {}

  /**
   * The columns of one question's answer.
   *
   * @param question the question
   * @param path the answer's path in messages, {@code answers.<id>}
   * @param column the column of its answer
   * @param parser how a cell becomes an answer; null only for a preset column of a type without
   *     one, which is refused when a file has that column
   * @param typeId the question's type id, for messages
   * @param other the column of the "other" text of a choice, or null
   * @param email the column of the e-mail of a consent, or null
   */
  record AnswerMapping(Question question, String path, Column column,
      @Nullable CellParser<?> parser, String typeId, @Nullable Column other,
      @Nullable Column email) {}

  final Map<Part, Column> parts;
  final @Nullable String idPrefix;
  final Map<String, Column> attributes;
  final @Nullable String attributePrefix;
  final List<AnswerMapping> answers;

  CsvMapping(Map<Part, Column> parts, @Nullable String idPrefix, Map<String, Column> attributes,
      @Nullable String attributePrefix, List<AnswerMapping> answers) {
    this.parts = parts.isEmpty() ? Collections.unmodifiableMap(new EnumMap<>(Part.class))
        : Collections.unmodifiableMap(new EnumMap<>(parts));
    this.idPrefix = idPrefix;
    this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    this.attributePrefix = attributePrefix;
    this.answers = List.copyOf(answers);
  }

  /**
   * Where each mapped part is in one file, by column index.
   *
   * @param width the number of header cells; every row must have as many
   * @param header the header's names, trimmed, for messages
   * @param parts the index of each part's column, or -1 when it is not read
   * @param attributeNames the names of the attributes read
   * @param attributeColumns the index of each attribute's column
   * @param answers the indices of each answer's columns
   */
  record Binding(int width, List<String> header, int[] parts, String[] attributeNames,
      int[] attributeColumns, AnswerColumns[] answers) {

    /** @return the path of a cell for a message: {@code column "Datum" (submittedAt)} */
    String where(int column, String path) {
      return "column " + Ids.quote(header.get(column)) + " (" + path + ")";
    }
  }

  /**
   * The columns of one answer in one file.
   *
   * @param mapping what is mapped
   * @param column the index of the answer's column
   * @param other the index of the "other" text's column, or -1
   * @param email the index of the e-mail's column, or -1
   */
  record AnswerColumns(AnswerMapping mapping, int column, int other, int email) {}

  /**
   * Finds every mapped column in a header.
   *
   * @param cells the header's cells as read, before trimming
   * @return where each part is
   * @throws InvalidValueException at field {@code header} naming every mapped column the header
   *     lacks (except those of the export preset), a mapped name the header has twice, a preset
   *     question column of a type that reads no cell, a preset "other" text or e-mail column
   *     without its question's column, or an attribute column without a name
   */
  Binding bind(List<String> cells) {
    List<String> header = new ArrayList<>(cells.size());
    Map<String, Integer> first = new HashMap<>();
    Map<String, Integer> repeated = new LinkedHashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      String name = cells.get(i).strip();
      header.add(name);
      Integer earlier = first.putIfAbsent(name, i);
      if (earlier != null) {
        repeated.putIfAbsent(name, earlier);
      }
    }
    List<String> missing = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Lookup lookup = new Lookup(first, repeated, missing, problems);

    int[] partColumns = new int[Part.values().length];
    Arrays.fill(partColumns, -1);
    for (Map.Entry<Part, Column> entry : parts.entrySet()) {
      partColumns[entry.getKey().ordinal()] = lookup.index(entry.getValue(), entry.getKey().path);
    }
    List<String> attributeNames = new ArrayList<>();
    List<Integer> attributeColumns = new ArrayList<>();
    for (Map.Entry<String, Column> entry : attributes.entrySet()) {
      int index = lookup.index(entry.getValue(), "context.attributes." + entry.getKey());
      if (index >= 0) {
        attributeNames.add(entry.getKey());
        attributeColumns.add(index);
      }
    }
    if (attributePrefix != null) {
      for (int i = 0; i < header.size(); i++) {
        String name = header.get(i);
        if (!name.startsWith(attributePrefix) || lookup.used.contains(i)
            || attributes.containsKey(name.substring(attributePrefix.length()))
            || first.get(name) != i) {
          continue;
        }
        String attribute = name.substring(attributePrefix.length());
        if (attribute.isBlank()) {
          problems.add("column " + Ids.quote(name) + " has no attribute name after "
              + Ids.quote(attributePrefix));
        } else if (repeated.containsKey(name)) {
          problems.add("column " + Ids.quote(name) + " appears twice (columns "
              + (repeated.get(name) + 1) + " and " + (header.lastIndexOf(name) + 1) + ")");
        } else {
          attributeNames.add(attribute);
          attributeColumns.add(i);
        }
      }
    }
    List<AnswerColumns> answerColumns = new ArrayList<>(answers.size());
    for (AnswerMapping answer : answers) {
      int index = lookup.index(answer.column(), answer.path());
      if (index < 0) {
        // The export preset reads a question's companion columns only beside its own: without it
        // their texts and e-mails would be dropped unread.
        companionWithout(answer, answer.other(), ".otherText", "texts", first, problems);
        companionWithout(answer, answer.email(), ".email", "e-mails", first, problems);
        continue;
      }
      if (answer.parser() == null) {
        problems.add("column " + Ids.quote(answer.column().name()) + " holds answers to question "
            + Ids.quote(answer.question().id()) + " of type " + answer.typeId()
            + ", which reads no CSV cell: map it with question(id, column, parser)");
        continue;
      }
      int other = answer.other() == null ? -1
          : lookup.index(answer.other(), answer.path() + ".otherText");
      int email = answer.email() == null ? -1
          : lookup.index(answer.email(), answer.path() + ".email");
      answerColumns.add(new AnswerColumns(answer, index, other, email));
    }
    if (!missing.isEmpty()) {
      problems.add(0, "lacks the mapped " + (missing.size() == 1 ? "column " : "columns ")
          + String.join(", ", missing));
    }
    if (!problems.isEmpty()) {
      throw new InvalidValueException("header", shown(header), String.join("; ", problems));
    }
    int[] attributeIndex = new int[attributeColumns.size()];
    for (int i = 0; i < attributeIndex.length; i++) {
      attributeIndex[i] = attributeColumns.get(i);
    }
    return new Binding(header.size(), Collections.unmodifiableList(header), partColumns,
        attributeNames.toArray(new String[0]), attributeIndex,
        answerColumns.toArray(new AnswerColumns[0]));
  }

  private static void companionWithout(AnswerMapping answer, @Nullable Column companion,
      String suffix, String what, Map<String, Integer> first, List<String> problems) {
    if (companion != null && answer.column().whenPresent() && first.containsKey(companion.name())) {
      problems.add("column " + Ids.quote(companion.name()) + " (" + answer.path() + suffix
          + ") needs the column " + Ids.quote(answer.column().name()) + " (" + answer.path()
          + ") beside it, which the header lacks: its " + what + " would be lost");
    }
  }

  /** The header cells quoted, the first twenty of them, for messages. */
  private static String shown(List<String> header) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < header.size() && i < 20; i++) {
      out.append(i == 0 ? "" : ", ").append(Ids.quote(header.get(i)));
    }
    if (header.size() > 20) {
      out.append(", … (").append(header.size()).append(" columns)");
    }
    return out.append(']').toString();
  }

  /** Finds mapped columns in a header and collects what is wrong. */
  private static final class Lookup {
    private final Map<String, Integer> first;
    private final Map<String, Integer> repeated;
    private final List<String> missing;
    private final List<String> problems;
    /** The indices of the columns mapped so far. */
    final java.util.Set<Integer> used = new java.util.HashSet<>();

    Lookup(Map<String, Integer> first, Map<String, Integer> repeated, List<String> missing,
        List<String> problems) {
      this.first = first;
      this.repeated = repeated;
      this.missing = missing;
      this.problems = problems;
    }

    /** @return the column's index, or -1 when it is absent (and reported unless optional) */
    int index(Column column, String path) {
      Integer index = first.get(column.name());
      if (index == null) {
        if (!column.whenPresent()) {
          missing.add(Ids.quote(column.name()) + " (" + path + ")");
        }
        return -1;
      }
      Integer earlier = repeated.get(column.name());
      if (earlier != null) {
        problems.add("names the mapped column " + Ids.quote(column.name()) + " (" + path
            + ") more than once, first as column " + (earlier + 1)
            + ": rename one so that it is clear which to read");
        return -1;
      }
      used.add(index);
      return index;
    }
  }
}
