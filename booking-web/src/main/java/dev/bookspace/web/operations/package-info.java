/**
 * The application's health checks. They live in this web module because WildFly 39 registers an EAR's
 * MicroProfile Health checks from one of its web modules only; the queries they read are booking-ejb's.
 */
package dev.bookspace.web.operations;
