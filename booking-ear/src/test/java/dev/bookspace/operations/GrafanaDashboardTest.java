package dev.bookspace.operations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Grafana dashboard in docker/grafana reads only metrics the application exports, and shows every one of them. */
class GrafanaDashboardTest {

    private static final Path DASHBOARD = Path.of(System.getProperty("docker.dir", "../docker"), "grafana/bookspace-dashboard.json");
    private static final Pattern METRIC = Pattern.compile("\\b(bookspace|datasources)_[a-z_]+");

    @Test
    void everyPanelReadsMetricsTheApplicationExports() throws IOException {
        for (JsonObject panel : panels()) {
            List<String> expressions = panel.getJsonArray("targets").getValuesAs(JsonObject.class).stream()
                    .map(target -> target.getString("expr")).toList();
            assertThat(expressions).as(panel.getString("title")).isNotEmpty().allSatisfy(expression -> {
                Set<String> named = metricsIn(expression);
                assertThat(named).as(expression).isNotEmpty();
                assertThat(MetricsIT.EXPORTED).as(expression).containsAll(named);
            });
        }
    }

    @Test
    void everyExportedMetricHasAPanel() throws IOException {
        Set<String> shown = new TreeSet<>();
        for (JsonObject panel : panels()) {
            panel.getJsonArray("targets").getValuesAs(JsonObject.class)
                    .forEach(target -> shown.addAll(metricsIn(target.getString("expr"))));
        }
        Set<String> families = new TreeSet<>();
        shown.forEach(name -> families.add(family(name)));
        assertThat(MetricsIT.EXPORTED).allSatisfy(name -> assertThat(families).as(name).contains(family(name)));
    }

    private static List<JsonObject> panels() throws IOException {
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(DASHBOARD))) {
            return reader.readObject().getJsonArray("panels").getValuesAs(JsonObject.class);
        }
    }

    private static Set<String> metricsIn(String expression) {
        Set<String> names = new TreeSet<>();
        Matcher metric = METRIC.matcher(expression);
        while (metric.find()) {
            names.add(metric.group());
        }
        return names;
    }

    /** A timer's series (_count, _sum) belong to one family. */
    private static String family(String name) {
        return name.replaceAll("_(count|sum)$", "");
    }
}
