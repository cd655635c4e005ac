package ru.nastavnik.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.deployment.Yamls.list;
import static ru.nastavnik.deployment.Yamls.map;
import static ru.nastavnik.deployment.Yamls.maps;
import static ru.nastavnik.deployment.Yamls.string;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * k8s/: both overlays rendered by `kubectl kustomize`, and the assertions run on what it produced, so a
 * Kustomize mistake (a patch that misses, a generator name not rewritten) shows up as well as a missing field.
 */
class KubernetesManifestsTest {

    static final String DEV = "k8s/overlays/dev";
    static final String PROD = "k8s/overlays/prod";
    static final String BASE = "k8s/base";

    static Stream<String> overlays() {
        return Stream.of(DEV, PROD);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyDeployableHasADeploymentAndAServiceThatSelectsItsPods(String overlay) {
        Manifests k8s = Manifests.of(overlay);
        for (Deployable d : Deployable.platform()) {
            Map<String, Object> deployment = k8s.deployment(d);
            assertThat(Selectors.matches(map(deployment, "spec", "selector"), k8s.podLabels(d)))
                    .as("%s: the Deployment's selector matches its pod template", d).isTrue();
            assertThat(string(k8s.container(d), "image")).as("%s image", d).startsWith("nastavnik/" + d.module + ":");

            Map<String, Object> service = k8s.get("Service", d.module);
            assertThat(Selectors.matches(Map.of("matchLabels", map(service, "spec", "selector")), k8s.podLabels(d)))
                    .as("%s: the Service selects the Deployment's pods", d).isTrue();
            List<Map<String, Object>> ports = maps(service, "spec", "ports");
            assertThat(ports).as("%s Service ports", d).hasSize(1);
            assertThat(ports.get(0).get("port")).as("%s Service port", d).isEqualTo(d.port);
            assertThat(containerPort(k8s.container(d), ports.get(0).get("targetPort")))
                    .as("%s: the Service's targetPort is the container's port", d).isEqualTo(d.port);
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyContainerHasStartupLivenessAndReadinessProbesOnActuator(String overlay) {
        Manifests k8s = Manifests.of(overlay);
        for (Deployable d : Deployable.platform()) {
            Map<String, Object> container = k8s.container(d);
            assertThat(string(container, "livenessProbe", "httpGet", "path")).as("%s liveness", d)
                    .isEqualTo("/actuator/health/liveness");
            assertThat(string(container, "readinessProbe", "httpGet", "path")).as("%s readiness", d)
                    .isEqualTo("/actuator/health/readiness");
            assertThat(string(container, "startupProbe", "httpGet", "path")).as("%s startup probe", d)
                    .startsWith("/actuator/health/");
            for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                assertThat(containerPort(container, Yamls.at(container, probe, "httpGet", "port")))
                        .as("%s %s port", d, probe).isEqualTo(d.port);
            }
            // A slow start (up to ~110 s under load, README) must not be mistaken for a hang.
            int startupSeconds = intOf(container, "startupProbe", "periodSeconds", 10)
                    * intOf(container, "startupProbe", "failureThreshold", 3);
            assertThat(startupSeconds).as("%s: seconds the startup probe allows", d).isGreaterThanOrEqualTo(120);
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyContainerHasResourceRequestsAndLimits(String overlay) {
        Manifests k8s = Manifests.of(overlay);
        for (Map<String, Object> deployment : k8s.ofKind("Deployment")) {
            for (Map<String, Object> container : containers(deployment)) {
                String name = string(deployment, "metadata", "name") + "/" + string(container, "name");
                for (String resource : List.of("cpu", "memory")) {
                    Object request = Yamls.at(container, "resources", "requests", resource);
                    Object limit = Yamls.at(container, "resources", "limits", resource);
                    assertThat(request).as("%s requests.%s", name, resource).isNotNull();
                    assertThat(limit).as("%s limits.%s", name, resource).isNotNull();
                    assertThat(Quantities.parse(request)).as("%s %s request <= limit", name, resource)
                            .isLessThanOrEqualTo(Quantities.parse(limit));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void podsRunAsNonRootWithAReadOnlyRootFileSystemAndAWritableTmp(String overlay) {
        Manifests k8s = Manifests.of(overlay);
        for (Deployable d : Deployable.platform()) {
            Map<String, Object> pod = map(k8s.deployment(d), "spec", "template", "spec");
            Map<String, Object> container = k8s.container(d);
            Object nonRoot = firstNonNull(Yamls.at(container, "securityContext", "runAsNonRoot"),
                    Yamls.at(pod, "securityContext", "runAsNonRoot"));
            assertThat(nonRoot).as("%s runAsNonRoot", d).isEqualTo(true);
            Object uid = firstNonNull(Yamls.at(container, "securityContext", "runAsUser"),
                    Yamls.at(pod, "securityContext", "runAsUser"));
            assertThat(uid).as("%s runAsUser", d).isNotNull().isNotEqualTo(0);
            assertThat(Yamls.at(container, "securityContext", "allowPrivilegeEscalation")).as("%s privilege escalation", d)
                    .isEqualTo(false);
            assertThat(list(container, "securityContext", "capabilities", "drop")).as("%s dropped capabilities", d)
                    .contains("ALL");
            assertThat(Yamls.at(container, "securityContext", "readOnlyRootFilesystem")).as("%s read-only root", d)
                    .isEqualTo(true);

            Map<String, Object> tmpMount = maps(container, "volumeMounts").stream()
                    .filter(m -> "/tmp".equals(m.get("mountPath"))).findFirst().orElse(null);
            assertThat(tmpMount).as("%s: /tmp is mounted (the JVM and the web server write there)", d).isNotNull();
            Map<String, Object> tmpVolume = maps(pod, "volumes").stream()
                    .filter(v -> tmpMount.get("name").equals(v.get("name"))).findFirst().orElse(Map.of());
            assertThat(tmpVolume).as("%s: /tmp is an emptyDir", d).containsKey("emptyDir");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theGatewayAndEveryServiceHaveAnAutoscalerOnTheirDeployment(String overlay) {
        Manifests k8s = Manifests.of(overlay);
        for (Deployable d : Deployable.platform()) {
            List<Map<String, Object>> autoscalers = k8s.ofKind("HorizontalPodAutoscaler").stream()
                    .filter(h -> "Deployment".equals(string(h, "spec", "scaleTargetRef", "kind"))
                            && d.module.equals(string(h, "spec", "scaleTargetRef", "name")))
                    .toList();
            assertThat(autoscalers).as("HorizontalPodAutoscaler of %s", d).hasSize(1);
            Map<String, Object> hpa = autoscalers.get(0);
            assertThat(string(hpa, "apiVersion")).isEqualTo("autoscaling/v2");
            int min = intOf(hpa, "spec", "minReplicas", 1);
            int max = intOf(hpa, "spec", "maxReplicas", 0);
            assertThat(min).as("%s minReplicas <= maxReplicas", d).isLessThanOrEqualTo(max);
            // kubectl apply resets spec.replicas: keep it inside the autoscaler's range so applying never fights it.
            assertThat(k8s.replicas(d)).as("%s replicas within the autoscaler's range", d).isBetween(min, max);
            assertThat(maps(hpa, "spec", "metrics")).as("%s autoscaler metrics", d).isNotEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyDeployableHasAPodDisruptionBudget(String overlay) {
        Manifests k8s = Manifests.of(overlay);
        for (Deployable d : Deployable.platform()) {
            List<Map<String, Object>> budgets = k8s.ofKind("PodDisruptionBudget").stream()
                    .filter(p -> Selectors.matches(map(p, "spec", "selector"), k8s.podLabels(d)))
                    .toList();
            assertThat(budgets).as("PodDisruptionBudget selecting %s's pods", d).hasSize(1);
            Map<String, Object> spec = map(budgets.get(0), "spec");
            assertThat(spec.containsKey("maxUnavailable") || spec.containsKey("minAvailable"))
                    .as("%s budget has maxUnavailable or minAvailable", d).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void onlyTheGatewayIsReachableFromOutsideAndTheServicesOnlyFromTheGateway(String overlay) {
        Manifests k8s = Manifests.of(overlay);
        List<Map<String, Object>> policies = k8s.ofKind("NetworkPolicy");
        assertThat(policies).as("a default-deny policy: empty podSelector, Ingress, no rules")
                .anySatisfy(p -> {
                    assertThat(Selectors.selectsEverything(map(p, "spec", "podSelector"))).isTrue();
                    assertThat(list(p, "spec", "policyTypes")).contains("Ingress");
                    assertThat(list(p, "spec", "ingress")).isEmpty();
                });

        Map<String, Object> gatewayLabels = k8s.podLabels(Deployable.GATEWAY);
        for (Deployable d : Deployable.platform()) {
            Map<String, Object> labels = k8s.podLabels(d);
            List<Map<String, Object>> rules = new ArrayList<>();
            for (Map<String, Object> policy : policies) {
                if (Selectors.matches(map(policy, "spec", "podSelector"), labels)) {
                    rules.addAll(maps(policy, "spec", "ingress"));
                }
            }
            List<Map<String, Object>> fromOutside = rules.stream().filter(KubernetesManifestsTest::admitsAnySource).toList();
            if (d == Deployable.GATEWAY) {
                assertThat(fromOutside).as("a rule admitting any source to the gateway").isNotEmpty();
                for (Map<String, Object> rule : fromOutside) {
                    assertThat(maps(rule, "ports")).as("the gateway's open rule names its port").isNotEmpty();
                    for (Map<String, Object> port : maps(rule, "ports")) {
                        assertThat(containerPort(k8s.container(d), port.get("port"))).isEqualTo(d.port);
                    }
                }
            } else {
                assertThat(fromOutside).as("%s must not admit traffic from any source", d).isEmpty();
                assertThat(rules).as("%s admits the gateway's pods on its port", d).anySatisfy(rule -> {
                    assertThat(maps(rule, "from")).anySatisfy(peer -> {
                        assertThat(peer).doesNotContainKey("namespaceSelector").doesNotContainKey("ipBlock");
                        assertThat(Selectors.matches(map(peer, "podSelector"), gatewayLabels)).isTrue();
                    });
                    assertThat(maps(rule, "ports")).anySatisfy(port ->
                            assertThat(containerPort(k8s.container(d), port.get("port"))).isEqualTo(d.port));
                });
                // Every other way in is from a named namespace (Prometheus), never from everywhere.
                for (Map<String, Object> rule : rules) {
                    for (Map<String, Object> peer : maps(rule, "from")) {
                        if (peer.containsKey("namespaceSelector")) {
                            assertThat(Selectors.selectsEverything(map(peer, "namespaceSelector")))
                                    .as("%s: a namespaceSelector admitting every namespace", d).isFalse();
                        }
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {BASE, DEV, PROD})
    void secretsAreOnlyReferencedNeverDefinedAndNoConfigMapCarriesCredentials(String directory) {
        Manifests k8s = Manifests.of(directory);
        assertThat(k8s.ofKind("Secret")).as("Secrets rendered from %s (credentials are created outside git)", directory)
                .isEmpty();
        for (Map<String, Object> configMap : k8s.ofKind("ConfigMap")) {
            map(configMap, "data").forEach((key, value) -> {
                assertThat(key.toLowerCase()).as("ConfigMap key %s", key).doesNotContain("password").doesNotContain("secret");
                assertThat(String.valueOf(value).toLowerCase()).as("ConfigMap value of %s", key)
                        .doesNotContain("password=").doesNotContainPattern("://[^/@\\s]+:[^/@\\s]+@");
            });
        }
        // Every credential a service needs does come from a Secret.
        for (Deployable d : Deployable.services()) {
            assertThat(secretReferences(k8s.container(d))).as("Secrets referenced by %s", d).isNotEmpty();
        }
        assertThat(secretReferences(k8s.container(Deployable.GATEWAY))).as("Secrets referenced by the gateway").isNotEmpty();
    }

    @Test
    void everyReferencedSecretIsDocumentedWithItsKeys() {
        String readme = Repository.read("k8s/README.md");
        for (Deployable d : Deployable.platform()) {
            for (String reference : secretReferences(Manifests.of(PROD).container(d))) {
                String name = reference.substring(0, reference.indexOf('/'));
                String key = reference.substring(reference.indexOf('/') + 1);
                assertThat(readme).as("k8s/README.md documents Secret %s", name).contains("`" + name + "`");
                if (!key.equals("*")) {
                    assertThat(readme).as("k8s/README.md documents key %s of Secret %s", key, name).contains("`" + key + "`");
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyConfigMapAndEnvironmentReferenceResolves(String overlay) {
        Manifests k8s = Manifests.of(overlay);
        for (Deployable d : Deployable.platform()) {
            Map<String, Object> container = k8s.container(d);
            Set<String> defined = new HashSet<>();
            for (Map<String, Object> source : maps(container, "envFrom")) {
                String name = string(source, "configMapRef", "name");
                if (name != null) {
                    Map<String, Object> configMap = k8s.get("ConfigMap", name);
                    defined.addAll(map(configMap, "data").keySet());
                }
            }
            for (Map<String, Object> variable : maps(container, "env")) {
                String variableName = string(variable, "name");
                Map<String, Object> keyRef = map(variable, "valueFrom", "configMapKeyRef");
                if (!keyRef.isEmpty()) {
                    Map<String, Object> configMap = k8s.get("ConfigMap", string(keyRef, "name"));
                    assertThat(map(configMap, "data")).as("%s: %s from ConfigMap %s", d, variableName, keyRef.get("name"))
                            .containsKey(string(keyRef, "key"));
                }
                String value = string(variable, "value");
                if (value != null) {
                    Matcher reference = Pattern.compile("\\$\\(([A-Za-z0-9_]+)\\)").matcher(value);
                    while (reference.find()) {
                        assertThat(defined).as("%s: $(%s) in %s refers to a variable defined before it", d,
                                reference.group(1), variableName).contains(reference.group(1));
                    }
                }
                defined.add(variableName);
            }
        }
    }

    @Test
    void prodRunsMoreReplicasThanDevWithRoomToScale() {
        Manifests dev = Manifests.of(DEV);
        Manifests prod = Manifests.of(PROD);
        for (Deployable d : Deployable.platform()) {
            assertThat(dev.replicas(d)).as("%s replicas in dev", d).isEqualTo(1);
            assertThat(prod.replicas(d)).as("%s replicas in prod vs dev", d).isGreaterThan(dev.replicas(d));
            // Two at least, so the PodDisruptionBudget keeps one serving while a node drains.
            assertThat(prod.replicas(d)).as("%s replicas in prod", d).isGreaterThanOrEqualTo(2);
            assertThat(intOf(autoscaler(prod, d), "spec", "maxReplicas", 0)).as("%s prod maxReplicas", d)
                    .isGreaterThan(intOf(autoscaler(dev, d), "spec", "maxReplicas", 0));
            assertThat(Quantities.parse(Yamls.at(prod.container(d), "resources", "limits", "memory")))
                    .as("%s memory limit prod >= dev", d)
                    .isGreaterThanOrEqualTo(Quantities.parse(Yamls.at(dev.container(d), "resources", "limits", "memory")));
        }
    }

    @Test
    void prodHasItsOwnNamespaceAndPinnedImages() {
        Manifests prod = Manifests.of(PROD);
        List<Map<String, Object>> namespaces = prod.ofKind("Namespace");
        assertThat(namespaces).as("the prod overlay creates its namespace").hasSize(1);
        String namespace = string(namespaces.get(0), "metadata", "name");
        for (Map<String, Object> object : prod.objects) {
            if (!"Namespace".equals(object.get("kind"))) {
                assertThat(string(object, "metadata", "namespace")).as("namespace of %s %s", object.get("kind"),
                        string(object, "metadata", "name")).isEqualTo(namespace);
            }
        }
        for (Deployable d : Deployable.platform()) {
            String image = string(prod.container(d), "image");
            String tag = image.contains("@") ? image.substring(image.indexOf('@') + 1)
                    : image.substring(image.lastIndexOf(':') + 1);
            assertThat(tag).as("%s prod image %s is pinned", d, image).isNotBlank().isNotEqualTo("latest")
                    .isNotEqualTo("dev");
        }
    }

    @Test
    void devUsesTheImagesDockerComposeBuilds() {
        for (Deployable d : Deployable.platform()) {
            assertThat(string(Manifests.of(DEV).container(d), "image")).isEqualTo("nastavnik/" + d.module + ":dev");
        }
    }

    // ---------------------------------------------------------------- helpers

    static Map<String, Object> autoscaler(Manifests k8s, Deployable d) {
        return k8s.ofKind("HorizontalPodAutoscaler").stream()
                .filter(h -> d.module.equals(string(h, "spec", "scaleTargetRef", "name")))
                .findFirst().orElseThrow();
    }

    /** A rule that admits any source: no "from", or a peer that is an IP block or every pod of every namespace. */
    static boolean admitsAnySource(Map<String, Object> rule) {
        List<Map<String, Object>> peers = maps(rule, "from");
        if (peers.isEmpty()) {
            return true;
        }
        return peers.stream().anyMatch(peer -> peer.containsKey("ipBlock")
                || (peer.containsKey("namespaceSelector") && Selectors.selectsEverything(map(peer, "namespaceSelector"))
                        && Selectors.selectsEverything(map(peer, "podSelector"))));
    }

    /** A numeric port, or a named one resolved against the container's ports. */
    static Integer containerPort(Map<String, Object> container, Object port) {
        if (port instanceof Number n) {
            return n.intValue();
        }
        return maps(container, "ports").stream()
                .filter(p -> String.valueOf(port).equals(p.get("name")))
                .map(p -> ((Number) p.get("containerPort")).intValue())
                .findFirst().orElse(null);
    }

    static List<Map<String, Object>> containers(Map<String, Object> deployment) {
        List<Map<String, Object>> all = new ArrayList<>(maps(deployment, "spec", "template", "spec", "containers"));
        all.addAll(maps(deployment, "spec", "template", "spec", "initContainers"));
        return all;
    }

    /** "secret/key" for every secretKeyRef, "secret/*" for every envFrom secretRef. */
    static Set<String> secretReferences(Map<String, Object> container) {
        Set<String> references = new LinkedHashSet<>();
        for (Map<String, Object> variable : maps(container, "env")) {
            Map<String, Object> ref = map(variable, "valueFrom", "secretKeyRef");
            if (!ref.isEmpty()) {
                references.add(ref.get("name") + "/" + ref.get("key"));
            }
        }
        for (Map<String, Object> source : maps(container, "envFrom")) {
            String name = string(source, "secretRef", "name");
            if (name != null) {
                references.add(name + "/*");
            }
        }
        return references;
    }

    static int intOf(Object root, String a, String b, int fallback) {
        Object value = Yamls.at(root, a, b);
        return value instanceof Number n ? n.intValue() : fallback;
    }

    static int intOf(Object root, String a, String b, String c, int fallback) {
        Object value = Yamls.at(root, a, b, c);
        return value instanceof Number n ? n.intValue() : fallback;
    }

    static Object firstNonNull(Object first, Object second) {
        return first != null ? first : second;
    }
}
