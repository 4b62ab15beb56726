package io.cxkit.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --survey} and {@code --responses}, shared by {@code report} and {@code validate}: the
 * survey documents and the responses files, each paired with its survey by {@link Pairing}.
 */
final class SurveyFilesMixin {
  @Option(names = "--survey", required = true, arity = "1..*", paramLabel = "S.json",
      description = "Survey document(s); repeat or list several.")
  List<String> surveys = new ArrayList<>();

  @Option(names = "--responses", required = true, arity = "1..*", paramLabel = "FILE",
      description = "Responses file(s), FILE or ID=FILE: .jsonl, .ndjson or .csv.")
  List<String> responses = new ArrayList<>();
}
