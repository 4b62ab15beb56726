package io.cxkit.sample;

import io.cxkit.readme.ReadmeSnippets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchSnippetTest {
  @Test
  void run(@TempDir Path work) throws Exception {
    String body = Files.readString(Path.of(System.getProperty("snippet")));
    System.out.println(ReadmeSnippets.compileAndRun(work, "Scratch", ReadmeTest.SNIPPET_IMPORTS
        + "public class Scratch {\n public static void main(String[] args) throws Exception {\n" + body + "}\n}\n"));
  }
}
