package seqplay.errors;

/** Texts of the static checker's warnings ({@code check.*}), shown before a program runs. */
final class CheckerHints {
    private CheckerHints() {
    }

    static void register(Hints.Registry r) {
    }
}
