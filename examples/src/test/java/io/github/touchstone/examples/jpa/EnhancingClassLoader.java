package io.github.touchstone.examples.jpa;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.hibernate.bytecode.enhance.spi.DefaultEnhancementContext;
import org.hibernate.bytecode.enhance.spi.EnhancementContext;
import org.hibernate.bytecode.enhance.spi.Enhancer;
import org.hibernate.bytecode.internal.BytecodeProviderInitiator;

/**
 * Loads an entity class enhanced by Hibernate's bytecode enhancer, as the Maven and Gradle plugins
 * (and Quarkus) enhance it at build time: inline dirty tracking and lazy loading, Hibernate's
 * defaults. The classes that must see the enhanced entity (its generated helpers, validator and
 * listener, and the code that uses them) are loaded here too, from the same class files the build
 * wrote; every other class comes from the parent.
 */
final class EnhancingClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final String entity;
    private final List<String> companions;
    private final Enhancer enhancer;

    /**
     * @param parent where every other class comes from
     * @param entity the entity class to enhance
     * @param companions the classes to load here as they are (with their nested classes)
     */
    EnhancingClassLoader(ClassLoader parent, String entity, List<String> companions) {
        super("enhanced-" + entity, parent);
        this.entity = entity;
        this.companions = List.copyOf(companions);
        EnhancementContext context = new DefaultEnhancementContext() {
            @Override
            public ClassLoader getLoadingClassLoader() {
                return parent;
            }
        };
        this.enhancer = BytecodeProviderInitiator.buildDefaultBytecodeProvider().getEnhancer(context);
    }

    private boolean isDefinedHere(String name) {
        if (name.equals(entity)) {
            return true;
        }
        for (String companion : companions) {
            if (name.equals(companion) || name.startsWith(companion + "$")) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!isDefinedHere(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                byte[] bytes = classFile(name);
                if (name.equals(entity)) {
                    bytes = enhancer.enhance(name, bytes);
                    if (bytes == null) {
                        throw new IllegalStateException("Hibernate's enhancer left " + name + " as it was");
                    }
                }
                loaded = defineClass(name, bytes, 0, bytes.length);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    private byte[] classFile(String name) throws ClassNotFoundException {
        try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
            if (in == null) {
                throw new ClassNotFoundException(name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
