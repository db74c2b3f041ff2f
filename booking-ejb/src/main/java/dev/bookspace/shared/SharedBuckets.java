package dev.bookspace.shared;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Where the rate limits keep their token buckets: in PostgreSQL (V35), through Bucket4j's own
 * PostgreSQL module, so every node of a cluster takes from the same bucket. A bucket's row is locked
 * only for the moment its tokens are taken ({@code SELECT … FOR UPDATE} in a short transaction of its
 * own), and can go once it would be full again.
 */
@ApplicationScoped
public class SharedBuckets {

    /** Kept this long past the moment a bucket would be full again, so a row is not swept while in use. */
    private static final Duration KEPT_AFTER_FULL = Duration.ofMinutes(5);

    @Resource(lookup = "java:jboss/datasources/BookingDS")
    private DataSource dataSource;

    private PostgreSQLSelectForUpdateBasedProxyManager<String> store;

    @PostConstruct
    void connect() {
        store = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_buckets")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEPT_AFTER_FULL))
                .build();
    }

    /**
     * Buckets named {@code limit:key}, each holding {@code configuration}'s limits. Name the limit with its
     * size ("api-key-120"), so that a changed limit starts new buckets instead of finding old ones.
     */
    public <K> TokenBuckets<K> named(String limit, BucketConfiguration configuration) {
        return new TokenBuckets<>(limit, configuration, store);
    }

    /** Removes up to {@code atMost} buckets that are full again; answers how many went. */
    public int removeFull(int atMost) {
        return store.removeExpired(atMost);
    }
}
