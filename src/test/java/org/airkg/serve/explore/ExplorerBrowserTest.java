package org.airkg.serve.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The explorer in Debian's headless Chromium ({@code .ci/run} installs it; {@code -Dairkg.chromium=PATH} names
 * another): each test opens a deep link, lets the page run its queries, and reads the DOM Chromium ends with.
 * Skipped only when no Chromium is installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerBrowserTest {

    private static final String ID = "https://w3id.org/airkg/id/";
    private static final Pattern EDGES_SHOWN = Pattern.compile("(\\d+) of (\\d+) edges shown");

    private ExplorerServer server;
    private Path chromium;

    @BeforeAll
    void start() throws IOException {
        chromium = Path.of(System.getProperty("airkg.chromium", "/usr/bin/chromium"));
        assumeTrue(Files.isExecutable(chromium), "no Chromium at " + chromium);
        server = new ExplorerServer("explorer-browser");
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void letrozoleShowsItsNeighbourhoodAndAnEdgesQuotes() throws IOException, InterruptedException {
        String edge = ID + "association/letrozole--causesAdverseEvent--arthralgia--clinical--in-breast-cancer";
        String dom = open("?entity=" + enc(ID + "drug/letrozole") + "&edge=" + enc(edge));
        assertTrue(dom.contains("<h1>Letrozole <span class=\"kind\">Drug</span></h1>"), dom);
        Matcher shown = EDGES_SHOWN.matcher(dom);
        assertTrue(shown.find(), dom);
        assertEquals(shown.group(1), shown.group(2));
        assertTrue(Integer.parseInt(shown.group(1)) >= 10, shown.group());
        assertTrue(dom.contains("<blockquote class=\"quote\">General Clinical Use\tPostmenopausal women\tCommon side effects include"
                + " arthralgia, myalgia, osteoporosis, and hot flashes.\t[9][10]</blockquote>"), dom);
        assertTrue(dom.contains("href=\"?doc=" + enc(ID + "document/001_16f9ed06042b2b1e") + "&amp;evidence="), dom);
        assertTrue(dom.contains("DRUGBANK:DB01006"), dom);
    }

    @Test
    void documentViewHighlightsTheQuote() throws IOException, InterruptedException {
        String dom = open("?doc=" + enc(ID + "document/003_1afece03e2dd8667") + "&evidence="
                + enc(ID + "evidence/003_1afece03e2dd8667/4344-4506/curated"));
        Matcher mark = Pattern.compile("<mark class=\"quote\">(.*?)</mark>", Pattern.DOTALL).matcher(dom);
        assertTrue(mark.find(), dom);
        String highlighted = mark.group(1).replaceAll("<[^>]+>", "");
        assertEquals("In letrozole-resistant models, increased expression of HER2 (6-fold) and EGFR (28-fold) has been"
                + " observed, coupled with a dramatic suppression of ERα expression.", highlighted);
        assertFalse(mark.find(), "one highlight");
        assertTrue(dom.contains("class=\"mention k-Gene\""), "mentions coloured by kind");
    }

    @Test
    void trialViewDrawsAForestPlot() throws IOException, InterruptedException {
        String dom = open("?trial=" + enc(ID + "clinicaltrial/falcon"));
        Matcher plot = Pattern.compile("<svg class=\"forest\".*?</svg>", Pattern.DOTALL).matcher(dom);
        assertTrue(plot.find(), dom);
        assertEquals(2, count(plot.group(), "<rect "));
        assertTrue(plot.group().contains("0.797 (0.637–0.999)"), plot.group());
        assertTrue(plot.group().contains("0.97 (0.77–1.21)"), plot.group());
        assertTrue(dom.contains("<td>Progression-free survival</td>"), dom);
    }

    @Test
    void searchSuggestsByBrandNameGroupedByKind() throws IOException, InterruptedException {
        String dom = open("?search=Femara");
        Matcher box = Pattern.compile("<div id=\"suggestions\" class=\"suggestions\">(.*?)</div>", Pattern.DOTALL).matcher(dom);
        assertTrue(box.find(), dom);
        assertEquals(List.of("ClinicalTrial", "Drug"), Pattern.compile("<h4>([^<]*)</h4>").matcher(box.group(1)).results()
                .map(r -> r.group(1)).toList());
        assertTrue(box.group(1).contains(">Letrozole<span class=\"how\">synonym: Femara</span></a>"), box.group(1));
    }

    @Test
    void aCatalogueFormRunsFromItsLink() throws IOException, InterruptedException {
        String dom = open("?view=questions&q=trial-outcomes&run&p.trial=" + enc(ID + "clinicaltrial/falcon"));
        assertTrue(dom.contains("<span class=\"status\">8 rows</span>"), dom);
        assertTrue(dom.contains("href=\"../#/dataset/airkg/query?query="), "open in the SPARQL editor");
        assertEquals(8, count(dom, "<td>FALCON</td>"));
    }

    @Test
    void hostileTextIsShownAsTextAndRunsNothing() throws IOException, InterruptedException {
        for (String link : List.of("?doc=" + enc(ExplorerStore.HOSTILE_DOC), "?entity=" + enc(ExplorerStore.HOSTILE_ENTITY),
                "?search=Hostilamab")) {
            String dom = open(link);
            assertFalse(Pattern.compile("<body[^>]*data-pwned").matcher(dom).find(), link + " ran a script:\n" + dom);
            assertFalse(Pattern.compile("<img", Pattern.CASE_INSENSITIVE).matcher(dom).find(), link + " made an img element");
            assertEquals(0, count(dom, "<script>"), link);
            assertTrue(dom.contains("&lt;img src=x onerror=\"document.body.setAttribute('data-pwned','img')\"&gt;"), link + "\n" + dom);
        }
    }

    private static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The DOM after Chromium ran the page at {@code /explore/LINK} until it went idle. */
    private String open(String link) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-");
        Path out = profile.resolve("dom.html");
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--virtual-time-budget=20000", "--dump-dom", server.root() + "explore/" + link)
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("Chromium did not finish with " + link);
        }
        String dom = Files.readString(out);
        assertTrue(dom.contains("data-ready=\"true\""), link + " did not finish:\n" + dom);
        return dom;
    }
}
