/**
 * The only package of akconf that speaks HTTP: an authenticated JSON client for Authentik's
 * {@code /api/v3} with page-number pagination, bounded retries for reads, private-CA TLS and
 * one-line, token-free error messages. Nothing here prints; everything returns values or throws
 * {@link dev.akconf.authentik.AuthentikException}.
 */
package dev.akconf.authentik;
