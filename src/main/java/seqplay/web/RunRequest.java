package seqplay.web;

/**
 * What the page asks the engine to run (the worker protocol's {@code run} message).
 *
 * @param code       the program, or one step's code
 * @param step       false: the whole program in a fresh session; true: one step in the current session
 * @param firstLine  the program line of the code's first line (step runs), so reports name editor lines
 * @param reset      for a step run: start a fresh session first
 * @param lang       {@code "ko"} or {@code "en"}: the language of the checker's warnings
 * @param seed       the session's seed when a fresh one starts (-1: the default seed)
 * @param lessonJson {@code {"id": ..., "goals": [...], "checks": [...]}} to grade the run against, or null
 * @param injectJson {@code {"drawn": [[...], ...]}}: globals bound before the run starts, or null
 */
public record RunRequest(String code, boolean step, int firstLine, boolean reset, String lang, long seed,
        String lessonJson, String injectJson) {

    /** {@code mode: 'all'}: the whole program in a fresh session. */
    public static RunRequest all(String code) {
        return new RunRequest(code, false, 1, true, "en", -1, null, null);
    }

    /** {@code mode: 'step'}: one step's code, whose first line is {@code firstLine} of the program. */
    public static RunRequest step(String code, int firstLine, boolean reset) {
        return new RunRequest(code, true, firstLine, reset, "en", -1, null, null);
    }

    public RunRequest lang(String newLang) {
        return new RunRequest(code, step, firstLine, reset, newLang, seed, lessonJson, injectJson);
    }

    public RunRequest seed(long newSeed) {
        return new RunRequest(code, step, firstLine, reset, lang, newSeed, lessonJson, injectJson);
    }

    public RunRequest lesson(String json) {
        return new RunRequest(code, step, firstLine, reset, lang, seed, json, injectJson);
    }

    public RunRequest inject(String json) {
        return new RunRequest(code, step, firstLine, reset, lang, seed, lessonJson, json);
    }

    /** Whether this run starts a fresh session. */
    boolean freshSession() {
        return !step || reset;
    }
}
