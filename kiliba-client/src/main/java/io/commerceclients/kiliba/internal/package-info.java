/** Internals of the Kiliba client: Retrofit interfaces, service implementations, validators. */
package io.commerceclients.kiliba.internal;
