package dev.tempo.engine.report;

import static dev.tempo.engine.report.EventScript.error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunEvent.TestFile;
import dev.tempo.engine.events.TestStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitXmlReporterTest {
    @TempDir
    Path root;

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    private String run(List<RunEvent> events, Map<String, String> env) throws IOException {
        Path out = root.resolve("reports/junit.xml");
        EventScript.feed(new JUnitXmlReporter(out, root, err, env, "vm"), events);
        return Files.readString(out);
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** bun's XML with what legitimately differs made equal: times, the root's name, describe lines. */
    private static String comparable(String xml) {
        return xml.replaceAll(" time=\"[^\"]*\"", " time=\"T\"")
                .replace("<testsuites name=\"bun test\"", "<testsuites name=\"tempo test\"")
                .replaceAll("(<testsuite name=\"[^\"]*\" file=\"[^\"]*\") line=\"\\d+\"", "$1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"basic", "frames", "many"})
    void hasBunsShape(String scenario) throws Exception {
        String xml = run(GoldenScenarios.events(scenario, root, false), Map.of());
        String bun = Files.readString(Golden.RESOURCES.resolve("golden/" + scenario + ".junit.xml"));

        assertThat(comparable(xml)).isEqualTo(comparable(bun));
        parse(xml);
    }

    @Test
    void countsNestsAndTimesFromTheEvents() throws Exception {
        Document doc = parse(run(GoldenScenarios.basic(root, false), Map.of()));
        Element suites = doc.getDocumentElement();

        assertThat(suites.getTagName()).isEqualTo("testsuites");
        assertThat(suites.getAttribute("tests")).isEqualTo("13");
        assertThat(suites.getAttribute("failures")).isEqualTo("5");
        assertThat(suites.getAttribute("skipped")).isEqualTo("2");
        assertThat(suites.getAttribute("assertions")).isEqualTo("9");
        assertThat(suites.getAttribute("time")).isEqualTo("0.051");

        List<Element> files = children(suites, "testsuite");
        assertThat(files).extracting(e -> e.getAttribute("name"))
                .containsExactly("fail.test.js", "pass.test.js", "types.test.ts", "unhandled.test.js");
        Element pass = files.get(1);
        assertThat(pass.getAttribute("time")).isEqualTo("0.0313");
        assertThat(pass.getAttribute("hostname")).isEqualTo("vm");
        Element outer = children(pass, "testsuite").getFirst();
        assertThat(outer.getAttribute("name")).isEqualTo("outer");
        assertThat(outer.getAttribute("time")).isEqualTo("0.03");
        assertThat(outer.getAttribute("tests")).isEqualTo("2");
        Element nested = children(children(outer, "testsuite").getFirst(), "testcase").getFirst();
        assertThat(nested.getAttribute("classname")).isEqualTo("inner > outer");
        assertThat(nested.getAttribute("time")).isEqualTo("0.00006");
        assertThat(nested.getAttribute("line")).isEqualTo("9");

        Element toBe = children(files.getFirst(), "testcase").getFirst();
        Element failure = children(toBe, "failure").getFirst();
        assertThat(failure.getAttribute("type")).isEqualTo("AssertionError");
        assertThat(failure.getAttribute("message")).isEqualTo("expect(received).toBe(expected)\n\nExpected: 2\nReceived: 1\n");
        assertThat(failure.getTextContent()).isEqualTo(
                "AssertionError: expect(received).toBe(expected)\n\nExpected: 2\nReceived: 1\n\n      at fail.test.js:5:13\n");
        Element todo = children(files.getFirst(), "testcase").get(3);
        assertThat(children(todo, "skipped").getFirst().getAttribute("message")).isEqualTo("TODO");
    }

    @Test
    void escapesEveryStringAndDropsWhatXmlCannotHold() throws Exception {
        EventScript s = new EventScript(root);
        TestFile f = s.file("we<ird> & \"odd\".test.js");
        String nasty = "it's <b>&amp;</b> \"q\" \u0001bell\u0007 tab\there\r\nnl \uD83D\uDE00 lone\uD800 \uFFFE";
        s.start(f)
                .fail(f, 1, 0, 1, error("Type\"Error", "\u001b[31mred\u001b[0m " + nasty, s.at("fn<>", "x.js", 1, 2)), "d&d", nasty)
                .finish(f, 2);
        String xml = run(s.run(3), Map.of());

        Document doc = parse(xml);
        Element file = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertThat(file.getAttribute("name")).isEqualTo("we<ird> & \"odd\".test.js");
        Element tc = (Element) doc.getElementsByTagName("testcase").item(0);
        String kept = "it's <b>&amp;</b> \"q\" bell tab\there\r\nnl \uD83D\uDE00 lone ";
        assertThat(tc.getAttribute("name")).isEqualTo(kept);
        assertThat(tc.getAttribute("classname")).isEqualTo("d&d");
        Element failure = (Element) tc.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("Type\"Error");
        assertThat(failure.getAttribute("message")).isEqualTo("red " + kept);
        assertThat(failure.getTextContent()).isEqualTo("Type\"Error: red " + kept + "\n      at fn<> (x.js:1:2)\n");
        assertThat(xml).doesNotContain("\u0001", "\u0007", "\u001b", "\uFFFE");
    }

    @Test
    void carriesCiPropertiesInEveryFileSuite() throws Exception {
        Map<String, String> github = Map.of("GITHUB_RUN_ID", "77", "GITHUB_SERVER_URL", "https://github.com",
                "GITHUB_REPOSITORY", "o/r", "GITHUB_SHA", "abc123");
        Document doc = parse(run(GoldenScenarios.frames(root), github));

        NodeList props = doc.getElementsByTagName("properties");
        assertThat(props.getLength()).isEqualTo(3);
        Element ci = (Element) ((Element) props.item(0)).getElementsByTagName("property").item(0);
        assertThat(ci.getAttribute("name")).isEqualTo("ci");
        assertThat(ci.getAttribute("value")).isEqualTo("https://github.com/o/r/actions/runs/77");
        Element commit = (Element) ((Element) props.item(2)).getElementsByTagName("property").item(1);
        assertThat(commit.getAttribute("name")).isEqualTo("commit");
        assertThat(commit.getAttribute("value")).isEqualTo("abc123");

        String gitlab = CiProperties.xml(Map.of("CI_JOB_URL", "https://gitlab.example/j/1", "CI_COMMIT_SHA", "def"));
        assertThat(gitlab).contains("name=\"ci\" value=\"https://gitlab.example/j/1\"", "name=\"commit\" value=\"def\"");
        assertThat(CiProperties.xml(Map.of())).isEmpty();
    }

    @Test
    void filesComeInTheOrderTheyFinishAndTimeoutsAreTimeoutErrors() throws Exception {
        EventScript s = new EventScript(root);
        TestFile a = s.file("a.test.js");
        TestFile b = s.file("b.test.js");
        s.start(a).start(b)
                .test(b, TestStatus.FAIL, 5001, 0, 3, true, List.of(error("TimeoutError", "this test timed out after 5000ms.")), "slow")
                .pass(a, 1, 1, 2, "quick")
                .finish(b, 5002)
                .finish(a, 10);
        Document doc = parse(run(s.run(5010), Map.of()));

        List<Element> files = children(doc.getDocumentElement(), "testsuite");
        assertThat(files).extracting(e -> e.getAttribute("name")).containsExactly("b.test.js", "a.test.js");
        Element failure = (Element) files.getFirst().getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("TimeoutError");
        assertThat(failure.getAttribute("message")).isEqualTo("test timed out");
        assertThat(doc.getDocumentElement().getAttribute("time")).isEqualTo("5.01");
    }

    @Test
    void aFileStillOpenAfterABailIsWrittenWithItsTestsTime() throws Exception {
        EventScript s = new EventScript(root);
        TestFile a = s.file("a.test.js");
        s.start(a).fail(a, 2.5, 1, 2, error("Error", "boom"), "first");
        Document doc = parse(run(s.run(s.summary(4, true)), Map.of()));

        Element file = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertThat(file.getAttribute("time")).isEqualTo("0.0025");
        assertThat(file.getAttribute("failures")).isEqualTo("1");
    }

    @Test
    void aMatcherMessageWithoutItsClosingNewlineIsLaidOutAsBunLaysItOut() throws Exception {
        EventScript s = new EventScript(root);
        TestFile f = s.file("a.test.js");
        s.start(f).fail(f, 1, 1, 2, error("Error", "expect(received).toBe(expected)\n\nExpected: 2\nReceived: 1",
                s.at("", "a.test.js", 2, 30)), "b1").finish(f, 2);
        Element failure = (Element) parse(run(s.run(3), Map.of())).getElementsByTagName("failure").item(0);

        assertThat(failure.getAttribute("message")).isEqualTo("expect(received).toBe(expected)\n\nExpected: 2\nReceived: 1\n");
        assertThat(failure.getTextContent()).endsWith("Received: 1\n\n      at a.test.js:2:30\n");
    }

    @Test
    void anEmptyRunIsAnEmptyDocument() throws Exception {
        Document doc = parse(run(new EventScript(root).run(1), Map.of()));

        assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("0");
        assertThat(doc.getDocumentElement().getChildNodes().getLength()).isLessThanOrEqualTo(1);
    }

    @Test
    void saysSoWhenTheReportCannotBeWritten() throws IOException {
        Path blocked = root.resolve("file");
        Files.writeString(blocked, "not a directory");
        EventScript.feed(new JUnitXmlReporter(blocked.resolve("out.xml"), root, err, Map.of(), "vm"), new EventScript(root).run(1));

        assertThat(errBytes.toString(StandardCharsets.UTF_8)).startsWith("error: Failed to write JUnit report to " + blocked.resolve("out.xml"));
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(tag)) out.add(e);
        }
        return out;
    }
}
