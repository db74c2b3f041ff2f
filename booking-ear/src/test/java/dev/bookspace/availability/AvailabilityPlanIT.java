package dev.bookspace.availability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.DatabaseEndpoint;
import dev.bookspace.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The availability queries read booking_items through the index each is written for, on an organisation of 1,000
 * rooms and 97,000 stays seeded by the benchmark's generator, in both plans PostgreSQL makes of them: the custom plan
 * of pgjdbc's first executions on a connection and the generic plan it may keep after. It explains the queries
 * themselves, so binding the statuses, naming them otherwise, dropping the organisation, or any other change of shape
 * that loses the index fails here:
 * <ul>
 * <li>{@link AvailabilityService#AVAILABLE_ITEMS} (every free room) and {@link AvailabilityService#UNAVAILABLE_ITEMS}
 * (why a room is not offered) read the organisation's overlapping stays once through
 * {@code booking_items_blocking_range_idx}, with the organisation and the dates in the index's condition;</li>
 * <li>{@link AvailabilityService#AVAILABLE_ITEMS_PAGE} and its orders by price and by size walk the rooms through the
 * order's index and ask each unit's last stay before the checkout of {@code booking_items_unit_stays_idx}, and stop
 * when the page is full: the rooms walked, counted by {@code EXPLAIN ANALYZE}, are about the page's for the share
 * of rooms free, far fewer than the organisation's;</li>
 * <li>{@link AvailabilityService#NIGHTS_AROUND}, the nights of the listed rooms alone, through the exclusion
 * constraint's index by room.</li>
 * </ul>
 * The stays are freshly written and not vacuumed: the harder case, where an index-only scan is not yet cheap and
 * the exclusion constraint's index would win a tie (bench/NOTES-data.md). Some rooms are closed for most of the
 * searched week (V16): their rows count as any stay's, and the rooms are not among the free ones.
 *
 * <p>It seeds a database of its own, made here and migrated by the application's Flyway scripts: in
 * the suite's shared database, after the other tests, the same seeding once ran for minutes instead of
 * seconds, and a plan test must not depend on what ran before it.
 */
class AvailabilityPlanIT {

    private static final String INDEX = "booking_items_blocking_range_idx";
    /** The exclusion constraint's index, by organisation, room, unit and nights. */
    private static final String ROOM_INDEX = "booking_items_no_overlap";
    /** A unit's stays by check-in (V42), where a page's walk asks each room's units. */
    private static final String UNIT_STAYS_INDEX = "booking_items_unit_stays_idx";
    /** Each page's order and the index of the rooms in that order (V42) that its walk reads. */
    private static final Map<String, String> WALKS = Map.of(
            AvailabilityService.AVAILABLE_ITEMS_PAGE, "items_by_title_idx",
            AvailabilityService.AVAILABLE_ITEMS_BY_PRICE_PAGE, "items_by_price_idx",
            AvailabilityService.AVAILABLE_ITEMS_BY_SIZE_PAGE, "items_by_size_idx");
    private static final int ROOMS = 1000;
    /** The benchmark generator and the application's migrations; the tests run in booking-ear, its module directory. */
    private static final Path SEED_FUNCTION = Path.of("..", "bench", "seed-function.sql");
    private static final String MIGRATIONS = "filesystem:../booking-ejb/src/main/resources/db/migration";

    private static final String DATABASE = "bookspace_plan_" + UUID.randomUUID().toString().substring(0, 8);
    private static DatabaseEndpoint planDatabase;
    private static Long largeOrganisation;

    @BeforeAll
    static void migratedDatabaseOfItsOwn() throws SQLException {
        DatabaseEndpoint suite = TestDatabase.endpoint();
        try (Connection connection = suite.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + DATABASE);
        }
        planDatabase = new DatabaseEndpoint(suite.url().replaceFirst("/[^/?]+(\\?|$)", "/" + DATABASE + "$1"),
                suite.user(), suite.password());
        Flyway.configure().dataSource(planDatabase.dataSource()).locations(MIGRATIONS).load().migrate();
    }

    @AfterAll
    static void dropIt() throws SQLException {
        try (Connection connection = TestDatabase.endpoint().dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
    }

    @Test
    void readsBookingItemsThroughTheBlockingStaysIndexInEveryPlan() throws Exception {
        long org = largeOrganisation();
        Set<Long> closed = closeSomeRooms(org);
        assertThat(closed).as("rooms closed for the searched week").isNotEmpty();
        // A week in the seeded years, the hold check at the seed's "now", as the service binds them.
        String arguments = org + ", TIMESTAMPTZ '2026-11-25 12:00:00+00', DATE '2027-10-28', DATE '2027-11-04'";

        // Every free room (staff, a guest whose room was taken), a page of them after a cursor (the public page, the API),
        // by name, by price and by size, for any number of guests, the rooms not offered (for three guests, the stay
        // rules kept), and the listed taken rooms' nights around the stay, from which their reasons and nearest free stays are found.
        Map<String, String> queries = Map.of(
                AvailabilityService.AVAILABLE_ITEMS, arguments + ", 1",
                AvailabilityService.AVAILABLE_ITEMS_PAGE, arguments + ", 1, 'Room 0500', 0, 25",
                AvailabilityService.AVAILABLE_ITEMS_BY_PRICE_PAGE, arguments + ", 1, 10000, 0, 25",
                AvailabilityService.AVAILABLE_ITEMS_BY_SIZE_PAGE, arguments + ", 1, -2147483647, 0, 25",
                AvailabilityService.UNAVAILABLE_ITEMS, arguments + ", 3, false, 1001",
                AvailabilityService.NIGHTS_AROUND, arguments + ", '" + closed.stream().map(String::valueOf)
                        .collect(Collectors.joining(",", "{", "}")) + "'");

        try (Connection connection = planDatabase.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> query : queries.entrySet()) {
                // The same text the service sends, its ?1 … ?7 written as PostgreSQL's $1 … $7.
                statement.execute("DEALLOCATE ALL");
                statement.execute("PREPARE available_items AS " + query.getKey().replaceAll("\\?(\\d)", "\\$$1"));
                for (String mode : new String[] {"force_custom_plan", "force_generic_plan"}) {
                    statement.execute("SET plan_cache_mode = " + mode);
                    String plan = explain(statement, "EXECUTE available_items(" + query.getValue() + ")");
                    Reads reads = readsOfBookingItems(plan);

                    if (WALKS.containsKey(query.getKey())) {
                        // The rooms in the page's order from the cursor on, each unit's last stay before the checkout.
                        assertThat(reads.indexes()).as("%s: %s", mode, plan).containsExactly(UNIT_STAYS_INDEX);
                        assertThat(reads.conditions()).as("%s: %s", mode, plan).allSatisfy(condition -> assertThat(condition)
                                .contains("organisation_id = ", "item_id = ", "unit = ", "(lower(date_range)) < "));
                        assertThat(reads.roomIndexes()).as("%s: %s", mode, plan).containsExactly(WALKS.get(query.getKey()));
                        assertThat(reads.roomScans()).as("%s: %s", mode, plan).containsExactly("Index Scan");
                        // It stops when the page is full: about 25 rooms for every one in ten free, not the organisation's.
                        String walked = explain(statement, "ANALYZE, ", "EXECUTE available_items(" + query.getValue() + ")");
                        assertThat(readsOfBookingItems(walked).roomsWalked()).as("%s: rooms walked for a page of 25: %s", mode, walked)
                                .isBetween(25, ROOMS / 2);
                    } else if (query.getKey().equals(AvailabilityService.NIGHTS_AROUND)) {
                        // The listed rooms' nights alone, by room, through the exclusion constraint's index.
                        assertThat(reads.indexes()).as("%s: %s", mode, plan).containsExactly(ROOM_INDEX);
                        assertThat(reads.conditions()).as("%s: %s", mode, plan).allSatisfy(condition -> assertThat(condition)
                                .contains("organisation_id = ", "item_id = ANY", "date_range && "));
                    } else {
                        assertThat(reads.indexes()).as("%s: %s", mode, plan).containsExactly(INDEX);
                        assertThat(reads.conditions()).as("%s: %s", mode, plan)
                                .allSatisfy(condition -> assertThat(condition).contains("organisation_id = ", "date_range && "));
                    }
                    assertThat(reads.scans()).as("%s: %s", mode, plan).doesNotContain("Seq Scan");
                }
                Set<Long> answered = freeItems(statement, "EXECUTE available_items(" + query.getValue() + ")");
                if (query.getKey().equals(AvailabilityService.UNAVAILABLE_ITEMS)) {
                    assertThat(answered).as("closed rooms are among those not offered").containsAll(closed);
                } else if (query.getKey().equals(AvailabilityService.NIGHTS_AROUND)) {
                    assertThat(answered).as("closed rooms' nights are among those taken").containsAll(closed);
                } else {
                    assertThat(answered).as("closed rooms are not free").isNotEmpty().doesNotContainAnyElementsOf(closed);
                }
                if (WALKS.containsKey(query.getKey())) {
                    assertThat(answered).as("a full page").hasSize(25);
                }
            }
        }
    }

    /**
     * The date picker's nights ({@link NightsService#FREE_NIGHTS}) for a month of the same organisation: its stays
     * read once, through the same index, in both plans, whatever the number of rooms and nights; and the rooms
     * closed for most of a week leave every night some room free, none of them unbookable.
     */
    @Test
    void readsTheNightsOfAMonthThroughTheBlockingStaysIndexOnce() throws Exception {
        long org = largeOrganisation();
        String arguments = org + ", TIMESTAMPTZ '2026-11-25 12:00:00+00', DATE '2027-10-15', DATE '2027-11-15', 1, 0, ''";

        try (Connection connection = planDatabase.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("DEALLOCATE ALL");
            statement.execute("PREPARE free_nights AS " + NightsService.FREE_NIGHTS.replaceAll("\\?(\\d)", "\\$$1"));
            for (String mode : new String[] {"force_custom_plan", "force_generic_plan"}) {
                statement.execute("SET plan_cache_mode = " + mode);
                String plan = explain(statement, "EXECUTE free_nights(" + arguments + ")");
                Reads reads = readsOfBookingItems(plan);

                assertThat(reads.indexes()).as("%s: %s", mode, plan).containsExactly(INDEX);
                assertThat(reads.conditions()).as("%s: %s", mode, plan)
                        .allSatisfy(condition -> assertThat(condition).contains("organisation_id = ", "date_range && "));
                assertThat(reads.scans()).as("%s: %s", mode, plan).doesNotContain("Seq Scan");
                assertThat(plan.split("\"Index Name\": \"" + INDEX + "\"", -1)).as("%s: the stays read once: %s", mode, plan).hasSize(2);
            }
            try (ResultSet nights = statement.executeQuery("EXECUTE free_nights(" + arguments + ")")) {
                int count = 0;
                while (nights.next()) {
                    count++;
                    assertThat(nights.getLong(2)).as("free rooms on %s", nights.getDate(1)).isPositive();
                }
                assertThat(count).isEqualTo(31);
            }
        }
    }

    /** The seeded organisation, seeded by the first test that asks for it. */
    private static synchronized long largeOrganisation() throws IOException, SQLException {
        if (largeOrganisation == null) {
            largeOrganisation = seedLargeOrganisation();
        }
        return largeOrganisation;
    }

    /** One organisation as the benchmark's bench-large, with its items and stays analysed. */
    private static long seedLargeOrganisation() throws IOException, SQLException {
        try (Connection connection = planDatabase.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(Files.readString(SEED_FUNCTION));
            long org;
            try (ResultSet id = statement.executeQuery(
                    "SELECT bench.seed_organisation('plan-test', 'Plan Test Hotel', " + ROOMS + ", 1, DATE '2026-11-25')")) {
                id.next();
                org = id.getLong(1);
            }
            statement.execute("ANALYZE organisations, items, booking_items");
            return org;
        }
    }

    /**
     * Closes every twentieth room that is free for the searched week over most of it, as the service
     * closes dates (a block and its booking_items row); answers their ids. Closed dates are blocking
     * rows of booking_items like any stay, so the plan must not change for them.
     */
    private static Set<Long> closeSomeRooms(long org) throws SQLException {
        try (Connection connection = planDatabase.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("""
                    WITH free AS (
                        SELECT i.organisation_id, i.id FROM items i
                        WHERE i.organisation_id = %d AND i.id %% 20 = 0 AND NOT EXISTS (
                            SELECT 1 FROM booking_items bi WHERE bi.organisation_id = i.organisation_id AND bi.item_id = i.id
                            AND bi.booking_status IN ('unpaid', 'paid', 'complete', 'blocked')
                            AND bi.date_range && daterange(DATE '2027-10-29', DATE '2027-11-03'))),
                    blocks AS (
                        INSERT INTO room_blocks (organisation_id, item_id, date_range, reason)
                        SELECT organisation_id, id, daterange(DATE '2027-10-29', DATE '2027-11-03'), 'Plan test' FROM free
                        RETURNING organisation_id, id, item_id, date_range)
                    INSERT INTO booking_items (organisation_id, block_id, item_id, date_range, booking_status, price_minor)
                    SELECT organisation_id, id, item_id, date_range, 'blocked', 0 FROM blocks""".formatted(org));
            statement.execute("ANALYZE room_blocks, booking_items");
            Set<Long> closed = new TreeSet<>();
            try (ResultSet rows = statement.executeQuery("SELECT item_id FROM room_blocks WHERE organisation_id = " + org)) {
                while (rows.next()) {
                    closed.add(rows.getLong(1));
                }
            }
            return closed;
        }
    }

    private static Set<Long> freeItems(Statement statement, String sql) throws SQLException {
        Set<Long> ids = new TreeSet<>();
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private static String explain(Statement statement, String sql) throws SQLException {
        return explain(statement, "", sql);
    }

    /** The plan of {@code sql} as JSON, explained with more {@code options} ("ANALYZE, "). */
    private static String explain(Statement statement, String options, String sql) throws SQLException {
        try (ResultSet plan = statement.executeQuery("EXPLAIN (" + options + "FORMAT JSON) " + sql)) {
            plan.next();
            return plan.getString(1);
        }
    }

    /**
     * What a plan reads of booking_items: the indexes (every index of the table is named
     * booking_items_…) and their conditions, and the kinds of scan of the table itself; and of items, the
     * indexes, the kinds of scan and, in a plan explained with {@code ANALYZE}, the rows read.
     */
    private record Reads(Set<String> indexes, Set<String> conditions, Set<String> scans, Set<String> roomIndexes,
            Set<String> roomScans, int[] roomsRead) {

        int roomsWalked() {
            return roomsRead[0];
        }
    }

    private static Reads readsOfBookingItems(String plan) {
        Reads reads = new Reads(new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new int[1]);
        try (JsonReader reader = Json.createReader(new StringReader(plan))) {
            collect(reader.readArray().getJsonObject(0).getJsonObject("Plan"), reads);
        }
        return reads;
    }

    private static void collect(JsonObject node, Reads reads) {
        if (node.getString("Index Name", "").startsWith("booking_items")) {
            reads.indexes().add(node.getString("Index Name"));
            reads.conditions().add(node.getString("Index Cond", ""));
        }
        if (node.getString("Relation Name", "").equals("booking_items")) {
            reads.scans().add(node.getString("Node Type"));
        }
        if (node.getString("Relation Name", "").equals("items")) {
            reads.roomScans().add(node.getString("Node Type"));
            if (node.containsKey("Index Name")) {
                reads.roomIndexes().add(node.getString("Index Name"));
            }
            if (node.containsKey("Actual Rows")) {
                reads.roomsRead()[0] += node.getJsonNumber("Actual Rows").intValue() * node.getJsonNumber("Actual Loops").intValue();
            }
        }
        for (JsonValue child : node.getOrDefault("Plans", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()) {
            collect(child.asJsonObject(), reads);
        }
    }
}
