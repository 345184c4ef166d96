package ca.concerto.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a session keeps between requests can be copied to another node of a cluster (D55): every view- and
 * session-scoped bean is serializable, and so is every field it keeps, down to the elements of its lists and maps.
 * Weld checks the injected beans when the application deploys; this checks the state that nothing else checks, which
 * would otherwise fail only when a node replicates the session, on a page a test may never open in a cluster.
 */
class SessionStateTest {

    @Test
    void everythingASessionKeepsCanBeCopiedToAnotherNode() {
        List<Class<?>> kept = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("ca.concerto.web").stream()
                .filter(type -> type.isAnnotatedWith(ViewScoped.class) || type.isAnnotatedWith(SessionScoped.class))
                .<Class<?>>map(JavaClass::reflect).toList();
        assertThat(kept).as("the plan page's view bean is among them").contains(ca.concerto.web.interfaces.plan.PlanView.class)
                .hasSizeGreaterThan(15);

        List<String> notCopyable = new ArrayList<>();
        Set<Class<?>> checked = new HashSet<>();
        for (Class<?> bean : kept) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                notCopyable.add(bean.getName());
            }
            checkFields(bean, checked, notCopyable);
        }
        assertThat(notCopyable).isEmpty();
    }

    /** The fields of a class of Concerto's own, and of the classes of Concerto's own they hold, once each. */
    private void checkFields(Class<?> owner, Set<Class<?>> checked, List<String> notCopyable) {
        if (!checked.add(owner)) {
            return;
        }
        for (Class<?> type = owner; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (!keptBetweenRequests(field)) {
                    continue;
                }
                if (!copyable(field.getGenericType())) {
                    notCopyable.add(owner.getSimpleName() + "." + field.getName() + " (" + field.getGenericType().getTypeName() + ")");
                }
                ownClasses(field.getGenericType()).forEach(held -> checkFields(held, checked, notCopyable));
            }
        }
    }

    private static List<Class<?>> ownClasses(Type type) {
        List<Class<?>> found = new ArrayList<>();
        if (type instanceof Class<?> plain && plain.getName().startsWith("ca.concerto.") && !plain.isEnum()) {
            found.add(plain);
        } else if (type instanceof Class<?> plain && plain.isArray()) {
            found.addAll(ownClasses(plain.getComponentType()));
        } else if (type instanceof ParameterizedType generic) {
            found.addAll(ownClasses(generic.getRawType()));
            for (Type argument : generic.getActualTypeArguments()) {
                found.addAll(ownClasses(argument));
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                found.addAll(ownClasses(bound));
            }
        }
        return found;
    }

    private static boolean keptBetweenRequests(Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isAnnotationPresent(Inject.class)
                && !field.isSynthetic();
    }

    private static boolean copyable(Type type) {
        if (type instanceof Class<?> plain) {
            return plain.isPrimitive() || plain.isEnum() || Serializable.class.isAssignableFrom(plain)
                    || plain.isArray() && copyable(plain.getComponentType());
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
            boolean container = Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)
                    || Serializable.class.isAssignableFrom(raw);
            return container && !Optional.class.equals(raw)
                    && java.util.Arrays.stream(generic.getActualTypeArguments()).allMatch(SessionStateTest::copyable);
        }
        if (type instanceof WildcardType wildcard) {
            return java.util.Arrays.stream(wildcard.getUpperBounds()).allMatch(SessionStateTest::copyable);
        }
        return false;
    }
}
