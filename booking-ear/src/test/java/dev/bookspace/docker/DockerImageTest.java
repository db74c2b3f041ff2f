package dev.bookspace.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docker/ cannot be built on machines without a Docker engine, so this keeps it honest: the image
 * uses the same server version, driver version, modules and CLI script as the Maven build.
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
}
