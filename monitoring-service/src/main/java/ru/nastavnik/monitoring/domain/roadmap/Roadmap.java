package ru.nastavnik.monitoring.domain.roadmap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import ru.nastavnik.events.AcademicYear;

/**
 * A roadmap of one owner for one academic year: its items as a tree, kept in document order (each item followed by
 * its sub-items) and numbered from that order — «1», «1.1», «1.1.1» — so adding, moving or deleting an item
 * renumbers every following item the way a person would. {@code version} guards concurrent edits.
 */
public record Roadmap(UUID id, OwnerLevel ownerLevel, UUID ownerId, AcademicYear year, String title,
        List<RoadmapItem> items, int version, Instant updatedAt) {

    /** Deep enough for every seed (1.4.1); deeper outlines are headings people do not write in roadmaps. */
    public static final int MAX_DEPTH = 4;

    public Roadmap {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ownerLevel, "ownerLevel");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(year, "year");
        title = title == null ? "" : title.strip();
        items = numbered(items);
    }

    public Optional<RoadmapItem> item(UUID itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    public Roadmap withTitle(String newTitle) {
        return new Roadmap(id, ownerLevel, ownerId, year, newTitle, items, version, updatedAt);
    }

    public Roadmap withItems(List<RoadmapItem> newItems) {
        return new Roadmap(id, ownerLevel, ownerId, year, title, newItems, version, updatedAt);
    }

    /**
     * Inserts an item under {@code parentId} (null: top level) at {@code position} among its siblings (null or past
     * the end: last).
     */
    public Roadmap withItemAdded(RoadmapItem item, UUID parentId, Integer position) {
        Map<UUID, List<RoadmapItem>> children = children(items);
        requireParent(parentId, children);
        insert(children, parentId, item.numbered("", parentId), position);
        return withItems(flatten(children));
    }

    public Roadmap withItemReplaced(UUID itemId, UnaryOperator<RoadmapItem> change) {
        requireItem(itemId);
        return withItems(items.stream().map(i -> i.id().equals(itemId) ? change.apply(i) : i).toList());
    }

    /** Moves an item with its sub-items; never under itself or one of its own sub-items. */
    public Roadmap withItemMoved(UUID itemId, UUID newParentId, Integer position) {
        RoadmapItem item = requireItem(itemId);
        Map<UUID, List<RoadmapItem>> children = children(items);
        requireParent(newParentId, children);
        if (newParentId != null && subtreeIds(itemId, children).contains(newParentId)) {
            throw new IllegalArgumentException("a roadmap item cannot be moved under itself");
        }
        children.get(item.parentId()).removeIf(i -> i.id().equals(itemId));
        insert(children, newParentId, item.numbered(item.number(), newParentId), position);
        return withItems(flatten(children));
    }

    /** Removes an item and its sub-items; returns the ids removed. */
    public Roadmap withItemRemoved(UUID itemId) {
        requireItem(itemId);
        Set<UUID> removed = subtreeIds(itemId, children(items));
        return withItems(items.stream().filter(i -> !removed.contains(i.id())).toList());
    }

    public Completion completion(java.time.LocalDate today) {
        return Completion.of(items, today);
    }

    private RoadmapItem requireItem(UUID itemId) {
        return item(itemId).orElseThrow(() -> new NoSuchItem(itemId));
    }

    private static void requireParent(UUID parentId, Map<UUID, List<RoadmapItem>> children) {
        if (parentId != null && children.values().stream().flatMap(List::stream).noneMatch(i -> i.id().equals(parentId))) {
            throw new NoSuchItem(parentId);
        }
    }

    private static void insert(Map<UUID, List<RoadmapItem>> children, UUID parentId, RoadmapItem item, Integer position) {
        List<RoadmapItem> siblings = children.computeIfAbsent(parentId, k -> new ArrayList<>());
        int at = position == null || position > siblings.size() ? siblings.size() : Math.max(0, position);
        siblings.add(at, item);
    }

    private static Set<UUID> subtreeIds(UUID rootId, Map<UUID, List<RoadmapItem>> children) {
        Set<UUID> ids = new HashSet<>();
        List<UUID> pending = new ArrayList<>(List.of(rootId));
        while (!pending.isEmpty()) {
            UUID next = pending.removeLast();
            if (ids.add(next)) {
                children.getOrDefault(next, List.of()).forEach(c -> pending.add(c.id()));
            }
        }
        return ids;
    }

    /** Parent id (null: top level) to the children in order; a parent not in the list makes its items top-level. */
    private static Map<UUID, List<RoadmapItem>> children(List<RoadmapItem> items) {
        Set<UUID> ids = new HashSet<>();
        items.forEach(i -> ids.add(i.id()));
        Map<UUID, List<RoadmapItem>> children = new LinkedHashMap<>();
        children.put(null, new ArrayList<>());
        for (RoadmapItem item : items) {
            UUID parent = item.parentId() != null && ids.contains(item.parentId()) && !item.parentId().equals(item.id())
                    ? item.parentId() : null;
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(item.parentId() == parent ? item
                    : item.numbered(item.number(), parent));
        }
        return children;
    }

    private static List<RoadmapItem> flatten(Map<UUID, List<RoadmapItem>> children) {
        List<RoadmapItem> out = new ArrayList<>();
        walk(children, null, "", 1, out, new HashSet<>());
        return out;
    }

    private static void walk(Map<UUID, List<RoadmapItem>> children, UUID parent, String prefix, int depth,
            List<RoadmapItem> out, Set<UUID> seen) {
        int n = 0;
        for (RoadmapItem child : children.getOrDefault(parent, List.of())) {
            if (!seen.add(child.id())) {
                continue;
            }
            if (depth > MAX_DEPTH) {
                throw new TooDeep();
            }
            String number = prefix.isEmpty() ? String.valueOf(++n) : prefix + "." + (++n);
            out.add(child.numbered(number, parent));
            walk(children, child.id(), number, depth + 1, out, seen);
        }
    }

    /** Numbers the items from the tree their parent ids describe, in the order given for siblings. */
    static List<RoadmapItem> numbered(List<RoadmapItem> items) {
        List<RoadmapItem> out = flatten(children(List.copyOf(items)));
        if (out.size() != items.size()) {
            throw new IllegalArgumentException("roadmap items form a cycle");
        }
        return List.copyOf(out);
    }

    /** An item id the roadmap does not have. */
    public static final class NoSuchItem extends RuntimeException {
        public NoSuchItem(UUID id) {
            super("no roadmap item " + id);
        }
    }

    /** The outline would grow deeper than {@link #MAX_DEPTH}. */
    public static final class TooDeep extends RuntimeException {
        public TooDeep() {
            super("roadmap items nest deeper than " + MAX_DEPTH);
        }
    }
}
