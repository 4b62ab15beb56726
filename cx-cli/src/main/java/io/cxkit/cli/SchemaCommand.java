package io.cxkit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cxkit.survey.QuestionTypeRegistry;
import io.cxkit.survey.json.SurveySchema;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code cx schema [survey|response]}: the draft 2020-12 JSON Schema of survey or response
 * documents, generated from the question types on the class path (the built-in ones and any
 * team's own, found by ServiceLoader; the launcher adds {@code $CX_CLASSPATH}).
 */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Cx.Version.class,
    usageHelpAutoWidth = false, usageHelpWidth = 100,
    description = {
      "Prints the JSON Schema (draft 2020-12) of survey or response documents, generated from"
          + " the question types registered: the built-in ones and a team's own types on the class"
          + " path (META-INF/services/io.cxkit.survey.spi.QuestionType; the ./cx launcher adds"
          + " $CX_CLASSPATH to the class path).",
    })
final class SchemaCommand implements Callable<Integer> {
  /** Which schema. */
  enum Kind {
    /** A survey document, {@code SurveyJson.writeSurvey}. */
    SURVEY,
    /** A response document, one line of a responses JSON Lines file. */
    RESPONSE
  }

  private final CliContext context;

  @Parameters(index = "0", arity = "0..1", paramLabel = "survey|response",
      defaultValue = "survey", converter = KindConverter.class,
      description = "Which schema (default: survey).")
  Kind kind = Kind.SURVEY;

  /** @param context the streams the command runs with */
  SchemaCommand(CliContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public Integer call() throws JsonProcessingException {
    SurveySchema schemas = SurveySchema.of(QuestionTypeRegistry.standard());
    ObjectNode schema = kind == Kind.SURVEY ? schemas.survey() : schemas.response();
    // "\n" between lines whatever the platform's line separator, so the output is the same bytes.
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    context.out().print(new ObjectMapper().writer(pretty).writeValueAsString(schema));
    context.out().print('\n');
    context.out().flush();
    return ExitCodes.OK;
  }

  /** {@code survey} or {@code response}, in any case. */
  static final class KindConverter implements ITypeConverter<Kind> {
    @Override
    public Kind convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "survey" -> Kind.SURVEY;
        case "response" -> Kind.RESPONSE;
        default -> throw new TypeConversionException(
            "'" + value + "' must be survey or response");
      };
    }
  }
}
