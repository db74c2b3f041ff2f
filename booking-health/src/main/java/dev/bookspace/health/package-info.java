/**
 * Bookspace's MicroProfile Health checks and the backlog queries they read. A jar in the EAR's lib/: WildFly 39
 * looks an EAR's health checks up from the application's top level, which sees lib/'s beans and no module's.
 */
package dev.bookspace.health;
