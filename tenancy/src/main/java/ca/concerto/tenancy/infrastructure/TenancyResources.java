package ca.concerto.tenancy.infrastructure;

import ca.concerto.tenancy.application.AccountLanguages;
import ca.concerto.tenancy.application.OrganizationDirectory;
import ca.concerto.tenancy.application.SchemaMigrations;
import ca.concerto.tenancy.application.TenancySettings;
import ca.concerto.tenancy.application.TenantProvisioning;
import ca.concerto.tenancy.application.TenantSchemaUpgrade;
import ca.concerto.tenancy.application.TenantSpaces;
import ca.concerto.tenancy.domain.NetworkPublication;
import ca.concerto.tenancy.domain.NetworkReader;
import ca.concerto.tenancy.domain.TenantRegistrations;
import ca.concerto.tenancy.infrastructure.keycloak.KeycloakAccountLanguages;
import ca.concerto.tenancy.infrastructure.keycloak.KeycloakOrganizations;
import ca.concerto.tenancy.infrastructure.keycloak.KeycloakSettings;
import ca.concerto.tenancy.infrastructure.migration.SchemaMigrator;
import ca.concerto.tenancy.infrastructure.migration.StartupLock;
import ca.concerto.tenancy.infrastructure.network.JdbcNetworkReader;
import ca.concerto.tenancy.infrastructure.network.JdbcNetworkPublication;
import ca.concerto.tenancy.infrastructure.registry.JdbcTenantRegistrations;
import ca.concerto.tenancy.infrastructure.registry.JdbcTenantRegistry;
import ca.concerto.tenancy.infrastructure.registry.RegistryChanges;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

/** Tenancy's parts for CDI, over the container's two datasources (deploy/wildfly/configure.cli). */
@ApplicationScoped
public class TenancyResources {

    @Resource(lookup = "java:jboss/datasources/ConcertoDS")
    DataSource applicationDataSource;

    @Resource(lookup = "java:jboss/datasources/ConcertoOwnerDS")
    DataSource ownerDataSource;

    @Resource(lookup = "java:jboss/datasources/ConcertoNetworkDS")
    DataSource networkDataSource;

    @Resource(lookup = "java:jboss/ee/concurrency/factory/default")
    ManagedThreadFactory threads;

    @Produces
    @Singleton
    NetworkReader networkReader(NetworkPublication publication) {
        return new JdbcNetworkReader(networkDataSource, publication);
    }

    @Produces
    @Singleton
    NetworkPublication networkPublication() {
        return new JdbcNetworkPublication(ownerDataSource);
    }

    @Produces
    @Singleton
    JdbcTenantRegistry tenantRegistry() {
        return new JdbcTenantRegistry(applicationDataSource, Clock.systemUTC());
    }

    /** Started by the platform's start-up, once the registry is up to date; stopped with the application. */
    @Produces
    @Singleton
    RegistryChanges registryChanges(JdbcTenantRegistry registry) {
        return new RegistryChanges(applicationDataSource, registry, threads, Duration.ofSeconds(5));
    }

    void stopListening(@Disposes RegistryChanges changes) {
        changes.close();
    }

    @Produces
    @Singleton
    SchemaMigrations schemaMigrations() {
        return new SchemaMigrator(ownerDataSource, TenancySettings.applicationRole(), TenancySettings.networkRole());
    }

    @Produces
    @Singleton
    StartupLock startupLock() {
        return new StartupLock(ownerDataSource);
    }

    @Produces
    @Singleton
    TenantRegistrations tenantRegistrations() {
        return new JdbcTenantRegistrations(ownerDataSource);
    }

    @Produces
    TenantSchemaUpgrade tenantSchemaUpgrade(SchemaMigrations migrator, TenantRegistrations registrations) {
        return new TenantSchemaUpgrade(migrator, registrations);
    }

    @Produces
    TenantSpaces tenantSpaces(SchemaMigrations migrator, TenantRegistrations registrations) {
        return new TenantSpaces(migrator, registrations);
    }

    @Produces
    @ApplicationScoped
    OrganizationDirectory organizationDirectory() {
        return new KeycloakOrganizations(KeycloakSettings.fromEnvironment());
    }

    @Produces
    @ApplicationScoped
    AccountLanguages accountLanguages() {
        return new KeycloakAccountLanguages(KeycloakSettings.fromEnvironment());
    }

    @Produces
    TenantProvisioning tenantProvisioning(TenantSpaces spaces, OrganizationDirectory organizations, JdbcTenantRegistry registry) {
        return new TenantProvisioning(spaces, organizations, registry::refresh);
    }
}
