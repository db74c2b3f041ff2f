package dev.bookspace.web.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.bookspace.shared.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every language's file of every bundle has the keys of the English base file, no more and no fewer, none left
 * empty, and each text takes the same {0}-style arguments as the English: a key one language lacks would show
 * another language's words (or a raw key) to that language's readers.
 */
class BundleParityTest {

    /** The bundles the pages read through MessageFormat, whose apostrophe rules {@link #apostrophesAreWrittenAsEachKindOfTextReadsThem} checks. */
    static final Set<String> FORMATTED = Set.of(
            "dev/bookspace/web/i18n/PublicPages",
            "dev/bookspace/web/i18n/Dashboard",
            "ValidationMessages");

    /** The services' bundles, read by {@code Wording}, which replaces {0} as it stands: an apostrophe is written once. */
    static final Set<String> WORDED = Set.of(
            "dev/bookspace/notification/GuestMail",
            "dev/bookspace/booking/StatusWords",
            "dev/bookspace/shared/Plural",
            "dev/bookspace/organisation/CancellationPolicy",
            "dev/bookspace/pricing/PriceLines",
            "dev/bookspace/booking/HistoryWords",
            "dev/bookspace/notification/StaffMail",
            "dev/bookspace/calendarsync/FeedErrors",
            "dev/bookspace/shared/OutboundFailures");

    /** Every resource bundle of words a person reads, in any module on this classpath. */
    static final Set<String> BUNDLES = Stream.concat(FORMATTED.stream(), WORDED.stream()).collect(Collectors.toUnmodifiableSet());

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");

    static Stream<Arguments> translations() {
        return BUNDLES.stream().flatMap(bundle -> Stream.of(Language.values())
                .filter(language -> language != Language.ENGLISH)
                .map(language -> Arguments.of(bundle, language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("translations")
    void everyLanguageHasEveryKeyOfTheEnglish(String bundle, Language language) {
        Properties english = read(bundle + ".properties");
        Properties translated = read(bundle + "_" + language.code() + ".properties");

        assertThat(translated.stringPropertyNames()).as("keys of %s_%s", bundle, language.code())
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(translated.getProperty(key)).as("%s in %s", key, language).isNotBlank();
            assertThat(arguments(translated.getProperty(key))).as("arguments of %s in %s", key, language)
                    .isEqualTo(arguments(english.getProperty(key)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void englishIsTheBaseFileAlone(String bundle) {
        assertThat(read(bundle + ".properties")).as("the English base file").isNotEmpty();
        assertThat(read(bundle + "_en.properties")).as("%s_en, which only keeps a server's own locale out", bundle)
                .isEmpty();
    }

    /**
     * A text with arguments goes through MessageFormat, where a lone apostrophe starts a quote and swallows what
     * follows; a text without is shown as it stands, where a doubled one would show twice. A pattern must also read
     * as one (a choice's branches), or the page that formats it fails.
     */
    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyFile")
    void apostrophesAreWrittenAsEachKindOfTextReadsThem(String bundle, Language language) {
        String file = bundle + (language == Language.ENGLISH ? "" : "_" + language.code()) + ".properties";
        read(file).forEach((key, value) -> {
            String text = (String) value;
            if (ARGUMENT.matcher(text).find()) {
                assertThat(text).as("%s in %s, a pattern", key, file).doesNotContainPattern("(?<!')'(?!')");
                assertThatCode(() -> new MessageFormat(text, language.locale())).as("%s in %s", key, file)
                        .doesNotThrowAnyException();
            } else {
                assertThat(text).as("%s in %s, a plain text", key, file).doesNotContain("''");
            }
        });
    }

    static Stream<Arguments> everyFile() {
        return FORMATTED.stream().flatMap(bundle -> Stream.of(Language.values()).map(language -> Arguments.of(bundle, language)));
    }

    static Stream<String> bundles() {
        return BUNDLES.stream();
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties read(String resource) {
        try (InputStream in = BundleParityTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
