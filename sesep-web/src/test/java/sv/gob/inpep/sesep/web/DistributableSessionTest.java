package sv.gob.inpep.sesep.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * web.xml is {@code <distributable/>}: on a cluster every view- and session-scoped bean is
 * serialized into the replicated session after each request, and one value that is not
 * serializable fails the request (WildFly answered the templates page with an error on two nodes:
 * "NotSerializableException: MailTemplateView"). Every field such a bean keeps, and everything in
 * it, must be serializable.
 */
class DistributableSessionTest {

    @Test
    void everythingAViewOrSessionKeepsIsSerializable() throws Exception {
        Path classes = Path.of(DistributableSessionTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)) {
                    beans.add(type);
                }
            }
        }
        assertFalse(beans.isEmpty(), "the web module's backing beans were found in " + classes);
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            check(bean, bean.getSimpleName(), problems, new HashSet<>());
        }
        assertTrue(problems.isEmpty(), "not serializable, yet kept in a session: " + problems);
    }

    private static void check(Class<?> type, String path, List<String> problems, Set<Type> seen) {
        if (!Serializable.class.isAssignableFrom(type)) {
            problems.add(path + " (" + type.getName() + ")");
            return;
        }
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isAnnotationPresent(Inject.class)
                    || field.isSynthetic()) {
                continue;
            }
            checkType(field.getGenericType(), path + "." + field.getName(), problems, seen);
        }
    }

    private static void checkType(Type type, String path, List<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            // Collections and maps: the JDK's are serializable; what they hold must be too.
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, path + "[]", problems, seen);
            }
            return;
        }
        if (!(type instanceof Class<?> plain) || plain.isPrimitive() || plain.isEnum() || plain.getName().startsWith("java.")) {
            return;
        }
        if (plain.isArray()) {
            checkType(plain.getComponentType(), path + "[]", problems, seen);
        } else if (plain.isRecord()) {
            if (!Serializable.class.isAssignableFrom(plain)) {
                problems.add(path + " (" + plain.getName() + ")");
            }
            for (RecordComponent component : plain.getRecordComponents()) {
                checkType(component.getGenericType(), path + "." + component.getName(), problems, seen);
            }
        } else if (!plain.isInterface()) {
            check(plain, path, problems, seen);
        }
    }
}
