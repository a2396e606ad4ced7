package org.maquis.archive.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No profile starts a Dev Service: `./mvnw quarkus:dev` must answer as soon as it is built, with or without a
 * container engine. Dev Services are off as a whole (`quarkus.devservices.enabled=false`), not only the datasource's:
 * smallrye-jwt registers one of its own in dev and test mode (it needs no container), and for any Dev Service Quarkus
 * asks Testcontainers whether a container engine works, which, with an engine and no image registry, tried to pull
 * Ryuk for about seven minutes before dev mode answered. This reads the project's configuration as each profile
 * resolves it (dev mode itself takes a minute or more to build: too slow to start here).
 */
class DevServicesTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "test", "prod"})
    void noProfileStartsADevService(String profile) throws IOException {
        SmallRyeConfig config = projectConfig(profile);
        assertEquals(Optional.of(false), config.getOptionalValue("quarkus.devservices.enabled", Boolean.class),
                profile + ": quarkus.devservices.enabled");
        List<String> enabled = new ArrayList<>();
        for (String name : config.getPropertyNames()) {
            if (name.matches("quarkus\\..*devservices.*\\.enabled")
                    && config.getOptionalValue(name, Boolean.class).orElse(false)) {
                enabled.add(name);
            }
        }
        assertEquals(List.of(), enabled, profile + ": Dev Services switched back on");
        // The datasource is always named, so that even with Dev Services on none would be started for it.
        assertTrue(config.getOptionalValue("quarkus.datasource.jdbc.url", String.class).isPresent(), profile);
        assertFalse(config.getOptionalValue("quarkus.datasource.devservices.enabled", Boolean.class).orElse(true), profile);
    }

    /** src/main/resources/application.properties as {@code profile} reads it (no environment, no system properties). */
    private static SmallRyeConfig projectConfig(String profile) throws IOException {
        URL properties = DevServicesTest.class.getClassLoader().getResource("application.properties");
        assertTrue(properties != null && properties.getPath().endsWith("classes/application.properties"), String.valueOf(properties));
        return new SmallRyeConfigBuilder().addDefaultInterceptors().withProfile(profile)
                .withSources(new PropertiesConfigSource(properties, 250)).build();
    }
}
