package dev.tempo.engine.report;

import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunListener;
import dev.tempo.engine.events.RunSummary;
import dev.tempo.engine.events.TestResult;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Writes the run as JUnit XML when it finishes, in the shape bun writes:
 *
 * <pre>
 * &lt;testsuites name="tempo test" tests= assertions= failures= skipped= time=&gt;
 *   &lt;testsuite name="a.test.js" file="a.test.js" tests= assertions= failures= skipped= time= hostname=&gt;
 *     &lt;properties&gt;...&lt;/properties&gt;                       (in CI only)
 *     &lt;testcase name="t" classname="" time="0.000286" file="a.test.js" line="3" assertions="1" /&gt;
 *     &lt;testsuite name="describe" file="a.test.js" ...&gt;  (one nested suite per describe)
 *       &lt;testcase name="t" classname="inner &gt; outer" ...&gt;
 *         &lt;failure type="AssertionError" message="..."&gt;AssertionError: ...  at a.test.js:5:13&lt;/failure&gt;
 * </pre>
 *
 * The class name is the describe path innermost first, empty at top level; skipped tests carry
 * {@code <skipped />}, todo tests {@code <skipped message="TODO" />}, timeouts
 * {@code <failure type="TimeoutError" message="test timed out" />}. Messages lose their colour codes.
 * Files that failed to load and errors between tests have no test case, as in bun. Times are seconds:
 * a file's wall time, a describe's sum of its own tests' whole milliseconds, the run's wall time.
 */
public final class JUnitXmlReporter implements RunListener {
    private final Path outfile;
    private final Path root;
    private final PrintStream err;
    private final String properties;
    private final String hostname;
    private final JUnitFailure failures;
    private final FileBlocks blocks = new FileBlocks();
    private final StringBuilder suites = new StringBuilder();
    private final Metrics total = new Metrics();

    public JUnitXmlReporter(Path outfile, ReporterOptions options) {
        this(outfile, options.projectRoot(), options.err(), System.getenv(), localHostname());
    }

    /**
     * @param env      where CI properties are read from (GITHUB_RUN_ID, CI_JOB_URL, GITHUB_SHA, ...)
     * @param hostname the testsuite elements' hostname attribute
     */
    public JUnitXmlReporter(Path outfile, Path projectRoot, PrintStream err, Map<String, String> env, String hostname) {
        this.outfile = outfile;
        this.root = projectRoot.toAbsolutePath().normalize();
        this.err = err;
        this.properties = CiProperties.xml(env);
        this.hostname = hostname == null ? "" : hostname;
        this.failures = new JUnitFailure(root);
    }

    @Override
    public synchronized void onEvent(RunEvent event) {
        switch (event) {
            case RunEvent.FileStarted f -> blocks.start(f.file());
            case RunEvent.TestFinished t -> blocks.add(t.file(), t);
            case RunEvent.FileFinished f -> fileSuite(blocks.finish(f));
            case RunEvent.RunFinished r -> {
                for (FileBlocks.Block b : blocks.drain()) fileSuite(b);
                write(r.summary());
            }
            default -> { }
        }
    }

    /** The whole document as it would be written now for a run with this summary. */
    String document(RunSummary summary) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuites name=\"tempo test\" tests=\"" + total.tests + "\" assertions=\"" + total.assertions
                + "\" failures=\"" + total.failures + "\" skipped=\"" + total.skipped + "\" time=\""
                + Durations.plain(summary.durationMillis() / 1000.0) + "\">\n"
                + suites
                + "</testsuites>\n";
    }

    private void write(RunSummary summary) {
        try {
            Path parent = outfile.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.writeString(outfile, document(summary), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            err.print("error: Failed to write JUnit report to " + outfile + "\n" + e.getMessage() + "\n");
            err.flush();
        }
    }

    private void fileSuite(FileBlocks.Block block) {
        String file = block.file().displayPath();
        Suite fileSuite = new Suite(file, file, 0);
        Deque<Suite> open = new ArrayDeque<>();
        open.push(fileSuite);
        double fileMillis = -1;
        double testMillis = 0;
        for (RunEvent e : block.events()) {
            if (e instanceof RunEvent.FileFinished f) fileMillis = f.result().durationMillis();
            if (!(e instanceof RunEvent.TestFinished t)) continue;
            TestResult r = t.result();
            testMillis += r.durationMillis();
            List<String> scopes = r.id().describes().stream().filter(s -> !s.isEmpty()).toList();
            List<Suite> describes = new ArrayList<>(open).reversed().subList(1, open.size());
            int keep = 0;
            while (keep < describes.size() && keep < scopes.size() && describes.get(keep).name.equals(scopes.get(keep))) keep++;
            for (int i = describes.size(); i > keep; i--) close(open);
            for (int i = keep; i < scopes.size(); i++) open.push(new Suite(scopes.get(i), file, open.size()));
            open.peek().testCase(r, classname(scopes), file);
        }
        while (open.size() > 1) close(open);
        if (fileSuite.metrics.tests == 0) return;
        suites.append(fileSuite.xml(fileMillis >= 0 ? fileMillis : testMillis, true));
        total.add(fileSuite.metrics);
    }

    private void close(Deque<Suite> open) {
        Suite done = open.pop();
        Suite parent = open.peek();
        parent.body.append(done.xml(done.metrics.ownMillis, false));
        parent.metrics.add(done.metrics);
    }

    private static String classname(List<String> scopes) {
        return String.join(" > ", scopes.reversed());
    }

    private final class Suite {
        final String name;
        final String file;
        final int depth;
        final Metrics metrics = new Metrics();
        final StringBuilder body = new StringBuilder();

        Suite(String name, String file, int depth) {
            this.name = name;
            this.file = file;
            this.depth = depth;
        }

        String xml(double millis, boolean isFile) {
            String indent = indent(depth);
            return indent + "<testsuite name=\"" + XmlText.escape(name) + "\" file=\"" + XmlText.escape(file) + "\" tests=\""
                    + metrics.tests + "\" assertions=\"" + metrics.assertions + "\" failures=\"" + metrics.failures
                    + "\" skipped=\"" + metrics.skipped + "\" time=\"" + Durations.plain(millis / 1000.0)
                    + "\" hostname=\"" + XmlText.escape(hostname) + "\">\n"
                    + (isFile ? properties : "")
                    + body
                    + indent + "</testsuite>\n";
        }

        void testCase(TestResult r, String classname, String file) {
            metrics.tests++;
            metrics.assertions += r.expectCalls();
            metrics.ownMillis += (long) Math.max(0, r.durationMillis());
            String indent = indent(depth + 1);
            String name = r.id().name();
            body.append(indent).append("<testcase name=\"").append(XmlText.escape(name))
                    .append("\" classname=\"").append(XmlText.escape(classname))
                    .append("\" time=\"").append(Durations.junitTestSeconds(r.durationMillis()))
                    .append("\" file=\"").append(XmlText.escape(file)).append('"');
            if (r.line() > 0) body.append(" line=\"").append(r.line()).append('"');
            body.append(" assertions=\"").append(r.expectCalls()).append('"');
            String inner = switch (r.status()) {
                case PASS -> null;
                case SKIP -> {
                    metrics.skipped++;
                    yield "<skipped />";
                }
                case TODO -> {
                    metrics.skipped++;
                    yield "<skipped message=\"TODO\" />";
                }
                case FAIL -> {
                    metrics.failures++;
                    yield failures.element(r);
                }
            };
            if (inner == null) {
                body.append(" />\n");
            } else {
                body.append(">\n").append(indent).append("  ").append(inner).append('\n')
                        .append(indent).append("</testcase>\n");
            }
        }
    }

    private static String indent(int depth) {
        return "  ".repeat(depth + 1);
    }

    /** The machine's name, as gethostname() gives it; "" when it cannot be found. */
    static String localHostname() {
        try {
            Path proc = Path.of("/proc/sys/kernel/hostname");
            if (Files.isReadable(proc)) return Files.readString(proc).strip();
        } catch (IOException | RuntimeException ignored) {
            // fall through to the JDK's view
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static final class Metrics {
        int tests;
        long assertions;
        int failures;
        int skipped;
        /** Whole milliseconds of the suite's own test cases (bun does not add nested suites' time). */
        long ownMillis;

        void add(Metrics other) {
            tests += other.tests;
            assertions += other.assertions;
            failures += other.failures;
            skipped += other.skipped;
        }
    }
}
