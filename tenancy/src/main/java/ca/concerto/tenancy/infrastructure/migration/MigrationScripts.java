package ca.concerto.tenancy.infrastructure.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * The SQL migrations of one kind of schema, named one by one, so that finding them does not depend on how
 * WildFly lays the EAR out in its virtual file system (architecture.md, D12); MigrationScriptsTest checks
 * the list against the files in the source tree.
 */
public final class MigrationScripts implements ResourceProvider {

    /** The shared schema: tenant registry, templates. */
    public static final MigrationScripts PLATFORM = new MigrationScripts("db/platform",
            "V1__tenant_registry.sql",
            "V2__plan_templates_and_fields_of_action.sql",
            "V3__network_reads.sql",
            "V4__policy_watch.sql",
            "V5__template_starter_content.sql",
            "V6__no_temporary_objects_for_the_network.sql",
            "V7__templates_authored_on_the_platform.sql",
            "V8__network_publication.sql",
            "V9__network_counts_in_the_database.sql",
            "V10__registry_changes_announced.sql");

    /** Every tenant's schema: plans, partners, their audit. */
    public static final MigrationScripts TENANT = new MigrationScripts("db/tenant",
            "V1__plans_and_audit.sql",
            "V2__plan_introduction.sql",
            "V3__follow_up_and_meetings.sql",
            "V4__element_origin_and_history_reads.sql",
            "V5__network_views.sql",
            "V6__policy_assessments.sql",
            "V7__network_element_table_columns.sql",
            "V8__network_views_as_security_barriers.sql",
            "V9__one_element_per_place.sql",
            "V10__plan_creation_key.sql",
            "V11__schedules_as_written.sql",
            "V12__rejected_field_suggestions.sql",
            "V13__plan_kind_sections_and_milestones.sql",
            "V14__document_imports.sql",
            "V15__revision_author_name.sql",
            "V16__network_publication_triggers.sql");

    private final String location;
    private final List<String> fileNames;

    private MigrationScripts(String location, String... fileNames) {
        this.location = location;
        this.fileNames = List.of(fileNames);
    }

    public String location() {
        return location;
    }

    public List<String> fileNames() {
        return fileNames;
    }

    /** The version of the last script, e.g. 3 for V3__...; schemas at it need no migration. */
    public int latestVersion() {
        return fileNames.stream().mapToInt(MigrationScripts::versionOf).max().orElse(0);
    }

    static int versionOf(String fileName) {
        return Integer.parseInt(fileName.substring(1, fileName.indexOf("__")));
    }

    @Override
    public LoadableResource getResource(String name) {
        return fileNames.contains(name) ? new Script(location, name) : null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return fileNames.stream()
                .filter(name -> name.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(name::endsWith))
                .<LoadableResource>map(name -> new Script(location, name))
                .toList();
    }

    private static final class Script extends LoadableResource {

        private final String path;
        private final String fileName;

        Script(String location, String fileName) {
            this.path = location + "/" + fileName;
            this.fileName = fileName;
        }

        @Override
        public Reader read() {
            InputStream stream = MigrationScripts.class.getClassLoader().getResourceAsStream(path);
            if (stream == null) {
                throw new UncheckedIOException(new IOException("Missing migration script " + path));
            }
            return new InputStreamReader(stream, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return path;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return path;
        }

        @Override
        public String getFilename() {
            return fileName;
        }

        @Override
        public String getRelativePath() {
            return fileName;
        }
    }
}
