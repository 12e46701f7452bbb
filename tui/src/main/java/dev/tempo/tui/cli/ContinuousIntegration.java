package dev.tempo.tui.cli;

import java.util.List;
import java.util.Map;

/**
 * Whether the run happens on a CI machine, where bun refuses {@code .only} so that a forgotten one cannot
 * quietly skip the rest of a suite. {@code CI=false} (or {@code 0}) always means "not CI".
 */
final class ContinuousIntegration {
    private static final List<String> VENDOR_VARIABLES = List.of(
            "GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "CIRCLECI", "TRAVIS", "JENKINS_URL", "TF_BUILD",
            "TEAMCITY_VERSION", "BITBUCKET_BUILD_NUMBER", "CODEBUILD_BUILD_ID", "DRONE", "SEMAPHORE", "APPVEYOR");

    private ContinuousIntegration() {}

    static boolean detected(Map<String, String> env) {
        String ci = env.get("CI");
        if (ci != null) {
            String v = ci.trim().toLowerCase(java.util.Locale.ROOT);
            if (v.equals("false") || v.equals("0")) return false;
            return true;
        }
        for (String name : VENDOR_VARIABLES) {
            if (env.containsKey(name)) return true;
        }
        return false;
    }
}
