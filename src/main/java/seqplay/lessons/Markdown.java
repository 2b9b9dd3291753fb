package seqplay.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A safe Markdown-to-HTML renderer for lesson texts: the page may insert its output with {@code innerHTML}.
 *
 * <p>Blocks: ATX headings ({@code #}…{@code ######}), paragraphs, fenced code blocks ({@code ```} or {@code ~~~},
 * the info string's first word becomes {@code class="language-…"}), bullet ({@code - * +}) and ordered
 * ({@code 1.} {@code 1)}) lists with nesting by indentation, GFM tables with alignment, block quotes, thematic
 * breaks. Inline: {@code `code`}, {@code *em*} {@code _em_}, {@code **strong**} {@code __strong__} ({@code _} only
 * at word edges, so {@code val_accuracy} stays a word), {@code [text](url)}, {@code <https://…>}, backslash escapes,
 * hard breaks (two trailing spaces).
 *
 * <p>Safety, by construction rather than by filtering: every character of the source reaches the output through
 * {@link #escape} ({@code & < > " '}), so raw HTML, entities ({@code &lt;} shows as {@code &lt;}) and comments are
 * text. The only tags are the fixed ones above; the only attributes are {@code href} (checked: {@code http:},
 * {@code https:} or a relative URL without a scheme; nothing with control characters, spaces or backslashes),
 * {@code rel="noopener noreferrer"}, {@code target="_blank"} (absolute links), {@code class="language-x"} (letters,
 * digits, {@code _ + -} only), {@code start} (digits) and {@code style="text-align: left|center|right"}. A link
 * whose URL is refused keeps its text, unlinked. Images are not supported: {@code ![alt](src)} shows its alt text.
 *
 * <pre>{@code
 * Markdown.render("**Dense** layers: `Dense(1)`")
 *   // <p><strong>Dense</strong> layers: <code>Dense(1)</code></p>
 * Markdown.render("<img src=x onerror=alert(1)>")
 *   // <p>&lt;img src=x onerror=alert(1)&gt;</p>
 * }</pre>
 */
public final class Markdown {
    private static final int MAX_DEPTH = 12;

    private Markdown() {
    }

    /** Renders a document. */
    public static String render(String source) {
        String text = source.replace("\r\n", "\n").replace('\r', '\n').replace("\u0000", "\uFFFD");
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                lines.add(expandTabs(text.substring(start, i)));
                start = i + 1;
            }
        }
        StringBuilder out = new StringBuilder();
        blocks(lines, out, 0);
        return out.toString();
    }

    /** Tabs to the next multiple of 4, as CommonMark counts indentation. */
    private static String expandTabs(String line) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                int n = 4 - sb.length() % 4;
                for (int k = 0; k < n; k++) {
                    sb.append(' ');
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    // ---- blocks ----------------------------------------------------------------------------------------------

    private static void blocks(List<String> lines, StringBuilder out, int depth) {
        blocks(lines, out, depth, false);
    }

    /** {@code tight}: the direct paragraphs of a tight list item, written without {@code <p>}. */
    private static void blocks(List<String> lines, StringBuilder out, int depth, boolean tight) {
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (isBlank(line)) {
                i++;
                continue;
            }
            if (depth >= MAX_DEPTH) {
                paragraph(List.of(line.trim()), out, depth, tight);
                i++;
                continue;
            }
            if (fence(line) != null) {
                i = codeBlock(lines, i, out);
            } else if (headingLevel(line) > 0) {
                heading(line, out, depth);
                i++;
            } else if (isRule(line)) {
                out.append("<hr>\n");
                i++;
            } else if (i + 1 < lines.size() && isTableStart(line, lines.get(i + 1))) {
                i = table(lines, i, out, depth);
            } else if (quoteContent(line) != null) {
                List<String> inner = new ArrayList<>();
                while (i < lines.size() && quoteContent(lines.get(i)) != null) {
                    inner.add(quoteContent(lines.get(i)));
                    i++;
                }
                out.append("<blockquote>\n");
                blocks(inner, out, depth + 1);
                out.append("</blockquote>\n");
            } else if (listMarker(line) != null) {
                i = list(lines, i, out, depth);
            } else {
                List<String> para = new ArrayList<>();
                para.add(line);
                i++;
                while (i < lines.size() && !isBlank(lines.get(i)) && !interruptsParagraph(lines.get(i))) {
                    para.add(lines.get(i));
                    i++;
                }
                paragraph(para, out, depth, tight);
            }
        }
    }

    private static boolean interruptsParagraph(String line) {
        if (fence(line) != null || headingLevel(line) > 0 || isRule(line) || quoteContent(line) != null) {
            return true;
        }
        ListMarker m = listMarker(line);
        // As in CommonMark, only an ordered list starting at 1 may interrupt a paragraph ("in 2020. we...").
        return m != null && (!m.ordered || m.start == 1);
    }

    private static void paragraph(List<String> lines, StringBuilder out, int depth, boolean tight) {
        out.append(tight ? "" : "<p>");
        inlineLines(lines, out, depth);
        out.append(tight ? "\n" : "</p>\n");
    }

    /** Lines of one paragraph: joined by newlines, two trailing spaces make a hard break. */
    private static void inlineLines(List<String> lines, StringBuilder out, int depth) {
        for (int k = 0; k < lines.size(); k++) {
            String l = stripLeading(lines.get(k));
            boolean hardBreak = k < lines.size() - 1 && (l.endsWith("  ") || l.endsWith("\\"));
            if (k == lines.size() - 1 || hardBreak) {
                l = stripTrailing(l);
            }
            if (hardBreak && l.endsWith("\\") && !l.endsWith("\\\\")) {
                l = l.substring(0, l.length() - 1);
            }
            inline(l, out, true, depth);
            if (k < lines.size() - 1) {
                out.append(hardBreak ? "<br>\n" : "\n");
            }
        }
    }

    private static void heading(String line, StringBuilder out, int depth) {
        int level = headingLevel(line);
        String t = line.trim().substring(level).trim();
        // A closing run of #s preceded by a space is not part of the text.
        int end = t.length();
        while (end > 0 && t.charAt(end - 1) == '#') {
            end--;
        }
        if (end < t.length() && (end == 0 || t.charAt(end - 1) == ' ')) {
            t = t.substring(0, end).trim();
        }
        out.append("<h").append(level).append('>');
        inline(t, out, true, depth);
        out.append("</h").append(level).append(">\n");
    }

    private static int headingLevel(String line) {
        if (indent(line) > 3) {
            return 0;
        }
        String t = line.trim();
        int n = 0;
        while (n < t.length() && t.charAt(n) == '#') {
            n++;
        }
        if (n == 0 || n > 6) {
            return 0;
        }
        return n == t.length() || t.charAt(n) == ' ' ? n : 0;
    }

    private static boolean isRule(String line) {
        if (indent(line) > 3) {
            return false;
        }
        String t = line.trim();
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(0);
        if (c != '-' && c != '*' && c != '_') {
            return false;
        }
        int count = 0;
        for (int i = 0; i < t.length(); i++) {
            char d = t.charAt(i);
            if (d == c) {
                count++;
            } else if (d != ' ') {
                return false;
            }
        }
        return count >= 3;
    }

    private static String quoteContent(String line) {
        if (indent(line) > 3) {
            return null;
        }
        String t = stripLeading(line);
        if (!t.startsWith(">")) {
            return null;
        }
        t = t.substring(1);
        return t.startsWith(" ") ? t.substring(1) : t;
    }

    // ---- fenced code -----------------------------------------------------------------------------------------

    /** The fence run ("```" or "~~~~"…) a line opens with, or null. */
    private static String fence(String line) {
        int ind = indent(line);
        if (ind > 3) {
            return null;
        }
        String t = line.substring(ind);
        if (t.isEmpty() || (t.charAt(0) != '`' && t.charAt(0) != '~')) {
            return null;
        }
        char c = t.charAt(0);
        int n = 0;
        while (n < t.length() && t.charAt(n) == c) {
            n++;
        }
        if (n < 3) {
            return null;
        }
        if (c == '`' && t.indexOf('`', n) >= 0) {
            return null; // a backtick fence's info string cannot hold backticks
        }
        return t.substring(0, n);
    }

    private static int codeBlock(List<String> lines, int i, StringBuilder out) {
        String open = lines.get(i);
        int ind = indent(open);
        String run = fence(open);
        String info = open.substring(ind + run.length()).trim();
        String lang = info.isEmpty() ? "" : info.split(" ")[0];
        StringBuilder code = new StringBuilder();
        int k = i + 1;
        for (; k < lines.size(); k++) {
            String l = lines.get(k);
            String f = fence(l);
            if (f != null && f.charAt(0) == run.charAt(0) && f.length() >= run.length()
                    && l.trim().length() == f.length()) {
                k++;
                break;
            }
            int strip = Math.min(ind, indent(l));
            code.append(l.substring(strip)).append('\n');
        }
        out.append("<pre><code");
        String cls = languageClass(lang);
        if (cls != null) {
            out.append(" class=\"language-").append(cls).append('"');
        }
        out.append('>');
        escape(code, out);
        out.append("</code></pre>\n");
        return k;
    }

    /** The language name if it is made only of letters, digits, {@code _ + -}; otherwise none is written. */
    static String languageClass(String lang) {
        if (lang.isEmpty() || lang.length() > 32) {
            return null;
        }
        for (int i = 0; i < lang.length(); i++) {
            char c = lang.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                    || c == '+' || c == '-';
            if (!ok) {
                return null;
            }
        }
        return lang;
    }

    // ---- lists -----------------------------------------------------------------------------------------------

    private record ListMarker(boolean ordered, char symbol, int start, int contentIndent) {
    }

    private static ListMarker listMarker(String line) {
        int ind = indent(line);
        if (ind > 3 || ind >= line.length()) {
            return null;
        }
        char c = line.charAt(ind);
        if (c == '-' || c == '*' || c == '+') {
            int after = ind + 1;
            if (after == line.length()) {
                return new ListMarker(false, c, 1, after + 1);
            }
            if (line.charAt(after) != ' ' || isRule(line)) {
                return null;
            }
            return new ListMarker(false, c, 1, contentStart(line, after));
        }
        int d = ind;
        while (d < line.length() && d - ind < 9 && line.charAt(d) >= '0' && line.charAt(d) <= '9') {
            d++;
        }
        if (d == ind || d >= line.length() || (line.charAt(d) != '.' && line.charAt(d) != ')')) {
            return null;
        }
        int after = d + 1;
        if (after < line.length() && line.charAt(after) != ' ') {
            return null;
        }
        int start = Integer.parseInt(line.substring(ind, d));
        return new ListMarker(true, line.charAt(d), start, after == line.length() ? after + 1 : contentStart(line, after));
    }

    /** Where an item's text starts: after 1–4 spaces following the marker (5+ spaces: one, the rest is text). */
    private static int contentStart(String line, int after) {
        int s = after;
        while (s < line.length() && line.charAt(s) == ' ') {
            s++;
        }
        if (s == line.length()) {
            return after + 1;
        }
        return s - after > 4 ? after + 1 : s;
    }

    private static int list(List<String> lines, int i, StringBuilder out, int depth) {
        ListMarker first = listMarker(lines.get(i));
        List<List<String>> items = new ArrayList<>();
        boolean loose = false;
        boolean blankBetween = false;
        while (i < lines.size()) {
            String line = lines.get(i);
            ListMarker m = listMarker(line);
            if (m == null || m.ordered != first.ordered || m.symbol != first.symbol) {
                break;
            }
            if (blankBetween) {
                loose = true;
            }
            List<String> item = new ArrayList<>();
            item.add(m.contentIndent <= line.length() ? line.substring(m.contentIndent) : "");
            i++;
            blankBetween = false;
            while (i < lines.size()) {
                String l = lines.get(i);
                if (isBlank(l)) {
                    // A blank line continues the item only if indented content follows.
                    int j = i;
                    while (j < lines.size() && isBlank(lines.get(j))) {
                        j++;
                    }
                    if (j < lines.size() && indent(lines.get(j)) >= m.contentIndent) {
                        for (int b = i; b < j; b++) {
                            item.add("");
                        }
                        loose = true;
                        i = j;
                        continue;
                    }
                    blankBetween = true;
                    i = j;
                    break;
                }
                if (indent(l) >= m.contentIndent) {
                    item.add(l.substring(m.contentIndent));
                    i++;
                } else if (listMarker(l) == null && !interruptsParagraph(l) && !lastIsBlockEnd(item)) {
                    item.add(l.trim()); // lazy continuation of the item's paragraph
                    i++;
                } else {
                    break;
                }
            }
            items.add(item);
            if (blankBetween && (i >= lines.size() || listMarker(lines.get(i)) == null)) {
                break;
            }
        }
        String tag = first.ordered ? "ol" : "ul";
        out.append('<').append(tag);
        if (first.ordered && first.start != 1) {
            out.append(" start=\"").append(first.start).append('"');
        }
        out.append(">\n");
        for (List<String> item : items) {
            out.append("<li>");
            StringBuilder inner = new StringBuilder();
            blocks(item, inner, depth + 1, !loose);
            String html = inner.toString();
            out.append(html.endsWith("\n") ? html.substring(0, html.length() - 1) : html);
            out.append("</li>\n");
        }
        out.append("</").append(tag).append(">\n");
        return i;
    }

    private static boolean lastIsBlockEnd(List<String> item) {
        String last = item.get(item.size() - 1);
        return fence(last) != null;
    }

    // ---- tables ----------------------------------------------------------------------------------------------

    private static boolean isTableStart(String header, String separator) {
        if (indent(header) > 3 || header.indexOf('|') < 0) {
            return false;
        }
        List<String> seps = cells(separator);
        if (seps == null || seps.isEmpty()) {
            return false;
        }
        for (String s : seps) {
            String t = s.trim();
            if (t.startsWith(":")) {
                t = t.substring(1);
            }
            if (t.endsWith(":")) {
                t = t.substring(0, t.length() - 1);
            }
            if (t.isEmpty()) {
                return false;
            }
            for (int k = 0; k < t.length(); k++) {
                if (t.charAt(k) != '-') {
                    return false;
                }
            }
        }
        List<String> head = cells(header);
        return head != null && head.size() == seps.size();
    }

    private static int table(List<String> lines, int i, StringBuilder out, int depth) {
        List<String> head = cells(lines.get(i));
        List<String> seps = cells(lines.get(i + 1));
        String[] align = new String[seps.size()];
        for (int c = 0; c < seps.size(); c++) {
            String t = seps.get(c).trim();
            boolean l = t.startsWith(":");
            boolean r = t.endsWith(":");
            align[c] = l && r ? "center" : r ? "right" : l ? "left" : null;
        }
        out.append("<table>\n<thead>\n<tr>");
        for (int c = 0; c < head.size(); c++) {
            cell("th", head.get(c), align[c], out, depth);
        }
        out.append("</tr>\n</thead>\n");
        i += 2;
        boolean body = false;
        while (i < lines.size() && !isBlank(lines.get(i)) && lines.get(i).indexOf('|') >= 0
                && !interruptsParagraph(lines.get(i))) {
            if (!body) {
                out.append("<tbody>\n");
                body = true;
            }
            List<String> row = cells(lines.get(i));
            out.append("<tr>");
            for (int c = 0; c < head.size(); c++) {
                cell("td", c < row.size() ? row.get(c) : "", align[c], out, depth);
            }
            out.append("</tr>\n");
            i++;
        }
        if (body) {
            out.append("</tbody>\n");
        }
        out.append("</table>\n");
        return i;
    }

    private static void cell(String tag, String text, String align, StringBuilder out, int depth) {
        out.append('<').append(tag);
        if (align != null) {
            out.append(" style=\"text-align: ").append(align).append('"');
        }
        out.append('>');
        inline(text.trim(), out, true, depth);
        out.append("</").append(tag).append('>');
    }

    /**
     * The cells of a table row: split at {@code |} except escaped ones ({@code \|}) and those inside code spans;
     * one leading and one trailing pipe are optional. Null for a line without a pipe.
     */
    private static List<String> cells(String line) {
        String t = line.trim();
        if (t.indexOf('|') < 0) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int i = 0;
        if (t.startsWith("|")) {
            i = 1;
        }
        boolean trailing = false;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == '\\' && i + 1 < t.length() && t.charAt(i + 1) == '|') {
                cur.append('|');
                i += 2;
                continue;
            }
            if (c == '`') {
                int n = run(t, i, '`');
                int close = findRun(t, i + n, '`', n);
                if (close >= 0) {
                    cur.append(t, i, close + n);
                    i = close + n;
                    continue;
                }
                cur.append(t, i, i + n);
                i += n;
                continue;
            }
            if (c == '|') {
                cells.add(cur.toString());
                cur.setLength(0);
                i++;
                trailing = i == t.length();
                continue;
            }
            cur.append(c);
            i++;
        }
        if (!trailing) {
            cells.add(cur.toString());
        }
        return cells;
    }

    // ---- inline ----------------------------------------------------------------------------------------------

    private static void inline(String s, StringBuilder out, boolean links, int depth) {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && isPunctuation(s.charAt(i + 1))) {
                escape(s.charAt(i + 1), out);
                i += 2;
                continue;
            }
            if (c == '`') {
                int n = run(s, i, '`');
                int close = findRun(s, i + n, '`', n);
                if (close < 0) {
                    escape(s.substring(i, i + n), out);
                    i += n;
                    continue;
                }
                String code = s.substring(i + n, close).replace('\n', ' ');
                if (code.length() >= 2 && code.startsWith(" ") && code.endsWith(" ") && !code.isBlank()) {
                    code = code.substring(1, code.length() - 1);
                }
                out.append("<code>");
                escape(code, out);
                out.append("</code>");
                i = close + n;
                continue;
            }
            if ((c == '*' || c == '_') && depth < MAX_DEPTH) {
                int n = Math.min(run(s, i, c), 2);
                int end = emphasis(s, i, c, n, out, links, depth);
                if (end < 0 && n == 2) {
                    end = emphasis(s, i, c, 1, out, links, depth);
                }
                if (end >= 0) {
                    i = end;
                    continue;
                }
                // Not emphasis: the whole run is text (so "__init__"-like runs stay together).
                int all = run(s, i, c);
                escape(s.substring(i, i + all), out);
                i += all;
                continue;
            }
            if (c == '!' && i + 1 < s.length() && s.charAt(i + 1) == '[') {
                int[] link = link(s, i + 1);
                if (link != null) {
                    // Images are not supported: the alt text stands in for them.
                    inline(s.substring(i + 2, link[0]), out, false, depth + 1);
                    i = link[2];
                    continue;
                }
            }
            if (c == '[' && links) {
                int[] link = link(s, i);
                if (link != null) {
                    String url = s.substring(link[1], link[3]);
                    String text = s.substring(i + 1, link[0]);
                    if (isSafeUrl(url)) {
                        anchor(url, out);
                        inline(text, out, false, depth + 1);
                        out.append("</a>");
                    } else {
                        inline(text, out, false, depth + 1);
                    }
                    i = link[2];
                    continue;
                }
            }
            if (c == '<' && links) {
                int close = s.indexOf('>', i);
                if (close > i) {
                    String url = s.substring(i + 1, close);
                    String lower = url.toLowerCase(Locale.ROOT);
                    if ((lower.startsWith("http://") || lower.startsWith("https://")) && isSafeUrl(url)
                            && url.indexOf('<') < 0) {
                        anchor(url, out);
                        escape(url, out);
                        out.append("</a>");
                        i = close + 1;
                        continue;
                    }
                }
            }
            escape(c, out);
            i++;
        }
    }

    /**
     * Tries emphasis with {@code n} delimiters {@code c} at {@code i}; on success writes it and returns the index
     * after the closing delimiters, else -1 (writes nothing).
     */
    private static int emphasis(String s, int i, char c, int n, StringBuilder out, boolean links, int depth) {
        int open = i + n;
        if (open >= s.length() || s.charAt(open) == ' ' || s.charAt(open) == '\n') {
            return -1;
        }
        if (c == '_' && i > 0 && isWordChar(s.charAt(i - 1))) {
            return -1;
        }
        int k = open;
        while (k < s.length()) {
            char d = s.charAt(k);
            if (d == '\\') {
                k += 2;
                continue;
            }
            if (d == '`') {
                int r = run(s, k, '`');
                int close = findRun(s, k + r, '`', r);
                k = close < 0 ? k + r : close + r;
                continue;
            }
            if (d == c) {
                int r = run(s, k, c);
                boolean fits = n == 2 ? r >= 2 : r == 1 || r >= 3;
                boolean after = k + r < s.length() && isWordChar(s.charAt(k + r));
                boolean before = s.charAt(k - 1) != ' ' && s.charAt(k - 1) != '\n';
                if (fits && before && k > open && !(c == '_' && after)) {
                    out.append(n == 2 ? "<strong>" : "<em>");
                    inline(s.substring(open, k), out, links, depth + 1);
                    out.append(n == 2 ? "</strong>" : "</em>");
                    return k + n;
                }
                k += r;
                continue;
            }
            k++;
        }
        return -1;
    }

    /**
     * A {@code [text](url)} at {@code i}: {text end (index of ']'), url start, index after ')', url end}, or null.
     * An optional title ({@code "…"}) after the URL is read and dropped.
     */
    private static int[] link(String s, int i) {
        int level = 0;
        int k = i;
        int close = -1;
        while (k < s.length()) {
            char d = s.charAt(k);
            if (d == '\\') {
                k += 2;
                continue;
            }
            if (d == '`') {
                int r = run(s, k, '`');
                int end = findRun(s, k + r, '`', r);
                k = end < 0 ? k + r : end + r;
                continue;
            }
            if (d == '[') {
                level++;
            } else if (d == ']') {
                level--;
                if (level == 0) {
                    close = k;
                    break;
                }
            }
            k++;
        }
        if (close < 0 || close + 1 >= s.length() || s.charAt(close + 1) != '(') {
            return null;
        }
        int urlStart = close + 2;
        int u = urlStart;
        int parens = 0; // balanced parentheses belong to the URL, as in CommonMark: (https://x/a_(b))
        while (u < s.length() && s.charAt(u) != ' ' && (s.charAt(u) != ')' || parens > 0)) {
            if (s.charAt(u) == '(') {
                parens++;
            } else if (s.charAt(u) == ')') {
                parens--;
            }
            u++;
        }
        int urlEnd = u;
        if (u < s.length() && s.charAt(u) == ' ') {
            while (u < s.length() && s.charAt(u) == ' ') {
                u++;
            }
            if (u < s.length() && s.charAt(u) == '"') {
                int t = s.indexOf('"', u + 1);
                if (t < 0) {
                    return null;
                }
                u = t + 1;
                while (u < s.length() && s.charAt(u) == ' ') {
                    u++;
                }
            }
        }
        if (u >= s.length() || s.charAt(u) != ')') {
            return null;
        }
        return new int[] {close, urlStart, u + 1, urlEnd};
    }

    /**
     * Whether a link may point there: {@code http:}/{@code https:} URLs and relative references (no scheme). No
     * control characters, spaces, backslashes or quotes anywhere (browsers drop tabs and newlines inside URLs, so
     * {@code java\tscript:} would otherwise slip through), and no protocol-relative {@code //host}.
     */
    static boolean isSafeUrl(String url) {
        if (url.isEmpty() || url.length() > 2048) {
            return false;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= 0x20 || c == 0x7f || c == '\\' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`'
                    || (c >= 0x80 && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        if (url.startsWith("//")) {
            return false;
        }
        int colon = url.indexOf(':');
        int boundary = firstOf(url, "/?#");
        if (colon >= 0 && (boundary < 0 || colon < boundary)) {
            String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && url.length() > colon + 3
                    && url.startsWith("//", colon + 1);
        }
        return true;
    }

    private static void anchor(String url, StringBuilder out) {
        out.append("<a href=\"");
        escape(url, out);
        out.append('"');
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http:") || lower.startsWith("https:")) {
            out.append(" target=\"_blank\"");
        }
        out.append(" rel=\"noopener noreferrer\">");
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static int firstOf(String s, String chars) {
        int best = -1;
        for (int i = 0; i < chars.length(); i++) {
            int k = s.indexOf(chars.charAt(i));
            if (k >= 0 && (best < 0 || k < best)) {
                best = k;
            }
        }
        return best;
    }

    private static int run(String s, int i, char c) {
        int n = 0;
        while (i + n < s.length() && s.charAt(i + n) == c) {
            n++;
        }
        return n;
    }

    /** The start of the next run of exactly {@code n} characters {@code c} at or after {@code from}, or -1. */
    private static int findRun(String s, int from, char c, int n) {
        int k = from;
        while (k < s.length()) {
            if (s.charAt(k) == c) {
                int r = run(s, k, c);
                if (r == n) {
                    return k;
                }
                k += r;
            } else {
                k++;
            }
        }
        return -1;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static boolean isPunctuation(char c) {
        return c < 0x80 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }

    private static boolean isBlank(String line) {
        return line.trim().isEmpty();
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static String stripLeading(String s) {
        return s.substring(indent(s));
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }

    /** HTML text and attribute escaping: {@code & < > " '}. */
    static void escape(CharSequence s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            escape(s.charAt(i), out);
        }
    }

    private static void escape(char c, StringBuilder out) {
        switch (c) {
            case '&': out.append("&amp;"); break;
            case '<': out.append("&lt;"); break;
            case '>': out.append("&gt;"); break;
            case '"': out.append("&quot;"); break;
            case '\'': out.append("&#39;"); break;
            default: out.append(c);
        }
    }
}
