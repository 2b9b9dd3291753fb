package seqplay.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import seqplay.random.SeededRandom;

class MarkdownTest {
    // ---- what lessons use ------------------------------------------------------------------------------------

    @Test
    void headingsParagraphsAndEmphasis() {
        assertEquals("<h2>1. 뉴런 하나</h2>\n<p>A <strong>Dense</strong> layer with <em>one</em> unit\nand "
                + "<em>weights</em>.</p>\n",
                Markdown.render("## 1. 뉴런 하나 ##\n\nA **Dense** layer with *one* unit\nand _weights_.\n"));
    }

    @Test
    void underscoresInsideWordsAreNotEmphasis() {
        assertEquals("<p>watch val_accuracy and val_loss, not <em>this</em></p>\n",
                Markdown.render("watch val_accuracy and val_loss, not _this_"));
        assertEquals("<p>__init__ stays</p>\n", Markdown.render("\\_\\_init\\_\\_ stays"));
    }

    @Test
    void inlineCodeKeepsItsTextLiterally() {
        assertEquals("<p>Call <code>model.fit(x, y, epochs=**5**)</code> and <code>a `b` c</code></p>\n",
                Markdown.render("Call `model.fit(x, y, epochs=**5**)` and `` a `b` c ``"));
    }

    @Test
    void fencedCodeBlocksEscapeTheirContentAndNameTheLanguage() {
        assertEquals("<pre><code class=\"language-python\">if a &lt; b:\n    print(&quot;&lt;b&gt;&quot;)\n\n"
                + "</code></pre>\n",
                Markdown.render("```python\nif a < b:\n    print(\"<b>\")\n\n```\n"));
        assertEquals("<pre><code>~~~ not closed by a shorter fence\n</code></pre>\n",
                Markdown.render("~~~~\n~~~ not closed by a shorter fence\n~~~~"));
    }

    @Test
    void listsTightLooseOrderedAndNested() {
        assertEquals("<ul>\n<li>one</li>\n<li>two\ncontinued</li>\n</ul>\n",
                Markdown.render("- one\n- two\ncontinued\n"));
        assertEquals("<ol start=\"3\">\n<li>three</li>\n<li>four</li>\n</ol>\n", Markdown.render("3. three\n4. four"));
        assertEquals("<ul>\n<li><p>one</p></li>\n<li><p>two</p></li>\n</ul>\n", Markdown.render("- one\n\n- two"));
        assertEquals("<ol>\n<li>Build\n<ul>\n<li><code>Dense(8)</code></li>\n<li>Dense(1)</li>\n</ul></li>\n"
                + "<li>Train</li>\n</ol>\n",
                Markdown.render("1. Build\n   - `Dense(8)`\n   - Dense(1)\n2. Train"));
        assertEquals("<ul>\n<li>code:\n<pre><code class=\"language-python\">x = 1\n</code></pre></li>\n</ul>\n",
                Markdown.render("- code:\n  ```python\n  x = 1\n  ```"));
    }

    @Test
    void tablesWithAlignmentAndPipesInCode() {
        String md = "| problem | output | loss |\n|:---|:---:|---:|\n| regression | `Dense(1)` | `mse` |\n"
                + "| a \\| b | `x | y` |\n";
        assertEquals("<table>\n<thead>\n<tr><th style=\"text-align: left\">problem</th>"
                + "<th style=\"text-align: center\">output</th><th style=\"text-align: right\">loss</th></tr>\n"
                + "</thead>\n<tbody>\n<tr><td style=\"text-align: left\">regression</td>"
                + "<td style=\"text-align: center\"><code>Dense(1)</code></td>"
                + "<td style=\"text-align: right\"><code>mse</code></td></tr>\n"
                + "<tr><td style=\"text-align: left\">a | b</td><td style=\"text-align: center\"><code>x | y</code></td>"
                + "<td style=\"text-align: right\"></td></tr>\n</tbody>\n</table>\n", Markdown.render(md));
    }

    @Test
    void blockquotesRulesAndHardBreaks() {
        assertEquals("<blockquote>\n<p>Colab: <strong>same</strong> code</p>\n</blockquote>\n<hr>\n"
                + "<p>line one<br>\nline two</p>\n",
                Markdown.render("> Colab: **same** code\n\n---\n\nline one  \nline two"));
    }

    @Test
    void linksGetNoopenerAndAbsoluteOnesOpenANewTab() {
        assertEquals("<p><a href=\"https://keras.io/api/layers/\" target=\"_blank\" rel=\"noopener noreferrer\">"
                + "Keras <em>layers</em></a> and <a href=\"#lesson-2\" rel=\"noopener noreferrer\">lesson 2</a> and "
                + "<a href=\"https://colab.research.google.com\" target=\"_blank\" rel=\"noopener noreferrer\">"
                + "https://colab.research.google.com</a></p>\n",
                Markdown.render("[Keras *layers*](https://keras.io/api/layers/ \"title\") and [lesson 2](#lesson-2) "
                        + "and <https://colab.research.google.com>"));
    }

    @Test
    void imagesShowTheirAltTextOnly() {
        assertEquals("<p>a plot</p>\n", Markdown.render("![a plot](https://example.com/p.png)"));
    }

    // ---- XSS -------------------------------------------------------------------------------------------------

    @Test
    void rawHtmlIsText() {
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n", Markdown.render("<script>alert(1)</script>"));
        assertEquals("<p>&lt;img src=x onerror=alert(1)&gt;</p>\n", Markdown.render("<img src=x onerror=alert(1)>"));
        assertEquals("<p>&lt;!-- --&gt;&lt;iframe srcdoc=&quot;&lt;script&gt;&quot;&gt;</p>\n",
                Markdown.render("<!-- --><iframe srcdoc=\"<script>\">"));
    }

    @Test
    void entitiesInTheSourceStayVisibleAsText() {
        assertEquals("<p>&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt; &amp;#60;b&amp;#62;</p>\n",
                Markdown.render("&lt;script&gt;alert(1)&lt;/script&gt; &#60;b&#62;"));
    }

    @Test
    void htmlInCodeFencesAndSpansIsEscaped() {
        assertEquals("<pre><code class=\"language-html\">&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;\n"
                + "</code></pre>\n", Markdown.render("```html\n</code></pre><script>alert(1)</script>\n```"));
        assertEquals("<p><code>&lt;img src=x onerror=alert(1)&gt;</code></p>\n",
                Markdown.render("`<img src=x onerror=alert(1)>`"));
    }

    @Test
    void aFenceInfoStringCannotInjectAttributes() {
        assertEquals("<pre><code>x\n</code></pre>\n", Markdown.render("```python\" onmouseover=\"alert(1)\nx\n```"));
        assertEquals("<pre><code>x\n</code></pre>\n", Markdown.render("```\"><script>\nx\n```"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "  javascript:alert(1)",
        "java\tscript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox(1)", "file:///etc/passwd", "//evil.example/x",
        "javascript://%0aalert(1)", "https:alert(1)", "\\\\evil\\x", "http://a\"onmouseover=\"alert(1)",
        "https://a'onclick='x", "https://a<b>"})
    void dangerousLinkUrlsKeepTheTextAndDropTheLink(String url) {
        String html = Markdown.render("[click](" + url + ")");
        assertTrue(html.equals("<p>click</p>\n") || !html.contains("<a "), html);
        assertSafe(html);
    }

    @Test
    void entityEncodedSchemesCannotBecomeJavascriptBecauseAmpersandsAreEscaped() {
        // A relative URL that a browser would read literally: the & is written as &amp;.
        assertEquals("<p><a href=\"&amp;#106;avascript:alert(1)\" rel=\"noopener noreferrer\">x</a></p>\n",
                Markdown.render("[x](&#106;avascript:alert(1))"));
        // "java&#10;script:..." is the relative path "java&" with a fragment: harmless, and the & stays escaped.
        assertEquals("<p><a href=\"java&amp;#10;script:alert(1)\" rel=\"noopener noreferrer\">x</a></p>\n",
                Markdown.render("[x](java&#10;script:alert(1))"));
    }

    @Test
    void linkTextCannotBreakOutOfTheAnchor() {
        assertEquals("<p><a href=\"https://ok.example\" target=\"_blank\" rel=\"noopener noreferrer\">"
                + "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</a></p>\n",
                Markdown.render("[\"><img src=x onerror=alert(1)>](https://ok.example)"));
        assertEquals("<p>[a <code>](javascript:alert(1))</code></p>\n",
                Markdown.render("[a `](javascript:alert(1))`"));
    }

    @Test
    void autolinksOnlyForHttp() {
        assertEquals("<p>&lt;javascript:alert(1)&gt;</p>\n", Markdown.render("<javascript:alert(1)>"));
        assertEquals("<p>&lt;https://a.example/&quot;onmouseover=&quot;x&gt;</p>\n",
                Markdown.render("<https://a.example/\"onmouseover=\"x>"));
    }

    @Test
    void tableCellsAndHeadingsEscapeToo() {
        String html = Markdown.render("# <svg onload=alert(1)>\n\n| <b>x</b> | y |\n|---|---|\n| <script> | "
                + "[z](javascript:alert(1)) |");
        assertEquals("<h1>&lt;svg onload=alert(1)&gt;</h1>\n<table>\n<thead>\n<tr><th>&lt;b&gt;x&lt;/b&gt;</th>"
                + "<th>y</th></tr>\n</thead>\n<tbody>\n<tr><td>&lt;script&gt;</td><td>z</td></tr>\n</tbody>\n"
                + "</table>\n", html);
    }

    @Test
    void knownPayloadsNeverProduceAnythingButTheAllowedTagsAndAttributes() {
        List<String> payloads = List.of(
                "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg/onload=alert(1)>",
                "[x](javascript:alert(1))", "[x](JAVASCRIPT:alert(1))", "[x]( javascript:alert(1))",
                "![x](javascript:alert(1))", "<a href=\"javascript:alert(1)\">x</a>", "**<b onclick=alert(1)>**",
                "`<script>`", "```\n<script>\n```", "> <script>", "- <script>", "| <script> |\n|---|\n| x |",
                "&lt;script&gt;", "&#x3C;script&#x3E;", "[a](https://x.example \"title\" onclick=alert(1))",
                "[a](<javascript:alert(1)>)", "<style>*{}</style>", "<!--", "<![CDATA[<script>]]>",
                "[x](https://ok.example/\"><script>alert(1)</script>)", "*[x](data:text/html,<script>)*",
                "\u0000<script>", "<scr\u0000ipt>", "[\n](javascript:alert(1))", "```js onload=alert(1)\nx\n```");
        for (String p : payloads) {
            assertSafe(Markdown.render(p));
        }
    }

    @Test
    void randomMarkdownNoiseIsAlwaysSafe() {
        String alphabet = "<>\"'`*_[]()!#|-:&;=/\\ \n\tajsvcriptJSon1.h";
        SeededRandom r = new SeededRandom(2024);
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + r.nextInt(60);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String md = sb.toString();
            String html;
            try {
                html = Markdown.render(md);
            } catch (RuntimeException e) {
                throw new AssertionError("render failed on " + md, e);
            }
            assertSafe(html);
        }
    }

    // ---- the safety invariant --------------------------------------------------------------------------------

    private static final Set<String> TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "em", "strong", "code",
            "pre", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "blockquote", "hr", "br", "a");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z0-9]+)((?: [a-z]+=\"[^\"<>]*\")*)>");
    private static final Pattern ATTR = Pattern.compile(" ([a-z]+)=\"([^\"<>]*)\"");

    /**
     * Every {@code <} in the output opens a tag this renderer writes, with allowed attributes only; hrefs are
     * http(s) or scheme-less; no text can hold a raw quote, {@code <} or {@code >}.
     */
    static void assertSafe(String html) {
        int i = 0;
        while ((i = html.indexOf('<', i)) >= 0) {
            Matcher m = TAG.matcher(html);
            if (!m.find(i) || m.start() != i) {
                fail("a '<' that opens no allowed tag at " + i + " in: " + html);
            }
            String name = m.group(2);
            if (!TAGS.contains(name)) {
                fail("tag <" + name + "> in: " + html);
            }
            Matcher a = ATTR.matcher(m.group(3));
            while (a.find()) {
                String attr = a.group(1);
                String value = a.group(2);
                switch (attr) {
                    case "href":
                        assertTrue(name.equals("a"), html);
                        String decoded = value.replace("&amp;", "&");
                        assertTrue(!decoded.matches("(?is)^[a-z][a-z0-9+.-]*:.*") || decoded.matches("(?i)^https?://.*"),
                                "href " + value + " in: " + html);
                        assertTrue(!value.startsWith("//"), html);
                        break;
                    case "rel":
                        assertEquals("noopener noreferrer", value, html);
                        break;
                    case "target":
                        assertEquals("_blank", value, html);
                        break;
                    case "class":
                        assertTrue(value.matches("language-[A-Za-z0-9_+-]+"), html);
                        break;
                    case "start":
                        assertTrue(value.matches("[0-9]+"), html);
                        break;
                    case "style":
                        assertTrue(value.matches("text-align: (left|center|right)"), html);
                        break;
                    default:
                        fail("attribute " + attr + " in: " + html);
                }
            }
            i = m.end();
        }
        // Outside tags no quote or > can appear raw (so nothing can close an attribute the page adds around it).
        String text = TAG.matcher(html).replaceAll("");
        assertTrue(text.indexOf('>') < 0 && text.indexOf('"') < 0 && text.indexOf('\'') < 0, html);
    }
}
