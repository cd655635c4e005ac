package ru.nastavnik.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.deployment.Yamls.map;
import static ru.nastavnik.deployment.Yamls.maps;
import static ru.nastavnik.deployment.Yamls.string;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** What `kubectl kustomize <dir>` renders, parsed; rendered once per directory and JVM. */
final class Manifests {

    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

    final String directory;
    final List<Map<String, Object>> objects;

    private Manifests(String directory, List<Map<String, Object>> objects) {
        this.directory = directory;
        this.objects = objects;
    }

    static Manifests of(String directory) {
        return RENDERED.computeIfAbsent(directory, dir -> {
            String kubectl = Tool.require("kubectl", "Install kubectl 1.27 or newer (it contains kustomize), "
                    + "e.g. from https://kubernetes.io/docs/tasks/tools/ or your distribution's packages.").toString();
            return new Manifests(dir, Yamls.stream(Tool.run(kubectl, "kustomize", dir)));
        });
    }

    List<Map<String, Object>> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    Optional<Map<String, Object>> find(String kind, String name) {
        return ofKind(kind).stream().filter(o -> name.equals(string(o, "metadata", "name"))).findFirst();
    }

    Map<String, Object> get(String kind, String name) {
        Optional<Map<String, Object>> found = find(kind, name);
        assertThat(found).as("%s %s in %s", kind, name, directory).isPresent();
        return found.get();
    }

    Map<String, Object> deployment(Deployable deployable) {
        return get("Deployment", deployable.module);
    }

    /** The single application container of a deployable's pods. */
    Map<String, Object> container(Deployable deployable) {
        List<Map<String, Object>> containers = maps(deployment(deployable), "spec", "template", "spec", "containers");
        assertThat(containers).as("containers of %s in %s", deployable, directory).hasSize(1);
        return containers.get(0);
    }

    Map<String, Object> podLabels(Deployable deployable) {
        return map(deployment(deployable), "spec", "template", "metadata", "labels");
    }

    int replicas(Deployable deployable) {
        Object replicas = Yamls.at(deployment(deployable), "spec", "replicas");
        return replicas == null ? 1 : ((Number) replicas).intValue();
    }
}
