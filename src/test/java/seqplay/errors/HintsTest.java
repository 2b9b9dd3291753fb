package seqplay.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class HintsTest {
    @Test
    void everyHintHasAKoreanAndAnEnglishText() {
        assertTrue(Hints.all().size() > 50);
        for (Hints.Hint h : Hints.all()) {
            assertFalse(h.ko().isBlank(), h.id());
            assertFalse(h.en().isBlank(), h.id());
        }
    }

    @Test
    void everyHintIdTheInterpreterMentionsIsInTheCatalog() throws IOException {
        Pattern literal = Pattern.compile("\"((?:lang|check)\\.[a-z_.]+)\"");
        TreeSet<String> missing = new TreeSet<>();
        List<String> unsupportedKinds = List.of("def", "class", "while", "with", "try", "async", "match");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/seqplay/lang"))) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                if (p.toString().contains("errors")) {
                    continue;
                }
                Matcher m = literal.matcher(Files.readString(p, StandardCharsets.UTF_8));
                while (m.find()) {
                    String id = m.group(1);
                    List<String> ids = new ArrayList<>();
                    if (id.endsWith(".")) {
                        for (String k : unsupportedKinds) {
                            ids.add(id + k);
                        }
                    } else {
                        ids.add(id);
                    }
                    for (String i : ids) {
                        if (Hints.get(i) == null) {
                            missing.add(i + " (" + p.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertEquals("[]", missing.toString());
    }

    @Test
    void everyHintIdAnExceptionCarriesAnywhereIsInTheCatalog() throws IOException {
        // The hint id is a PyException's last argument: `new PyException("T", "...", "pandas.file_not_found")`,
        // `PyException.valueError("...", "sklearn.not_fitted")`. Semicolons inside string literals are dropped
        // first, so that a statement ends only where the code ends it.
        Pattern literal = Pattern.compile("\"(?:[^\"\\\\\n]|\\\\.)*\"");
        Pattern thrown = Pattern.compile("PyException(?:\\.\\w+)?\\((?:[^;])*?,\\s*\"([a-z][a-z0-9_.-]+)\"\\s*\\)",
                Pattern.DOTALL);
        TreeSet<String> found = new TreeSet<>();
        TreeSet<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/seqplay"))) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                if (p.startsWith(Path.of("src/main/java/seqplay/errors"))) {
                    continue;
                }
                String code = literal.matcher(Files.readString(p, StandardCharsets.UTF_8))
                        .replaceAll(m -> Matcher.quoteReplacement(m.group().replace(";", "")));
                Matcher m = thrown.matcher(code);
                while (m.find()) {
                    found.add(m.group(1));
                    if (Hints.get(m.group(1)) == null) {
                        missing.add(m.group(1) + " (" + p.getFileName() + ")");
                    }
                }
            }
        }
        assertEquals("[]", missing.toString());
        // the scan sees every area: the interpreter, Keras, numpy, pandas, scikit-learn, CSV
        for (String id : List.of("lang.import_name", "compile-first", "array-too-large", "pandas.encoding",
                "pandas.object_values", "sklearn.not_fitted", "csv-bad-row")) {
            assertTrue(found.contains(id), id + " not found by the scan: " + found);
        }
    }

    @Test
    void placeholdersAreFilledInTheLearnersLanguage() {
        assertEquals("'np'는 보통 import로 만드는 이름입니다. 코드 맨 위에 `import numpy as np` 줄이 있는지 확인하세요.",
                Hints.text("lang.name_module", "ko", "np", "import numpy as np"));
        assertEquals("'np' usually comes from an import. Check that `import numpy as np` is at the top of your code.",
                Hints.text("lang.name_module", "en", "np", "import numpy as np"));
        assertNotNull(Hints.get("lang.keyboard_interrupt"));
    }

    /**
     * Every hint id the core and the data layer throw (the last string argument of a {@code PyException} made
     * with an id, spelled with dashes) has an entry in both languages.
     */
    @Test
    void everyHintIdThrownByTheCoreAndTheDataLayerIsInTheCatalog() throws java.io.IOException {
        java.util.regex.Pattern id = java.util.regex.Pattern.compile(",\\s*\"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\"\\)");
        java.util.Set<String> notHints = java.util.Set.of("multilabel-indicator", "draw-digit", "no-cache");
        java.util.List<String> missing = new java.util.ArrayList<>();
        int found = 0;
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(
                java.nio.file.Path.of("src/main/java/seqplay"))) {
            for (java.nio.file.Path p : (Iterable<java.nio.file.Path>) files
                    .filter(f -> f.toString().endsWith(".java"))::iterator) {
                String text = java.nio.file.Files.readString(p);
                java.util.regex.Matcher m = id.matcher(text);
                while (m.find()) {
                    String hint = m.group(1);
                    if (notHints.contains(hint)) {
                        continue;
                    }
                    found++;
                    if (Hints.get(hint) == null || Hints.get(hint).ko().isBlank() || Hints.get(hint).en().isBlank()) {
                        missing.add(hint + " (" + p.getFileName() + ")");
                    }
                }
            }
        }
        assertEquals(java.util.List.of(), missing);
        org.junit.jupiter.api.Assertions.assertTrue(found > 20, "the scan found the thrown ids: " + found);
    }
}
