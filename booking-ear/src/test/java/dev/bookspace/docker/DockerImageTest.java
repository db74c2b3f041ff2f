package dev.bookspace.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps docker/ in step with the build and with what docker/test-image.sh proves when CI runs the
 * image: the same server version, driver version, modules and CLI script as the Maven build; a
 * non-root server with a health check, a graceful stop on SIGTERM, and no setting outside the README.
 */
class DockerImageTest {

    private static final Path DOCKER = Path.of(System.getProperty("docker.dir"));

    @Test
    void buildsOnTheSameWildFlyAndDriverAsTheMavenBuild() throws IOException {
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));

        assertThat(dockerfile).contains("FROM quay.io/wildfly/wildfly:" + System.getProperty("version.wildfly") + "-jdk17");
        assertThat(dockerfile).contains("ARG POSTGRESQL_VERSION=" + System.getProperty("version.postgresql"));
    }

    @Test
    void configuresTheServerWithTheBuildsScriptAndModules() throws IOException {
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));

        assertThat(dockerfile).contains("COPY --chown=jboss:jboss docker/wildfly/modules/ ${JBOSS_HOME}/modules/");
        assertThat(dockerfile).contains("jboss-cli.sh --file=/tmp/configure-server.cli");
        assertThat(DOCKER.resolve("wildfly/configure-server.cli")).exists();
        assertThat(DOCKER.resolve("wildfly/modules/org/postgresql/main/module.xml")).exists();
    }

    @Test
    void composeGivesTheApplicationTheDatabaseAndMailServerTheServerReads() throws IOException {
        String compose = Files.readString(DOCKER.resolve("compose.yaml"));
        String script = Files.readString(DOCKER.resolve("wildfly/configure-server.cli"));

        for (String variable : new String[] {"BOOKING_DB_URL", "BOOKING_DB_USER", "BOOKING_DB_PASSWORD",
                "BOOKING_SMTP_HOST", "BOOKING_SMTP_PORT"}) {
            assertThat(compose).contains(variable + ":");
            assertThat(script).contains("env." + variable);
        }
        assertThat(compose).contains("image: postgres:15");
    }

    @Test
    void runsAsANonRootUserWithAHealthCheckAgainstReadiness() throws IOException {
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));

        List<String> users = dockerfile.lines().filter(line -> line.startsWith("USER ")).toList();
        assertThat(users).last().isEqualTo("USER jboss");
        assertThat(dockerfile).containsPattern("(?m)^HEALTHCHECK ");
        assertThat(dockerfile).contains("CMD curl -fsS -o /dev/null \"http://127.0.0.1:$((9990 + BOOKING_PORT_OFFSET))/health/ready\"");
    }

    @Test
    void stopsGracefullyOnSigterm() throws IOException {
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));
        String start = Files.readString(DOCKER.resolve("wildfly/start-server.sh"));

        assertThat(dockerfile).contains("STOPSIGNAL SIGTERM").contains("ENTRYPOINT [\"/opt/jboss/start-server.sh\"]");
        // exec: standalone.sh becomes PID 1 and relays the signal; the server then suspends, waiting
        // for the requests in flight, instead of stopping at once.
        assertThat(start).contains("exec \"$JBOSS_HOME/bin/standalone.sh\"")
                .contains("-Dorg.wildfly.sigterm.suspend.timeout=\"${BOOKING_SHUTDOWN_TIMEOUT_SECONDS:-20}\"");
        assertThat(DOCKER.resolve("standin/wildfly.Containerfile")).content().contains("LAUNCH_JBOSS_IN_BACKGROUND=true");
    }

    @Test
    void everyVariableTheImageAndComposeFilesSetIsInTheReadme() throws IOException {
        String readme = Files.readString(DOCKER.resolve("../README.md"));
        String files = Files.readString(DOCKER.resolve("Dockerfile")) + Files.readString(DOCKER.resolve("wildfly/start-server.sh"))
                + Files.readString(DOCKER.resolve("compose.yaml")) + Files.readString(DOCKER.resolve("compose-cluster.yaml"));

        Matcher variable = Pattern.compile("\\bBOOKING_[A-Z_]+\\b").matcher(files);
        int seen = 0;
        while (variable.find()) {
            assertThat(readme).as("the README's row for " + variable.group()).contains("| `" + variable.group() + "` |");
            seen++;
        }
        assertThat(seen).isGreaterThan(10);
    }
}
