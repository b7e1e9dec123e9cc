/**
 * Authentication: API key, HTTP Basic and OAuth bearer tokens with a caching, single-flight
 * token provider, all applied only to the API's own hosts.
 */
package io.commerceclients.core.auth;
