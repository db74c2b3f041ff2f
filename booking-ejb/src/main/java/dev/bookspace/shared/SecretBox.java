package dev.bookspace.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Seals the secrets Bookspace must keep readable (organisations' Stripe keys, webhook signing secrets,
 * queued mail with its sign-in links) with AES-256-GCM, so a copy of the database or a backup does not
 * give them away. A sealed value names its key ({@code enc:v1:<key id>:<base64 of nonce and ciphertext>}),
 * so keys can be rotated: the first key of {@code BOOKING_SECRETS_KEYS} seals, every key listed opens,
 * and {@link SecretsRotation} reseals at start whatever an older key sealed. A value without the prefix
 * is one stored before sealing began; it reads as it is until the rotation seals it.
 */
public final class SecretBox {

    static final String PREFIX = "enc:v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] CONTEXT = "bookspace secret".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();

    private static volatile SecretBox configured;

    /** A key and the id sealed values name it by. */
    record Key(String id, SecretKey key) {
    }

    private final List<Key> keys;

    SecretBox(List<Key> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("At least one key is needed to seal secrets");
        }
        this.keys = List.copyOf(keys);
    }

    /**
     * The server's box: the keys of {@code booking.secrets.keys} ({@code id:base64 key,…}, the sealing key
     * first), or, when none is configured, one key made on first use and kept in the server's data
     * directory, which serves one server; a cluster's nodes must all be given the same keys.
     */
    public static SecretBox configured() {
        SecretBox box = configured;
        if (box == null) {
            synchronized (SecretBox.class) {
                box = configured;
                if (box == null) {
                    Optional<String> listed = ConfigProvider.getConfig().getOptionalValue("booking.secrets.keys", String.class);
                    box = new SecretBox(listed.map(SecretBox::parse).orElseGet(SecretBox::localKey));
                    configured = box;
                }
            }
        }
        return box;
    }

    /** A box of these keys ({@code id:base64,…}, the sealing key first), as {@code BOOKING_SECRETS_KEYS} lists them. */
    public static SecretBox withKeys(String listed) {
        return new SecretBox(parse(listed));
    }

    /** Parses {@code id:base64,id:base64}; each key is 32 bytes (AES-256). */
    static List<Key> parse(String listed) {
        List<Key> keys = new ArrayList<>();
        for (String entry : listed.split(",")) {
            String[] parts = entry.strip().split(":", 2);
            if (parts.length != 2 || !parts[0].matches("[A-Za-z0-9_-]{1,32}")) {
                throw new IllegalStateException("BOOKING_SECRETS_KEYS takes id:base64-key pairs separated by commas");
            }
            byte[] key = Base64.getDecoder().decode(parts[1].strip());
            if (key.length != 32) {
                throw new IllegalStateException("Secrets key " + parts[0] + " must be 32 bytes (openssl rand -base64 32)");
            }
            keys.add(new Key(parts[0], new SecretKeySpec(key, "AES")));
        }
        return keys;
    }

    private static List<Key> localKey() {
        Path file = Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "bookspace-secrets.key");
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                RANDOM.nextBytes(key);
                Files.writeString(file, "local:" + Base64.getEncoder().encodeToString(key), StandardOpenOption.CREATE_NEW);
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the secrets key in " + file, e);
        }
    }

    /** Sealed under the first key; null stays null. */
    public String seal(String secret) {
        if (secret == null) {
            return null;
        }
        Key key = keys.get(0);
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(CONTEXT);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] stored = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
            return PREFIX + key.id() + ":" + Base64.getEncoder().withoutPadding().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal a secret", e);
        }
    }

    /** The secret a stored value holds; a value stored before sealing began reads as it is. */
    public String open(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        String[] parts = stored.substring(PREFIX.length()).split(":", 2);
        Key key = keys.stream().filter(candidate -> candidate.id().equals(parts[0])).findFirst()
                .orElseThrow(() -> new IllegalStateException("A secret is sealed with key " + parts[0]
                        + ", which BOOKING_SECRETS_KEYS no longer lists"));
        try {
            byte[] bytes = Base64.getDecoder().decode(parts[1]);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(CONTEXT);
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A sealed secret under key " + parts[0] + " is damaged", e);
        }
    }

    /**
     * A keyed digest (HMAC-SHA256, hex) of the text, for tokens the server hands out and must recognise
     * later, on any node: under a key derived from the sealing key, never the sealing key itself.
     */
    public String mac(String text) {
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(keys.get(0).key());
            byte[] macKey = derive.doFinal("bookspace mac".getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(macKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
    }

    /** Whether a stored value is sealed under the sealing key, so the rotation can leave it. */
    public boolean isCurrent(String stored) {
        return stored == null || stored.startsWith(PREFIX + keys.get(0).id() + ":");
    }

    /** The stored values sealed under the current key start with this. */
    public String currentPrefix() {
        return PREFIX + keys.get(0).id() + ":";
    }
}
