package io.github.touchstone.processor;

import com.google.testing.compile.Compilation;
import io.github.touchstone.TimestampValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * The classes of a compilation, loaded, with small reflective helpers so that tests can call
 * generated code and read entity fields.
 *
 * <p>An entity is named as its generated classes are: {@code com.acme.Agent} for
 * {@code com.acme.AgentTimestamps}, {@code com.acme.Outer_Inner} for the nested
 * {@code Outer.Inner}.
 */
final class GeneratedClasses extends ClassLoader {

    private final Map<String, byte[]> classes = new HashMap<>();

    GeneratedClasses(Compilation compilation) {
        super(GeneratedClasses.class.getClassLoader());
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                String path = file.toUri().getPath();
                String name = path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length(),
                        path.length() - ".class".length()).replace('/', '.');
                try (InputStream in = file.openInputStream()) {
                    classes.put(name, in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }

    Class<?> type(String name) {
        try {
            return loadClass(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("not generated: " + name + "; have " + classes.keySet(), e);
        }
    }

    /** Calls a static method by name. */
    Object callStatic(String type, String method, Object... args) {
        return invoke(type(type), null, method, args);
    }

    /** The generated helper {@code <entity>Timestamps} on {@code clock}. */
    Object timestamps(String entity, Clock clock) {
        return callStatic(entity + "Timestamps", "withClock", clock);
    }

    /** The generated helper {@code <entity>Timestamps} on a clock fixed at {@code now} in UTC. */
    Object timestamps(String entity, Instant now) {
        return timestamps(entity, Clock.fixed(now, ZoneOffset.UTC));
    }

    /** The generated helper {@code <entity>Timestamps} as the entity's validator, on a clock fixed at {@code now} in UTC. */
    @SuppressWarnings("unchecked")
    TimestampValidator<Object> validator(String entity, Instant now) {
        return (TimestampValidator<Object>) timestamps(entity, now);
    }

    /** Creates an instance through the no-argument constructor. */
    Object create(String type) {
        try {
            var constructor = type(type).getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Creates a record through its canonical constructor. */
    Object record(String type, Object... components) {
        Class<?> record = type(type);
        Class<?>[] types = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            var constructor = record.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(components);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Calls an instance method by name; an exception thrown by it is rethrown as is. */
    static Object call(Object target, String method, Object... args) {
        return invoke(target.getClass(), target, method, args);
    }

    private static Object invoke(Class<?> type, Object target, String name, Object... args) {
        Method found = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == args.length)
                .findFirst()
                // the JPA callbacks, which are not public API
                .or(() -> Arrays.stream(type.getDeclaredMethods())
                        .filter(m -> m.getName().equals(name) && m.getParameterCount() == args.length)
                        .findFirst())
                .orElseThrow(() -> new AssertionError("no method " + name + " with " + args.length
                        + " parameters in " + type));
        found.setAccessible(true);
        try {
            return found.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AssertionError(e.getCause());
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    /** Calls a method without parameters that the class declares, whatever its access. */
    static Object invokeDeclared(Object target, String method) {
        try {
            Method declared = target.getClass().getDeclaredMethod(method);
            declared.setAccessible(true);
            return declared.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Reads a field (declared in the class or a superclass) or a record component. */
    static Object get(Object target, String name) {
        if (target.getClass().isRecord()) {
            for (RecordComponent component : target.getClass().getRecordComponents()) {
                if (component.getName().equals(name)) {
                    try {
                        Method accessor = component.getAccessor();
                        accessor.setAccessible(true);
                        return accessor.invoke(target);
                    } catch (ReflectiveOperationException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }
        try {
            Field field = field(target.getClass(), name);
            field.setAccessible(true);
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    /** Writes a field (declared in the class or a superclass). */
    static void set(Object target, String name, Object value) {
        try {
            Field field = field(target.getClass(), name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> t = type; t != null; t = t.getSuperclass()) {
            try {
                return t.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new AssertionError("no field " + name + " in " + type);
    }
}
