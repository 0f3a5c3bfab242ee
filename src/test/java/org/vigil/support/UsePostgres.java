package org.vigil.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a {@code @SpringBootTest} against a real PostgreSQL (embedded) instead of H2. Integration
 * suites are written once as an abstract class and run twice: a plain subclass (H2) and a
 * subclass annotated with this (PostgreSQL).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ContextConfiguration(initializers = PostgresInitializer.class)
public @interface UsePostgres {}
