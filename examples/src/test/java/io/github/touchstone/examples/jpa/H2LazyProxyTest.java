package io.github.touchstone.examples.jpa;

/** Lazy proxies on an in-memory H2 database, kept for the whole test class. */
class H2LazyProxyTest extends LazyProxyContract {

    @Override
    Database database() {
        return Database.h2("touchstone-lazy-proxy");
    }
}
