package ca.concerto.kubernetes;

import static ca.concerto.kubernetes.Manifests.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The production manifests hold together as a cluster would need them to (no cluster is reachable here): what
 * selects the application's pods selects them, every port and probe names something the container opens, every
 * Secret and ConfigMap referenced is defined with the keys asked of it, and the replicas, the database and Keycloak
 * find each other under the names the operators give their Services.
 */
class ManifestsTest {

    private static final String CNPG = "postgresql.cnpg.io/v1";
    private static final String KEYCLOAK = "k8s.keycloak.org/v2alpha1";

    /** A Secret referenced, and the key asked of it; null when the whole Secret is asked for. */
    private record SecretKey(String secret, String key) {
    }

    private final Manifests manifests = new Manifests();
    private final Deployment application = manifests.one(Deployment.class, "concerto");
    private final Container wildfly = application.getSpec().getTemplate().getSpec().getContainers().get(0);

    @Test
    void everyListedResourceIsReadByKubernetesModelWithANameAndTheKindsExpected() {
        assertThat(manifests.all()).allSatisfy(resource -> assertThat(resource.getMetadata().getName()).isNotBlank());
        assertThat(manifests.all(Deployment.class)).hasSize(1);
        assertThat(manifests.all(Service.class)).hasSize(2);
        assertThat(manifests.all(PodDisruptionBudget.class)).hasSize(1);
        assertThat(manifests.all(HorizontalPodAutoscaler.class)).hasSize(1);
        assertThat(manifests.all(Ingress.class)).hasSize(2);
        assertThat(manifests.custom(CNPG, "Cluster")).hasSize(1);
        assertThat(manifests.custom(CNPG, "ScheduledBackup")).hasSize(1);
        assertThat(manifests.custom(KEYCLOAK, "Keycloak")).hasSize(1);
        // Every generic resource is an operator's: a core kind misspelt would land here too.
        assertThat(manifests.all(GenericKubernetesResource.class))
                .allSatisfy(resource -> assertThat(resource.getApiVersion()).isIn(CNPG, KEYCLOAK));
        assertThat(manifests.namespace()).isEqualTo(manifests.one(io.fabric8.kubernetes.api.model.Namespace.class,
                "concerto").getMetadata().getName());
    }

    @Test
    void theServicesTheBudgetAndTheAutoscalerAllDesignateTheApplicationsPods() {
        Map<String, String> podLabels = application.getSpec().getTemplate().getMetadata().getLabels();
        assertThat(podLabels).containsAllEntriesOf(application.getSpec().getSelector().getMatchLabels());
        for (Service service : manifests.all(Service.class)) {
            assertThat(podLabels).as(service.getMetadata().getName()).containsAllEntriesOf(service.getSpec().getSelector());
        }
        PodDisruptionBudget budget = manifests.one(PodDisruptionBudget.class, "concerto");
        assertThat(podLabels).containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels());
        // A budget that lets every replica go, or none, is no budget.
        assertThat(budget.getSpec().getMaxUnavailable().getIntVal()).isBetween(1, application.getSpec().getReplicas() - 1);

        HorizontalPodAutoscaler autoscaler = manifests.one(HorizontalPodAutoscaler.class, "concerto");
        assertThat(autoscaler.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(application.getMetadata().getName());
        assertThat(autoscaler.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(application.getSpec().getReplicas());
        assertThat(autoscaler.getSpec().getMaxReplicas()).isGreaterThan(autoscaler.getSpec().getMinReplicas());
    }

    @Test
    void servicesIngressesAndProbesNamePortsThatExist() {
        for (Service service : manifests.all(Service.class)) {
            for (ServicePort port : service.getSpec().getPorts()) {
                assertThat(opens(port.getTargetPort())).as(service.getMetadata().getName() + " → " + port.getTargetPort()).isTrue();
            }
        }
        IngressBackend backend = manifests.one(Ingress.class, "concerto").getSpec().getRules().get(0).getHttp().getPaths().get(0).getBackend();
        Service service = manifests.one(Service.class, backend.getService().getName());
        assertThat(service.getSpec().getPorts()).extracting(ServicePort::getName).contains(backend.getService().getPort().getName());

        // MicroProfile Health's three endpoints, on the management interface (configure.cli adds the subsystem).
        assertThat(probe(wildfly.getStartupProbe())).isEqualTo("/health/started");
        assertThat(probe(wildfly.getReadinessProbe())).isEqualTo("/health/ready");
        assertThat(probe(wildfly.getLivenessProbe())).isEqualTo("/health/live");
        assertThat(Manifests.read(Manifests.DIRECTORY.resolve("../wildfly/configure.cli"))).contains("microprofile-health-smallrye:add");
    }

    @Test
    void everySecretAndConfigMapReferencedIsDefinedWithTheKeysAskedOfIt() {
        List<SecretKey> secretKeys = new ArrayList<>();
        List<String> configMaps = new ArrayList<>();
        wildfly.getEnvFrom().forEach(source -> {
            if (source.getSecretRef() != null) {
                secretKeys.add(new SecretKey(source.getSecretRef().getName(), null));
            }
            if (source.getConfigMapRef() != null) {
                configMaps.add(source.getConfigMapRef().getName());
            }
        });
        for (EnvVar variable : wildfly.getEnv()) {
            if (variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null) {
                secretKeys.add(new SecretKey(variable.getValueFrom().getSecretKeyRef().getName(), variable.getValueFrom().getSecretKeyRef().getKey()));
            }
        }
        GenericKubernetesResource database = manifests.oneCustom(CNPG, "Cluster");
        Map<String, Object> cluster = database.getAdditionalProperties();
        secretKeys.add(new SecretKey(at(cluster, "spec", "bootstrap", "initdb", "secret", "name"), "password"));
        for (Map<String, Object> role : Manifests.<List<Map<String, Object>>>at(cluster, "spec", "managed", "roles")) {
            String secret = at(role, "passwordSecret", "name");
            secretKeys.add(new SecretKey(secret, "password"));
            assertThat(key(secret, "username")).as("the role's name in " + secret).isEqualTo(role.get("name"));
        }
        assertThat(key(at(cluster, "spec", "bootstrap", "initdb", "secret", "name"), "username"))
                .isEqualTo(at(cluster, "spec", "bootstrap", "initdb", "owner"));
        Map<String, Object> store = at(cluster, "spec", "backup", "barmanObjectStore", "s3Credentials");
        for (Object credential : store.values()) {
            secretKeys.add(new SecretKey(at(credential, "name"), at(credential, "key")));
        }
        Map<String, Object> keycloak = manifests.oneCustom(KEYCLOAK, "Keycloak").getAdditionalProperties();
        for (String part : List.of("usernameSecret", "passwordSecret")) {
            secretKeys.add(new SecretKey(at(keycloak, "spec", "db", part, "name"), at(keycloak, "spec", "db", part, "key")));
        }
        secretKeys.add(new SecretKey(at(keycloak, "spec", "bootstrapAdmin", "user", "secret"), "password"));
        Map<String, Object> placeholders = at(realmImport(), "spec", "placeholders");
        for (Object placeholder : placeholders.values()) {
            secretKeys.add(new SecretKey(at(placeholder, "secret", "name"), at(placeholder, "secret", "key")));
        }

        assertThat(secretKeys).hasSizeGreaterThan(15).allSatisfy(wanted -> {
            Secret secret = manifests.one(Secret.class, wanted.secret());
            if (wanted.key() != null) {
                assertThat(secret.getStringData()).as(wanted.secret()).containsKey(wanted.key());
            }
        });
        assertThat(configMaps).isNotEmpty().allSatisfy(name -> manifests.one(ConfigMap.class, name));

        // TLS certificates are cert-manager's to make: each Ingress naming one asks cert-manager for it.
        for (Ingress ingress : manifests.all(Ingress.class)) {
            assertThat(ingress.getSpec().getTls()).isNotEmpty();
            assertThat(ingress.getMetadata().getAnnotations()).containsKey("cert-manager.io/cluster-issuer");
        }
    }

    @Test
    void theApplicationReachesTheDatabaseAndKeycloakUnderTheNamesTheirOperatorsGiveTheirServices() {
        Map<String, String> config = manifests.one(ConfigMap.class, "concerto-config").getData();
        GenericKubernetesResource database = manifests.oneCustom(CNPG, "Cluster");
        // CloudNativePG's Service to the primary is the cluster's name followed by -rw.
        String primary = database.getMetadata().getName() + "-rw";
        assertThat(config).containsEntry("CONCERTO_DB_HOST", primary)
                .containsEntry("CONCERTO_DB_NAME", at(database.getAdditionalProperties(), "spec", "bootstrap", "initdb", "database"));
        Map<String, Object> keycloak = manifests.oneCustom(KEYCLOAK, "Keycloak").getAdditionalProperties();
        assertThat(Manifests.<String>at(keycloak, "spec", "db", "host")).isEqualTo(primary);
        assertThat(manifests.custom(CNPG, "Database")).anySatisfy(base -> {
            assertThat(Manifests.<String>at(base.getAdditionalProperties(), "spec", "name")).isEqualTo(at(keycloak, "spec", "db", "database"));
            assertThat(Manifests.<String>at(base.getAdditionalProperties(), "spec", "cluster", "name")).isEqualTo(database.getMetadata().getName());
        });
        assertThat(manifests.custom(CNPG, "ScheduledBackup")).allSatisfy(backup -> assertThat(
                Manifests.<String>at(backup.getAdditionalProperties(), "spec", "cluster", "name")).isEqualTo(database.getMetadata().getName()));

        // The Keycloak operator's Service is the resource's name followed by -service; the login pages' address is
        // the realm's issuer the application trusts.
        String keycloakService = manifests.oneCustom(KEYCLOAK, "Keycloak").getMetadata().getName() + "-service";
        Ingress login = manifests.one(Ingress.class, "concerto-keycloak");
        assertThat(login.getSpec().getRules().get(0).getHttp().getPaths().get(0).getBackend().getService().getName()).isEqualTo(keycloakService);
        assertThat(config.get("CONCERTO_KEYCLOAK_URL")).startsWith("http://" + keycloakService + ":");
        String loginHost = login.getSpec().getRules().get(0).getHost();
        assertThat(config.get("CONCERTO_OIDC_PROVIDER_URL")).isEqualTo("https://" + loginHost + "/realms/concerto");
        assertThat(Manifests.<String>at(keycloak, "spec", "hostname", "hostname")).isEqualTo("https://" + loginHost);
    }

    @Test
    void theReplicasFindEachOtherThroughTheHeadlessService() {
        Service headless = manifests.all(Service.class).stream().filter(service -> "None".equals(service.getSpec().getClusterIP()))
                .findFirst().orElseThrow();
        // A starting replica must be found before it is ready, or it forms a cluster of its own.
        assertThat(headless.getSpec().getPublishNotReadyAddresses()).isTrue();
        assertThat(manifests.one(ConfigMap.class, "concerto-config").getData())
                .containsEntry("JGROUPS_DNS_QUERY", headless.getMetadata().getName() + "." + manifests.namespace() + ".svc.cluster.local");
        assertThat(headless.getSpec().getPorts()).extracting(port -> port.getTargetPort().getStrVal()).containsExactly("jgroups");
        assertThat(port("jgroups").getContainerPort()).isEqualTo(7600);
        // The local cluster's configuration, with DNS_PING in place of its fixed list of members.
        String cluster = Manifests.read(Manifests.DIRECTORY.resolve("../wildfly/cluster.cli"));
        assertThat(cluster).contains("MPING:remove", "TCPPING:add", "FD_SOCK2:add",
                "socket-binding=jgroups-tcp-fd:add(interface=private, port=" + port("jgroups-fd").getContainerPort() + ")");
        String discovery = Manifests.read(Manifests.DIRECTORY.resolve("image/discovery.cli"));
        assertThat(discovery).contains("TCPPING:remove", "DNS_PING", "${env.JGROUPS_DNS_QUERY}");
        assertThat(wildfly.getEnv()).extracting(EnvVar::getName).contains("POD_IP");
    }

    @Test
    void theImageIsTheWildFlyThePlatformRunsWithWhatTheDeploymentSets() {
        String containerfile = Manifests.read(Manifests.DIRECTORY.resolve("image/Containerfile"));
        Matcher from = Pattern.compile("(?m)^FROM quay\\.io/wildfly/wildfly:(\\S+)-jdk17$").matcher(containerfile);
        assertThat(from.find()).as("FROM the WildFly image").isTrue();
        assertThat(from.group(1)).isEqualTo(System.getProperty("wildfly.version"));
        assertThat(containerfile).contains("standalone-ha.xml", "concerto.ear");
        assertThat(containerfile.indexOf("--file=/tmp/concerto/configure.cli")).as("configure, then cluster, then discovery")
                .isPositive().isLessThan(containerfile.indexOf("--file=/tmp/concerto/cluster.cli"));
        assertThat(containerfile.indexOf("--file=/tmp/concerto/cluster.cli")).isLessThan(containerfile.indexOf("--file=/tmp/concerto/discovery.cli"));
        for (String port : List.of("8080", "9990", "7600", "7700")) {
            assertThat(containerfile).contains(port);
        }
        List<?> images = manifests.list("images");
        assertThat(images).extracting(image -> at(image, "name")).containsExactly(wildfly.getImage());

        // Every setting the Deployment gives is one the platform reads (a misspelt one would be silently ignored),
        // and every one the platform reads is given.
        Set<String> read = settingsThePlatformReads();
        List<String> given = new ArrayList<>(manifests.one(ConfigMap.class, "concerto-config").getData().keySet());
        given.addAll(manifests.one(Secret.class, "concerto-oidc").getStringData().keySet());
        wildfly.getEnv().forEach(variable -> given.add(variable.getName()));
        assertThat(read).hasSizeGreaterThan(10);
        assertThat(given).filteredOn(name -> name.startsWith("CONCERTO_")).allSatisfy(name -> assertThat(read).contains(name));
        assertThat(given).containsAll(read);
    }

    @Test
    void theRealmImportedInKubernetesIsTheLocalRealmWithoutItsDemoPeopleAndBodies() throws IOException {
        Map<String, Object> spec = at(realmImport(), "spec");
        assertThat(spec.get("keycloakCRName")).isEqualTo(manifests.oneCustom(KEYCLOAK, "Keycloak").getMetadata().getName());
        Map<String, Object> imported = at(spec, "realm");
        String application = "https://" + manifests.one(Ingress.class, "concerto").getSpec().getRules().get(0).getHost();
        String local = Manifests.read(Manifests.DIRECTORY.resolve("../keycloak/concerto-realm.json"))
                .replace("${CONCERTO_APP_URL}", application);
        @SuppressWarnings("unchecked")
        Map<String, Object> expected = new ObjectMapper().readValue(local, Map.class);
        expected.keySet().removeAll(List.of("users", "organizations"));

        assertThat(imported).doesNotContainKeys("users", "organizations").isEqualTo(expected);
        // What the realm still leaves to its import, the Secrets give: the clients' secrets, shared with the application.
        Matcher placeholder = Pattern.compile("\\$\\{(\\w+)}").matcher(new ObjectMapper().writeValueAsString(imported));
        Set<String> used = new TreeSet<>();
        while (placeholder.find()) {
            used.add(placeholder.group(1));
        }
        assertThat(Manifests.<Map<String, Object>>at(spec, "placeholders")).containsOnlyKeys(used);
        assertThat(used).containsExactlyInAnyOrder("CONCERTO_OIDC_SECRET", "CONCERTO_PROVISIONING_SECRET")
                .allSatisfy(name -> assertThat(Manifests.<String>at(spec, "placeholders", name, "secret", "name")).isEqualTo("concerto-oidc"));
    }

    private Map<String, Object> realmImport() {
        return manifests.oneCustom(KEYCLOAK, "KeycloakRealmImport").getAdditionalProperties();
    }

    /** The settings the server's configuration ({@code ${env.X}}) and the code ({@code env("X", ...)}) read. */
    private static Set<String> settingsThePlatformReads() {
        Path root = Manifests.DIRECTORY.resolve("../..");
        StringBuilder sources = new StringBuilder(Manifests.read(root.resolve("deploy/wildfly/configure.cli")));
        for (String module : List.of("domain", "tenancy", "web")) {
            try (Stream<Path> files = Files.walk(root.resolve(module + "/src/main/java"))) {
                files.filter(file -> file.toString().endsWith(".java")).forEach(file -> sources.append(Manifests.read(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Matcher setting = Pattern.compile("(?:\\$\\{env\\.|env\\(\")(CONCERTO_\\w+)").matcher(sources);
        Set<String> read = new TreeSet<>();
        while (setting.find()) {
            read.add(setting.group(1));
        }
        return read;
    }

    private boolean opens(IntOrString target) {
        return wildfly.getPorts().stream().anyMatch(port -> target.getIntVal() != null
                ? target.getIntVal().equals(port.getContainerPort()) : target.getStrVal().equals(port.getName()));
    }

    private ContainerPort port(String name) {
        return wildfly.getPorts().stream().filter(port -> name.equals(port.getName())).findFirst().orElseThrow();
    }

    private String probe(Probe probe) {
        assertThat(opens(probe.getHttpGet().getPort())).isTrue();
        assertThat(port(probe.getHttpGet().getPort().getStrVal()).getContainerPort()).isEqualTo(9990);
        return probe.getHttpGet().getPath();
    }

    private String key(String secret, String key) {
        return manifests.one(Secret.class, secret).getStringData().get(key);
    }
}
