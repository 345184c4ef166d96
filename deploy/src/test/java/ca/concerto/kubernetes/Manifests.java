package ca.concerto.kubernetes;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * deploy/kubernetes as a cluster would read it: every resource its kustomization lists, each YAML document read by
 * Kubernetes' own model (fabric8), the core kinds as their classes, the operators' resources as generic ones.
 */
final class Manifests {

    static final Path DIRECTORY = Path.of(System.getProperty("concerto.kubernetes", "kubernetes"));

    private final KubernetesSerialization serialization = new KubernetesSerialization();
    private final Map<String, Object> kustomization;
    private final List<HasMetadata> resources = new ArrayList<>();

    Manifests() {
        kustomization = serialization.unmarshal(read(DIRECTORY.resolve("kustomization.yaml")), Map.class);
        for (Object file : list("resources")) {
            for (String document : read(DIRECTORY.resolve((String) file)).split("(?m)^---\\s*$")) {
                if (!document.lines().allMatch(line -> line.isBlank() || line.stripLeading().startsWith("#"))) {
                    resources.add(serialization.unmarshal(document, HasMetadata.class));
                }
            }
        }
    }

    List<HasMetadata> all() {
        return resources;
    }

    <T extends HasMetadata> List<T> all(Class<T> kind) {
        return resources.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    <T extends HasMetadata> T one(Class<T> kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind.getSimpleName() + " named " + name));
    }

    <T extends HasMetadata> Optional<T> find(Class<T> kind, String name) {
        return all(kind).stream().filter(resource -> resource.getMetadata().getName().equals(name)).findFirst();
    }

    /** The operators' resources of one kind (a CloudNativePG Cluster, a Keycloak). */
    List<GenericKubernetesResource> custom(String apiVersion, String kind) {
        return all(GenericKubernetesResource.class).stream()
                .filter(resource -> resource.getApiVersion().equals(apiVersion) && resource.getKind().equals(kind)).toList();
    }

    GenericKubernetesResource oneCustom(String apiVersion, String kind) {
        List<GenericKubernetesResource> found = custom(apiVersion, kind);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + kind + " (" + apiVersion + "), found " + found.size());
        }
        return found.get(0);
    }

    List<?> list(String key) {
        Object value = kustomization.get(key);
        return value == null ? List.of() : (List<?>) value;
    }

    String namespace() {
        return (String) kustomization.get("namespace");
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value deep in a generic resource, by its path of keys; null where the path stops. */
    @SuppressWarnings("unchecked")
    static <T> T at(Object tree, String... keys) {
        Object value = tree;
        for (String key : keys) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(key);
        }
        return (T) value;
    }
}
