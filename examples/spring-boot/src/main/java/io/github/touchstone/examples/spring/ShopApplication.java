package io.github.touchstone.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small shop on Spring Boot and Spring Data JPA. Its entities keep their timestamps on
 * {@link Audited}; the listener Touchstone generates for it is built by Spring, on the
 * application's {@link java.time.Clock} bean when the context has one (a test pins time that way),
 * on the system UTC clock when it has none. Nothing beyond the JPA starter is needed for that.
 */
@SpringBootApplication
public class ShopApplication {

    /**
     * Starts the shop.
     *
     * @param args Spring Boot's arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(ShopApplication.class, args);
    }
}
