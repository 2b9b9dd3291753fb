package seqplay.lessons;

/** A text in the playground's two languages. */
public record Text(String ko, String en) {
    /** The text in {@code lang} ({@code "ko"} or {@code "en"}); English for anything else. */
    public String in(String lang) {
        return "ko".equals(lang) ? ko : en;
    }

    String toJson() {
        return "{\"ko\":" + Json.quote(ko) + ",\"en\":" + Json.quote(en) + "}";
    }
}
