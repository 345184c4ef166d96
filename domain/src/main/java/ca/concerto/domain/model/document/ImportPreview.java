package ca.concerto.domain.model.document;

import ca.concerto.domain.model.plan.SectionKind;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What importing a document would make of it with a mapping: the title its title page gives (null without
 * one), the tree of elements, each with the fields it fills; the sections of the plan's text; the adoption the
 * document states; and everything the mapping leaves out, listed so that nothing is dropped unseen.
 */
public record ImportPreview(String title, List<Node> tree, List<Section> sections, Adoption adoption, List<String> unplaced)
        implements Serializable {

    public ImportPreview {
        tree = List.copyOf(tree);
        sections = List.copyOf(sections);
        unplaced = List.copyOf(unplaced);
    }

    /** An element the import would create, with its children. */
    public record Node(String levelCode, String number, String title, String description, String schedule, String lead,
            List<String> collaborators, List<String> resultIndicators, List<String> targetGroups, String expectedResults,
            List<Node> children) implements Serializable {

        public Node {
            collaborators = List.copyOf(collaborators);
            resultIndicators = List.copyOf(resultIndicators);
            targetGroups = List.copyOf(targetGroups);
            children = List.copyOf(children);
        }
    }

    /** A part of the plan's text outside its tree. */
    public record Section(SectionKind kind, String title, String text) implements Serializable {
    }

    /** "Adopté par le Comité régional Opération Colibri le 24 mai 2018": proposed as the plan's adoption. */
    public record Adoption(LocalDate on, String by) implements Serializable {
    }

    /** Nothing of a plan: no element, and no section but text before any heading (a letter's). */
    public boolean isEmpty() {
        return tree.isEmpty() && sections.stream().allMatch(section -> section.title() == null);
    }

    /** Every element of the tree, parents before children. */
    public List<Node> inTreeOrder() {
        List<Node> all = new java.util.ArrayList<>();
        tree.forEach(node -> collect(node, all));
        return all;
    }

    private static void collect(Node node, List<Node> into) {
        into.add(node);
        node.children().forEach(child -> collect(child, into));
    }
}
