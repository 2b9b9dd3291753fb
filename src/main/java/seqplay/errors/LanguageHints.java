package seqplay.errors;

/** Hints for mistakes in the Python language itself ({@code lang.*}): syntax, names, types, operators. */
final class LanguageHints {
    private LanguageHints() {
    }

    static void register(Hints.Registry r) {
    }
}
