package io.github.touchstone.examples.jpa;

/** Lazy proxies on an in-memory H2 database, kept for the whole test class. */
class H2LazyProxyTest extends LazyProxyContract {

    @Override
    String url() {
        return "jdbc:h2:mem:touchstone-lazy-proxy;DB_CLOSE_DELAY=-1";
    }

    @Override
    String user() {
        return null;
    }

    @Override
    String password() {
        return null;
    }
}
