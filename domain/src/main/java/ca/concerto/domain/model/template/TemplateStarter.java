package ca.concerto.domain.model.template;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * An element a plan made from the template starts with, e.g. "AXE 1 — SOUTENIR LE DÉVELOPPEMENT GLOBAL DE
 * L'ENFANT"; under another starter element when it names its position.
 */
@Embeddable
public class TemplateStarter implements Serializable {

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "parent_position")
    private Integer parentPosition;

    @Column(name = "level_code", nullable = false)
    private String levelCode;

    @Column(name = "number")
    private String number;

    @Column(name = "title", nullable = false)
    private String title;

    protected TemplateStarter() {
    }

    TemplateStarter(int position, Integer parentPosition, String levelCode, String number, String title) {
        this.position = position;
        this.parentPosition = parentPosition;
        this.levelCode = Objects.requireNonNull(levelCode, "levelCode");
        this.number = number == null || number.isBlank() ? null : number.strip();
        this.title = Objects.requireNonNull(title, "title").strip();
    }

    TemplateStarter copy() {
        return new TemplateStarter(position, parentPosition, levelCode, number, title);
    }

    public int position() {
        return position;
    }

    public Integer parentPosition() {
        return parentPosition;
    }

    public String levelCode() {
        return levelCode;
    }

    public String number() {
        return number;
    }

    public String title() {
        return title;
    }
}
