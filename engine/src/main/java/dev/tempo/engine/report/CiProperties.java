package dev.tempo.engine.report;

import java.util.Map;

/**
 * The {@code <properties>} bun puts in every file's {@code <testsuite>} when it runs in CI: {@code ci},
 * the job's URL (GitHub Actions' run URL from GITHUB_SERVER_URL, GITHUB_REPOSITORY and GITHUB_RUN_ID,
 * else CI_JOB_URL as GitLab sets it), and {@code commit} (GITHUB_SHA, else CI_COMMIT_SHA, else GIT_SHA).
 * Neither known: no properties element.
 */
final class CiProperties {
    private CiProperties() {}

    /** The properties element indented for a file suite, with its newline, or "" when there is nothing to say. */
    static String xml(Map<String, String> env) {
        String ci = ciUrl(env);
        String commit = first(env, "GITHUB_SHA", "CI_COMMIT_SHA", "GIT_SHA");
        if (ci.isEmpty() && commit.isEmpty()) return "";
        StringBuilder sb = new StringBuilder("    <properties>\n");
        if (!ci.isEmpty()) sb.append("      <property name=\"ci\" value=\"").append(XmlText.escape(ci)).append("\" />\n");
        if (!commit.isEmpty()) sb.append("      <property name=\"commit\" value=\"").append(XmlText.escape(commit)).append("\" />\n");
        return sb.append("    </properties>\n").toString();
    }

    private static String ciUrl(Map<String, String> env) {
        String runId = get(env, "GITHUB_RUN_ID");
        String server = get(env, "GITHUB_SERVER_URL");
        String repo = get(env, "GITHUB_REPOSITORY");
        if (!runId.isEmpty() && !server.isEmpty() && !repo.isEmpty()) return server + "/" + repo + "/actions/runs/" + runId;
        return get(env, "CI_JOB_URL");
    }

    private static String first(Map<String, String> env, String... names) {
        for (String name : names) {
            String v = get(env, name);
            if (!v.isEmpty()) return v;
        }
        return "";
    }

    private static String get(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null ? "" : v;
    }
}
